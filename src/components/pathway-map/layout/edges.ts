/**
 * Edge geometry. An edge leaves its lower-layer node from the side facing the next layer, runs straight
 * through each layer it skips in the slot its virtual item was given, and bends only in the gaps between
 * layers (d3's bump curve keeps each bend inside the gap), so it never passes through a node. Edges within
 * one layer are drawn as an arc out into the gap. Several edges at one side of a node fan out along it.
 *
 * The bump curve is written out here rather than taken from d3-shape's line() and curveBumpX: that
 * pulled in every curve class (d3-shape's curves do not tree-shake), about 3 KB gzip for two lines.
 */
import { withinStage } from './flat.js';
import type { Graph } from '../model/graph.js';
import type { Layering } from './layers.js';
import type { Box } from './box.js';

export type Orientation = 'horizontal' | 'vertical';
/** A point as [main, cross]: main runs across the layers (left to right, or top to bottom). */
type Point = [number, number];

export interface EdgeGeometry {
  /** The edge's path, from its source to a little short of its target, where the arrowhead marker goes. */
  readonly d: string;
  /** The points the path passes through, as [x, y], lower layer first (for tests and exports). */
  readonly points: readonly (readonly [number, number])[];
  /** The box around `points` (an arc bulges out of it, by at most 33px). */
  readonly box: Box;
}

export interface EdgeInput {
  readonly orientation: Orientation;
  readonly graph: Graph;
  readonly layering: Layering;
  /** Cross-axis centre of every item, and extent of every real node. */
  readonly center: Float64Array;
  readonly extent: Float64Array;
  /** Main-axis start and end of every layer. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** One column per stage (pathway-map/layout/flat.ts): per item, the item drawn directly after it in its layer,
   * or -1. A link within a stage between neighbours is then a straight arrow between them, and one between
   * cards further apart runs in a lane beside the column. */
  readonly after?: Int32Array | undefined;
}

/** The arrowhead's length (the marker in pathway-map/view/scene.ts is drawn to match). */
export const ARROW = 7;
const round = (n: number) => Math.round(n * 10) / 10;

/** Spreads the edges meeting one side of a node along that side, in the order of where they come from:
 * the cross position of each edge's end at its lower-layer node (`from`) and higher-layer node (`to`).
 * The edges drawn by default are spread among themselves, so a hidden related job leaves no gap in them;
 * related jobs' edges, shown on demand, are spread among all the edges there, in the order they would
 * take if all were drawn. */
function ports(input: EdgeInput): { from: Float64Array; to: Float64Array } {
  const { layering, center, extent } = input;
  const { chains } = layering;
  const edges = chains.length;
  const from = new Float64Array(edges);
  const to = new Float64Array(edges);
  // Where each edge comes from at each end: the cross position of the item after its lower end and of the
  // item before its higher end. Written out once, so the sorts below read arrays and make no closures (this
  // runs once per map, mostly before the engine has optimised it).
  const fromToward = new Float64Array(edges);
  const toToward = new Float64Array(edges);
  // The edges at each side of each node, packed: side node * 2 faces later layers, node * 2 + 1 earlier.
  const sides = input.graph.nodes.length * 2;
  const start = new Int32Array(sides + 1);
  for (let e = 0; e < edges; e++) {
    const chain = chains[e]!;
    const length = chain.length;
    if (!length) continue;
    start[chain[0]! * 2 + 1]!++;
    start[chain[length - 1]! * 2 + 2]!++;
    fromToward[e] = center[chain[1]!]!;
    toToward[e] = center[chain[length - 2]!]!;
  }
  for (let side = 0; side < sides; side++) start[side + 1]! += start[side]!;
  const list = new Int32Array(start[sides]!);
  const next = start.slice(0, sides);
  for (let e = 0; e < edges; e++) {
    const chain = chains[e]!;
    if (!chain.length) continue;
    list[next[chain[0]! * 2]!++] = e;
    list[next[chain[chain.length - 1]! * 2 + 1]!++] = e;
  }
  const { related } = input.graph;
  for (let side = 0; side < sides; side++) {
    const a = start[side]!;
    const b = start[side + 1]!;
    if (a === b) continue;
    const node = side >> 1;
    const late = side & 1;
    const toward = late ? toToward : fromToward;
    const ends = late ? to : from;
    // Few edges meet one side: an insertion sort, by where each comes from, then by edge.
    for (let i = a + 1; i < b; i++) {
      const e = list[i]!;
      const t = toward[e]!;
      let j = i;
      for (; j > a && (toward[list[j - 1]!]! > t || (toward[list[j - 1]!]! === t && list[j - 1]! > e)); j--) list[j] = list[j - 1]!;
      list[j] = e;
    }
    // All the edges spread along the side, then those drawn by default among themselves (their places
    // overwrite the first).
    let count = b - a;
    let step = count > 1 ? Math.min(10, (extent[node]! * 0.6) / (count - 1)) : 0;
    for (let i = a, k = 0; i < b; i++) ends[list[i]!] = center[node]! + (k++ - (count - 1) / 2) * step;
    count = 0;
    for (let i = a; i < b; i++) if (!related[list[i]!]) count++;
    step = count > 1 ? Math.min(10, (extent[node]! * 0.6) / (count - 1)) : 0;
    for (let i = a, k = 0; i < b; i++) if (!related[list[i]!]) ends[list[i]!] = center[node]! + (k++ - (count - 1) / 2) * step;
  }
  return { from, to };
}

/** A point as [x, y] on the page, rounded to a tenth. */
const xy = ([main, cross]: Point, horizontal: boolean): [number, number] =>
  horizontal ? [round(main), round(cross)] : [round(cross), round(main)];

/** A cubic between each pair of points with both tangents along the main axis (d3's curveBumpX / Y). */
function bump(path: readonly Point[], horizontal: boolean): string {
  let d = '';
  let [px, py] = [0, 0];
  path.forEach((point, i) => {
    const [x, y] = xy(point, horizontal);
    if (!i) d = `M${x},${y}`;
    else {
      const m = round(horizontal ? (px + x) / 2 : (py + y) / 2);
      d += horizontal ? `C${m},${py} ${m},${y} ${x},${y}` : `C${px},${m} ${x},${m} ${x},${y}`;
    }
    [px, py] = [x, y];
  });
  return d;
}

/** The box around points given as [x, y]. */
function boxOf(points: readonly (readonly [number, number])[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** An edge between layers. Its points are kept packed, [main, cross] after one another, in one array
 * shared by every edge (`raw[at]` to `raw[end - 1]`), and its path and its list of points are made when
 * first asked for: a big map draws only the edges in view, and a thousand edges' worth of small arrays and
 * path strings would cost more than placing them all. The constructor runs once per edge, mostly before
 * the engine has optimised it, so it destructures nothing (each array destructuring walks an iterator). */
class Route implements EdgeGeometry {
  readonly box: Box;
  #d: string | undefined;
  #points: (readonly [number, number])[] | undefined;

  /** `raw[at…end)` lower layer first; `back` for an edge whose target is in the lower layer. */
  readonly #raw: Float64Array;
  readonly #at: number;
  readonly #end: number;
  readonly #back: boolean;
  readonly #horizontal: boolean;

  constructor(raw: Float64Array, at: number, end: number, back: boolean, horizontal: boolean) {
    this.#raw = raw;
    this.#at = at;
    this.#end = end;
    this.#back = back;
    this.#horizontal = horizontal;
    let main0 = Infinity;
    let cross0 = Infinity;
    let main1 = -Infinity;
    let cross1 = -Infinity;
    for (let i = at; i < end; i += 2) {
      main0 = Math.min(main0, raw[i]!);
      main1 = Math.max(main1, raw[i]!);
      cross0 = Math.min(cross0, raw[i + 1]!);
      cross1 = Math.max(cross1, raw[i + 1]!);
    }
    main0 = round(main0);
    cross0 = round(cross0);
    main1 = round(main1);
    cross1 = round(cross1);
    this.box = horizontal
      ? { x: main0, y: cross0, w: main1 - main0, h: cross1 - cross0 }
      : { x: cross0, y: main0, w: cross1 - cross0, h: main1 - main0 };
  }

  get points(): readonly (readonly [number, number])[] {
    if (!this.#points) {
      this.#points = [];
      for (let i = this.#at; i < this.#end; i += 2) this.#points.push(xy([this.#raw[i]!, this.#raw[i + 1]!], this.#horizontal));
    }
    return this.#points;
  }

  /** From source to target (so back to front for an edge that points back), stopping short of the target
   * by the arrowhead's length. */
  get d(): string {
    if (this.#d === undefined) {
      const path: Point[] = [];
      for (let i = this.#at; i < this.#end; i += 2) path.push([this.#raw[i]!, this.#raw[i + 1]!]);
      if (this.#back) path.reverse();
      const [main, cross] = path.at(-1)!;
      path[path.length - 1] = [main + (main > path.at(-2)![0] ? -ARROW : ARROW), cross];
      this.#d = bump(path, this.#horizontal);
    }
    return this.#d;
  }

  toJSON(): Omit<EdgeGeometry, 'box'> {
    return { d: this.d, points: this.points };
  }
}

/** Lanes beside a column: the first 11px out from the cards, the next ones 5px further each. The first is
 * the nearest from which a link can come back into a card with its 4px corner and 7px arrowhead (its
 * corner ends where the arrowhead starts). */
const LANE = 11;
const LANE_STEP = 5;
/** Where a lane leaves its source (this far above the card's far end) and enters its target (this far
 * below its near end: past a credential card's 14px clipped corner). */
const LANE_EXIT = 8;
const LANE_ENTRY = 18;

/**
 * The lane of each link within a stage that is not between neighbours. Links of one kind from one card
 * share a lane (a trunk with a branch into each target), as do links of one kind into one card, so a
 * degree that qualifies for seven jobs draws one line down the column's side, not seven. Trunks that
 * overlap along the column take different lanes, the lowest free one.
 */
function lanes(input: EdgeInput): Map<number, number> {
  const { graph, center, extent, after } = input;
  const skip: number[] = [];
  graph.from.forEach((f, e) => {
    const t = graph.to[e]!;
    if (after && graph.stage[f] === graph.stage[t] && graph.kind[e] !== 'lateral' && !(after[f] === t && withinStage(graph, e)))
      skip.push(e);
  });
  // A related job's link never shares a trunk with a link drawn by default: it shows only on demand.
  const kind = (e: number) => `${graph.kind[e]}${graph.related[e] ? '~' : ''}`;
  const count = new Map<string, number>();
  const tally = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  for (const e of skip) {
    tally(`>${graph.from[e]}:${kind(e)}`);
    tally(`<${graph.to[e]}:${kind(e)}`);
  }
  const trunks = new Map<string, { edges: number[]; lo: number; hi: number; stage: number; related: number }>();
  for (const e of skip) {
    const [f, t] = [graph.from[e]!, graph.to[e]!];
    const [out, into] = [`>${f}:${kind(e)}`, `<${t}:${kind(e)}`];
    const key = count.get(out)! > 1 ? out : count.get(into)! > 1 ? into : `#${e}`;
    const lo = Math.min(center[f]! + extent[f]! / 2, center[t]! - extent[t]! / 2);
    const hi = Math.max(center[f]! + extent[f]! / 2, center[t]! - extent[t]! / 2);
    const trunk = trunks.get(key) ?? { edges: [], lo, hi, stage: graph.stage[f]!, related: graph.related[e]! };
    trunk.edges.push(e);
    [trunk.lo, trunk.hi] = [Math.min(trunk.lo, lo), Math.max(trunk.hi, hi)];
    trunks.set(key, trunk);
  }
  const lane = new Map<number, number>();
  const ends = new Map<number, number[]>(); // per stage, the far end of each lane in use
  // The links drawn by default are given lanes first, nearest the cards, so what shows by default is as
  // narrow as it can be; related jobs' links then take what is free along their span.
  const order = (a: { lo: number; edges: number[]; related: number }, b: typeof a) =>
    a.related - b.related || a.lo - b.lo || a.edges[0]! - b.edges[0]!;
  for (const trunk of [...trunks.values()].sort(order)) {
    const used = ends.get(trunk.stage) ?? [];
    let k = used.findIndex((end) => end + 4 < trunk.lo);
    if (k < 0) k = used.push(trunk.hi) - 1;
    else used[k] = trunk.hi;
    ends.set(trunk.stage, used);
    for (const e of trunk.edges) lane.set(e, k);
  }
  return lane;
}

export function routeEdges(input: EdgeInput): EdgeGeometry[] {
  const { orientation, graph, layering, center, extent, start, end, after } = input;
  const horizontal = orientation === 'horizontal';
  const port = ports(input);
  const { layer } = layering;
  const laneOf = lanes(input);
  // Every route's points in one array: two for each layer an edge passes through, one at each end.
  let size = 0;
  for (const chain of layering.chains) if (chain.length) size += 2 * (2 * chain.length - 2);
  const raw = new Float64Array(size);
  let at = 0;
  return layering.chains.map((chain, e): EdgeGeometry => {
    if (!chain.length && after) {
      const f = graph.from[e]!;
      const t = graph.to[e]!;
      const points = (list: Point[]) => list.map((p) => xy(p, horizontal));
      if (after[f] === t && withinStage(graph, e)) {
        // Neighbours in the column: a straight arrow from the middle of one card's far side to the next's.
        const mid = (start[layer[f]!]! + end[layer[f]!]!) / 2;
        const [a, b] = points([
          [mid, center[f]! + extent[f]! / 2],
          [mid, center[t]! - extent[t]! / 2],
        ]);
        const [tip] = points([[mid, center[t]! - extent[t]! / 2 - ARROW]]);
        return { d: `M${a}L${tip}`, points: [a!, b!], box: boxOf([a!, b!]) };
      }
      const k = laneOf.get(e);
      if (k !== undefined) {
        // Out of the source's side near its far end, along the lane, into the target's side near its
        // near end; corners rounded by 4px. Every edge of a trunk runs the same lane, so they draw as one.
        const side = end[layer[f]!]!;
        const x = side + LANE + k * LANE_STEP;
        const y0 = center[f]! + extent[f]! / 2 - LANE_EXIT;
        const y1 = center[t]! - extent[t]! / 2 + LANE_ENTRY;
        const s = Math.sign(y1 - y0) || 1;
        const path: Point[] = [
          [side, y0],
          [x - 4, y0],
          [x, y0],
          [x, y0 + 4 * s],
          [x, y1 - 4 * s],
          [x, y1],
          [x - 4, y1],
          [side + ARROW, y1],
        ];
        const p = points(path);
        // In the first lane the corner ends where the arrowhead starts: a zero-length last segment would
        // leave the marker no direction (Chromium then points it right, out of the card).
        const tail = String(p[6]) === String(p[7]) ? '' : `L${p[7]}`;
        const d = `M${p[0]}L${p[1]}C${p[2]} ${p[2]} ${p[3]}L${p[4]}C${p[5]} ${p[5]} ${p[6]}${tail}`;
        const ends = points([
          [side, y0],
          [x, y0],
          [x, y1],
          [side, y1],
        ]);
        return { d, points: ends, box: boxOf(ends) };
      }
    }
    if (!chain.length) {
      // Both ends in one layer: an arc out into the gap after it, back into the target's side.
      const f = graph.from[e]!;
      const t = graph.to[e]!;
      const side = end[layer[f]!]!;
      const bulge = ARROW + 10 + Math.min(Math.abs(center[t]! - center[f]!) * 0.1, 16);
      const [a, b, c, d] = (
        [
          [side, center[f]!],
          [side + bulge, center[f]!],
          [side + bulge, center[t]!],
          [side + ARROW, center[t]!],
        ] as Point[]
      ).map((p) => xy(p, horizontal));
      return { d: `M${a}C${b} ${c} ${d}`, points: [a!, d!], box: boxOf([a!, d!]) };
    }
    const lo = chain[0]!;
    const hi = chain[chain.length - 1]!;
    // Two points for each layer the edge passes through, and one at each end.
    let k = at;
    raw[k++] = end[layer[lo]!]!;
    raw[k++] = port.from[e]!;
    for (let c = 1; c + 1 < chain.length; c++) {
      const item = chain[c]!;
      raw[k++] = start[layer[item]!]!;
      raw[k++] = center[item]!;
      raw[k++] = end[layer[item]!]!;
      raw[k++] = center[item]!;
    }
    raw[k++] = start[layer[hi]!]!;
    raw[k++] = port.to[e]!;
    const route = new Route(raw, at, k, graph.to[e] === lo, horizontal);
    at = k;
    return route;
  });
}
