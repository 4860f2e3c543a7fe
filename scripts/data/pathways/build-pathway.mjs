// Turns a pathway spec (one file per pathway in this folder) into a pathway document, and refuses
// to produce one that breaks the contract: unknown ids or stages, edges of the wrong shape, edges that
// run back to an earlier stage, cycles, ladder rungs that qualify for nothing.

import { compact } from '../figures.mjs';
import { FIGURE_SOURCES, structureNote } from '../sources.mjs';
import { occupationEdges } from './relations.mjs';
import { assertAcyclic } from './graph.mjs';
import { pathwayTranslation } from '../spanish.mjs';

/** An occupation node: the same figures as the occupations catalogue. */
function occupationNode(id, stage, fig, topJob) {
  return compact({
    id,
    kind: 'occupation',
    stage,
    title: fig.title,
    soc: fig.soc,
    topJob: topJob ? true : undefined,
    wage: fig.wage,
    wageNational: fig.wageNational,
    growth: fig.growth,
    openings: fig.openings,
    education: fig.education,
    jobZone: fig.jobZone,
    description: fig.description,
  });
}

function credentialNode(c) {
  return compact({
    id: c.id,
    kind: 'credential',
    stage: c.stage,
    title: c.title,
    credentialType: c.credentialType,
    provider: c.provider,
    url: c.url,
    description: c.description,
  });
}


/** The stages every Colorado pathway uses unless its spec gives its own. */
const STAGES = [
  ['start', 'Start here'],
  ['entry', 'Entry level'],
  ['mid', 'Mid level'],
  ['advanced', 'Advanced'],
];

/** Said in every pathway's summary: where its figures come from. */
const FIGURES_NOTE = 'Wages are Colorado means (May 2023); growth, openings and typical education are national BLS projections for 2024–34.';

/**
 * @param spec  { id, title, sector, summary (the figures note is added), stages?: [[id, label]] (default STAGES), occupations: [[nodeId, soc, stage]],
 *               credentials: [{ id, stage, title, credentialType, provider?, url?, description? }],
 *               qualifies: [[credentialId, [occupationIds], note?]], stacks: [[from, to, note?]],
 *               edges: [{ from, to, kind, note }] (sourced occupation edges), ladders, sources, structureExtra }
 * @param ctx   { figures, topJobs, related }
 */
export function buildPathway(spec, ctx) {
  const stages = (spec.stages ?? STAGES).map(([id, label]) => ({ id, label }));
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));

  const occ = spec.occupations.map(([id, soc, stage]) => {
    const fig = ctx.figures.get(soc);
    if (!fig) throw new Error(`${spec.id}: ${soc} is not a detailed SOC 2018 occupation`);
    return occupationNode(id, stage, fig, ctx.topJobs.has(soc));
  });
  const cred = spec.credentials.map(credentialNode);
  const order = (n) => stageIndex.get(n.stage) * 2 + (n.kind === 'credential' ? 0 : 1);
  const nodes = [...cred, ...occ]
    .map((node, i) => ({ node, i }))
    .sort((a, b) => order(a.node) - order(b.node) || a.i - b.i)
    .map(({ node }) => node);

  const byId = new Map();
  for (const n of nodes) {
    if (byId.has(n.id)) throw new Error(`${spec.id}: duplicate node id ${n.id}`);
    if (!stageIndex.has(n.stage)) throw new Error(`${spec.id}: node ${n.id} has unknown stage ${n.stage}`);
    byId.set(n.id, n);
  }

  const edges = [];
  for (const [from, targets, note] of spec.qualifies) {
    for (const to of targets) edges.push(compact({ from, to, kind: 'qualifies', note }));
  }
  for (const [from, to, note] of spec.stacks) edges.push(compact({ from, to, kind: 'stacks', note }));
  const sourced = spec.edges ?? [];
  const pairKey = (a, b) => [a, b].sort().join('|');
  const sourcedPairs = new Set(sourced.map((e) => pairKey(e.from, e.to)));
  const auto = occupationEdges(occ, ctx.related, (n) => stageIndex.get(n.stage)).filter((e) => !sourcedPairs.has(pairKey(e.from, e.to)));
  edges.push(...auto, ...sourced.map((e) => compact({ from: e.from, to: e.to, kind: e.kind, note: e.note })));

  checkEdges(spec.id, edges, byId, stageIndex);
  assertAcyclic(spec.id, nodes, edges);
  const ladders = spec.ladders.map((l) => compact({ id: l.id, title: l.title, description: l.description, steps: l.steps }));
  checkLadders(spec.id, ladders, byId, edges);
  if (nodes.length < 12 || nodes.length > 30) throw new Error(`${spec.id}: ${nodes.length} nodes (want 12–30)`);
  if (stages.length < 3 || stages.length > 5) throw new Error(`${spec.id}: ${stages.length} stages (want 3–5)`);

  const doc = {
    $schema: '../../schema/pathway.schema.json',
    type: 'pathway',
    version: 1,
    id: spec.id,
    title: spec.title,
    sector: spec.sector,
    region: 'Colorado',
    summary: `${spec.summary} ${FIGURES_NOTE}`,
    source: [...FIGURE_SOURCES, ...(spec.sources ?? []), structureNote(spec.structureExtra)],
    stages,
    nodes,
    edges,
    ladders,
  };
  doc.translations = pathwayTranslation(doc);
  return doc;
}

const SHAPES = {
  qualifies: ['credential', 'occupation'],
  stacks: ['credential', 'credential'],
  advances: ['occupation', 'occupation'],
  lateral: ['occupation', 'occupation'],
};

function checkEdges(id, edges, byId, stageIndex) {
  const seen = new Set();
  for (const e of edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) throw new Error(`${id}: edge ${e.from} -> ${e.to} names an unknown node`);
    const [fk, tk] = SHAPES[e.kind] ?? [];
    if (from.kind !== fk || to.kind !== tk) throw new Error(`${id}: ${e.kind} edge ${e.from} -> ${e.to} joins ${from.kind} to ${to.kind}`);
    if (stageIndex.get(to.stage) < stageIndex.get(from.stage)) throw new Error(`${id}: edge ${e.from} -> ${e.to} runs back a stage`);
    const key = `${e.from}|${e.to}`;
    if (seen.has(key)) throw new Error(`${id}: duplicate edge ${key}`);
    seen.add(key);
  }
  for (const n of byId.values()) {
    if (!edges.some((e) => e.from === n.id || e.to === n.id)) throw new Error(`${id}: node ${n.id} has no edges`);
  }
}

function checkLadders(id, ladders, byId, edges) {
  if (!ladders.length) throw new Error(`${id}: no ladder`);
  for (const l of ladders) {
    if (l.steps.length < 3 || l.steps.length > 6) throw new Error(`${id}: ladder ${l.id} has ${l.steps.length} rungs`);
    for (const step of l.steps) {
      if (byId.get(step)?.kind !== 'credential') throw new Error(`${id}: ladder ${l.id} rung ${step} is not a credential node`);
      if (!edges.some((e) => e.from === step && e.kind === 'qualifies')) throw new Error(`${id}: rung ${step} qualifies for nothing`);
    }
  }
}
