// Only the parts of Chart.js the progress chart uses, so the bundle keeps
// just those; loaded on demand by ObjectiveChart.svelte.
import { Chart, Filler, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Filler, Legend, Tooltip);

export { Chart };
