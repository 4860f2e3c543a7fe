/**
 * Edge geometry. An edge leaves its lower-layer node from the side facing the next layer, runs straight
 * through each layer it skips in the slot its virtual item was given, and bends only in the gaps between
 * layers (d3's bump curve keeps each bend inside the gap), so it never passes through a node. Edges within
 * one layer are drawn as an arc out into the gap. Several edges at one side of a node fan out along it.
 *
 * The bump curve is written out here rather than taken from d3-shape's line() and curveBumpX: that
 * pulled in every curve class (d3-shape's curves do not tree-shake), about 3 KB gzip for two lines.
 */
import type { Graph } from './pathway-map.graph.js';
import type { Layering } from './pathway-map.layers.js';

export type Orientation = 'horizontal' | 'vertical';
/** A point as [main, cross]: main runs across the layers (left to right, or top to bottom). */
type Point = [number, number];

export interface EdgeGeometry {
  /** The edge's path, from its source to a little short of its target, where the arrowhead marker goes. */
  readonly d: string;
  /** The points the path passes through, as [x, y], lower layer first (for tests and exports). */
  readonly points: readonly (readonly [number, number])[];
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
}

/** The arrowhead's length (the marker in pathway-map.scene.ts is drawn to match). */
export const ARROW = 7;
const round = (n: number) => Math.round(n * 10) / 10;

/** Spreads the edges meeting one side of a node along that side, in the order of where they come from:
 * the cross position of each edge's end at its lower-layer node (`from`) and higher-layer node (`to`). */
function ports(input: EdgeInput): { from: Float64Array; to: Float64Array } {
  const { layering, center, extent } = input;
  const { chains } = layering;
  const from = new Float64Array(chains.length);
  const to = new Float64Array(chains.length);
  const sides = new Map<number, number[]>();
  chains.forEach((chain, e) => {
    if (!chain.length) return;
    // Key: node * 2 for the side facing later layers, node * 2 + 1 for the side facing earlier ones.
    for (const key of [chain[0]! * 2, chain.at(-1)! * 2 + 1]) {
      const list = sides.get(key);
      if (list) list.push(e);
      else sides.set(key, [e]);
    }
  });
  for (const [key, edges] of sides) {
    const node = key >> 1;
    const late = key & 1;
    const toward = (e: number) => center[late ? chains[e]!.at(-2)! : chains[e]![1]!]!;
    edges.sort((a, b) => toward(a) - toward(b) || a - b);
    const step = edges.length > 1 ? Math.min(10, (extent[node]! * 0.6) / (edges.length - 1)) : 0;
    edges.forEach((e, i) => ((late ? to : from)[e] = center[node]! + (i - (edges.length - 1) / 2) * step));
  }
  return { from, to };
}

export function routeEdges(input: EdgeInput): EdgeGeometry[] {
  const { orientation, graph, layering, center, start, end } = input;
  const horizontal = orientation === 'horizontal';
  const xy = ([main, cross]: Point): [number, number] => (horizontal ? [round(main), round(cross)] : [round(cross), round(main)]);
  // A cubic between each pair of points with both tangents along the main axis (d3's curveBumpX / Y).
  const draw = (points: Point[]) =>
    points
      .map((point, i) => {
        const [x, y] = xy(point);
        if (!i) return `M${x},${y}`;
        const [px, py] = xy(points[i - 1]!);
        const m = round(horizontal ? (px + x) / 2 : (py + y) / 2);
        return horizontal ? `C${m},${py} ${m},${y} ${x},${y}` : `C${px},${m} ${x},${m} ${x},${y}`;
      })
      .join('');
  const port = ports(input);
  const { layer } = layering;
  return layering.chains.map((chain, e) => {
    if (!chain.length) {
      // Both ends in one layer: an arc out into the gap after it, back into the target's side.
      const f = graph.from[e]!;
      const t = graph.to[e]!;
      const side = end[layer[f]!]!;
      const bulge = ARROW + 10 + Math.min(Math.abs(center[t]! - center[f]!) * 0.1, 16);
      const [a, b, c, d] = ([[side, center[f]!], [side + bulge, center[f]!], [side + bulge, center[t]!], [side + ARROW, center[t]!]] as Point[]).map(xy);
      return { d: `M${a}C${b} ${c} ${d}`, points: [a!, d!] };
    }
    const lo = chain[0]!;
    const hi = chain.at(-1)!;
    const points: Point[] = [[end[layer[lo]!]!, port.from[e]!]];
    for (const item of chain.slice(1, -1)) points.push([start[layer[item]!]!, center[item]!], [end[layer[item]!]!, center[item]!]);
    points.push([start[layer[hi]!]!, port.to[e]!]);
    // The path runs from source to target (so back to front for an edge that points back), and stops
    // short of the target by the arrowhead's length.
    const path = (graph.to[e] === lo ? [...points].reverse() : points).map((p) => [...p] as Point);
    const last = path.at(-1)!;
    last[0] += last[0] > path.at(-2)![0] ? -ARROW : ARROW;
    return { d: draw(path), points: points.map(xy) };
  });
}
