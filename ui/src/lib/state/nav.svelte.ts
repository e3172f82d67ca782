// Which section of the workspace is on screen, and the record another view
// asked to open there. Any view can link to any record:
//
//   import { navigate } from '../state/nav.svelte';
//   navigate('departments', 3); // shows the department with id 3
//
// A view that can open records reads the request with `onSelect` (at
// component initialisation):
//
//   onSelect('departments', (id) => (openId = id));
import { untrack } from 'svelte';

export const SECTIONS = [
  'profile',
  'departments',
  'audiences',
  'channels',
  'fit',
  'objectives',
  'campaigns',
  'internal',
  'recommendations',
  'health',
  'document',
] as const;

export type Section = (typeof SECTIONS)[number];

export interface SelectRequest {
  section: Section;
  id: number;
  /** For sections that hold more than one kind of record (internal
   *  communication: flows and information needs), which kind `id` is. */
  kind?: string;
}

export interface NavigateOptions {
  /** The id of a control to focus (and scroll to) once it shows. */
  focusElementId?: string;
  kind?: string;
  /** Opens a new record of the section (of `kind`), its form prefilled
   *  with these values. */
  create?: Record<string, unknown>;
  /** Asks the section to show itself a certain way ('by-hours': channels by
   *  their weekly hours; 'ignored': the ignored recommendations; 'raci': the
   *  RACI grid at a department with no role yet); the view focuses what it
   *  shows first. */
  view?: string;
}

/** A new record to open, or a way to show the section, asked by a link. */
export interface Intent {
  section: Section;
  kind?: string;
  create?: Record<string, unknown>;
  view?: string;
}

/** The id of the form control to focus once a navigation has opened it. */
export interface FocusRequest {
  elementId: string;
}

class Nav {
  section = $state<Section>('profile');
  /** The record `navigate` asked for, until its view takes it. */
  request = $state<SelectRequest | null>(null);
  /** A control to focus when it appears (a finding's "fix it" link). */
  focus = $state<FocusRequest | null>(null);
  /** A new record or a way of showing asked for, until its view takes it. */
  intent = $state<Intent | null>(null);

  navigate(section: Section, id?: number | null, options: NavigateOptions = {}): void {
    this.request = id === undefined || id === null ? null : { section, id, kind: options.kind };
    this.intent = options.create || options.view ? { section, kind: options.kind, create: options.create, view: options.view } : null;
    this.focus = options.focusElementId ? { elementId: options.focusElementId } : null;
    this.section = section;
  }

  /** The record asked for in `section`, taken (later calls return null). */
  take(section: Section): SelectRequest | null {
    const request = this.request;
    if (!request || request.section !== section) return null;
    this.request = null;
    return request;
  }

  reset(): void {
    this.section = 'profile';
    this.request = null;
    this.focus = null;
    this.intent = null;
  }
}

export const nav = new Nav();

/** Shows `section`; with `id`, that record is selected (opened) there; with
 *  `focusElementId`, that control is focused (and scrolled to) once it shows. */
export function navigate(section: Section, id?: number | null, options: NavigateOptions = {}): void {
  nav.navigate(section, id, options);
}

/** Waits (up to `timeout` ms) for the element `id` to appear, then focuses
 *  it, scrolls it into view and marks it for a moment. */
export function focusWhenShown(id: string, timeout = 2000): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const attempt = (): void => {
      const element = document.getElementById(id);
      if (element && element.getClientRects().length > 0) {
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
        element.classList.add('flash-focus');
        setTimeout(() => element.classList.remove('flash-focus'), 1600);
        resolve(true);
      } else if (performance.now() - started > timeout) {
        resolve(false);
      } else {
        requestAnimationFrame(attempt);
      }
    };
    attempt();
  });
}

/** Calls `open(id)` each time a link asks `section` to show a record,
 *  including the request that brought the view on screen. Call it while the
 *  component initialises. */
export function onSelect(section: Section, open: (id: number, kind?: string) => void): void {
  $effect(() => {
    const request = nav.request;
    if (!request || request.section !== section) return;
    untrack(() => {
      nav.take(section);
      open(request.id, request.kind);
    });
  });
}

/** Calls `take(intent)` each time a link asks `section` for a new record or
 *  a way of showing (`navigate(section, null, {create} | {view})`). Call it
 *  while the component initialises. */
export function onIntent(section: Section, take: (intent: Intent) => void): void {
  $effect(() => {
    const intent = nav.intent;
    if (!intent || intent.section !== section) return;
    untrack(() => {
      nav.intent = null;
      take(intent);
    });
  });
}
