// Searching arrays kept sorted by a number: what the per-article and global stages used d3's `bisector` for. A
// module of its own so that the extraction does not load the whole of d3 (about 0.5 MB of JavaScript compiled and
// run at the start of the process and of each worker thread) for one search.

/**
 * The index after the last element of `sorted` (ascending by `key`) whose key is at most `x`: where `x` would be
 * inserted after its equals, as d3's `bisector(key).right(sorted, x)`. A NaN `x` gives the array's length and an
 * element with a NaN key counts as greater than any `x`, as there.
 */
export function bisectRight<T>(sorted: readonly T[], x: number, key: (element: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  if (Number.isNaN(x)) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
