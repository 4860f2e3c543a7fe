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

/** Reports one edge of each cycle in the edge graph, naming the whole loop. */
function cycles(edges: unknown[], issues: Issue[]): void {
  const outgoing = new Map<string, { to: string; index: number }[]>();
  edges.forEach((edge, index) => {
    const from = field(edge, 'from');
    const to = field(edge, 'to');
    if (typeof from !== 'string' || typeof to !== 'string') return;
    const targets = outgoing.get(from) ?? [];
    targets.push({ to, index });
    outgoing.set(from, targets);
  });
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    trail.push(node);
    for (const { to, index } of outgoing.get(node) ?? []) {
      if (state.get(to) === 'open') {
        const loop = [...trail.slice(trail.indexOf(to)), to].join(' → ');
        issues.push(issue(`edges[${index}]`, 'cycle', { loop }));
      } else if (!state.has(to)) visit(to);
    }
    trail.pop();
    state.set(node, 'done');
  };
  for (const node of outgoing.keys()) if (!state.has(node)) visit(node);
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
  cycles(edges.filter((edge) => field(edge, 'from') !== field(edge, 'to')), issues);
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
