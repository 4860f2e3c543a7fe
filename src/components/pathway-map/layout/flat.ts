/**
 * One column per stage, for maps drawn at scale 1 (below CULL_AT steps). Every step of a stage shares one
 * layer, so a link within a stage (a certificate that qualifies for a job in the same stage, a degree that
 * stacks toward a licence) runs down the column instead of across a sub-column. Cards joined by such links
 * form a group, kept together top to bottom in the order the links run: the ordering and the placing treat
 * each group as one tall item (its neighbours the union of its members'), so the group cannot be split
 * by another card, and consecutive members sit ARROW_GAP apart for a short straight arrow between them.
 *
 * Measured on the five Colorado pathways (bench/crossings.mjs): a group as one item gives as few or fewer
 * drawn crossings than ordering cards singly and gathering each group at its mean slot afterwards, which
 * moved cards away from where the sweeps had put them.
 */
import type { Graph } from '../model/graph.js';
import type { Layering } from './layers.js';
import { orderLayers } from './order.js';
import { placeCross } from './place.js';

/** The space between two cards joined by a link within their stage: a 17px line and the 7px arrowhead. */
export const ARROW_GAP = 24;
const NODE_GAP = 14;
const EDGE_GAP = 8;

/** Whether edge `e` is drawn down its stage's column between cards kept together: within one stage, not a
 * lateral move (drawn as an arc, it would chain a whole stage together), and not a related job (drawn
 * only on demand: it must not decide where cards sit). */
export const withinStage = (graph: Graph, e: number) =>
  graph.stage[graph.from[e]!] === graph.stage[graph.to[e]!] && graph.kind[e] !== 'lateral' && !graph.related[e];

export interface Groups {
  /** Per node: its group. */
  readonly group: Int32Array;
  /** Each group's members, top to bottom, in document order of their first member. */
  readonly members: readonly (readonly number[])[];
}

/**
 * Groups of cards joined by links within their stage, each in topological order. After a card, the target
 * of its first link still waiting is taken next when it is free, so a chain reads down the column; when
 * none is, the free card with the shortest chain below it goes first, so long chains come last and run
 * into the group's final card (Associate Degree in Nursing → BSN → RN license → Registered Nurses).
 */
export function groupsOf(graph: Graph): Groups {
  const n = graph.nodes.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const inner: number[] = [];
  graph.from.forEach((f, e) => {
    if (!withinStage(graph, e)) return;
    inner.push(e);
    const [a, b] = [root(f), root(graph.to[e]!)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  });
  const group = new Int32Array(n).fill(-1);
  const lists: number[][] = [];
  for (let i = 0; i < n; i++) {
    const r = root(i);
    if (group[r] === -1) group[r] = lists.push([]) - 1;
    group[i] = group[r]!;
    lists[group[i]!]!.push(i);
  }
  const waiting = new Int32Array(n);
  for (const e of inner) waiting[graph.to[e]!]!++;
  // The longest chain of links within the stage below each card (memoised; the graph is acyclic).
  const height = new Int32Array(n).fill(-1);
  const heightOf = (i: number): number => {
    if (height[i]! < 0)
      height[i] = Math.max(0, ...graph.out[i]!.filter((e) => withinStage(graph, e)).map((e) => heightOf(graph.to[e]!) + 1));
    return height[i]!;
  };
  const members = lists.map((list) => {
    if (list.length === 1) return list;
    const ready = list.filter((i) => !waiting[i]);
    const order: number[] = [];
    let last = -1;
    while (ready.length) {
      const next = last < 0 ? undefined : graph.out[last]!.find((e) => withinStage(graph, e) && ready.includes(graph.to[e]!));
      const pick =
        next !== undefined
          ? graph.to[next]!
          : ready.reduce((best, i) => (heightOf(i) < heightOf(best) || (heightOf(i) === heightOf(best) && i < best) ? i : best));
      ready.splice(ready.indexOf(pick), 1);
      order.push(pick);
      for (const e of graph.out[pick]!) if (withinStage(graph, e) && !--waiting[graph.to[e]!]!) ready.push(graph.to[e]!);
      last = pick;
    }
    return order;
  });
  return { group, members };
}

export interface FlatPlacement {
  /** Items of each layer, top to bottom (groups expanded). */
  readonly layers: readonly (readonly number[])[];
  /** Cross-axis centre of every item laid out (`layering.laid`), top of the highest at 0. */
  readonly center: Float64Array;
  readonly crossings: number;
  readonly initial: number;
  /** Per item: the item drawn directly after it in its layer, or -1. */
  readonly after: Int32Array;
}

/**
 * Orders and places `layering` (flat: one layer per stage) with each group as one item. `key` gives every
 * item's starting place in its layer (document order or the previous layout's); `extent` every item's size
 * across the layer; `local` keeps the starting order but for swaps that remove crossings.
 */
export function placeFlat(
  graph: Graph,
  layering: Layering,
  groups: Groups,
  key: Float64Array,
  extent: Float64Array,
  local: boolean,
): FlatPlacement {
  const n = graph.nodes.length;
  const { layer, up, down, laid: items } = layering;
  const count = groups.members.length;
  // Units: groups 0 … count-1, then one per virtual item.
  const unitOf = (item: number) => (item < n ? groups.group[item]! : count + item - n);
  const units = count + items - n;
  const unitItems = (u: number): readonly number[] => (u < count ? groups.members[u]! : [u - count + n]);
  const gapAfter = new Float64Array(items);
  const joined = new Set<string>();
  graph.from.forEach((f, e) => withinStage(graph, e) && joined.add(`${f}>${graph.to[e]}`));
  const lists = (packed: typeof up) =>
    Array.from({ length: units }, (_, u) =>
      unitItems(u).flatMap((item) => [...packed.list.subarray(packed.start[item]!, packed.start[item + 1]!)].map(unitOf)),
    );
  const [above, below] = [lists(up), lists(down)];
  const unitKey = new Float64Array(units);
  const unitExtent = new Float64Array(units);
  for (let u = 0; u < units; u++) {
    const list = unitItems(u);
    unitKey[u] = Math.min(...list.map((i) => key[i]!));
    let size = 0;
    list.forEach((item, k) => {
      size += extent[item]!;
      const next = list[k + 1];
      if (next !== undefined) size += gapAfter[item] = joined.has(`${item}>${next}`) ? ARROW_GAP : NODE_GAP;
    });
    unitExtent[u] = size;
  }
  const initial: number[][] = Array.from({ length: layering.layerCount }, () => []);
  for (let u = 0; u < units; u++) initial[layer[unitItems(u)[0]!]!]!.push(u);
  for (const list of initial) list.sort((a, b) => unitKey[a]! - unitKey[b]! || a - b);
  const order = orderLayers(initial, above, below, local);
  const unitCenter = placeCross(order.layers, unitExtent, count, (a, b) => (a < count && b < count ? NODE_GAP : EDGE_GAP), above, below);
  const center = new Float64Array(layer.length);
  const after = new Int32Array(layer.length).fill(-1);
  const layers = order.layers.map((list) => {
    const flat: number[] = [];
    for (const u of list) {
      let at = unitCenter[u]! - unitExtent[u]! / 2;
      for (const item of unitItems(u)) {
        center[item] = at + extent[item]! / 2;
        at += extent[item]! + gapAfter[item]!;
        if (flat.length) after[flat.at(-1)!] = item;
        flat.push(item);
      }
    }
    return flat;
  });
  return { layers, center, crossings: order.crossings, initial: order.initial, after };
}
