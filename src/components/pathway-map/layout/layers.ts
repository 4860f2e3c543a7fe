/**
 * Layers for the layered drawing. The stages come in the data, so no ranking step is needed: each stage
 * gets one layer, or (on a big map, explored by panning) more when steps inside it lead on to each other
 * (a certificate that qualifies for a job in the same stage sits one sub-layer before it). An edge that spans several layers passes through a
 * virtual item in each layer between, which the ordering and placing steps treat like a tiny node, so the
 * edge is given its own slot between the nodes instead of being drawn through them.
 */
import type { Graph } from '../model/graph.js';
import type { Packed } from './order.js';

export interface Layering {
  /** The layer of every item: real nodes first (0 … n-1, in document order), then virtual items: those of
   * the edges laid out, then (from `laid` on) those of the edges left out of the layout. */
  readonly layer: Int32Array;
  /** How many items the ordering and placing steps take: the real nodes and the virtual items of the edges
   * laid out. The virtual items of the edges left out (related jobs, drawn only on demand) come after:
   * they are given a place in the gaps afterwards (see threadItems in pathway-map/layout/place.ts), so they
   * neither pull cards nor take room. */
  readonly laid: number;
  readonly layerCount: number;
  /** Per stage: its first layer and how many it has (at least one, so an empty stage keeps its band). */
  readonly stages: readonly { readonly first: number; readonly size: number }[];
  /**
   * Per edge: the items it passes, from its end in the lower layer to its end in the higher one (so for an
   * edge that points back, the target comes first). Empty for an edge within one layer, drawn as an arc.
   */
  readonly chains: readonly (readonly number[])[];
  /** Per item: its neighbours in the layer before and after (one entry per edge passing), packed. */
  readonly up: Packed;
  readonly down: Packed;
}

/** Sub-layer of each node within its stage: the longest chain of non-lateral edges inside the stage. */
function depths(graph: Graph, skip: Uint8Array | undefined): Int32Array {
  const n = graph.nodes.length;
  const inner = (e: number) => graph.stage[graph.from[e]!] === graph.stage[graph.to[e]!] && graph.kind[e] !== 'lateral' && !skip?.[e];
  const waiting = new Int32Array(n);
  for (let e = 0; e < graph.from.length; e++) if (inner(e)) waiting[graph.to[e]!]!++;
  const depth = new Int32Array(n);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (!waiting[i]) queue.push(i);
  // Kahn's order: the edge graph is acyclic (the validator rejects cycles), so every node is reached.
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const edges = graph.out[node]!;
    for (let k = 0; k < edges.length; k++) {
      const e = edges[k]!;
      if (!inner(e)) continue;
      const next = graph.to[e]!;
      depth[next] = Math.max(depth[next]!, depth[node]! + 1);
      if (--waiting[next]! === 0) queue.push(next);
    }
  }
  return depth;
}

/** Assigns layers and threads long edges through virtual items. `flat`: one layer per stage (the map
 * below CULL_AT steps, drawn at scale 1 in one column per stage), its edges within a stage left to the
 * layout to draw down the column (see pathway-map/layout/flat.ts). `skip` marks edges that take no part in
 * ordering and placing (their virtual items come last, from `laid` on, and are nobody's neighbours). */
export function layerGraph(graph: Graph, stageCount: number, flat = false, skip?: Uint8Array): Layering {
  const n = graph.nodes.length;
  const depth = flat ? new Int32Array(n) : depths(graph, skip);
  const sizes = new Array<number>(stageCount).fill(1);
  for (let i = 0; i < n; i++) sizes[graph.stage[i]!] = Math.max(sizes[graph.stage[i]!]!, depth[i]! + 1);
  let first = 0;
  const stages = sizes.map((size) => {
    const band = { first, size };
    first += size;
    return band;
  });
  const layer: number[] = [];
  for (let i = 0; i < n; i++) layer.push(stages[graph.stage[i]!]!.first + depth[i]!);
  const chains: number[][] = graph.kind.map(() => []);
  // The edges laid out first, so their virtual items come before the skipped edges'. Plain loops, no
  // destructuring: this runs once per map, mostly before the engine has optimised it.
  const edges = graph.from.length;
  let laid = n;
  for (let pass = 0; pass < 2; pass++) {
    for (let e = 0; e < edges; e++) {
      const f = graph.from[e]!;
      const t = graph.to[e]!;
      if ((skip?.[e] ? 1 : 0) !== pass || layer[f] === layer[t]) continue;
      const lo = layer[f]! < layer[t]! ? f : t;
      const hi = lo === f ? t : f;
      const chain = chains[e]!;
      chain.push(lo);
      for (let l = layer[lo]! + 1; l < layer[hi]!; l++) {
        chain.push(layer.length);
        layer.push(l);
      }
      chain.push(hi);
    }
    if (!pass) laid = layer.length;
  }
  // Each item's neighbours, packed (see pathway-map/layout/order.ts), in the order of the edges passing; the
  // skipped edges are nobody's neighbours.
  const items = layer.length;
  const counted = chains.filter((_, e) => !skip?.[e]);
  const segments = counted.reduce((sum, chain) => sum + Math.max(0, chain.length - 1), 0);
  const upStart = new Int32Array(items + 1);
  const downStart = new Int32Array(items + 1);
  const upList = new Int32Array(segments);
  const downList = new Int32Array(segments);
  for (let c = 0; c < counted.length; c++) {
    const chain = counted[c]!;
    for (let i = 1; i < chain.length; i++) {
      downStart[chain[i - 1]! + 1]!++;
      upStart[chain[i]! + 1]!++;
    }
  }
  for (let i = 0; i < items; i++) {
    downStart[i + 1]! += downStart[i]!;
    upStart[i + 1]! += upStart[i]!;
  }
  const nextDown = downStart.slice(0, items);
  const nextUp = upStart.slice(0, items);
  for (let c = 0; c < counted.length; c++) {
    const chain = counted[c]!;
    for (let i = 1; i < chain.length; i++) {
      downList[nextDown[chain[i - 1]!]!++] = chain[i]!;
      upList[nextUp[chain[i]!]!++] = chain[i - 1]!;
    }
  }
  const up = { start: upStart, list: upList };
  const down = { start: downStart, list: downList };
  return { layer: Int32Array.from(layer), laid, layerCount: first, stages, chains, up, down };
}
