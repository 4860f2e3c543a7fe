/**
 * Orders the items of each layer to keep edge crossings low: barycenter sweeps down and up the layers,
 * each followed by adjacent transpositions (Gansner et al., "A technique for drawing directed graphs",
 * 1993). The best order seen is kept, and only a strict improvement replaces it, so the result is never
 * worse than the order given and a good starting order (the previous layout's) survives small changes.
 */

type Lists = readonly (readonly number[])[];

/** Crossings between two consecutive layers: the inversions among the edges' lower ends (Barth, Jünger
 * and Mutzel's accumulator count, O(E log V)). */
function between(upper: readonly number[], lowerSize: number, down: Lists, pos: Int32Array): number {
  const tree = new Int32Array(lowerSize + 1);
  let seen = 0;
  let count = 0;
  for (const u of upper) {
    const ends = down[u]!.map((v) => pos[v]!).sort((a, b) => a - b);
    for (const p of ends) {
      let atMost = 0;
      for (let i = p + 1; i > 0; i -= i & -i) atMost += tree[i]!;
      count += seen - atMost;
      for (let i = p + 1; i <= lowerSize; i += i & -i) tree[i]!++;
      seen++;
    }
  }
  return count;
}

function positions(layers: Lists, size: number): Int32Array {
  const pos = new Int32Array(size);
  for (const layer of layers) layer.forEach((item, i) => (pos[item] = i));
  return pos;
}

/** Edge crossings of an ordering (only edges between consecutive layers count: long ones are split). */
export function crossings(layers: Lists, down: Lists): number {
  const pos = positions(layers, down.length);
  let total = 0;
  for (let l = 0; l + 1 < layers.length; l++) total += between(layers[l]!, layers[l + 1]!.length, down, pos);
  return total;
}

/** Reorders each layer by the mean position of its items' neighbours in the layer just done; items
 * without neighbours there keep their slots. */
function sweep(layers: number[][], pos: Int32Array, neighbours: Lists, order: readonly number[]): void {
  for (const l of order) {
    const layer = layers[l]!;
    const movable: { item: number; key: number; slot: number }[] = [];
    layer.forEach((item, slot) => {
      const near = neighbours[item]!;
      if (near.length) movable.push({ item, slot, key: near.reduce((sum, v) => sum + pos[v]!, 0) / near.length });
    });
    movable.sort((a, b) => a.key - b.key || a.slot - b.slot);
    let k = 0;
    layer.forEach((item, slot) => {
      if (neighbours[item]!.length) layer[slot] = movable[k++]!.item;
    });
    layer.forEach((item, slot) => (pos[item] = slot));
  }
}

/** Crossings among the edges of `v` and `w` (to one side) when `v` is placed before `w`. */
function pair(v: number, w: number, near: Lists, pos: Int32Array): number {
  let count = 0;
  for (const a of near[v]!) for (const b of near[w]!) if (pos[a]! > pos[b]!) count++;
  return count;
}

/** Swaps neighbours in a layer while that strictly lowers the crossings on both sides. */
function transpose(layers: number[][], pos: Int32Array, up: Lists, down: Lists, passes: number): void {
  for (const layer of layers) {
    for (let pass = 0, improved = true; improved && pass < passes; pass++) {
      improved = false;
      for (let i = 0; i + 1 < layer.length; i++) {
        const v = layer[i]!;
        const w = layer[i + 1]!;
        const now = pair(v, w, up, pos) + pair(v, w, down, pos);
        if (now === 0) continue;
        if (pair(w, v, up, pos) + pair(w, v, down, pos) < now) {
          layer[i] = w;
          layer[i + 1] = v;
          pos[w] = i;
          pos[v] = i + 1;
          improved = true;
        }
      }
    }
  }
}

export interface Ordering {
  readonly layers: readonly (readonly number[])[];
  readonly crossings: number;
  /** Crossings of the order given, for comparison. */
  readonly initial: number;
}

/**
 * Orders the layers, starting from `initial`. `up[i]` / `down[i]` are item i's neighbours before / after.
 * With `local`, only adjacent transpositions refine the order given (no sweeps): for a layout seeded from
 * the previous one, so a node moves only where swapping it with a neighbour removes crossings. Big graphs
 * get fewer sweeps (by item count, so the result stays deterministic): the later sweeps gain little.
 */
export function orderLayers(initial: Lists, up: Lists, down: Lists, local = false, iterations = down.length > 3000 ? 4 : down.length > 1000 ? 8 : 12): Ordering {
  const layers = initial.map((layer) => [...layer]);
  const pos = positions(layers, down.length);
  const start = crossings(layers, down);
  const downward = layers.map((_, l) => l).slice(1);
  const upward = layers.map((_, l) => l).reverse().slice(1);
  let best: readonly (readonly number[])[] = layers.map((layer) => [...layer]);
  let fewest = start;
  for (let i = 0, stall = 0; i < iterations && fewest > 0 && stall < 3; i++) {
    if (local) i = iterations;
    else if (i % 2 === 0) sweep(layers, pos, up, downward);
    else sweep(layers, pos, down, upward);
    transpose(layers, pos, up, down, down.length > 3000 ? 2 : 4);
    const count = crossings(layers, down);
    if (count < fewest) {
      best = layers.map((layer) => [...layer]);
      fewest = count;
      stall = 0;
    } else stall++;
  }
  return { layers: best, crossings: fewest, initial: start };
}
