/**
 * Places the ordered items along the cross axis (down the page for columns). Each layer keeps its order
 * and a minimum gap between items, and otherwise sits as close as it can to where its neighbours in the
 * adjacent layer pull it. One layer at a time that is an isotonic regression, solved exactly in linear
 * time by pooling adjacent violators; sweeps down and up the layers let the pulls settle. Virtual items
 * pull harder (Gansner's weights), so long edges run straight.
 */
import { pack, type Packed } from './order.js';

type Lists = readonly (readonly number[])[];

/** How hard a neighbour pulls, by how many of the two are virtual: none, one, both (Gansner's weights). */
const PULL = [1, 2, 8] as const;

/** The minimum space between two neighbouring items of a layer, given whether each is real. */
export type Gap = (a: number, b: number) => number;

/** Buffers for `solve`, as long as the widest layer: the blocks of items that must sit at their minimum
 * gaps, with their first item, pooled weight and weighted target. */
interface Blocks {
  readonly first: Int32Array;
  readonly sumW: Float64Array;
  readonly sumWZ: Float64Array;
}

/** `offset` is each item's distance from the layer's first when all sit at their minimum gaps. */
function solve(
  layer: readonly number[],
  offset: Float64Array,
  desired: Float64Array,
  weight: Float64Array,
  blocks: Blocks,
  center: Float64Array,
): void {
  const { first, sumW, sumWZ } = blocks;
  let k = -1;
  for (let i = 0; i < layer.length; i++) {
    k++;
    first[k] = i;
    sumW[k] = weight[i]!;
    sumWZ[k] = weight[i]! * (desired[i]! - offset[i]!);
    for (; k > 0 && sumWZ[k - 1]! / sumW[k - 1]! > sumWZ[k]! / sumW[k]!; k--) {
      sumW[k - 1]! += sumW[k]!;
      sumWZ[k - 1]! += sumWZ[k]!;
    }
  }
  for (let b = 0; b <= k; b++) {
    const end = b < k ? first[b + 1]! : layer.length;
    const z = sumWZ[b]! / sumW[b]!;
    for (let i = first[b]!; i < end; i++) center[layer[i]!] = z + offset[i]!;
  }
}

/** What `settle` works on, for one placement. */
interface Work {
  readonly layers: Lists;
  readonly offsets: readonly Float64Array[];
  readonly center: Float64Array;
  readonly real: number;
  readonly desired: Float64Array;
  readonly weight: Float64Array;
  readonly blocks: Blocks;
}

/** Moves layer `l` as close as its order and gaps allow to where its neighbours in `first` and `second`
 * (packed lists; `second` may list none) pull it. A function of its own, not a closure, and the same
 * arguments every call, so the engine optimises it once. */
function settle(work: Work, l: number, first: Packed, second: Packed): void {
  const { layers, offsets, center, real, desired, weight, blocks } = work;
  const layer = layers[l]!;
  const offset = offsets[l]!;
  for (let i = 0; i < layer.length; i++) {
    const item = layer[i]!;
    const virtual = item >= real ? 1 : 0;
    let w = 0;
    let sum = 0;
    for (let j = first.start[item]!, end = first.start[item + 1]!; j < end; j++) {
      const other = first.list[j]!;
      const p = PULL[virtual + (other >= real ? 1 : 0)]!;
      w += p;
      sum += p * center[other]!;
    }
    for (let j = second.start[item]!, end = second.start[item + 1]!; j < end; j++) {
      const other = second.list[j]!;
      const p = PULL[virtual + (other >= real ? 1 : 0)]!;
      w += p;
      sum += p * center[other]!;
    }
    // An item with nothing to pull it is lightly held against the item before it in its layer (the first,
    // against the one after): left where it was, a card whose only links are related jobs (not laid
    // out) kept its first place while the linked cards moved off, and Healthcare's map grew 350px taller.
    const b = i ? i - 1 : i + 1;
    const beside = layer[b];
    desired[i] = w ? sum / w : beside === undefined ? center[item]! : center[beside]! + offset[i]! - offset[b]!;
    weight[i] = w || 0.5;
  }
  solve(layer, offset, desired, weight, blocks, center);
}

/**
 * Centres of all items along the cross axis, top of the highest item at 0. `extent[i]` is item i's size
 * along that axis; `real` is how many items are real nodes (the rest are virtual).
 */
export function placeCross(
  layers: Lists,
  extent: Float64Array,
  real: number,
  gap: Gap,
  up: Lists | Packed,
  down: Lists | Packed,
  sweeps = 4,
): Float64Array {
  const center = new Float64Array(extent.length);
  // The order and the sizes do not change while placing, so neither do the minimum offsets in a layer.
  const offsets = layers.map((layer) => {
    const offset = new Float64Array(layer.length);
    for (let i = 1; i < layer.length; i++) {
      const a = layer[i - 1]!;
      const b = layer[i]!;
      offset[i] = offset[i - 1]! + (extent[a]! + extent[b]!) / 2 + gap(a, b);
    }
    return offset;
  });
  for (const layer of layers) {
    let at = 0;
    for (let i = 0; i < layer.length; i++) {
      const item = layer[i]!;
      if (i) at += gap(layer[i - 1]!, item) + extent[layer[i - 1]!]! / 2;
      at += extent[item]! / 2;
      center[item] = at;
    }
  }
  const widest = layers.reduce((most, layer) => Math.max(most, layer.length), 0);
  const desired = new Float64Array(widest);
  const weight = new Float64Array(widest);
  const blocks: Blocks = { first: new Int32Array(widest), sumW: new Float64Array(widest), sumWZ: new Float64Array(widest) };
  const above = pack(up);
  const below = pack(down);
  const work: Work = { layers, offsets, center, real, desired, weight, blocks };
  const none: Packed = { start: new Int32Array(extent.length + 1), list: new Int32Array(0) };
  for (let s = 0; s < sweeps; s++) {
    for (let l = 1; l < layers.length; l++) settle(work, l, above, none);
    for (let l = layers.length - 2; l >= 0; l--) settle(work, l, below, none);
  }
  for (let l = 0; l < layers.length; l++) settle(work, l, above, below);
  let top = Infinity;
  for (let i = 0; i < center.length; i++) top = Math.min(top, center[i]! - extent[i]! / 2);
  if (Number.isFinite(top)) for (let i = 0; i < center.length; i++) center[i] = center[i]! - top;
  return center;
}

/** How far a skipped edge's line keeps from a card's side as it crosses a layer, and from another line. The
 * gap between two cards is 14px, so a line fits between them with 2px to spare either side of this. */
const CARD_CLEAR = 5;
const LINE_CLEAR = 4;

/**
 * Places the virtual items of the edges left out of the ordering (`chains[e]` for each `e` marked in
 * `skip`: related jobs, drawn only on demand) after everything else is placed: each where its edge's
 * straight line between its ends would cross that layer, moved to the nearest point that keeps clear of
 * every card and every other line there, so the edge never passes through a card and never moves one.
 * `layers` lists the placed items of each layer; `layerOf` is every item's layer; writes into `center`.
 */
export function threadItems(
  layers: Lists,
  layerOf: Int32Array,
  chains: Lists,
  skip: Uint8Array,
  center: Float64Array,
  extent: Float64Array,
  real: number,
): void {
  // Nothing to thread (no related jobs passing a layer): the spans below need not be made.
  if (!chains.some((chain, e) => skip[e] && chain.length >= 3)) return;
  // Per layer, the taken spans along the cross axis, as [from, to] pairs.
  const taken = layers.map((layer) =>
    layer.map((item): [number, number] => {
      const half = item < real ? extent[item]! / 2 + CARD_CLEAR : LINE_CLEAR;
      return [center[item]! - half, center[item]! + half];
    }),
  );
  chains.forEach((chain, e) => {
    if (!skip[e] || chain.length < 3) return;
    const [a, b] = [center[chain[0]!]!, center[chain.at(-1)!]!];
    for (let k = 1; k + 1 < chain.length; k++) {
      const item = chain[k]!;
      const spans = taken[layerOf[item]!]!.sort((p, q) => p[0] - q[0]);
      const want = a + ((b - a) * k) / (chain.length - 1);
      // The free points are outside every span: before the first, between two that leave a gap, after the
      // last. The nearest of them to `want` (the higher one on a tie).
      let best = Infinity;
      let reach = -Infinity;
      const consider = (lo: number, hi: number) => {
        if (lo > hi) return;
        const at = Math.min(hi, Math.max(lo, want));
        if (Math.abs(at - want) < Math.abs(best - want)) best = at;
      };
      for (const [from, to] of spans) {
        consider(reach, from);
        reach = Math.max(reach, to);
      }
      consider(reach, Infinity);
      center[item] = best;
      spans.push([best - LINE_CLEAR, best + LINE_CLEAR]);
    }
  });
}
