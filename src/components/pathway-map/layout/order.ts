/**
 * Orders the items of each layer to keep edge crossings low: barycenter sweeps down and up the layers,
 * each followed by adjacent transpositions (Gansner et al., "A technique for drawing directed graphs",
 * 1993). The best order seen is kept, and only a strict improvement replaces it, so the result is never
 * worse than the order given and a good starting order (the previous layout's) survives small changes.
 *
 * This is the hottest part of laying out a big map, and it runs once per map, mostly before the engine
 * has optimised it: neighbour lists are packed into typed arrays, the loops allocate nothing, hot loops
 * are not nested (see transposeLayer), and a pair of neighbours already weighed is not weighed again while
 * nothing it depends on has moved.
 */

type Lists = readonly (readonly number[])[];

/** Neighbour lists packed into two typed arrays (compressed rows): item i's neighbours are
 * `list[start[i]]` to `list[start[i + 1] - 1]`, in the order of its list. */
export interface Packed {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

/** Neighbour lists packed, whether they come as lists or packed already. */
export function pack(lists: Lists | Packed): Packed {
  if ('list' in lists) return lists;
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  const list = new Int32Array(start[lists.length]!);
  for (let i = 0; i < lists.length; i++) list.set(lists[i]!, start[i]!);
  return { start, list };
}

/** Crossings between two consecutive layers: the inversions among the edges' lower ends (Barth, Jünger
 * and Mutzel's accumulator count, O(E log V)). `tree` has room for the lower layer (its size + 1). Each
 * upper item's ends are counted against earlier items' before they are added: edges sharing an end never
 * cross. */
function between(upper: readonly number[], lowerSize: number, down: Packed, pos: Int32Array, tree: Int32Array): number {
  tree.fill(0, 0, lowerSize + 1);
  const { start, list } = down;
  let seen = 0;
  let count = 0;
  for (let u = 0; u < upper.length; u++) {
    const item = upper[u]!;
    const a = start[item]!;
    const b = start[item + 1]!;
    for (let j = a; j < b; j++) {
      let atMost = 0;
      for (let i = pos[list[j]!]! + 1; i > 0; i -= i & -i) atMost += tree[i]!;
      count += seen - atMost;
    }
    for (let j = a; j < b; j++) for (let i = pos[list[j]!]! + 1; i <= lowerSize; i += i & -i) tree[i]!++;
    seen += b - a;
  }
  return count;
}

function positions(layers: Lists, size: number): Int32Array {
  const pos = new Int32Array(size);
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l]!;
    for (let i = 0; i < layer.length; i++) pos[layer[i]!] = i;
  }
  return pos;
}

function total(layers: Lists, down: Packed, pos: Int32Array, tree: Int32Array): number {
  let sum = 0;
  for (let l = 0; l + 1 < layers.length; l++) sum += between(layers[l]!, layers[l + 1]!.length, down, pos, tree);
  return sum;
}

const widest = (layers: Lists) => layers.reduce((most, layer) => Math.max(most, layer.length), 0);

/** Edge crossings of an ordering (only edges between consecutive layers count: long ones are split). */
export function crossings(layers: Lists, down: Lists | Packed): number {
  const below = pack(down);
  return total(layers, below, positions(layers, below.start.length - 1), new Int32Array(widest(layers) + 1));
}

/** Sorts `items` by `key` (each in [0, size)), keeping the order of ties: a counting sort by the key's
 * whole part, then an insertion sort, which only has to settle items within one unit of each other. A
 * comparison sort would call back into script for every comparison, which is slow before it is optimised. */
function sortByKey(items: number[], key: Float64Array, size: number, count: Int32Array, out: number[]): void {
  count.fill(0, 0, size + 1);
  for (let i = 0; i < items.length; i++) count[Math.floor(key[items[i]!]!) + 1]!++;
  for (let k = 1; k <= size; k++) count[k]! += count[k - 1]!;
  out.length = items.length;
  for (let i = 0; i < items.length; i++) out[count[Math.floor(key[items[i]!]!)]!++] = items[i]!;
  for (let i = 1; i < out.length; i++) {
    const item = out[i]!;
    const k = key[item]!;
    let j = i;
    for (; j > 0 && key[out[j - 1]!]! > k; j--) out[j] = out[j - 1]!;
    out[j] = item;
  }
}

/** The mean slot of `list[a]` to `list[b - 1]` in the layer just done. */
function mean(list: Int32Array, a: number, b: number, pos: Int32Array): number {
  let sum = 0;
  for (let j = a; j < b; j++) sum += pos[list[j]!]!;
  return sum / (b - a);
}

/** Reorders each layer by the mean position of its items' neighbours in the layer just done; items
 * without neighbours there keep their slots, and ties keep their order. */
function sweep(layers: number[][], pos: Int32Array, near: Packed, order: readonly number[], key: Float64Array, count: Int32Array): void {
  const movable: number[] = [];
  const sorted: number[] = [];
  for (let o = 0; o < order.length; o++) sweepLayer(layers[order[o]!]!, pos, near, key, count, movable, sorted);
}

/** One layer of a sweep: a function of its own, with the mean's loop in another, for the reason given
 * at transposeLayer. */
function sweepLayer(
  layer: number[],
  pos: Int32Array,
  { start, list }: Packed,
  key: Float64Array,
  count: Int32Array,
  movable: number[],
  sorted: number[],
): void {
  movable.length = 0;
  for (let slot = 0; slot < layer.length; slot++) {
    const item = layer[slot]!;
    const a = start[item]!;
    const b = start[item + 1]!;
    if (a === b) continue;
    key[item] = mean(list, a, b, pos);
    movable.push(item);
  }
  // Keys are mean slots in the layer just done, so they lie in [0, widest layer); `count` has room.
  sortByKey(movable, key, count.length - 1, count, sorted);
  for (let slot = 0, k = 0; slot < layer.length; slot++) {
    const item = layer[slot]!;
    if (start[item] !== start[item + 1]) layer[slot] = sorted[k++]!;
  }
  for (let slot = 0; slot < layer.length; slot++) pos[layer[slot]!] = slot;
}

/** How many more crossings the edges of v and w to one side make with v before w than with w before v. */
function gain(v: number, w: number, near: Packed, pos: Int32Array): number {
  const { start, list } = near;
  const w0 = start[w]!;
  const w1 = start[w + 1]!;
  let more = 0;
  for (let a = start[v]!, end = start[v + 1]!; a < end; a++) {
    const p = pos[list[a]!]!;
    for (let b = w0; b < w1; b++) {
      const q = pos[list[b]!]!;
      if (p > q) more++;
      else if (p < q) more--;
    }
  }
  return more;
}

/**
 * Swaps neighbours in a layer while that strictly lowers the crossings on both sides. Whether a pair
 * swaps depends only on where the pair's neighbours in the layers either side sit, which does not change
 * while one layer is worked on: so `weighed[v] = w` records that v before w was found as good as it gets,
 * and that pair is skipped in later passes until one of them has another neighbour (the last pass over a
 * layer, which finds nothing to swap, mostly costs no counting at all).
 */
function transpose(layers: number[][], pos: Int32Array, up: Packed, down: Packed, passes: number, weighed: Int32Array): void {
  for (let l = 0; l < layers.length; l++) transposeLayer(layers[l]!, pos, up, down, passes, weighed);
}

/** One layer's passes as one loop (`i` goes back to 0 for the next pass): V8 compiles a hot loop on the
 * spot (on-stack replacement), and such code made for an inner loop is thrown away when that loop ends, so
 * a loop nested in another was compiled again and dropped at every layer of every call. */
function transposeLayer(layer: number[], pos: Int32Array, up: Packed, down: Packed, passes: number, weighed: Int32Array): void {
  for (let i = 0; i < layer.length; i++) weighed[layer[i]!] = -1;
  for (let i = 0, pass = 0, improved = false; ; i++) {
    if (i + 1 >= layer.length) {
      if (!improved || ++pass >= passes) return;
      improved = false;
      i = -1;
      continue;
    }
    const v = layer[i]!;
    const w = layer[i + 1]!;
    if (weighed[v] === w) continue;
    if (gain(v, w, up, pos) + gain(v, w, down, pos) > 0) {
      layer[i] = w;
      layer[i + 1] = v;
      pos[w] = i;
      pos[v] = i + 1;
      weighed[w] = v;
      improved = true;
    } else weighed[v] = w;
  }
}

export interface Ordering {
  readonly layers: readonly (readonly number[])[];
  readonly crossings: number;
  /** Crossings of the order given, for comparison. */
  readonly initial: number;
}

/**
 * Orders the layers, starting from `initial`. `up[i]` / `down[i]` are item i's neighbours before / after
 * (as lists, or packed).
 * With `local`, only adjacent transpositions refine the order given (no sweeps): for a layout seeded from
 * the previous one, so a node moves only where swapping it with a neighbour removes crossings. Big graphs
 * get fewer sweeps (by item count, so the result stays deterministic): the later sweeps gain little.
 */
export function orderLayers(initial: Lists, up: Lists | Packed, down: Lists | Packed, local = false, iterations?: number): Ordering {
  const layers = initial.map((layer) => [...layer]);
  const above = pack(up);
  const below = pack(down);
  const items = below.start.length - 1;
  iterations ??= items > 3000 ? 4 : items > 1000 ? 8 : 12;
  const pos = positions(layers, items);
  const tree = new Int32Array(widest(layers) + 1);
  const count = new Int32Array(widest(layers) + 1);
  const scratch = new Float64Array(items);
  const weighed = new Int32Array(items);
  const start = total(layers, below, pos, tree);
  const downward = layers.map((_, l) => l).slice(1);
  const upward = layers
    .map((_, l) => l)
    .reverse()
    .slice(1);
  let best: readonly (readonly number[])[] = layers.map((layer) => [...layer]);
  let fewest = start;
  for (let i = 0, stall = 0; i < iterations && fewest > 0 && stall < 3; i++) {
    if (local) i = iterations;
    else if (i % 2 === 0) sweep(layers, pos, above, downward, scratch, count);
    else sweep(layers, pos, below, upward, scratch, count);
    transpose(layers, pos, above, below, items > 3000 ? 2 : 4, weighed);
    const now = total(layers, below, pos, tree);
    if (now < fewest) {
      best = layers.map((layer) => [...layer]);
      fewest = now;
      stall = 0;
    } else stall++;
  }
  return { layers: best, crossings: fewest, initial: start };
}
