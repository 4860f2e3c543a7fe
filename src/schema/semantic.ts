/**
 * The rules JSON Schema cannot express: unique ids, references that must resolve, an acyclic graph of
 * edges, dates in order. Each check is defensive: it runs beside the structural check on data that may be
 * malformed, skipping what is not the right shape (the structural check reports that).
 */
import { issue } from './messages.js';
import type { CampaignDocument, Issue, OccupationsDocument, PathwayDocument } from './types.js';

type Loose<T> = { [K in keyof T]?: unknown };

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (item: unknown, key: string): unknown =>
  typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;

/** Levenshtein distance, for "did you mean" hints on misspelt references. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest of `known` to a misspelt `wanted`, if one is close enough. */
function suggestion(wanted: string, known: Iterable<string>): string | undefined {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(wanted.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(1, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** Collects the ids of `items`, reporting duplicates. */
function uniqueIds(items: unknown[], path: string, key: string, issues: Issue[]): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = field(item, key);
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else issues.push(issue(`${path}[${i}].${key}`, 'duplicate', { key, id, first: `${path}[${first}]` }));
  });
  return new Set(seen.keys());
}

/** Reports a node reference that names no node. */
function reference(value: unknown, known: Set<string>, path: string, issues: Issue[]): void {
  if (typeof value === 'string' && !known.has(value)) {
    const guess = suggestion(value, known);
    issues.push(guess === undefined ? issue(path, 'noNode', { id: value }) : issue(path, 'noNodeGuess', { id: value, guess }));
  }
}

/**
 * Reports one edge of each cycle in the edge graph, naming the whole loop: a depth-first search from each
 * edge's source in the order they first appear, following edges in document order. Self-edges (reported
 * on their own) and edges without two text ends are left out; an id no node has still counts, since a
 * loop through it is still a loop. The search keeps its own stack, so a long chain of steps cannot
 * overflow the call stack.
 */
function cycles(edges: unknown[], issues: Issue[]): void {
  const outgoing = new Map<string, { to: string; index: number }[]>();
  edges.forEach((edge, index) => {
    const from = field(edge, 'from');
    const to = field(edge, 'to');
    if (typeof from !== 'string' || typeof to !== 'string' || from === to) return;
    const targets = outgoing.get(from);
    if (targets) targets.push({ to, index });
    else outgoing.set(from, [{ to, index }]);
  });
  /** Each id reached: its place on the trail while it is searched, -1 once done. */
  const state = new Map<string, number>();
  const trail: string[] = [];
  /** For each id on the trail, the next of its edges to follow. */
  const next: number[] = [];
  for (const root of outgoing.keys()) {
    if (state.has(root)) continue;
    state.set(root, 0);
    trail.push(root);
    next.push(0);
    while (trail.length) {
      const top = trail.length - 1;
      const out = outgoing.get(trail[top]!);
      const edge = out?.[next[top]!++];
      if (!edge) {
        state.set(trail.pop()!, -1);
        next.pop();
        continue;
      }
      const at = state.get(edge.to);
      if (at === undefined) {
        state.set(edge.to, trail.length);
        trail.push(edge.to);
        next.push(0);
      } else if (at >= 0) {
        const loop = [...trail.slice(at), edge.to].join(' → ');
        issues.push(issue(`edges[${edge.index}]`, 'cycle', { loop }));
      }
    }
  }
}

/** What every document shares: its sources' ids, where given, are unique (a figure may name one). */
export function sourceIssues(doc: { source?: unknown }): Issue[] {
  const issues: Issue[] = [];
  uniqueIds(list(doc.source), 'source', 'id', issues);
  return issues;
}

export function pathwayIssues(doc: Loose<PathwayDocument>): Issue[] {
  const issues: Issue[] = [];
  const stages = uniqueIds(list(doc.stages), 'stages', 'id', issues);
  const nodes = list(doc.nodes);
  const nodeIds = uniqueIds(nodes, 'nodes', 'id', issues);
  nodes.forEach((node, i) => {
    const stage = field(node, 'stage');
    if (typeof stage === 'string' && !stages.has(stage)) {
      const path = `nodes[${i}].stage`;
      issues.push(stages.size ? issue(path, 'unknownStage', { stage, values: [...stages].join(', ') }) : issue(path, 'noStages', { stage }));
    }
  });
  const edges = list(doc.edges);
  edges.forEach((edge, i) => {
    reference(field(edge, 'from'), nodeIds, `edges[${i}].from`, issues);
    reference(field(edge, 'to'), nodeIds, `edges[${i}].to`, issues);
    if (field(edge, 'from') === field(edge, 'to') && typeof field(edge, 'from') === 'string') {
      issues.push(issue(`edges[${i}]`, 'selfEdge'));
    }
  });
  cycles(edges, issues);
  const ladders = list(doc.ladders);
  uniqueIds(ladders, 'ladders', 'id', issues);
  ladders.forEach((ladder, i) => {
    const steps = list(field(ladder, 'steps'));
    if (Array.isArray(field(ladder, 'steps')) && steps.length === 0) {
      issues.push(issue(`ladders[${i}].steps`, 'emptyLadder'));
    }
    steps.forEach((step, j) => reference(step, nodeIds, `ladders[${i}].steps[${j}]`, issues));
  });
  return issues;
}

export function campaignIssues(doc: Loose<CampaignDocument>): Issue[] {
  const issues: Issue[] = [];
  const { start, deadline } = doc;
  if (typeof start === 'string' && typeof deadline === 'string' && deadline <= start) {
    issues.push(issue('deadline', 'deadline', { deadline, start }));
  }
  let previous: { date: string; value: number; index: number } | undefined;
  list(doc.progress).forEach((point, i) => {
    const date = field(point, 'date');
    const value = field(point, 'value');
    if (typeof date !== 'string' || typeof value !== 'number') return;
    if (previous && date <= previous.date) {
      issues.push(issue(`progress[${i}].date`, 'progressOrder', { date, previous: `progress[${previous.index}].date`, previousDate: previous.date }));
    } else if (previous && value < previous.value) {
      issues.push(issue(`progress[${i}].value`, 'progressFalls', { value, previous: previous.value }));
    }
    previous = { date, value, index: i };
  });
  return issues;
}

export function occupationsIssues(doc: Loose<OccupationsDocument>): Issue[] {
  const issues: Issue[] = [];
  uniqueIds(list(doc.occupations), 'occupations', 'soc', issues);
  return issues;
}
