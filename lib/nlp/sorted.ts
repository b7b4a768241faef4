/** Binary search over lists sorted by a numeric key: the one shared by the NLP steps' offset lookups. */

/**
 * How many leading items of `sorted` have a key below `limit` (with `inclusive`, at or below it): the index
 * where an item with key `limit` would be inserted. `sorted` must be ascending by `keyOf`.
 */
export function countBelow<T>(
  sorted: readonly T[],
  limit: number,
  keyOf: (item: T) => number,
  inclusive = false,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const key = keyOf(sorted[mid]);
    if (key < limit || (inclusive && key === limit)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Identity key, for lists of numbers. */
export const asNumber = (n: number) => n;
