/**
 * Places the ordered items along the cross axis (down the page for columns). Each layer keeps its order
 * and a minimum gap between items, and otherwise sits as close as it can to where its neighbours in the
 * adjacent layer pull it. One layer at a time that is an isotonic regression, solved exactly in linear
 * time by pooling adjacent violators; sweeps down and up the layers let the pulls settle. Virtual items
 * pull harder (Gansner's weights), so long edges run straight.
 */

type Lists = readonly (readonly number[])[];

/** The minimum space between two neighbouring items of a layer, given whether each is real. */
export type Gap = (a: number, b: number) => number;

function solve(layer: readonly number[], desired: Float64Array, weight: Float64Array, extent: Float64Array, gap: Gap, center: Float64Array): void {
  const n = layer.length;
  const offset = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const a = layer[i - 1]!;
    const b = layer[i]!;
    offset[i] = offset[i - 1]! + (extent[a]! + extent[b]!) / 2 + gap(a, b);
  }
  // Blocks of items that must sit at their minimum gaps, with their pooled weight and weighted target.
  const first: number[] = [];
  const sumW: number[] = [];
  const sumWZ: number[] = [];
  for (let i = 0; i < n; i++) {
    first.push(i);
    sumW.push(weight[i]!);
    sumWZ.push(weight[i]! * (desired[i]! - offset[i]!));
    for (let k = first.length - 1; k > 0 && sumWZ[k - 1]! / sumW[k - 1]! > sumWZ[k]! / sumW[k]!; k--) {
      sumW[k - 1]! += sumW.pop()!;
      sumWZ[k - 1]! += sumWZ.pop()!;
      first.pop();
    }
  }
  first.forEach((start, k) => {
    const end = first[k + 1] ?? n;
    const z = sumWZ[k]! / sumW[k]!;
    for (let i = start; i < end; i++) center[layer[i]!] = z + offset[i]!;
  });
}

/**
 * Centres of all items along the cross axis, top of the highest item at 0. `extent[i]` is item i's size
 * along that axis; `real` is how many items are real nodes (the rest are virtual).
 */
export function placeCross(layers: Lists, extent: Float64Array, real: number, gap: Gap, up: Lists, down: Lists, sweeps = 4): Float64Array {
  const center = new Float64Array(extent.length);
  for (const layer of layers) {
    let at = 0;
    layer.forEach((item, i) => {
      if (i) at += gap(layer[i - 1]!, item) + extent[layer[i - 1]!]! / 2;
      at += extent[item]! / 2;
      center[item] = at;
    });
  }
  const pull = (a: number, b: number) => (a >= real && b >= real ? 8 : a >= real || b >= real ? 2 : 1);
  const settle = (l: number, sides: Lists[]) => {
    const layer = layers[l]!;
    const desired = new Float64Array(layer.length);
    const weight = new Float64Array(layer.length);
    layer.forEach((item, i) => {
      let w = 0;
      let sum = 0;
      for (const side of sides) for (const other of side[item]!) {
        const p = pull(item, other);
        w += p;
        sum += p * center[other]!;
      }
      // An item with nothing to pull it stays where it is, lightly held.
      desired[i] = w ? sum / w : center[item]!;
      weight[i] = w || 0.5;
    });
    solve(layer, desired, weight, extent, gap, center);
  };
  for (let s = 0; s < sweeps; s++) {
    for (let l = 1; l < layers.length; l++) settle(l, [up]);
    for (let l = layers.length - 2; l >= 0; l--) settle(l, [down]);
  }
  for (let l = 0; l < layers.length; l++) settle(l, [up, down]);
  let top = Infinity;
  center.forEach((c, i) => (top = Math.min(top, c - extent[i]! / 2)));
  if (Number.isFinite(top)) center.forEach((c, i) => (center[i] = c - top));
  return center;
}
