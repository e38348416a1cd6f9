/** Binary searches over ascending lists (of numbers, or of strings in code-unit order). */

/** How many values of an ascending list are below `value`: where `value` would be inserted first. */
export function countBelow<T extends number | string>(list: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many values of an ascending list are at most `value`. */
export function countAtMost<T extends number | string>(list: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an ascending list holds `value`. */
export function holdsSorted<T extends number | string>(list: ArrayLike<T>, value: T): boolean {
  const at = countBelow(list, value);
  return at < list.length && list[at] === value;
}
