// Tests for the bundled Colorado dataset (data/colorado) and its generator (scripts/data).
// Expected figures are read here from data/sources on their own, not taken from the generator.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { buildAll, committedFiles, differences } from '../../scripts/data/build.mjs';
import { MCJ_SOC } from '../../scripts/data/mcj.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = join(ROOT, 'data', 'sources');
const OUT = join(ROOT, 'data', 'colorado');

const csv = (name) => parse(readFileSync(join(SOURCES, name), 'utf8'), { columns: true, bom: true });
const bySoc = (rows, filter) => new Map(rows.filter(filter).map((r) => [r.soc_code, r]));
const load = (name) => JSON.parse(readFileSync(join(OUT, name), 'utf8'));
const isNumber = (s) => /^-?\d+(\.\d+)?$/.test((s ?? '').trim());

const coWage = bySoc(csv('oews_colorado_may2023_mean_wages.csv'), (r) => r.level === 'detailed');
const natWage = bySoc(csv('oews_national_may2024.csv'), (r) => r.occ_group === 'detailed');
const ep = bySoc(csv('bls_ep_national_2024_2034.csv'), (r) => r.occupation_type === 'Line item');
const onet = csv('onet_occupations.csv');
const facts = JSON.parse(readFileSync(join(SOURCES, 'colorado_facts.json'), 'utf8'));

const files = committedFiles();
const docs = new Map(files.map((f) => [f, load(f)]));
const occupations = docs.get('occupations.json').occupations;
const occ = (soc) => occupations.find((o) => o.soc === soc);
const pathways = [...docs.values()].filter((d) => d.type === 'pathway');

test('the generator is deterministic and the committed files are up to date', () => {
  const first = buildAll();
  const second = buildAll();
  assert.deepEqual([...first.keys()], [...second.keys()]);
  for (const [name, text] of first) assert.equal(text, second.get(name), `${name} differs between two runs`);
  assert.deepEqual(differences(first), []);
  for (const [name, text] of first) assert.equal(readFileSync(join(OUT, name), 'utf8'), text);
  assert.deepEqual(files, [...first.keys()]);
});

test('every document starts with $schema, has version 1 and cites sources', () => {
  for (const [name, doc] of docs) {
    assert.equal(Object.keys(doc)[0], '$schema', name);
    assert.equal(doc.$schema, `${'../'.repeat(name.split('/').length + 1)}schema/${doc.type}.schema.json`, name);
    assert.equal(doc.version, 1, name);
    assert.ok(doc.source.length > 0, name);
    for (const s of doc.source) assert.equal(typeof s.name, 'string', name);
  }
});

test('spot checks: figures equal the source files', () => {
  // 1. Colorado mean wage, Software Developers.
  assert.deepEqual(occ('15-1252').wage, { mean: Number(coWage.get('15-1252').annual_mean_wage), period: 'year' });
  // 2. National median and percentiles, Registered Nurses.
  const rn = natWage.get('29-1141');
  assert.equal(occ('29-1141').wageNational.median, Number(rn.annual_median));
  assert.equal(occ('29-1141').wageNational.p10, Number(rn.annual_p10));
  assert.equal(occ('29-1141').wageNational.p90, Number(rn.annual_p90));
  // 3. A top-coded national percentile is left out (Computer and Information Systems Managers p90).
  assert.equal(natWage.get('11-3021').annual_p90, '#');
  assert.equal('p90' in occ('11-3021').wageNational, false);
  // 4. Growth as a fraction, Information Security Analysts.
  const growth = Number(ep.get('15-1212').employment_change_pct_2024_34) / 100;
  assert.ok(Math.abs(occ('15-1212').growth - growth) < 1e-12);
  // 5. Annual openings, Registered Nurses.
  assert.equal(occ('29-1141').openings, Number(ep.get('29-1141').annual_openings_2024_34));
  // 6. Job Zone from the .00 O*NET-SOC code, Software Developers.
  assert.equal(occ('15-1252').jobZone, Number(onet.find((r) => r.onet_soc_code === '15-1252.00').job_zone));
  // 7. Education mapping: BLS label -> enum.
  assert.equal(ep.get('31-1131').typical_entry_education, 'Postsecondary nondegree award');
  assert.equal(occ('31-1131').education, 'postsecondary-nondegree-award');
  assert.equal(ep.get('29-1171').typical_entry_education, "Master's degree");
  assert.equal(occ('29-1171').education, 'master-degree');
  // 8. Hourly-only Colorado wage keeps period "hour" (Dancers).
  assert.equal(coWage.get('27-2031').annual_mean_wage, '');
  assert.deepEqual(occ('27-2031').wage, { mean: Number(coWage.get('27-2031').hourly_mean_wage), period: 'hour' });
  // 9. Top-coded Colorado wage is left out (Cardiologists).
  assert.equal(coWage.get('29-1212').wage_note, '>= top-code');
  assert.equal(occ('29-1212').wage, undefined);
  // 10. Pathway nodes carry the catalogue's figures.
  const hc = docs.get('pathway-healthcare.json');
  const node = hc.nodes.find((n) => n.soc === '29-1141');
  for (const key of ['wage', 'wageNational', 'growth', 'openings', 'education', 'jobZone']) {
    assert.deepEqual(node[key], occ('29-1141')[key], key);
  }
  // 11. Campaign goal and deadline from colorado_facts.json; no published progress.
  const campaign = docs.get('campaign.json');
  const c = facts.campaign_one_million_credentials;
  assert.equal(campaign.goal, c.goal_count);
  assert.equal(campaign.deadline, `${c.goal_year}-12-31`);
  assert.deepEqual(campaign.progress, []);
  assert.match(campaign.source[0].note, /start date not published/i);
  // 12. Top Job exactly where a page shows the badge and the generator's title table maps it to a SOC code.
  const badged = new Set(
    csv('cwdc_mycoloradojourney_it_cyber_careers.csv')
      .filter((r) => r.top_job_badge === 'yes')
      .map((r) => r.career_id),
  );
  const expected = MCJ_SOC.filter(([id, soc]) => badged.has(id) && soc)
    .map(([, soc]) => soc)
    .sort();
  assert.ok(expected.length > 0);
  assert.deepEqual(
    occupations.filter((o) => o.topJob).map((o) => o.soc),
    expected,
  );
  for (const p of pathways) for (const n of p.nodes) assert.equal(n.topJob === true, expected.includes(n.soc), `${p.id} ${n.id} topJob`);
});

test('every occupation figure is present exactly when the source gives it', () => {
  for (const o of occupations) {
    const co = coWage.get(o.soc);
    const coHas = co && co.wage_note !== '>= top-code' && (isNumber(co.annual_mean_wage) || isNumber(co.hourly_mean_wage));
    assert.equal(o.wage !== undefined, Boolean(coHas), `${o.soc} wage`);
    if (o.wage) assert.equal(o.wage.mean, Number(o.wage.period === 'year' ? co.annual_mean_wage : co.hourly_mean_wage));
    const nat = natWage.get(o.soc);
    const median = nat && (nat.hourly_only_flag === 'TRUE' ? nat.hourly_median : nat.annual_median);
    assert.equal(o.wageNational?.median !== undefined, isNumber(median), `${o.soc} national median`);
    assert.equal(o.wageNational !== undefined, isNumber(median), `${o.soc} national wage only with a median`);
    const e = ep.get(o.soc);
    for (const [key, column] of [
      ['growth', 'employment_change_pct_2024_34'],
      ['openings', 'annual_openings_2024_34'],
    ]) {
      assert.equal(o[key] !== undefined, isNumber(e?.[column]), `${o.soc} ${key}`);
      if (o[key] === 0) assert.equal(Number(e[column]), 0, `${o.soc} ${key} is 0 only where the source says 0`);
    }
  }
});

test('no figure is null, NaN, infinite, or a zero wage', () => {
  const walk = (value, path) => {
    assert.notEqual(value, null, `${path} is null`);
    if (typeof value === 'number') assert.ok(Number.isFinite(value), `${path} is ${value}`);
    if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  for (const [name, doc] of docs) walk(doc, name);
  const wages = [...occupations, ...pathways.flatMap((p) => p.nodes)].flatMap((o) => [o.wage, o.wageNational]).filter(Boolean);
  for (const w of wages) {
    const figures = Object.entries(w).filter(([k]) => k !== 'period');
    assert.ok(figures.length > 0, 'a wage object with no figure');
    for (const [k, v] of figures) assert.ok(v > 0, `wage ${k} = ${v}`);
  }
});

test('pathways: ids, stages, edges and ladders all refer to things that exist, and edges have no cycle', () => {
  assert.equal(pathways.length, 5);
  for (const p of pathways) {
    const stages = new Set(p.stages.map((s) => s.id));
    assert.equal(stages.size, p.stages.length, `${p.id} duplicate stage`);
    assert.ok(p.stages.length >= 3 && p.stages.length <= 5, `${p.id} stage count`);
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    assert.equal(nodes.size, p.nodes.length, `${p.id} duplicate node id`);
    assert.ok(p.nodes.length >= 12 && p.nodes.length <= 30, `${p.id} node count`);
    for (const n of p.nodes) assert.ok(stages.has(n.stage), `${p.id} ${n.id} stage ${n.stage}`);
    for (const e of p.edges) {
      assert.ok(nodes.has(e.from) && nodes.has(e.to), `${p.id} edge ${e.from} -> ${e.to}`);
    }
    assert.ok(p.ladders.length >= 1, `${p.id} has a ladder`);
    for (const l of p.ladders) {
      assert.ok(l.steps.length >= 3 && l.steps.length <= 6, `${p.id} ladder ${l.id} rungs`);
      for (const s of l.steps) {
        assert.equal(nodes.get(s)?.kind, 'credential', `${p.id} ladder ${l.id} rung ${s}`);
        assert.ok(p.edges.some((e) => e.from === s && e.kind === 'qualifies' && nodes.get(e.to).kind === 'occupation'));
      }
    }
    // Kahn's algorithm: every node must be removable, else there is a cycle.
    const indegree = new Map([...nodes.keys()].map((id) => [id, 0]));
    for (const e of p.edges) indegree.set(e.to, indegree.get(e.to) + 1);
    const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
    let removed = 0;
    while (queue.length) {
      const id = queue.shift();
      removed++;
      for (const e of p.edges.filter((x) => x.from === id)) {
        indegree.set(e.to, indegree.get(e.to) - 1);
        if (indegree.get(e.to) === 0) queue.push(e.to);
      }
    }
    assert.equal(removed, nodes.size, `${p.id} has a cycle`);
  }
  const ids = new Map(pathways.map((p) => [p.id, p]));
  for (const o of occupations.filter((x) => x.pathway)) {
    assert.ok(
      ids.get(o.pathway)?.nodes.some((n) => n.soc === o.soc),
      `${o.soc} pathway ${o.pathway}`,
    );
  }
});

test('job-to-job edges from O*NET Related Occupations say so, and only those', () => {
  // Read from the O*NET file here, not from the generator: pairs of SOC codes O*NET lists as related.
  const related = new Set(
    csv('onet_related_occupations.csv').map((r) => `${r.onet_soc_code.slice(0, 7)}|${r.related_onet_soc_code.slice(0, 7)}`),
  );
  let marked = 0;
  for (const p of pathways) {
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    for (const e of p.edges) {
      const [from, to] = [nodes.get(e.from), nodes.get(e.to)];
      const jobs = from.kind === 'occupation' && to.kind === 'occupation';
      if (e.basis === undefined) {
        // A job-to-job edge without the basis must name the source that states the move.
        if (jobs) assert.ok(e.note, `${p.id} ${e.from} -> ${e.to}: no basis and no note`);
        continue;
      }
      assert.equal(e.basis, 'related-occupations', `${p.id} ${e.from} -> ${e.to}`);
      assert.ok(jobs, `${p.id} ${e.from} -> ${e.to} joins ${from.kind} to ${to.kind}`);
      assert.ok(
        related.has(`${from.soc}|${to.soc}`) || related.has(`${to.soc}|${from.soc}`),
        `${p.id} ${from.soc} and ${to.soc} are not O*NET related`,
      );
      assert.ok(['advances', 'lateral'].includes(e.kind));
      marked++;
    }
  }
  assert.ok(marked > 0, 'some edges come from O*NET Related Occupations');
});

test('every occupation has a sector, and the five pathway sectors are present', () => {
  const soc = csv('soc_2018_structure.csv').filter((r) => r.level === 'detailed');
  assert.equal(occupations.length, soc.length);
  for (const o of occupations) assert.ok(o.sector, `${o.soc} has no sector`);
  const sectors = new Set(occupations.map((o) => o.sector));
  for (const s of ['Information Technology', 'Healthcare', 'Construction', 'Business Operations', 'Cybersecurity']) {
    assert.ok(sectors.has(s), s);
    assert.ok(
      pathways.some((p) => p.sector === s),
      `pathway for ${s}`,
    );
  }
  assert.ok(sectors.size >= 12 && sectors.size <= 16, `${sectors.size} sectors`);
});

test('the sample campaign says it is a sample', () => {
  const sample = docs.get('campaign-sample.json');
  assert.equal(sample.sample, true);
  assert.ok(sample.source.some((s) => s.name.includes('Sample figures for demonstration — not published campaign data')));
  const values = sample.progress.map((p) => p.value);
  assert.deepEqual(
    values,
    [...values].sort((a, b) => a - b),
    'progress is cumulative',
  );
  assert.deepEqual(sample.breakdown.map((b) => b.label).sort(), [
    'Business Operations',
    'Construction',
    'Cybersecurity',
    'Healthcare',
    'Information Technology',
  ]);
});

test('every pathway, campaign and the catalogue has its own prose in Spanish, and only its prose', () => {
  const sorted = (values) => [...values].sort();
  for (const doc of pathways) {
    const es = doc.translations?.es;
    assert.ok(es, `${doc.id}: no translations.es`);
    for (const key of ['title', 'sector', 'summary']) assert.ok(es[key] && es[key] !== doc[key], `${doc.id}: ${key} not in Spanish`);
    // Every stage label and ladder title, and every note a link carries, is there; nothing else is keyed.
    assert.deepEqual(sorted(Object.keys(es.stages)), sorted(doc.stages.map((s) => s.id)), doc.id);
    assert.deepEqual(sorted(Object.keys(es.ladders)), sorted(doc.ladders.map((l) => l.id)), doc.id);
    assert.deepEqual(sorted(Object.keys(es.notes ?? {})), sorted(new Set(doc.edges.map((e) => e.note).filter(Boolean))), doc.id);
    for (const stage of doc.stages) assert.notEqual(es.stages[stage.id], stage.label, `${doc.id} stage ${stage.id}`);
    // Names stay as published: no translation of a node's title anywhere.
    assert.deepEqual(
      Object.keys(es).filter((key) => !['title', 'sector', 'summary', 'stages', 'ladders', 'descriptions', 'notes'].includes(key)),
      [],
      doc.id,
    );
    for (const id of Object.keys(es.descriptions ?? {}))
      assert.notEqual(
        doc.nodes.find((n) => n.id === id)?.kind,
        'occupation',
        `${doc.id}: ${id} is an occupation (its SOC definition stays as published)`,
      );
    // The note on where the figures come from is said in Spanish too, with the same periods.
    assert.match(es.summary, /mayo de 2023.*2024–34/);
  }
  for (const name of ['campaign.json', 'campaign-sample.json']) {
    const doc = docs.get(name);
    const es = doc.translations.es;
    assert.ok(es.title && es.title !== doc.title && es.unit === 'credenciales', name);
    assert.deepEqual(sorted(Object.keys(es.breakdown ?? {})), sorted((doc.breakdown ?? []).map((b) => b.label)), name);
  }
  assert.match(docs.get('campaign-sample.json').translations.es.title, /muestra/);
  const catalogue = docs.get('occupations.json');
  assert.deepEqual(
    sorted(Object.keys(catalogue.translations.es.sectors)),
    sorted(new Set(occupations.map((o) => o.sector).filter(Boolean))),
  );
});

test("the catalogue split by sector holds exactly the full file's occupations, and its index names each part", () => {
  const index = docs.get('occupations/index.json');
  assert.deepEqual(index.occupations, []);
  const sectors = [...new Set(occupations.map((o) => o.sector))].sort();
  assert.deepEqual(
    index.parts.map((p) => p.sector),
    sectors,
  );
  for (const part of index.parts) {
    const doc = docs.get(`occupations/${part.href}`);
    assert.ok(doc, `${part.href} exists`);
    // The same rows, in the same order, as the full file's rows of that sector.
    assert.deepEqual(
      doc.occupations,
      occupations.filter((o) => o.sector === part.sector),
      part.sector,
    );
    assert.equal(part.count, doc.occupations.length);
    assert.deepEqual(doc.allOccupations, docs.get('occupations.json').allOccupations);
  }
  // The index carries the full file's header, so the explorer shows the same title, sources and benchmark.
  for (const key of ['id', 'title', 'region', 'source', 'allOccupations', 'translations'])
    assert.deepEqual(index[key], docs.get('occupations.json')[key], key);
});
