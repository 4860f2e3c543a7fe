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
  /** It opens occupations, and every one of them the rung just below opens too (a flat step). */
  readonly same: boolean;
  /**
   * What the document says about this step beyond its occupations: the note on the `stacks` edge from the
   * rung below, and notes on its own `qualifies` edges that the rung below does not carry too.
   */
  readonly notes: readonly string[];
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

const qualifies = (doc: PathwayDocument, from: string) => doc.edges.filter((edge) => edge.kind === 'qualifies' && edge.from === from);

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
    const below = steps[index - 1];
    const belowOpens = below ? new Set(qualifies(doc, below.id).map((edge) => edge.to)) : new Set<string>();
    const same = Boolean(below && opens.length && opens.every((open) => belowOpens.has(open.node.id)));
    const belowNotes = new Set(below ? qualifies(doc, below.id).map((edge) => edge.note) : []);
    const notes = [
      below && doc.edges.find((edge) => edge.kind === 'stacks' && edge.from === below.id && edge.to === node.id)?.note,
      ...qualifies(doc, node.id)
        .map((edge) => edge.note)
        .filter((note) => !belowNotes.has(note)),
    ].filter((note): note is string => Boolean(note?.trim()));
    return { index, node, opens, adds, carries, same, notes: [...new Set(notes)] };
  });
  const area = doc.source.find((source) => source.covers?.includes('wage'))?.area ?? doc.region;
  const timed = steps.some((node) => node.duration);
  const costed = steps.some((node) => node.cost);
  return { ladder, rungs, area, timed, costed };
}
