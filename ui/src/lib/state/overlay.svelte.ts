// The window's own dialogs over whatever is on screen: the command palette,
// the keyboard shortcuts, the user guide, About and the choice of a new
// workspace's template. One at a time; opening
// one is idempotent (a shortcut pressed twice, or the menu's and the
// window's handler both answering one key press, opens it once).
import type { Entry } from '../palette/rank';

export type Overlay = 'palette' | 'shortcuts' | 'guide' | 'about' | 'templates';

/** What the open workspace adds to the palette (the shell provides it):
 *  its sections, records and findings, and what acts on the section on screen. */
export interface WorkspaceSource {
  /** The entries, built when the palette opens (records load first). */
  entries(): Promise<Entry[]>;
  /** The entry the palette highlights now: a section it leads to is drawn
   *  ahead, as the sidebar does for the section under the pointer. */
  highlighted?(entry: Entry): void;
}

class Overlays {
  open = $state<Overlay | null>(null);
  /** The guide's chapter to show first (`rules`), when opened from a place that names one. */
  chapter = $state<string | null>(null);
  /** Set by the shell while a workspace is open. */
  source: WorkspaceSource | null = null;

  show(which: Overlay, chapter: string | null = null): void {
    this.chapter = chapter;
    this.open = which;
  }

  close(): void {
    this.open = null;
  }

  reset(): void {
    this.open = null;
    this.chapter = null;
    this.source = null;
  }
}

export const overlays = new Overlays();
