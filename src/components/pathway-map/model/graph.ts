/**
 * The pathway as an indexed graph: nodes and edges by number, with the edges in and out of each node.
 * Everything else (layout, routes, highlighting, keyboard moves) works on these indices, which keeps the
 * hot paths to typed arrays instead of maps of strings.
 */
import type { EdgeKind, PathwayDocument, PathwayNode } from '../../../schema/types.js';

export interface Graph {
  readonly nodes: readonly PathwayNode[];
  readonly index: ReadonlyMap<string, number>;
  /** The stage index of each node. */
  readonly stage: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly kind: readonly EdgeKind[];
  /** 1 for an edge whose basis is O*NET Related Occupations: similar work, not a route by itself. */
  readonly related: Uint8Array;
  /** Edge indices leaving / entering each node, in document order. */
  readonly out: readonly (readonly number[])[];
  readonly in: readonly (readonly number[])[];
}

/** Indexes a valid pathway document (every reference resolves; the validator saw to that). */
export function graphOf(doc: PathwayDocument): Graph {
  // Plain loops: a big map indexes its thousands of nodes and edges once, before the engine has optimised
  // anything, where a typed array's from() with a mapping function walks an iterator.
  const { nodes, edges } = doc;
  const index = new Map<string, number>();
  const stages = new Map<string, number>();
  for (let s = 0; s < doc.stages.length; s++) stages.set(doc.stages[s]!.id, s);
  const out: number[][] = [];
  const into: number[][] = [];
  const stage = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    index.set(nodes[i]!.id, i);
    out.push([]);
    into.push([]);
    stage[i] = stages.get(nodes[i]!.stage) ?? 0;
  }
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const related = new Uint8Array(edges.length);
  const kind: EdgeKind[] = [];
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e]!;
    const f = index.get(edge.from)!;
    const t = index.get(edge.to)!;
    from[e] = f;
    to[e] = t;
    out[f]!.push(e);
    into[t]!.push(e);
    related[e] = edge.basis === 'related-occupations' ? 1 : 0;
    kind.push(edge.kind);
  }
  return { nodes, index, stage, from, to, kind, related, out, in: into };
}

/** Marks every node reachable from `start` along edges (`out`) or against them (`in`); `start` excluded. */
export function reach(graph: Graph, start: number, direction: 'in' | 'out'): Uint8Array {
  const seen = new Uint8Array(graph.nodes.length);
  const stack = [start];
  const edges = direction === 'out' ? graph.out : graph.in;
  const far = direction === 'out' ? graph.to : graph.from;
  while (stack.length) {
    for (const e of edges[stack.pop()!]!) {
      const next = far[e]!;
      if (!seen[next] && next !== start) {
        seen[next] = 1;
        stack.push(next);
      }
    }
  }
  return seen;
}

/** Which nodes and edges to emphasise, and how many steps lie before and after the chosen one. */
export interface Emphasis {
  readonly nodes: Uint8Array;
  readonly edges: Uint8Array;
  readonly before: number;
  readonly after: number;
  /** The chosen node, or -1 for routes. */
  readonly focal: number;
}

/**
 * Every route into and out of `node`: its ancestors, its descendants, and the edges among them that lie on
 * a route through it (an edge into an ancestor or into the node, or out of the node or a descendant).
 */
export function throughNode(graph: Graph, node: number): Emphasis {
  const up = reach(graph, node, 'in');
  const down = reach(graph, node, 'out');
  const nodes = new Uint8Array(graph.nodes.length);
  let before = 0;
  let after = 0;
  for (let i = 0; i < nodes.length; i++) {
    before += up[i]!;
    after += down[i]!;
    nodes[i] = up[i]! | down[i]!;
  }
  nodes[node] = 1;
  // An edge into an ancestor (or the node) starts at an ancestor too, and one out of a descendant (or the
  // node) ends at a descendant, since the graph has no cycles.
  const edges = Uint8Array.from(graph.from, (f, e) => {
    const t = graph.to[e]!;
    return up[t] || t === node || down[f] || f === node ? 1 : 0;
  });
  return { nodes, edges, before, after, focal: node };
}

/** The nodes and edges of the given routes (lists of node indices). */
export function alongRoutes(graph: Graph, routes: readonly (readonly number[])[]): Emphasis {
  const nodes = new Uint8Array(graph.nodes.length);
  const edges = new Uint8Array(graph.from.length);
  for (const route of routes) {
    route.forEach((n, i) => {
      nodes[n] = 1;
      const next = route[i + 1];
      if (next !== undefined) for (const e of graph.out[n]!) if (graph.to[e] === next) edges[e] = 1;
    });
  }
  return { nodes, edges, before: 0, after: 0, focal: -1 };
}

/** What to emphasise: every route through `node` if one is chosen, else the steps of `route`, else nothing. */
export function emphasisOf(graph: Graph, node: number | undefined, route: readonly number[] | undefined): Emphasis | undefined {
  if (node !== undefined) return throughNode(graph, node);
  return route ? alongRoutes(graph, [route]) : undefined;
}

/** The steps a popover beside step i should not cover, each with how much covering it costs: above all
 * those its drawn links join it to, then the rest of what the map emphasises (a selection's or a route's
 * routes), which the reader is about to look at. A link to a related job (O*NET) is drawn only when
 * emphasised. */
export function nearOf(graph: Graph, emphasis: Emphasis | undefined, i: number): Map<number, number> {
  const near = new Map<number, number>();
  const on = emphasis?.nodes;
  if (on) for (let j = 0; j < on.length; j++) if (on[j]) near.set(j, 1);
  const drawn = (e: number) => !graph.related[e] || !!emphasis?.edges[e];
  for (const e of graph.out[i]!) if (drawn(e)) near.set(graph.to[e]!, 10);
  for (const e of graph.in[i]!) if (drawn(e)) near.set(graph.from[e]!, 10);
  near.delete(i);
  return near;
}
