// The user guide in each language.
import type { Lang } from '../../../bindings';
import en from './en';
import es from './es';
import type { Chapter } from './types';

export const GUIDE: Record<Lang, Chapter[]> = { en, es };

/** A text's parts: plain, and **bold**. */
export function inline(text: string): { text: string; strong: boolean }[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('**') && part.endsWith('**') ? { text: part.slice(2, -2), strong: true } : { text: part, strong: false },
    );
}

export type { Block, Chapter } from './types';
