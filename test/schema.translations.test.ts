import { expect } from './helpers/testing.js';
import { Validator } from '@cfworker/json-schema';
import { localize, nameLang, proseLang, sectorLabel, translationKey } from '../src/schema/localize.js';
import { issueText } from '../src/schema/messages.js';
import { validateCampaign, validateDocument, validateOccupations, validatePathway } from '../src/schema/validate.js';
import type { CampaignDocument, Issue, OccupationsDocument, PathwayDocument } from '../src/schema/types.js';

const fixture = async (): Promise<PathwayDocument> => (await fetch(new URL('./fixtures/pathway-small.json', import.meta.url))).json();
const shipped = async (type: string): Promise<Validator> =>
  new Validator(await (await fetch(new URL(`../schema/${type}.schema.json`, import.meta.url))).json(), '2020-12', false);

const lines = (issues: readonly Issue[] | undefined) => (issues ?? []).map((issue) => `${issue.path}: ${issue.message}`);

const spanish = {
  title: 'Salud',
  summary: 'Rutas hacia el trabajo en salud.',
  stages: { entry: 'Nivel inicial', mid: 'Nivel intermedio' },
  ladders: { nursing: 'Enfermería' },
};

/** A campaign with a count: the figures here are for the validator only. */
const campaign = (over: Partial<CampaignDocument> = {}): CampaignDocument => ({
  type: 'campaign',
  version: 1,
  id: 'c',
  title: 'Campaign',
  goal: 1000,
  unit: 'credentials',
  start: '2021-01-01',
  deadline: '2030-12-31',
  progress: [{ date: '2022-01-01', value: 10 }],
  breakdown: [{ label: 'Healthcare', value: 4 }],
  source: [{ name: 'Counts', covers: ['progress', 'breakdown'] }],
  ...over,
});

describe('translations in a document', () => {
  it('are accepted by the validator and by the shipped JSON Schema', async () => {
    const doc = { ...(await fixture()), translations: { es: spanish, 'es-MX': { title: 'Salud' } } };
    expect(lines(validatePathway(doc).issues)).to.deep.equal([]);
    expect((await shipped('pathway')).validate(doc).valid).to.equal(true);
  });

  it('report a key that names no stage, ladder, node or note, where it is, with what there is', async () => {
    const doc = {
      ...(await fixture()),
      translations: {
        es: {
          stages: { senior: 'Avanzado' },
          ladders: { nurse: 'Enfermería' },
          descriptions: { cnaa: 'Un certificado' },
          notes: { 'Not a note': 'Nota' },
        },
      },
    };
    expect(lines(validatePathway(doc).issues)).to.deep.equal([
      'translations.es.stages.senior: no stage has id "senior" (expected one of entry, mid, advanced)',
      'translations.es.ladders.nurse: no ladder has id "nurse" (expected one of nursing)',
      'translations.es.descriptions.cnaa: no node has id "cnaa"; did you mean "cna"?',
      'translations.es.notes["Not a note"]: no edge has the note "Not a note"; key each translation by the note as written in "edges"',
    ]);
  });

  it('say in Spanish what is wrong with a translation', async () => {
    const doc = { ...(await fixture()), translations: { es: { stages: { senior: 'Avanzado' } } } };
    const [problem] = validatePathway(doc).issues;
    expect(issueText(problem!, 'es')).to.equal('ninguna etapa tiene el id "senior" (se esperaba uno de estos: entry, mid, advanced)');
  });

  it('report a key that is not a language tag, and empty or non-text prose', async () => {
    const doc = { ...(await fixture()), translations: { spanish: { title: '' }, es: { stages: { entry: 3 } } } };
    expect(lines(validatePathway(doc).issues)).to.deep.equal([
      'translations.spanish.title: must not be empty',
      'translations.es.stages.entry: expected text, got 3',
      'translations.spanish: "spanish" is not a language tag; write one such as "es" or "es-MX"',
    ]);
  });

  it("check a campaign's breakdown labels and an occupations document's sectors", () => {
    const c = campaign({ translations: { es: { title: 'Campaña', breakdown: { Healthcare: 'Salud', Health: 'Salud' } } } });
    expect(lines(validateCampaign(c).issues)).to.deep.equal([
      'translations.es.breakdown.Health: no breakdown item has the label "Health"; key each translation by the label as written in "breakdown"',
    ]);
    const o: OccupationsDocument = {
      type: 'occupations',
      version: 1,
      source: [{ name: 'SOC' }],
      occupations: [{ soc: '29-1141', title: 'Registered Nurses', sector: 'Healthcare' }],
      translations: { es: { sectors: { Healthcare: 'Salud', Construction: 'Construcción' } } },
    };
    expect(lines(validateOccupations(o).issues)).to.deep.equal([
      'translations.es.sectors.Construction: no occupation has the sector "Construction"; key each translation by the sector as written in "occupations"',
    ]);
  });
});

describe('figures need a source', () => {
  it('warns, once per kind of figure at its first place, when no source covers wages, growth or openings', async () => {
    const doc = await fixture();
    const wages = doc.nodes.filter((node) => node.wage).length;
    const result = validatePathway({ ...doc, source: [{ name: 'BLS Employment Projections', covers: ['growth'] }] });
    expect(result.valid).to.equal(true);
    const first = doc.nodes.findIndex((node) => node.wage);
    const openings = doc.nodes.findIndex((node) => node.openings !== undefined);
    expect(lines(result.warnings)).to.deep.equal([
      `nodes[${first}].wage: shows wages (${wages} in all) but no source covers "wage"; add to "source" one whose "covers" lists "wage"`,
      `nodes[${openings}].openings: shows annual openings (${doc.nodes.filter((n) => n.openings !== undefined).length} in all) but no source covers "openings"; add to "source" one whose "covers" lists "openings"`,
    ]);
    expect(issueText(result.warnings![0]!, 'es')).to.match(/^muestra salarios \(\d+ en total\), pero ninguna fuente cubre "wage"/);
  });

  it('counts a source without "covers" as covering the whole document, and says nothing for a sample', async () => {
    const doc = await fixture();
    expect(validatePathway(doc).warnings).to.deep.equal([]);
    expect(validatePathway({ ...doc, source: [{ name: 'BLS' }] }).warnings).to.deep.equal([]);
    const result = validatePathway({ ...doc, source: [], sample: true });
    expect(result.warnings).to.deep.equal([]);
    expect(validatePathway({ ...doc, source: [] }).warnings).to.have.length(3);
  });

  it('warns for an occupations document too', () => {
    const result = validateDocument({
      type: 'occupations',
      version: 1,
      source: [],
      occupations: [{ soc: '29-1141', title: 'Registered Nurses', wage: { mean: 1, period: 'year' } }],
    });
    expect(lines(result.warnings)).to.deep.equal([
      'occupations[0].wage: shows wages (1 in all) but no source covers "wage"; add to "source" one whose "covers" lists "wage"',
    ]);
  });

  it('rejects a campaign count with neither a source covering it nor sample: true', () => {
    expect(lines(validateCampaign(campaign({ source: [{ name: 'Goal', covers: ['goal'] }] })).issues)).to.deep.equal([
      'progress: a count needs a source: add to "source" one whose "covers" lists "progress", or set "sample": true if these are sample figures',
      'breakdown: a count needs a source: add to "source" one whose "covers" lists "breakdown", or set "sample": true if these are sample figures',
    ]);
    expect(validateCampaign(campaign({ source: [] })).valid).to.equal(false);
    expect(validateCampaign(campaign({ source: [], sample: true })).valid).to.equal(true);
    expect(validateCampaign(campaign({ source: [{ name: 'Colorado Succeeds' }] })).valid).to.equal(true);
    // No count, nothing to cite: a campaign that has published only its goal is valid as it is.
    expect(validateCampaign(campaign({ source: [], progress: [], breakdown: [] })).valid).to.equal(true);
  });
});

describe('localize', () => {
  it('puts the translation in place and leaves the rest, names included, as written', async () => {
    const doc = { ...(await fixture()), translations: { es: spanish } };
    const es = localize(doc, 'es');
    expect(es.title).to.equal('Salud');
    expect(es.summary).to.equal('Rutas hacia el trabajo en salud.');
    expect(es.stages.map((stage) => stage.label)).to.deep.equal(['Nivel inicial', 'Nivel intermedio', 'Advanced']);
    expect(es.ladders![0]!.title).to.equal('Enfermería');
    expect(es.nodes.map((node) => node.title)).to.deep.equal(doc.nodes.map((node) => node.title));
    // Unchanged parts are the same objects, and the original is untouched.
    expect(es.nodes).to.equal(doc.nodes);
    expect(es.stages[2]).to.equal(doc.stages[2]);
    expect(doc.title).to.equal('Nursing (test fixture)');
    expect(doc.stages[0]!.label).to.equal('Entry level');
  });

  it('is the same object for the same document and language, and the document itself where nothing applies', async () => {
    const doc = { ...(await fixture()), translations: { es: spanish } };
    expect(localize(doc, 'es')).to.equal(localize(doc, 'es'));
    expect(localize(doc, 'es-MX')).to.equal(localize(doc, 'es'));
    expect(localize(doc, 'en')).to.equal(doc);
    expect(localize(doc, 'fr')).to.equal(doc);
    const plain = await fixture();
    expect(localize(plain, 'es')).to.equal(plain);
  });

  it('finds the closest tag: exact, then the language, then another tag of it', () => {
    const doc = campaign({ translations: { 'es-MX': { title: 'México' }, es: { title: 'Español' }, 'fr-CA': { title: 'Québec' } } });
    expect(translationKey(doc, 'es-MX')).to.equal('es-MX');
    expect(translationKey(doc, 'ES-us')).to.equal('es');
    expect(translationKey(doc, 'fr')).to.equal('fr-CA');
    expect(translationKey(doc, 'en-US')).to.equal(undefined);
  });

  it("translates a campaign's title, unit and breakdown labels, and keeps sectors as filter values", () => {
    const c = localize(
      campaign({ translations: { es: { title: 'Campaña', unit: 'credenciales', breakdown: { Healthcare: 'Salud' } } } }),
      'es',
    );
    expect([c.title, c.unit, c.breakdown![0]!.label, c.breakdown![0]!.value]).to.deep.equal(['Campaña', 'credenciales', 'Salud', 4]);
    const o: OccupationsDocument = {
      type: 'occupations',
      version: 1,
      title: 'Colorado occupations',
      source: [],
      occupations: [{ soc: '29-1141', title: 'Registered Nurses', sector: 'Healthcare' }],
      translations: { es: { title: 'Ocupaciones de Colorado', sectors: { Healthcare: 'Salud' } } },
    };
    expect(localize(o, 'es').title).to.equal('Ocupaciones de Colorado');
    expect(localize(o, 'es').occupations[0]!.sector).to.equal('Healthcare');
    expect([sectorLabel(o, 'es', 'Healthcare'), sectorLabel(o, 'en', 'Healthcare'), sectorLabel(o, 'es', 'Other')]).to.deep.equal([
      'Salud',
      'Healthcare',
      'Other',
    ]);
  });

  it('says which text to mark as English: names in a Spanish view, and prose shown untranslated', async () => {
    const plain = await fixture();
    const translated = { ...plain, translations: { es: spanish } };
    expect([nameLang('es'), nameLang('es-MX'), nameLang('en'), nameLang('en-GB')]).to.deep.equal(['en', 'en', undefined, undefined]);
    expect([proseLang(translated, 'es'), proseLang(plain, 'es'), proseLang(plain, 'en')]).to.deep.equal([undefined, 'en', undefined]);
  });
});
