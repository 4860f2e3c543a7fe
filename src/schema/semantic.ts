/**
 * The rules JSON Schema cannot express: unique ids, references that must resolve, an acyclic graph of
 * edges, dates in order. Each check is defensive: it runs beside the structural check on data that may be
 * malformed, skipping what is not the right shape (the structural check reports that).
 */
import { joinPath, show } from './check.js';
import { issue, type IssueKey, type IssueParams } from './messages.js';
import type { AnyDocument, CampaignDocument, Issue, OccupationsDocument, PathwayDocument } from './types.js';

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

/** A BCP 47 language tag, loosely: a language subtag and any others ("es", "es-MX", "zh-Hant-TW"). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The keys of a map in a translation, if it is an object (the structural check reports it otherwise). */
const keysOf = (value: unknown): string[] =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];

/**
 * Each language's prose, with a check of the keys its maps use: a translation keyed by a stage id no stage
 * has would never be shown, so it is reported where it is, naming what the document has instead.
 */
function translationIssues(translations: unknown, issues: Issue[], each: (translation: Record<string, unknown>, at: string) => void): void {
  for (const tag of keysOf(translations)) {
    const at = joinPath('translations', tag);
    if (!LANGUAGE_TAG.test(tag)) issues.push(issue(at, 'notLanguage', { tag }));
    const translation = (translations as Record<string, unknown>)[tag];
    if (typeof translation === 'object' && translation !== null) each(translation as Record<string, unknown>, at);
  }
}

/** Reports each key of `map` (at `path`) that `known` lacks, through `say`. */
function knownKeys(
  map: unknown,
  path: string,
  known: ReadonlySet<string>,
  say: (key: string) => [IssueKey, IssueParams],
  issues: Issue[],
): void {
  for (const key of keysOf(map)) {
    if (known.has(key)) continue;
    const [message, params] = say(key);
    issues.push(issue(joinPath(path, key), message, params));
  }
}

/** "no stage has id …", listing the ids there are. */
const byId =
  (none: IssueKey, some: IssueKey, known: ReadonlySet<string>) =>
  (id: string): [IssueKey, IssueParams] =>
    known.size ? [some, { id, values: [...known].join(', ') }] : [none, { id }];
/** "no edge has the note …" for a map keyed by text as written. */
const byText =
  (key: IssueKey) =>
  (text: string): [IssueKey, IssueParams] => [key, { text: show(text) }];

export function pathwayIssues(doc: Loose<PathwayDocument>): Issue[] {
  const issues: Issue[] = [];
  const stages = uniqueIds(list(doc.stages), 'stages', 'id', issues);
  const nodes = list(doc.nodes);
  const nodeIds = uniqueIds(nodes, 'nodes', 'id', issues);
  nodes.forEach((node, i) => {
    const stage = field(node, 'stage');
    if (typeof stage === 'string' && !stages.has(stage)) {
      const path = `nodes[${i}].stage`;
      issues.push(
        stages.size ? issue(path, 'unknownStage', { stage, values: [...stages].join(', ') }) : issue(path, 'noStages', { stage }),
      );
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
  const ladderIds = new Set(ladders.map((ladder) => field(ladder, 'id')).filter((id): id is string => typeof id === 'string'));
  const notes = new Set(edges.map((edge) => field(edge, 'note')).filter((note): note is string => typeof note === 'string'));
  translationIssues(doc.translations, issues, (translation, at) => {
    for (const key of ['stages', 'stageDescriptions'] as const) {
      knownKeys(translation[key], joinPath(at, key), stages, byId('noStageIdNone', 'noStageId', stages), issues);
    }
    for (const key of ['ladders', 'ladderDescriptions'] as const) {
      knownKeys(translation[key], joinPath(at, key), ladderIds, byId('noLadderIdNone', 'noLadderId', ladderIds), issues);
    }
    for (const id of keysOf(translation.descriptions)) reference(id, nodeIds, joinPath(joinPath(at, 'descriptions'), id), issues);
    knownKeys(translation.notes, joinPath(at, 'notes'), notes, byText('noNote'), issues);
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
      issues.push(
        issue(`progress[${i}].date`, 'progressOrder', { date, previous: `progress[${previous.index}].date`, previousDate: previous.date }),
      );
    } else if (previous && value < previous.value) {
      issues.push(issue(`progress[${i}].value`, 'progressFalls', { value, previous: previous.value }));
    }
    previous = { date, value, index: i };
  });
  const labels = new Set(
    list(doc.breakdown)
      .map((item) => field(item, 'label'))
      .filter((label): label is string => typeof label === 'string'),
  );
  translationIssues(doc.translations, issues, (translation, at) => {
    knownKeys(translation.breakdown, joinPath(at, 'breakdown'), labels, byText('noBreakdown'), issues);
  });
  // A count toward the goal is the one figure a campaign exists to show: without a source or the sample
  // label, a reader cannot tell a published count from a made-up one.
  if (doc.sample !== true) {
    for (const key of ['progress', 'breakdown'] as const) {
      if (list(doc[key]).length && !covered(doc.source, key)) issues.push(issue(key, 'countNoSource', { field: key }));
    }
  }
  return issues;
}

export function occupationsIssues(doc: Loose<OccupationsDocument>): Issue[] {
  const issues: Issue[] = [];
  const occupations = list(doc.occupations);
  uniqueIds(occupations, 'occupations', 'soc', issues);
  // An index names its sectors in `parts`; its translations may name those too.
  const parts = uniqueIds(list(doc.parts), 'parts', 'sector', issues);
  const sectors = new Set([
    ...parts,
    ...occupations.map((row) => field(row, 'sector')).filter((sector): sector is string => typeof sector === 'string'),
  ]);
  translationIssues(doc.translations, issues, (translation, at) => {
    knownKeys(translation.sectors, joinPath(at, 'sectors'), sectors, byText('noSector'), issues);
  });
  return issues;
}

/** Whether a source covers `key`: one that lists it in `covers`, or one without `covers` (the whole
 * document), as `sourcesFor` in src/base/parts.ts reads them. */
function covered(sources: unknown, key: string): boolean {
  return list(sources).some((source) => {
    const covers = field(source, 'covers');
    return !Array.isArray(covers) || covers.includes(key);
  });
}

/** The figures a reader weighs a career by, each with the words for it. */
const FIGURES: readonly (readonly [string, IssueKey])[] = [
  ['wage', 'wages'],
  ['wageNational', 'wagesNational'],
  ['growth', 'growthFigures'],
  ['openings', 'openingsFigures'],
];

/**
 * Warnings, not errors: wages, growth or openings that no source covers. The document still shows (its
 * figures may well be right), but the elements cannot say where they come from, so `cp-load` carries these
 * and the console shows them. One per kind of figure, at its first place. None for a sample document: the
 * elements already say its figures are samples. (A campaign count without a source is an error instead:
 * see `campaignIssues`.)
 */
export function figureWarnings(doc: Loose<AnyDocument>): Issue[] {
  if (doc.sample === true) return [];
  const [rows, path] =
    doc.type === 'pathway'
      ? [list((doc as Loose<PathwayDocument>).nodes), 'nodes']
      : doc.type === 'occupations'
        ? [list((doc as Loose<OccupationsDocument>).occupations), 'occupations']
        : [[], ''];
  const warnings: Issue[] = [];
  for (const [key, what] of FIGURES) {
    if (covered(doc.source, key)) continue;
    const places = rows.flatMap((row, i) => (field(row, key) === undefined ? [] : [i]));
    if (places.length)
      warnings.push(issue(`${path}[${places[0]}].${key}`, 'noSource', { what: { key: what }, count: places.length, field: key }));
  }
  return warnings;
}
