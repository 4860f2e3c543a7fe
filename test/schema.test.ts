import { expect } from './helpers/testing.js';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { check, conforms, SUPPORTED_KEYWORDS } from '../src/schema/check.js';
import { campaignSchema, occupationsSchema, pathwaySchema, schemas, type JsonSchema } from '../src/schema/json-schema.js';
import { validateCampaign, validateDocument, validateOccupations, validatePathway } from '../src/schema/validate.js';
import { issueText } from '../src/schema/messages.js';
import type { CampaignDocument, Issue, PathwayDocument } from '../src/schema/types.js';
import { arbitraryPathway, mutations } from './helpers/arbitrary.js';
import { pathwayRules } from '../src/schema/documents/pathway.js';
import { quickValidate } from '../src/schema/quick.js';

const fixture = async (): Promise<PathwayDocument> => (await fetch(new URL('./fixtures/pathway-small.json', import.meta.url))).json();

const issuesOf = (result: { issues: Issue[] }) => result.issues.map((issue) => `${issue.path}: ${issue.message}`);

/** The real campaign facts (colorado_facts.json): goal 1,000,000 by 2030; no published count. */
const campaign = (): CampaignDocument => ({
  type: 'campaign',
  version: 1,
  id: 'co-one-million',
  title: 'Campaign for One Million Credentials',
  goal: 1000000,
  start: '2021-01-01',
  deadline: '2030-12-31',
  progress: [],
  source: [{ name: 'Colorado Succeeds', url: 'https://coloradosucceeds.org/one-million-credentials/' }],
});

describe('validation of a pathway document', () => {
  it('accepts a valid document and returns it', async () => {
    const doc = await fixture();
    const result = validatePathway(doc);
    expect(issuesOf(result)).to.deep.equal([]);
    expect(result.document).to.equal(doc);
  });

  it('says what is wrong with something that is not a document at all', () => {
    expect(issuesOf(validatePathway(null))).to.deep.equal([': expected a JSON object (a pathway document), got null']);
    expect(issuesOf(validatePathway([1]))).to.deep.equal([': expected a JSON object (a pathway document), got a list']);
    expect(issuesOf(validatePathway({}))).to.deep.equal(['type: is required; add "type": "pathway"']);
    expect(issuesOf(validatePathway({ type: 'map' }))).to.deep.equal(['type: unknown document type "map" (expected "pathway")']);
    expect(issuesOf(validatePathway({ type: 'occupations' }))).to.deep.equal([
      'type: this element shows a pathway document, but this is an occupations document',
    ]);
  });

  it('reports every missing field, with what to add', () => {
    const issues = issuesOf(validatePathway({ type: 'pathway', version: 1 }));
    expect(issues).to.deep.equal([
      'source: is required; add a list',
      'id: is required; add text',
      'title: is required; add text',
      'stages: is required; add a list',
      'nodes: is required; add a list',
      'edges: is required; add a list',
    ]);
  });

  it('reports unknown enum values with the allowed values', async () => {
    const doc = await fixture();
    (doc.nodes[0] as { kind: string }).kind = 'job';
    expect(issuesOf(validatePathway(doc))).to.deep.equal([
      'nodes[0].kind: unknown value "job" (expected one of occupation, credential, course, experience, competency, assessment, milestone)',
    ]);
  });

  it("accepts an edge's basis, and reports an unknown one with the allowed values, in English and Spanish", async () => {
    const doc = await fixture();
    doc.edges[1]!.basis = 'related-occupations';
    expect(issuesOf(validatePathway(doc))).to.deep.equal([]);
    (doc.edges[1] as { basis: string }).basis = 'promotion';
    const result = validatePathway(doc);
    expect(issuesOf(result)).to.deep.equal(['edges[1].basis: unknown value "promotion" (expected one of related-occupations)']);
    expect(issueText(result.issues[0]!, 'es')).to.equal('valor desconocido "promotion" (se esperaba uno de estos: related-occupations)');
  });

  it('reports unknown stages with the stages there are, and dangling references with a suggestion', async () => {
    const doc = await fixture();
    doc.nodes[3]!.stage = 'senior';
    doc.edges[0]!.to = 'nursing-assistant';
    doc.ladders![0]!.steps.push('bsn');
    expect(issuesOf(validatePathway(doc))).to.deep.equal([
      'nodes[3].stage: unknown stage "senior" (expected one of entry, mid, advanced)',
      'edges[0].to: no node has id "nursing-assistant"; did you mean "nursing-assistants"?',
      'ladders[0].steps[3]: no node has id "bsn"',
    ]);
  });

  it('reports duplicate ids, naming the first use', async () => {
    const doc = await fixture();
    doc.nodes[4]!.id = 'cna';
    doc.stages[2]!.id = 'entry';
    const issues = issuesOf(validatePathway(doc));
    expect(issues).to.include('nodes[4].id: duplicate id "cna" (also used by nodes[0]); give each a unique id');
    expect(issues).to.include('stages[2].id: duplicate id "entry" (also used by stages[0]); give each a unique id');
  });

  it('reports a cycle, naming the loop', async () => {
    const doc = await fixture();
    doc.edges.push({ from: 'rn', to: 'cna', kind: 'advances' });
    expect(issuesOf(validatePathway(doc))).to.deep.equal([
      'edges[7]: makes a cycle (cna → nursing-assistants → lpn → rn → cna); routes must lead forward, so remove or reverse one of these edges',
    ]);
    doc.edges.splice(7, 1, { from: 'rn', to: 'rn', kind: 'advances' });
    expect(issuesOf(validatePathway(doc))).to.deep.equal(['edges[7]: an edge cannot lead from a node to itself']);
  });

  it('reports a cycle at the edge that closes it, counting the edges left out of the search', async () => {
    const doc = await fixture();
    doc.edges.unshift({ from: 'rn', to: 'rn', kind: 'advances' });
    doc.edges.push({ from: 'rn', to: 'cna', kind: 'advances' });
    expect(issuesOf(validatePathway(doc))).to.deep.equal([
      'edges[0]: an edge cannot lead from a node to itself',
      'edges[8]: makes a cycle (cna → nursing-assistants → lpn → rn → cna); routes must lead forward, so remove or reverse one of these edges',
    ]);
  });

  it('finds a cycle through a chain of 50,000 steps without running out of stack', () => {
    const count = 50_000;
    const ids = Array.from({ length: count }, (_, i) => `s${i}`);
    const doc = {
      type: 'pathway',
      version: 1,
      id: 'chain',
      title: 'A long chain',
      source: [{ name: 'Generated for this test' }],
      stages: [{ id: 'all', label: 'All' }],
      nodes: ids.map((id) => ({ id, kind: 'course', stage: 'all', title: id })),
      edges: [
        ...ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id, kind: 'advances' })),
        { from: ids.at(-1)!, to: ids[0]!, kind: 'advances' },
      ],
    };
    const issues = issuesOf(validatePathway(doc));
    expect(issues).to.have.length(1);
    expect(issues[0]).to.match(new RegExp(`^edges\\[${count - 1}\\]: makes a cycle \\(s0 → s1 → s2 → .* → s${count - 1} → s0\\)`));
  });

  it('reports negative, non-finite and mistyped numbers', async () => {
    const doc = await fixture();
    doc.nodes[1]!.wage!.mean = -43580;
    doc.nodes[3]!.openings = Number.NaN;
    doc.nodes[5]!.growth = Number.POSITIVE_INFINITY;
    (doc.nodes[0] as { cost?: unknown }).cost = { amount: '1200', currency: 'usd' };
    expect(issuesOf(validatePathway(doc))).to.deep.equal([
      'nodes[0].cost.amount: expected a number, got "1200"',
      'nodes[0].cost.currency: "usd" is not a three-letter currency code such as "USD"',
      'nodes[1].wage.mean: must not be negative, got -43580',
      'nodes[3].openings: must be a finite number, got NaN',
      'nodes[5].growth: must be a finite number, got Infinity',
    ]);
  });

  it('requires a wage basis and an SOC code in the right form', async () => {
    const doc = await fixture();
    doc.nodes[1]!.wage = { period: 'year' };
    doc.nodes[1]!.soc = '311131';
    expect(issuesOf(validatePathway(doc))).to.deep.equal([
      'nodes[1].soc: "311131" is not an SOC 2018 code such as "15-1252"',
      'nodes[1].wage: needs at least one of mean, median',
    ]);
  });

  it('reports an empty ladder', async () => {
    const doc = await fixture();
    doc.ladders![0]!.steps = [];
    expect(issuesOf(validatePathway(doc))).to.deep.equal([
      'ladders[0].steps: a ladder needs at least one rung; list node ids, lowest first',
    ]);
  });
});

describe('check: what it reads and the order it reports in', () => {
  // check() asks a plain object only for the keys it has (a node lists 4 of its schema's ~25 properties),
  // and must still report in the schema's order and see properties any other object inherits.
  const node = pathwaySchema.$defs!.node!;

  it('reports in schema order whatever order the keys come in', () => {
    const shuffled = { title: '', cost: { currency: 'usd', amount: -1 }, kind: 'job', stage: 'entry', id: '' };
    expect(check(shuffled, node, pathwaySchema, 'nodes[2]').map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal([
      'nodes[2].id: must not be empty',
      'nodes[2].kind: unknown value "job" (expected one of occupation, credential, course, experience, competency, assessment, milestone)',
      'nodes[2].title: must not be empty',
      'nodes[2].cost.amount: must not be negative, got -1',
      'nodes[2].cost.currency: "usd" is not a three-letter currency code such as "USD"',
    ]);
  });

  it('checks inherited properties of objects that are not plain, and skips keys set to undefined', () => {
    class Step {
      id = 'x';
      kind = 'course';
      stage = 'entry';
      get title(): unknown {
        return 5;
      }
    }
    expect(check(new Step(), node, pathwaySchema).map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal([
      'title: expected text, got 5',
    ]);
    const plain = { id: 'x', kind: 'course', stage: 'entry', title: 'T', cost: undefined, [Symbol('s')]: 1 };
    expect(check(plain, node, pathwaySchema)).to.deep.equal([]);
  });
});

describe('validation of a campaign document', () => {
  it('accepts the real campaign with no published count', () => {
    expect(issuesOf(validateCampaign(campaign()))).to.deep.equal([]);
  });

  it('reports bad dates, a deadline before the start, and progress out of order', () => {
    const doc = campaign();
    doc.start = '2021-02-30';
    expect(issuesOf(validateCampaign(doc))).to.deep.equal(['start: "2021-02-30" is not a date; write it YYYY-MM-DD']);
    doc.start = '2031-01-01';
    expect(issuesOf(validateCampaign(doc))).to.deep.equal([
      'deadline: 2030-12-31 is not after the start 2031-01-01; the deadline must come later',
    ]);
    doc.start = '2021-01-01';
    doc.progress = [
      { date: '2023-12-31', value: 300 },
      { date: '2022-12-31', value: 200 },
      { date: '2024-12-31', value: 100 },
    ];
    expect(issuesOf(validateCampaign(doc))).to.deep.equal([
      'progress[1].date: 2022-12-31 does not come after progress[0].date 2023-12-31; list progress in date order, one entry per date',
      'progress[2].value: 100 is less than the earlier count 200; progress is cumulative, so it cannot fall',
    ]);
  });

  it('reports a goal that is not a positive number', () => {
    const doc = campaign() as unknown as Record<string, unknown>;
    doc.goal = -5;
    expect(issuesOf(validateCampaign(doc))).to.deep.equal(['goal: must be at least 1, got -5']);
    doc.goal = 'a million';
    expect(issuesOf(validateCampaign(doc))).to.deep.equal(['goal: expected a number, got "a million"']);
  });
});

describe('validation of an occupations document', () => {
  it('reports duplicate SOC codes and rows without a title', () => {
    const result = validateOccupations({
      type: 'occupations',
      version: 1,
      source: [{ name: 'BLS OEWS May 2023, Colorado' }],
      occupations: [
        { soc: '15-1252', title: 'Software Developers', wage: { mean: 145420, period: 'year' } },
        { soc: '15-1252', title: 'Software Developers' },
        { soc: '15-1212' },
      ],
    });
    expect(issuesOf(result)).to.deep.equal([
      'occupations[2].title: is required; add text',
      'occupations[1].soc: duplicate soc "15-1252" (also used by occupations[0]); give each a unique soc',
    ]);
  });
});

describe('the JSON Schema objects', () => {
  function keywords(schema: JsonSchema, found = new Set<string>()): Set<string> {
    for (const [key, value] of Object.entries(schema)) {
      found.add(key);
      if (key === 'properties' || key === '$defs') Object.values(value as Record<string, JsonSchema>).forEach((s) => keywords(s, found));
      else if (key === 'items' || key === 'additionalProperties') keywords(value as JsonSchema, found);
      else if (key === 'anyOf') (value as JsonSchema[]).forEach((s) => keywords(s, found));
    }
    return found;
  }

  it('use only keywords the run-time checker understands', () => {
    for (const schema of Object.values(schemas)) {
      const unsupported = [...keywords(schema)].filter((k) => !SUPPORTED_KEYWORDS.has(k));
      expect(unsupported, schema.title).to.deep.equal([]);
    }
  });

  it('agree with an independent JSON Schema validator on the fixtures', async () => {
    const doc = await fixture();
    expect(new Validator(pathwaySchema as object, '2020-12', false).validate(doc).valid).to.equal(true);
    expect(new Validator(campaignSchema as object, '2020-12', false).validate(campaign()).valid).to.equal(true);
    const bad = { ...campaign(), goal: -1 };
    expect(new Validator(campaignSchema as object, '2020-12', false).validate(bad).valid).to.equal(false);
    expect(occupationsSchema.$id).to.match(/occupations\.schema\.json$/);
  });
});

describe('validation, property-based', () => {
  const independent = new Validator(pathwaySchema as object, '2020-12', false);

  it('accepts every generated valid pathway, as does an independent validator', () => {
    fc.assert(
      fc.property(arbitraryPathway, (doc) => {
        const result = validatePathway(doc);
        expect(issuesOf(result)).to.deep.equal([]);
        expect(independent.validate(doc).valid).to.equal(true);
        expect(conforms(doc, pathwaySchema)).to.equal(true);
        // The elements' quick check lets it through unless the full validator has a warning to give.
        expect(quickValidate(doc, [pathwayRules])).to.equal(result.warnings?.length ? undefined : doc);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects every mutated pathway with an issue at the mutated path', () => {
    fc.assert(
      fc.property(arbitraryPathway, fc.constantFrom(...mutations), fc.nat(), (doc, mutation, seed) => {
        const applied = mutation.apply(structuredClone(doc), seed);
        fc.pre(applied !== undefined);
        const { document, path, structural } = applied!;
        const result = validatePathway(document);
        expect(result.valid, mutation.name).to.equal(false);
        const paths = result.issues.map((issue) => issue.path);
        const found = paths.some((p) => (typeof path === 'string' ? p === path : path.test(p)));
        expect(found, `${mutation.name}: ${String(path)} in ${paths.join(', ')}`).to.equal(true);
        // Structural faults are ones JSON Schema can see: the independent validator must agree.
        if (structural) expect(independent.validate(document).valid, mutation.name).to.equal(false);
        expect(check(document, pathwaySchema).length > 0, mutation.name).to.equal(structural);
        expect(conforms(document, pathwaySchema), mutation.name).to.equal(!structural);
        expect(quickValidate(document, [pathwayRules]), mutation.name).to.equal(undefined);
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateDocument', () => {
  it('accepts any document type when none is named', async () => {
    expect(validateDocument(await fixture()).valid).to.equal(true);
    expect(validateDocument(campaign()).valid).to.equal(true);
  });
});
