// Each section's view (but the profile's, the first screen of a new
// workspace) is a script of its own, read the first time the section is
// drawn or drawn ahead (the pointer resting on it in the sidebar, the
// keyboard on it). The start then reads, compiles and keeps in memory
// only the shell and the section it opens on: evaluating every view's
// code at the start cost the web process megabytes the person may never
// use (`scripts/bench-window.sh` measures it). The script comes from the
// app's own files, so it is read in a few milliseconds.
import type { Component } from 'svelte';
import type { Section } from '../../state/nav.svelte';
import type { WorkspaceStore } from '../../state/store.svelte';

export type View = Component<{ data: WorkspaceStore }>;
type Loader = () => Promise<{ default: View }>;

/** The sections whose view is a script of its own: all but the profile. */
export type LazySection = Exclude<Section, 'profile'>;

const LOADERS: Record<LazySection, Loader> = {
  departments: () => import('../departments/DepartmentsView.svelte'),
  audiences: () => import('../audiences/AudiencesView.svelte'),
  channels: () => import('../channels/ChannelsView.svelte'),
  fit: () => import('../fit/FitView.svelte'),
  accounts: () => import('../accounts/AccountsView.svelte'),
  editorial: () => import('../editorial/EditorialView.svelte'),
  objectives: () => import('../objectives/ObjectivesView.svelte'),
  campaigns: () => import('../campaigns/CampaignsView.svelte'),
  internal: () => import('../internal/InternalView.svelte'),
  team: () => import('../team/TeamView.svelte'),
  recommendations: () => import('../recommendations/RecommendationsView.svelte'),
  conduct: () => import('../conduct/ConductView.svelte'),
  crisis: () => import('../crisis/CrisisView.svelte'),
  policies: () => import('../policies/PoliciesView.svelte'),
  health: () => import('../health/HealthView.svelte'),
  document: () => import('../document/DocumentView.svelte'),
};

/** The views read so far (shared by every workspace the window opens). */
const loaded: Partial<Record<LazySection, View>> = $state({});
/** The views that could not be read, until asked for again. */
const failed: Partial<Record<LazySection, true>> = $state({});
/** The views being read now. */
const reading: Partial<Record<LazySection, Promise<View | null>>> = {};

/** A section's view if it has been read (reactive), else `undefined`. */
export function viewOf(section: LazySection): View | undefined {
  return loaded[section];
}

/** Whether reading a section's view failed (reactive): the page offers to try again. */
export function viewFailed(section: LazySection): boolean {
  return failed[section] === true;
}

/** Reads a section's view (once; again after a failure); resolves to it,
 *  or to `null` if it could not be read. */
export function loadView(section: LazySection): Promise<View | null> {
  const view = loaded[section];
  if (view) return Promise.resolve(view);
  let pending = reading[section];
  if (!pending) {
    delete failed[section];
    pending = LOADERS[section]().then(
      (module) => {
        loaded[section] = module.default;
        return module.default;
      },
      () => {
        delete reading[section];
        failed[section] = true;
        return null;
      },
    );
    reading[section] = pending;
  }
  return pending;
}
