// Small lookups built from lists, for derived values (built anew each time).

/** The items by id. */
export function indexById<T extends { id: number }>(items: readonly T[]): ReadonlyMap<number, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** How many items point at each id (`ids` gives the ids an item points at). */
export function countBy<T>(items: readonly T[], ids: (item: T) => readonly (number | null)[]): ReadonlyMap<number, number> {
  const counts = new Map<number, number>();
  for (const item of items) {
    for (const id of ids(item)) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Items grouped by one id, then keyed by another: `group → key → value`. */
export function nestBy<T, V>(
  items: readonly T[],
  group: (item: T) => number,
  key: (item: T) => number,
  value: (item: T) => V,
): ReadonlyMap<number, ReadonlyMap<number, V>> {
  const outer = new Map<number, Map<number, V>>();
  for (const item of items) {
    const inner = outer.get(group(item)) ?? new Map<number, V>();
    inner.set(key(item), value(item));
    outer.set(group(item), inner);
  }
  return outer;
}
