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
] as const;

export type Section = (typeof SECTIONS)[number];

export interface SelectRequest {
  section: Section;
  id: number;
}

class Nav {
  section = $state<Section>('profile');
  /** The record `navigate` asked for, until its view takes it. */
  request = $state<SelectRequest | null>(null);

  navigate(section: Section, id?: number | null): void {
    this.request = id === undefined || id === null ? null : { section, id };
    this.section = section;
  }

  /** The record asked for in `section`, taken (later calls return null). */
  take(section: Section): number | null {
    const request = this.request;
    if (!request || request.section !== section) return null;
    this.request = null;
    return request.id;
  }

  reset(): void {
    this.section = 'profile';
    this.request = null;
  }
}

export const nav = new Nav();

/** Shows `section`; with `id`, that record is selected (opened) there. */
export function navigate(section: Section, id?: number | null): void {
  nav.navigate(section, id);
}

/** Calls `open(id)` each time a link asks `section` to show a record,
 *  including the request that brought the view on screen. Call it while the
 *  component initialises. */
export function onSelect(section: Section, open: (id: number) => void): void {
  $effect(() => {
    const request = nav.request;
    if (!request || request.section !== section) return;
    untrack(() => {
      nav.take(section);
      open(request.id);
    });
  });
}
