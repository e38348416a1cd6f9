/**
 * First position in `[from, end)` of an ascending id list whose id is at least `target` (`end` if
 * none): galloping (steps of 1, 2, 4, …) then binary search, so a short hop costs a few reads and a
 * long one a logarithm.
 */
export function gallop(ids: Uint32Array, from: number, end: number, target: number): number {
  if (from >= end || ids[from]! >= target) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < end && ids[hi]! < target) {
    lo = hi;
    step *= 2;
    hi = Math.min(end, hi + step);
  }
  // ids[lo] < target; the answer is in (lo, hi]
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
