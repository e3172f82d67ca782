// Development only: the fake backend's answers for the window's own
// commands — the place remembered per workspace, the zoom (drawn with CSS
// zoom, as the real window's webview zoom would), About and the health
// check's rules (`health-rules.json`, exported by Rust:
// `cargo run -p rumbo-health --example rules_json > ui/dev/health-rules.json`).
// `undefined` means "not mine".
import type { AboutInfo, RuleInfo, ViewPlace } from '../src/lib/bindings';
import { ZOOM_LEVELS } from '../src/lib/bindings';
import rules from './health-rules.json';

let zoom = 1;
export let place: ViewPlace | null = null;

function step(steps: number): number {
  if (steps === 0) return 1;
  const levels: readonly number[] = ZOOM_LEVELS;
  const nearest = levels.reduce((best, level, i) => (Math.abs(level - zoom) < Math.abs((levels[best] ?? 1) - zoom) ? i : best), 2);
  const next = Math.max(0, Math.min(levels.length - 1, nearest + steps));
  return levels[next] ?? 1;
}

export function handleWindow(cmd: string, args: Record<string, unknown>, workspacePath: string | null): unknown {
  switch (cmd) {
    case 'view_place_set':
      place = args.place as ViewPlace;
      return null;
    case 'zoom_step':
      zoom = step(Number(args.steps));
      (document.documentElement.style as CSSStyleDeclaration & { zoom: string }).zoom = String(zoom);
      return zoom;
    case 'about_info': {
      const info: AboutInfo = {
        version: '0.1.0',
        licence: 'MIT OR Apache-2.0',
        workspace: workspacePath,
        backups: workspacePath ? `${workspacePath}-backups` : null,
        preferences: '/home/lucia/.config/app.rumbo.desktop/prefs.json',
        data: '/home/lucia/.local/share/app.rumbo.desktop',
      };
      return info;
    }
    case 'health_rules':
      return rules as RuleInfo[];
    case 'app_quit':
      return null;
    default:
      return undefined;
  }
}
