/**
 * Sorts `list` (indices) by `key`, then by `then` where given, keeping the order of ties, as a stable sort
 * with that comparison would: a merge sort with its comparison written in. A big map's first render sorts
 * thousands of items once, before the engine has optimised anything, and a comparator called back for
 * every pair cost more there than the sorting itself.
 */
export function sortBy(list: number[], key: Float64Array, then?: Int32Array): void {
  const n = list.length;
  let from = list.slice();
  let to = new Array<number>(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let a = lo;
      let b = mid;
      let k = lo;
      while (a < mid && b < hi) {
        const x = from[a]!;
        const y = from[b]!;
        // The right run's item goes first only when it sorts strictly before: ties keep their order.
        if (key[y]! < key[x]! || (then !== undefined && key[y] === key[x] && then[y]! < then[x]!)) {
          to[k++] = y;
          b++;
        } else {
          to[k++] = x;
          a++;
        }
      }
      while (a < mid) to[k++] = from[a++]!;
      while (b < hi) to[k++] = from[b++]!;
    }
    const done = to;
    to = from;
    from = done;
  }
  for (let i = 0; i < n; i++) list[i] = from[i]!;
}
