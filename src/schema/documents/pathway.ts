/**
 * The pathway document: its JSON Schema and the rules JSON Schema cannot say (stages that exist, edges
 * between nodes that exist and without a cycle, ladders of known steps, translations keyed by what the
 * document has).
 */
import { found, joinPath, type Finding } from '../finding.js';
import { documentSchema, figures, id, nonNegative, text, textMap, translations, url, CURRENCY_CODE } from '../json-schema.parts.js';
import { byId, byText, field, keysOf, knownKeys, list, translationIssues, uniqueIds, type DocumentRules, type Loose } from '../semantic.js';
import { CREDENTIAL_TYPES, DURATION_UNITS, EDGE_BASES, EDGE_KINDS, NODE_KINDS, type PathwayDocument } from '../types.js';

export const pathwaySchema = documentSchema(
  'pathway',
  'Pathway document',
  ['id', 'title', 'stages', 'nodes', 'edges'],
  {
    id,
    title: text,
    sector: text,
    region: text,
    summary: { type: 'string' },
    stages: { type: 'array', items: { $ref: '#/$defs/stage' } },
    nodes: { type: 'array', items: { $ref: '#/$defs/node' } },
    edges: { type: 'array', items: { $ref: '#/$defs/edge' } },
    ladders: { type: 'array', items: { $ref: '#/$defs/ladder' } },
    translations,
  },
  {
    translation: {
      type: 'object',
      properties: {
        title: text,
        sector: text,
        region: text,
        summary: text,
        stages: textMap,
        stageDescriptions: textMap,
        ladders: textMap,
        ladderDescriptions: textMap,
        descriptions: textMap,
        notes: textMap,
      },
    },
    stage: {
      type: 'object',
      required: ['id', 'label'],
      properties: { id, label: text, description: { type: 'string' } },
    },
    node: {
      type: 'object',
      required: ['id', 'kind', 'stage', 'title'],
      properties: {
        id,
        kind: { enum: NODE_KINDS },
        stage: id,
        title: text,
        description: { type: 'string' },
        credentialType: { enum: CREDENTIAL_TYPES },
        provider: text,
        duration: {
          type: 'object',
          required: ['value', 'unit'],
          properties: { value: nonNegative, unit: { enum: DURATION_UNITS } },
        },
        cost: {
          type: 'object',
          required: ['amount', 'currency'],
          properties: { amount: nonNegative, currency: { type: 'string', pattern: CURRENCY_CODE } },
        },
        url,
        destination: { type: 'boolean' },
        ...figures,
      },
    },
    edge: {
      type: 'object',
      required: ['from', 'to', 'kind'],
      properties: { from: id, to: id, kind: { enum: EDGE_KINDS }, note: { type: 'string' }, basis: { enum: EDGE_BASES } },
    },
    ladder: {
      type: 'object',
      required: ['id', 'title', 'steps'],
      properties: {
        id,
        title: text,
        description: { type: 'string' },
        steps: { type: 'array', items: id },
      },
    },
  },
);

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

/** Reports a node reference that names no node. */
function reference(value: unknown, known: Set<string>, path: string, issues: Finding[]): void {
  if (typeof value === 'string' && !known.has(value)) {
    const guess = suggestion(value, known);
    issues.push(guess === undefined ? found(path, 'noNode', { id: value }) : found(path, 'noNodeGuess', { id: value, guess }));
  }
}

/**
 * Reports one edge of each cycle in the edge graph, naming the whole loop: a depth-first search from each
 * edge's source in the order they first appear, following edges in document order. Self-edges (reported
 * on their own) and edges without two text ends are left out; an id no node has still counts, since a
 * loop through it is still a loop. The search keeps its own stack, so a long chain of steps cannot
 * overflow the call stack.
 */
function cycles(edges: unknown[], issues: Finding[]): void {
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
        issues.push(found(`edges[${edge.index}]`, 'cycle', { loop }));
      }
    }
  }
}

export function pathwayIssues(doc: Loose<PathwayDocument>): Finding[] {
  const issues: Finding[] = [];
  const stages = uniqueIds(list(doc.stages), 'stages', 'id', issues);
  const nodes = list(doc.nodes);
  const nodeIds = uniqueIds(nodes, 'nodes', 'id', issues);
  nodes.forEach((node, i) => {
    const stage = field(node, 'stage');
    if (typeof stage === 'string' && !stages.has(stage)) {
      const path = `nodes[${i}].stage`;
      issues.push(
        stages.size ? found(path, 'unknownStage', { stage, values: [...stages].join(', ') }) : found(path, 'noStages', { stage }),
      );
    }
  });
  const edges = list(doc.edges);
  edges.forEach((edge, i) => {
    reference(field(edge, 'from'), nodeIds, `edges[${i}].from`, issues);
    reference(field(edge, 'to'), nodeIds, `edges[${i}].to`, issues);
    if (field(edge, 'from') === field(edge, 'to') && typeof field(edge, 'from') === 'string') {
      issues.push(found(`edges[${i}]`, 'selfEdge'));
    }
  });
  cycles(edges, issues);
  const ladders = list(doc.ladders);
  uniqueIds(ladders, 'ladders', 'id', issues);
  ladders.forEach((ladder, i) => {
    const steps = list(field(ladder, 'steps'));
    if (Array.isArray(field(ladder, 'steps')) && steps.length === 0) {
      issues.push(found(`ladders[${i}].steps`, 'emptyLadder'));
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

export const pathwayRules: DocumentRules<PathwayDocument> = { type: 'pathway', schema: pathwaySchema, issues: pathwayIssues };
