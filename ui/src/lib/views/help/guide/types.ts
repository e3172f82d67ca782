// The user guide is data, not markup: chapters of blocks, each a paragraph,
// a list, numbered steps, a tip or a subheading, with **bold** the only
// mark inside a text. `GuideView.svelte` renders it; nothing in it becomes
// HTML by itself (the window allows no `{@html}`). Two blocks are filled
// in when shown: the health check's rules, from Rust's own catalogue, and
// where this person's files are.
import type { Section } from '../../../state/nav.svelte';

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'steps'; items: string[] }
  | { kind: 'tip'; text: string }
  /** Every rule of the health check, from `rumbo_health::rules()`. */
  | { kind: 'rules' }
  /** Where this workspace, its backups and Rumbo's preferences are. */
  | { kind: 'files' };

export interface Chapter {
  /** Stable, for links (`rules`, `channels`). */
  id: string;
  title: string;
  /** The section of the window this chapter explains. */
  section?: Section;
  blocks: Block[];
}
