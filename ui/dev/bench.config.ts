// The interface over its fake backend (`dev/mock.html`) built like the app,
// for the window benchmark's list of 10,000 rows (`scripts/bench-window.sh`):
//   npx vite build --config dev/bench.config.ts --outDir DIR
import { mergeConfig } from 'vite';
import base from '../vite.config.ts';

export default mergeConfig(base, {
  build: {
    outDir: 'dist-bench',
    rollupOptions: { input: 'dev/mock.html' },
  },
});
