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
import { tick, untrack } from 'svelte';
import type { RecordKind } from '../bindings';
import { rehearsing } from './rehearse';

// In the method's order: the organization and its voice, whom it speaks
// to, what it wants (objectives before channels: channels serve
// objectives), where and how well it fits, the community manager's place
// among the departments and the internal flows; then the channels as they
// run, the rules people meet, and the check and the document.
export const SECTIONS = [
  'profile',
  'audiences',
  'objectives',
  'channels',
  'fit',
  'departments',
  'internal',
  // The channels as they run.
  'accounts',
  'editorial',
  'campaigns',
  'team',
  'recommendations',
  // The rules people meet.
  'conduct',
  'crisis',
  'policies',
  'health',
  'document',
] as const;

export type Section = (typeof SECTIONS)[number];

/** How a section holds a kind of record: its panel `opens` one by id
 *  (`navigate(section, id)`), it `lists` them without opening one, or they
 *  are parts of another record shown `within` it (an objective's
 *  measurements), not found on their own. */
export type Hold = 'opens' | 'lists' | 'within';

/** Which kinds of records each section holds. Every kind of record
 *  (`RECORD_KINDS`) is held by one section: a test checks it, so a new kind
 *  is given its place here, and the command palette finds its records. */
export const SECTION_RECORDS: Record<Section, Partial<Record<RecordKind, Hold>>> = {
  profile: {},
  departments: { department: 'opens', activity: 'lists' },
  audiences: { audience: 'opens' },
  channels: { channel: 'opens' },
  fit: { fit_criterion: 'opens' },
  accounts: { procedure_step: 'opens' },
  editorial: { pillar: 'opens', style_guide: 'opens', service_level: 'opens' },
  objectives: { objective: 'opens', measurement: 'within' },
  campaigns: { campaign: 'opens' },
  internal: { flow: 'opens', info_need: 'opens', holiday: 'lists' },
  team: { person: 'opens', budget_line: 'opens' },
  recommendations: { recommendation: 'opens' },
  conduct: { moderation_rule: 'opens', protocol: 'opens' },
  crisis: { crisis_level: 'opens', pause_step: 'opens' },
  policies: { policy: 'opens' },
  health: {},
  document: {},
};

/** The section that holds records of `kind`, and how. */
export function placeOf(kind: RecordKind): { section: Section; hold: Hold } | null {
  for (const section of SECTIONS) {
    const hold = SECTION_RECORDS[section][kind];
    if (hold) return { section, hold };
  }
  return null;
}

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

/** A record open in the section on screen. */
export interface OpenRecord {
  kind: RecordKind;
  id: number;
}

class Nav {
  section = $state<Section>('profile');
  /** The record open in the section on screen, if any (remembered with the
   *  section, so the workspace starts there next time). */
  record = $state<OpenRecord | null>(null);
  /** Grows each time a person chooses a section: focus then moves to its heading. */
  chosen = $state(0);
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
    if (section !== this.section) this.record = null;
    this.section = section;
  }

  /** A person chose `section` (the sidebar, the palette, a shortcut): it
   *  shows, and focus moves to its heading. */
  choose(section: Section): void {
    this.navigate(section);
    this.chosen += 1;
  }

  /** The next (`step` 1) or previous (-1) section, chosen. */
  step(step: 1 | -1): void {
    const index = SECTIONS.indexOf(this.section);
    const next = SECTIONS[(index + step + SECTIONS.length) % SECTIONS.length];
    if (next) this.choose(next);
  }

  /** A section's panel opened record `id` of `kind` (null: it closed it). */
  opened(kind: RecordKind, id: number | null): void {
    if (rehearsing()) return;
    if (id !== null) this.record = { kind, id };
    else if (this.record?.kind === kind) this.record = null;
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
    this.record = null;
    this.chosen = 0;
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
    if (!request || request.section !== section || rehearsing()) return;
    untrack(() => {
      nav.take(section);
      open(request.id, request.kind);
    });
  });
}

/** Moves focus to the heading of the section on screen, once it shows
 *  (up to `timeout` ms): a screen reader reads where the person is, and
 *  Tab goes on from there. */
export async function focusHeading(timeout = 2000): Promise<boolean> {
  await tick();
  const started = performance.now();
  return new Promise((resolve) => {
    const attempt = (): void => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
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

/** Calls `take(intent)` each time a link asks `section` for a new record or
 *  a way of showing (`navigate(section, null, {create} | {view})`). Call it
 *  while the component initialises. */
export function onIntent(section: Section, take: (intent: Intent) => void): void {
  $effect(() => {
    const intent = nav.intent;
    if (!intent || intent.section !== section || rehearsing()) return;
    untrack(() => {
      nav.intent = null;
      take(intent);
    });
  });
}
