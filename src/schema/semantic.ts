/**
 * The rules JSON Schema cannot express: unique ids, references that must resolve, an acyclic graph of
 * edges, dates in order. Each check is defensive: it runs beside the structural check on data that may be
 * malformed, skipping what is not the right shape (the structural check reports that).
 */
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

function suggestion(wanted: string, known: Iterable<string>): string {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(wanted.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(1, Math.floor(wanted.length / 3)) ? `; did you mean "${best}"?` : '';
}

/** Collects the ids of `items`, reporting duplicates. */
function uniqueIds(items: unknown[], path: string, key: string, issues: Issue[]): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = field(item, key);
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else issues.push({ path: `${path}[${i}].${key}`, message: `duplicate ${key} "${id}" (also used by ${path}[${first}]); give each a unique ${key}` });
  });
  return new Set(seen.keys());
}

function reference(value: unknown, known: Set<string>, what: string, path: string, issues: Issue[]): void {
  if (typeof value === 'string' && !known.has(value)) {
    issues.push({ path, message: `no ${what} has id "${value}"${suggestion(value, known)}` });
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
        issues.push({ path: `edges[${index}]`, message: `makes a cycle (${loop}); routes must lead forward, so remove or reverse one of these edges` });
      } else if (!state.has(to)) visit(to);
    }
    trail.pop();
    state.set(node, 'done');
  };
  for (const node of outgoing.keys()) if (!state.has(node)) visit(node);
}

export function pathwayIssues(doc: Loose<PathwayDocument>): Issue[] {
  const issues: Issue[] = [];
  const stages = uniqueIds(list(doc.stages), 'stages', 'id', issues);
  const nodes = list(doc.nodes);
  const nodeIds = uniqueIds(nodes, 'nodes', 'id', issues);
  nodes.forEach((node, i) => {
    const stage = field(node, 'stage');
    if (typeof stage === 'string' && !stages.has(stage)) {
      const allowed = stages.size ? ` (expected one of ${[...stages].join(', ')})` : '; add the stage to "stages"';
      issues.push({ path: `nodes[${i}].stage`, message: `unknown stage "${stage}"${allowed}` });
    }
  });
  const edges = list(doc.edges);
  edges.forEach((edge, i) => {
    reference(field(edge, 'from'), nodeIds, 'node', `edges[${i}].from`, issues);
    reference(field(edge, 'to'), nodeIds, 'node', `edges[${i}].to`, issues);
    if (field(edge, 'from') === field(edge, 'to') && typeof field(edge, 'from') === 'string') {
      issues.push({ path: `edges[${i}]`, message: 'an edge cannot lead from a node to itself' });
    }
  });
  cycles(edges.filter((edge) => field(edge, 'from') !== field(edge, 'to')), issues);
  const ladders = list(doc.ladders);
  uniqueIds(ladders, 'ladders', 'id', issues);
  ladders.forEach((ladder, i) => {
    const steps = list(field(ladder, 'steps'));
    if (Array.isArray(field(ladder, 'steps')) && steps.length === 0) {
      issues.push({ path: `ladders[${i}].steps`, message: 'a ladder needs at least one rung; list node ids, lowest first' });
    }
    steps.forEach((step, j) => reference(step, nodeIds, 'node', `ladders[${i}].steps[${j}]`, issues));
  });
  return issues;
}

export function campaignIssues(doc: Loose<CampaignDocument>): Issue[] {
  const issues: Issue[] = [];
  const { start, deadline } = doc;
  if (typeof start === 'string' && typeof deadline === 'string' && deadline <= start) {
    issues.push({ path: 'deadline', message: `${deadline} is not after the start ${start}; the deadline must come later` });
  }
  let previous: { date: string; value: number; index: number } | undefined;
  list(doc.progress).forEach((point, i) => {
    const date = field(point, 'date');
    const value = field(point, 'value');
    if (typeof date !== 'string' || typeof value !== 'number') return;
    if (previous && date <= previous.date) {
      issues.push({ path: `progress[${i}].date`, message: `${date} does not come after progress[${previous.index}].date ${previous.date}; list progress in date order, one entry per date` });
    } else if (previous && value < previous.value) {
      issues.push({ path: `progress[${i}].value`, message: `${value} is less than the earlier count ${previous.value}; progress is cumulative, so it cannot fall` });
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
