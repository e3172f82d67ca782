// The window's own commands: where it is in a workspace (remembered for
// next time), its zoom, Help → About, the health check's rules for the
// user guide, and quitting.
import { call } from './api';
import type { AboutInfo, RuleInfo, ViewPlace } from './bindings';

/** Remembers the section on screen and the record open there. */
export const viewPlaceSet = (place: ViewPlace): Promise<null> => call('view_place_set', { place });
/** Zooms in (steps > 0), out (< 0), or back to 100 % (0); the new level. */
export const zoomStep = (steps: number): Promise<number> => call('zoom_step', { steps });
export const aboutInfo = (): Promise<AboutInfo> => call('about_info');
/** Every rule of the health check (the catalogue docs/health-rules.md is made from). */
export const healthRules = (): Promise<RuleInfo[]> => call('health_rules');
export const appQuit = (): Promise<null> => call('app_quit');
