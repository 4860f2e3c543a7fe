/**
 * From a pathway document to the rungs of one ladder: each rung's node, the occupations it qualifies
 * for (its `qualifies` edges), the ones it adds to those the lower rungs already opened, and whether a
 * `stacks` edge carries its credits into the next rung. Pure: no DOM, no `this`.
 */
import { headlineWage, type WageBasis } from '../../lib/format.js';
import type { Ladder, PathwayDocument, PathwayNode, Wage } from '../../schema/types.js';

/** An occupation a rung opens, with the wage figure it is shown and compared by. */
export interface Opening {
  readonly node: PathwayNode;
  /** The regional wage when it has a figure, else the national one. */
  readonly wage?: Wage;
  readonly amount?: number;
  readonly basis?: WageBasis;
  /** The wage shown is the national figure (the region has none). */
  readonly national: boolean;
}

export interface Rung {
  readonly index: number;
  readonly node: PathwayNode;
  /** Occupations this rung qualifies for, in document order. */
  readonly opens: readonly Opening[];
  /** Of those, the ones no lower rung opened. */
  readonly adds: readonly Opening[];
  /** A `stacks` edge joins this rung to the next one. */
  readonly carries: boolean;
}

export interface LadderModel {
  readonly ladder: Ladder;
  readonly rungs: readonly Rung[];
  /** Where the regional wages are for (the source covering `wage`, else the document's region). */
  readonly area?: string;
  /** Some rung states a duration / a cost (when none does, the rungs do not repeat "not available"). */
  readonly timed: boolean;
  readonly costed: boolean;
}

export type Picked = { ladder: Ladder } | { problem: 'noLadders' | 'unknownLadder'; known: readonly string[] };

/** The ladder named `id` (or the document's first), or what is wrong with the choice. */
export function pickLadder(doc: PathwayDocument, id: string | undefined): Picked {
  const ladders = doc.ladders ?? [];
  const ladder = id ? ladders.find((candidate) => candidate.id === id) : ladders[0];
  if (ladder) return { ladder };
  return { problem: ladders.length ? 'unknownLadder' : 'noLadders', known: ladders.map((candidate) => candidate.id) };
}

export function opening(node: PathwayNode): Opening {
  const regional = headlineWage(node.wage);
  const national = regional ? undefined : headlineWage(node.wageNational);
  const headline = regional ?? national;
  return {
    node,
    wage: regional ? node.wage : national ? node.wageNational : undefined,
    amount: headline?.amount,
    basis: headline?.basis,
    national: Boolean(national),
  };
}

/** The rungs of `ladder`, lowest first. Steps that name no node are skipped (the validator reports them). */
export function buildLadder(doc: PathwayDocument, ladder: Ladder): LadderModel {
  const nodes = new Map(doc.nodes.map((node) => [node.id, node]));
  const occupations = new Map<string, Opening>();
  const seen = new Set<string>();
  const steps = ladder.steps.map((id) => nodes.get(id)).filter((node): node is PathwayNode => Boolean(node));
  const rungs = steps.map((node, index): Rung => {
    const opens: Opening[] = [];
    for (const edge of doc.edges) {
      if (edge.kind !== 'qualifies' || edge.from !== node.id) continue;
      const target = nodes.get(edge.to);
      if (!target || opens.some((open) => open.node === target)) continue;
      let open = occupations.get(target.id);
      if (!open) occupations.set(target.id, (open = opening(target)));
      opens.push(open);
    }
    const adds = opens.filter((open) => !seen.has(open.node.id));
    adds.forEach((open) => seen.add(open.node.id));
    const next = steps[index + 1];
    const carries = Boolean(next && doc.edges.some((edge) => edge.kind === 'stacks' && edge.from === node.id && edge.to === next.id));
    return { index, node, opens, adds, carries };
  });
  const area = doc.source.find((source) => source.covers?.includes('wage'))?.area ?? doc.region;
  const timed = steps.some((node) => node.duration);
  const costed = steps.some((node) => node.cost);
  return { ladder, rungs, area, timed, costed };
}
