/**
 * The route finder's search: the routes a person can follow from one step to another, cheapest first.
 *
 * A route is advice, so the search prefers what a person can act on. Earning a credential, or a job a
 * credential qualifies for, costs 1; a job-to-job move the document states costs 2 (it says the move
 * happens, not what it takes); a link from O*NET Related Occupations costs more than any route without one,
 * since O*NET says two jobs involve similar work, not that one leads to the other. So a related job is on
 * a route only where no other route exists, and then the route says so (pathway-map/model/routes.ts).
 */
import type { Graph } from './graph.js';

/** One way from a step to the next. */
export interface Hop {
  readonly to: number;
  readonly weight: number;
  /** The document's edge; -1 where the route builds on a credential of the job it starts at (`via`). */
  readonly edge: number;
  readonly via: number;
  readonly related: boolean;
}

const CREDENTIAL = 1;
const JOB = 2;

/**
 * The hops out of every step: the document's edges, the cheapest per pair, and from a job the route starts
 * at, the credentials that build on the ones qualifying for that job. Only from the start: the person holds
 * that job, most likely through one of its credentials, and can take the next rung of that ladder without
 * a line on the map; a job reached later is reached from a credential the route names, whose own next rungs
 * are already edges.
 */
export function hopsFrom(graph: Graph, start: number): ReadonlyMap<number, Hop>[] {
  const related = 2 * graph.nodes.length + 1;
  const hops = graph.nodes.map((_, i) => {
    const out = new Map<number, Hop>();
    for (const e of graph.out[i]!) {
      const kind = graph.kind[e]!;
      const weight = graph.related[e] ? related : kind === 'advances' || kind === 'lateral' ? JOB : CREDENTIAL;
      const to = graph.to[e]!;
      if (!out.has(to) || out.get(to)!.weight > weight) out.set(to, { to, weight, edge: e, via: -1, related: weight === related });
    }
    return out;
  });
  if (graph.nodes[start]?.kind === 'occupation') {
    for (const q of graph.in[start]!) {
      const credential = graph.from[q]!;
      if (graph.kind[q] !== 'qualifies' || graph.nodes[credential]!.kind !== 'credential') continue;
      for (const s of graph.out[credential]!) {
        const to = graph.to[s]!;
        if (graph.kind[s] === 'stacks' && to !== start && !hops[start]!.has(to))
          hops[start]!.set(to, { to, weight: CREDENTIAL, edge: -1, via: credential, related: false });
      }
    }
  }
  return hops;
}

interface Found {
  readonly route: number[];
  readonly cost: number;
}

/** The cheapest route from `source` to `target` avoiding `banned` steps and `cut` hops ("a>b"); ties go to
 * the lower step index, so the answer is the same every time. A plain O(n²) Dijkstra: pathways are small. */
function cheapest(
  hops: readonly ReadonlyMap<number, Hop>[],
  source: number,
  target: number,
  banned: Uint8Array,
  cut: ReadonlySet<string>,
): Found | undefined {
  const n = hops.length;
  const cost = new Float64Array(n).fill(Infinity);
  const back = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  cost[source] = 0;
  for (;;) {
    let u = -1;
    for (let i = 0; i < n; i++) if (!done[i] && !banned[i] && cost[i]! < Infinity && (u < 0 || cost[i]! < cost[u]!)) u = i;
    if (u < 0) return undefined;
    if (u === target) break;
    done[u] = 1;
    for (const hop of hops[u]!.values()) {
      if (banned[hop.to] || done[hop.to] || cut.has(`${u}>${hop.to}`)) continue;
      if (cost[u]! + hop.weight < cost[hop.to]!) {
        cost[hop.to] = cost[u]! + hop.weight;
        back[hop.to] = u;
      }
    }
  }
  const route = [target];
  while (route[0] !== source) route.unshift(back[route[0]!]!);
  return { route, cost: cost[target]! };
}

const costOf = (hops: readonly ReadonlyMap<number, Hop>[], route: readonly number[]) =>
  route.slice(1).reduce((sum, to, i) => sum + hops[route[i]!]!.get(to)!.weight, 0);
const relatedIn = (hops: readonly ReadonlyMap<number, Hop>[], route: readonly number[]) =>
  route.slice(1).filter((to, i) => hops[route[i]!]!.get(to)!.related).length;
const byCost = (a: Found, b: Found) => a.cost - b.cost || a.route.length - b.route.length || compare(a.route, b.route);
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Up to `limit` routes (lists of step indices) from `from` to `to`, cheapest first (see the weights above),
 * ties to fewer steps, then document order. Yen's k-shortest simple paths over Dijkstra. Every route kept
 * has as few O*NET related-job links as the best one: a related job never stands in as the second choice
 * beside a route through credentials.
 */
export function findRoutes(graph: Graph, from: number, to: number, limit = 2): number[][] {
  if (from === to || limit < 1) return [];
  const hops = hopsFrom(graph, from);
  const n = graph.nodes.length;
  const first = cheapest(hops, from, to, new Uint8Array(n), new Set());
  if (!first) return [];
  const fewest = relatedIn(hops, first.route);
  const kept: Found[] = [first];
  const seen = new Set([first.route.join()]);
  const candidates: Found[] = [];
  while (kept.length < limit) {
    const last = kept.at(-1)!.route;
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const cut = new Set<string>();
      for (const { route } of kept)
        if (route.length > i + 1 && root.every((step, k) => route[k] === step)) cut.add(`${route[i]}>${route[i + 1]}`);
      const banned = new Uint8Array(n);
      for (const step of root.slice(0, -1)) banned[step] = 1;
      const rest = cheapest(hops, last[i]!, to, banned, cut);
      if (!rest) continue;
      const route = [...root.slice(0, -1), ...rest.route];
      const key = route.join();
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ route, cost: costOf(hops, root) + rest.cost });
    }
    candidates.sort(byCost);
    const next = candidates.shift();
    if (!next || relatedIn(hops, next.route) > fewest) break;
    kept.push(next);
  }
  return kept.map((found) => found.route);
}
