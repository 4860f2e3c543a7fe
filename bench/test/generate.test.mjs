// The benchmark data: deterministic, valid for the elements, and free of invented figures.
// `node --test bench/test/` (needs dist/schema.js: node scripts/build.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateOccupations, validatePathway } from '../../dist/schema.js';
import { prng, syntheticOccupations, syntheticPathway, toMermaid } from '../generate.mjs';
import { prng as testsPrng } from '../../test/support/random.mjs';

const real = JSON.parse(readFileSync(new URL('../../data/colorado/occupations.json', import.meta.url), 'utf8'));

test("the bench's seeded random function is the tests' own, not a copy", () => {
  assert.equal(prng, testsPrng);
});

test('the same seed gives the same pathway, another seed another one', () => {
  assert.deepEqual(syntheticPathway({ nodes: 300, seed: 7 }), syntheticPathway({ nodes: 300, seed: 7 }));
  assert.notDeepEqual(syntheticPathway({ nodes: 300, seed: 7 }).edges, syntheticPathway({ nodes: 300, seed: 8 }).edges);
});

for (const nodes of [100, 150, 1000, 3000]) {
  test(`a ${nodes}-node pathway is valid, forward-only, 4 to 6 stages, about 1.5 edges a node`, () => {
    const doc = syntheticPathway({ nodes, seed: 20261122 });
    const result = validatePathway(doc);
    assert.equal(result.valid, true, JSON.stringify(result.issues.slice(0, 3)));
    assert.equal(doc.nodes.length, nodes);
    assert.ok(doc.stages.length >= 4 && doc.stages.length <= 6, `${doc.stages.length} stages`);
    const perNode = doc.edges.length / nodes;
    assert.ok(perNode > 1.4 && perNode < 1.6, `${perNode} edges per node`);
    const stageOf = new Map(doc.nodes.map((node) => [node.id, doc.stages.findIndex((s) => s.id === node.stage)]));
    for (const edge of doc.edges) assert.ok(stageOf.get(edge.from) < stageOf.get(edge.to), `${edge.from} -> ${edge.to} goes back`);
    assert.ok(
      doc.stages.every((stage) => doc.nodes.some((node) => node.stage === stage.id)),
      'an empty stage',
    );
  });
}

test('a synthetic pathway carries no figures', () => {
  const figures = ['wage', 'wageNational', 'growth', 'openings', 'cost', 'duration', 'soc', 'url'];
  for (const node of syntheticPathway({ nodes: 500 }).nodes) {
    assert.deepEqual(
      Object.keys(node).filter((key) => figures.includes(key)),
      [],
      node.id,
    );
  }
});

test("10,000 occupation rows are valid and every figure is a real row's", () => {
  const doc = syntheticOccupations(real, 10000);
  const result = validateOccupations(doc);
  assert.equal(result.valid, true, JSON.stringify(result.issues.slice(0, 3)));
  assert.equal(doc.occupations.length, 10000);
  assert.equal(new Set(doc.occupations.map((o) => o.soc)).size, 10000);
  doc.occupations.forEach((row, i) => {
    const source = real.occupations[i % real.occupations.length];
    assert.match(row.soc, /^9\d-\d{4}$/, 'a synthetic SOC code must not look like a real one');
    assert.deepEqual({ ...row, soc: source.soc, title: source.title }, source);
  });
});

test('at or under the real length the real rows come back unchanged', () => {
  assert.deepEqual(syntheticOccupations(real, real.occupations.length).occupations, real.occupations);
  assert.deepEqual(syntheticOccupations(real, 10).occupations, real.occupations.slice(0, 10));
});

test('the Mermaid flowchart has every node once and every edge', () => {
  const doc = syntheticPathway({ nodes: 150, seed: 20261122 });
  const text = toMermaid(doc);
  assert.match(text, /^flowchart LR\n/);
  for (const node of doc.nodes) assert.equal(text.split(`\n    ${node.id}["`).length, 2, node.id);
  assert.equal(text.match(/ --> /g).length, doc.edges.length);
  assert.equal(text.match(/^ {2}subgraph /gm).length, doc.stages.length);
});
