/**
 * The map's geometry, from the graph and the card sizes: stage bands side by side (columns) or stacked
 * (rows), nodes placed in layers inside their stage's band, edges routed between them. Pure: data and sizes
 * in, readonly geometry out; the same input always gives the same layout.
 */
import type { Box } from './box.js';
import { routeEdges, type EdgeGeometry, type Orientation } from './edges.js';
import type { Graph } from '../model/graph.js';
import { groupsOf, placeFlat } from './flat.js';
import { layerGraph } from './layers.js';
import { orderLayers } from './order.js';
import { placeCross, threadItems } from './place.js';
import { sortBy } from './sort.js';
import { CULL_AT } from './thresholds.js';

export type { Orientation } from './edges.js';

export type { Box } from './box.js';

export interface PlacedNode extends Box {
  readonly stage: number;
  readonly layer: number;
}

export interface LayoutOptions {
  readonly orientation: Orientation;
  /** Each node's card size, in document order. In columns cards share the widest width; in rows, the
   * cards of a row share the tallest height. */
  readonly sizes: readonly { readonly w: number; readonly h: number }[];
  /** Each node's cross position in the previous layout, by id: the ordering starts from it, so a small
   * change to the data leaves the rest of the map where it was. */
  readonly previous?: ReadonlyMap<string, number>;
  /** One layer per stage, links within a stage drawn down its column (default: below CULL_AT steps, the
   * maps drawn whole at scale 1; a bigger map, explored by panning, keeps sub-columns per stage). */
  readonly flat?: boolean;
  /** Space above the columns for the stage labels (default HEADER, two lines). */
  readonly header?: number;
}

export interface Layout {
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  /** In document order. */
  readonly nodes: readonly PlacedNode[];
  /** One per stage, in stage order. */
  readonly bands: readonly Box[];
  /** In document order. */
  readonly edges: readonly EdgeGeometry[];
  readonly crossings: number;
  /** Crossings of the order the layout started from (document order, or the previous layout's). */
  readonly initialCrossings: number;
  /** Each node's cross position by id (and each long edge's, by its ends), to pass as `previous` next time. */
  readonly seed: ReadonlyMap<string, number>;
}

/** Space for stage labels: above the columns (two lines of 14px, 16px apart, and a gap), or at the start
 * of each row. */
export const HEADER = 52;
/** The space above the columns for labels of `lines` lines: the first baseline 22px into the band (see
 * pathway-map/view/scene.ts), 16px a line, and a gap under the last. */
export const headerFor = (lines: number) => 36 + 16 * (Math.max(1, lines) - 1);
const MARGIN = 12;
/** Room between a band's edge and its cards, on each side. */
export const BAND_PAD = 12;
const LAYER_GAP = 40;
const BAND_GAP = 20;

/**
 * Card widths for one column per stage. The minimum holds a title of 60 characters in three lines at
 * 14px (`estimate`'s 7.7px a character), and lets four stages fit a 1,024px screen less its margins
 * (992px); the maximum keeps a title's line at about 30 characters, where a wider card only adds empty
 * space.
 */
export const CARD_MIN = 200;
export const CARD_MAX = 260;

/** The width `stageCount` columns of cards `cardWidth` wide take, with their bands, gaps and margins. */
export const columnsWidth = (stageCount: number, cardWidth: number) =>
  2 * MARGIN + stageCount * (cardWidth + 2 * BAND_PAD) + Math.max(0, stageCount - 1) * BAND_GAP;

/**
 * The card width at which every stage's column fits in `width` (the element's own), as wide as fits up to
 * CARD_MAX, in whole pixels; undefined when even CARD_MIN does not fit (a phone: the element stacks the
 * stages instead). Four stages fit from 980px, five from 1,224px.
 */
export function columnsFit(stageCount: number, width: number): { readonly cardWidth: number } | undefined {
  const stages = Math.max(1, stageCount);
  const cardWidth = Math.min(CARD_MAX, Math.floor((width - columnsWidth(stages, 0)) / stages));
  return cardWidth >= CARD_MIN ? { cardWidth } : undefined;
}
const NODE_GAP = 14;
const EDGE_GAP = 8;

export function layoutPathway(graph: Graph, stageCount: number, options: LayoutOptions): Layout {
  const { orientation, sizes, previous } = options;
  const horizontal = orientation === 'horizontal';
  const n = graph.nodes.length;
  const flat = options.flat ?? n < CULL_AT;
  // Related jobs (O*NET's lists: similar work, drawn only when a step is chosen) take no part in ordering
  // and placing: the cards sit by the links drawn by default, and related edges are threaded through the
  // gaps that leaves (threadItems).
  const skip = graph.related;
  const layering = layerGraph(graph, stageCount, flat, skip);
  const { layer, layerCount, chains, up, down, laid } = layering;
  const items = layer.length;

  // Starting order: the previous layout's where there is one (new nodes beside their neighbours), else
  // document order; each virtual item between its edge's two ends.
  const key = new Float64Array(items).fill(Number.NaN);
  for (let i = 0; i < n; i++) key[i] = previous ? (previous.get(graph.nodes[i]!.id) ?? Number.NaN) : i;
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(key[i]!)) continue;
    const near = [...graph.in[i]!.map((e) => key[graph.from[e]!]!), ...graph.out[i]!.map((e) => key[graph.to[e]!]!)].filter(
      (k) => !Number.isNaN(k),
    );
    key[i] = near.length ? near.reduce((a, b) => a + b, 0) / near.length : Infinity;
  }
  // A long edge's virtual items are seeded by edge too, so an unchanged map starts exactly where it was.
  const virtualKey = (e: number, k: number) => `${graph.nodes[graph.from[e]!]!.id}>${graph.nodes[graph.to[e]!]!.id}#${k}`;
  for (let e = 0; e < chains.length; e++) {
    const chain = chains[e]!;
    const mid = (key[chain[0]!]! + key[chain[chain.length - 1]!]!) / 2;
    for (let k = 0; k + 2 < chain.length; k++) key[chain[k + 1]!] = previous?.get(virtualKey(e, k)) ?? mid;
  }
  // Cross extents (card heights in columns, widths in rows); virtual items take no room but a gap.
  const extent = new Float64Array(items);
  for (let i = 0; i < sizes.length; i++) extent[i] = horizontal ? sizes[i]!.h : sizes[i]!.w;
  let order: { readonly crossings: number; readonly initial: number; readonly layers: readonly (readonly number[])[] };
  let center: Float64Array;
  let after: Int32Array | undefined;
  if (flat) {
    const placed = placeFlat(graph, layering, groupsOf(graph), key, extent, !!previous);
    [order, center, after] = [placed, placed.center, placed.after];
  } else {
    const initial: number[][] = Array.from({ length: layerCount }, () => []);
    for (let i = 0; i < laid; i++) initial[layer[i]!]!.push(i);
    // By key, ties in document order (each list is in index order already).
    for (const list of initial) sortBy(list, key);
    const ordered = orderLayers(initial, up, down, !!previous);
    order = ordered;
    center = new Float64Array(items);
    center.set(placeCross(ordered.layers, extent.subarray(0, laid), n, (a, b) => (a < n && b < n ? NODE_GAP : EDGE_GAP), up, down));
  }
  threadItems(order.layers, layer, chains, skip, center, extent, n);

  // Main axis: layers of one stage close together, stages further apart, each stage in its band.
  // Columns are all as wide as the widest card (an empty stage too); rows as tall as their tallest card.
  const widest = sizes.reduce((w, size) => Math.max(w, size.w), 0);
  const thickness = new Float64Array(layerCount);
  for (let i = 0; i < sizes.length; i++) thickness[layer[i]!] = Math.max(thickness[layer[i]!]!, horizontal ? widest : sizes[i]!.h);
  for (let l = 0; l < layerCount; l++) thickness[l] = thickness[l]! || (horizontal ? widest : 24);
  const start = new Float64Array(layerCount);
  const end = new Float64Array(layerCount);
  const lead = horizontal ? 0 : HEADER - BAND_PAD;
  let at = MARGIN;
  const spans = layering.stages.map(({ first, size }) => {
    const from = at;
    at += BAND_PAD + lead;
    for (let l = first; l < first + size; l++) {
      start[l] = at;
      end[l] = at + thickness[l]!;
      at = end[l]! + (l + 1 < first + size ? LAYER_GAP : 0);
    }
    at += BAND_PAD;
    const span = [from, at] as const;
    at += BAND_GAP;
    return span;
  });
  const mainSize = at - BAND_GAP + MARGIN;

  const offset = horizontal ? (options.header ?? HEADER) + MARGIN : MARGIN + BAND_PAD;
  let crossEnd = 0;
  for (let i = 0; i < center.length; i++) {
    center[i] = center[i]! + offset;
    crossEnd = Math.max(crossEnd, center[i]! + extent[i]! / 2);
  }
  const crossSize = Math.max(crossEnd, offset + 24) + BAND_PAD + MARGIN;

  const nodes = sizes.map((size, i): PlacedNode => {
    const l = layer[i]!;
    const main = start[l]!;
    const c = center[i]! - extent[i]! / 2;
    return horizontal
      ? { x: main, y: c, w: thickness[l]!, h: size.h, stage: graph.stage[i]!, layer: l }
      : { x: c, y: main, w: size.w, h: thickness[l]!, stage: graph.stage[i]!, layer: l };
  });
  const bands = spans.map(([from, to]): Box =>
    horizontal
      ? { x: from, y: MARGIN, w: to - from, h: crossSize - 2 * MARGIN }
      : { x: MARGIN, y: from, w: crossSize - 2 * MARGIN, h: to - from },
  );
  const edges = routeEdges({ orientation, graph, layering, center, extent, start, end, after });
  let seed: Map<string, number> | undefined;
  return {
    orientation,
    width: horizontal ? mainSize : crossSize,
    height: horizontal ? crossSize : mainSize,
    nodes,
    bands,
    edges,
    crossings: order.crossings,
    initialCrossings: order.initial,
    // Made when first asked for (when new data for the same pathway comes): a big map has as many long
    // edges' virtual items as nodes, each keyed by a string.
    get seed() {
      return (seed ??= new Map([
        ...graph.nodes.map((node, i) => [node.id, center[i]!] as const),
        ...chains.flatMap((chain, e) => chain.slice(1, -1).map((item, k) => [virtualKey(e, k), center[item]!] as const)),
      ]));
    },
  };
}
