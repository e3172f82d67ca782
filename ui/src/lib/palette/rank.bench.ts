// `npm run bench`: the palette's search on the large workspace, per keystroke.
import { bench, describe } from 'vitest';
import { keystrokes, largeEntries } from './large';
import { indexEntries, search } from './rank';

describe('palette search, large workspace', () => {
  const index = indexEntries(largeEntries('es'), 'es');
  const queries = keystrokes();
  let i = 0;
  bench('one keystroke', () => {
    search(index, queries[i++ % queries.length] ?? '');
  });
  bench('indexing the workspace (once, when the palette opens)', () => {
    indexEntries(largeEntries('es'), 'es');
  });
});
