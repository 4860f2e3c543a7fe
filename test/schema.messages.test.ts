import { expect } from './helpers/testing.js';
import { readOptions } from '../src/components/occupation-explorer/occupation-explorer.options.js';
import { catalogue, LANGUAGES } from '../src/i18n/translate.js';
import { issue, issueMessages, issueText, say } from '../src/schema/messages.js';
import { validateCampaign, validateOccupations, validatePathway } from '../src/schema/validate.js';
import type { Issue, PathwayDocument } from '../src/schema/types.js';
import './helpers/spanish.js';

const fixture = async (): Promise<PathwayDocument> => (await fetch(new URL('./fixtures/pathway-small.json', import.meta.url))).json();
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const lines = (issues: Issue[], lang: string) => issues.map((i) => `${i.path}: ${issueText(i, lang)}`);

/** A document with one problem of (nearly) every kind the validator reports. */
async function broken(): Promise<Issue[]> {
  const doc = (await fixture()) as unknown as Record<string, unknown> & PathwayDocument;
  delete (doc as Partial<PathwayDocument>).title;
  (doc.nodes[0] as { kind: string }).kind = 'job';
  doc.nodes[1]!.soc = '311131';
  doc.nodes[1]!.wage = { period: 'year' };
  doc.nodes[2]!.openings = -3;
  doc.nodes[3]!.stage = 'senior';
  doc.nodes[4]!.id = 'cna';
  doc.edges[0]!.to = 'nursing-assistant';
  doc.edges.push({ from: 'rn', to: 'rn', kind: 'advances' });
  doc.ladders![0]!.steps = [];
  return validatePathway(doc).issues;
}

describe('problem messages in two languages', () => {
  it('has every message in every language, with the same placeholders', () => {
    const en = issueMessages.en as Record<string, string>;
    for (const language of LANGUAGES) {
      const table = issueMessages[language] as Record<string, string>;
      expect(Object.keys(table).sort(), language).to.deep.equal(Object.keys(en).sort());
      for (const [key, template] of Object.entries(table)) {
        expect(template.trim(), `${language}.${key}`).to.not.equal('');
        expect(placeholders(template), `${language}.${key}`).to.deep.equal(placeholders(en[key]!));
      }
    }
  });

  it('makes English messages from the catalogue that match the plain text exactly', async () => {
    const issues = [
      ...(await broken()),
      ...validatePathway(null).issues,
      ...validatePathway('text').issues,
      ...validatePathway({}).issues,
      ...validatePathway({ type: 'map' }).issues,
      ...validatePathway({ type: 'occupations' }).issues,
      ...validateCampaign({ type: 'campaign', version: 1, start: '2021-02-30', deadline: '2020-01-01', goal: 0 }).issues,
    ];
    expect(issues.length).to.be.greaterThan(15);
    for (const problem of issues) {
      expect(problem.key, problem.message).to.be.a('string');
      expect(issueText(problem, 'en'), problem.path).to.equal(problem.message);
      expect(issueText(problem, 'fr-CA'), 'an unsupported language is English').to.equal(problem.message);
    }
    // The key and arguments ride along unseen: the event detail and JSON keep `{ path, message }`.
    expect(JSON.parse(JSON.stringify(issues[0]))).to.deep.equal({ path: issues[0]!.path, message: issues[0]!.message });
    expect(Object.keys(issues[0]!)).to.deep.equal(['path', 'message']);
  });

  it('says each problem in Spanish, keeping paths, values from the data and allowed values as written', async () => {
    expect(lines(await broken(), 'es-MX')).to.deep.equal([
      'title: es obligatorio; agregue texto',
      'nodes[0].kind: valor desconocido "job" (se esperaba uno de estos: occupation, credential, course, experience, competency, assessment, milestone)',
      'nodes[1].soc: "311131" no es un código SOC 2018 como "15-1252"',
      'nodes[1].wage: necesita al menos uno de estos campos: mean, median',
      'nodes[2].openings: no puede ser negativo; valor recibido: -3',
      'nodes[4].id: id "cna" repetido (también lo usa nodes[0]); asigne a cada uno un id distinto',
      'nodes[3].stage: etapa desconocida "senior" (se esperaba una de estas: entry, mid, advanced)',
      'edges[0].to: ningún nodo tiene el id "nursing-assistant"; ¿quiso decir "nursing-assistants"?',
      'edges[4].to: ningún nodo tiene el id "adn"',
      'edges[5].from: ningún nodo tiene el id "adn"',
      'edges[7]: una conexión no puede ir de un nodo a sí mismo',
      'ladders[0].steps: una escalera necesita al menos un peldaño; indique ids de nodos, del más bajo al más alto',
    ]);
  });

  it('says what is wrong with the document as a whole in Spanish', () => {
    const es = (input: unknown) => lines(validatePathway(input).issues, 'es');
    expect(es([1])).to.deep.equal([': se esperaba un objeto JSON (un documento de tipo pathway); valor recibido: una lista']);
    expect(es({})).to.deep.equal(['type: es obligatorio; agregue "type": "pathway"']);
    expect(es({ type: 'map' })).to.deep.equal(['type: tipo de documento desconocido "map" (se esperaba "pathway")']);
    expect(es({ type: 'occupations' })).to.deep.equal([
      'type: este elemento muestra un documento de tipo "pathway", pero este es de tipo "occupations"',
    ]);
    expect(lines(validateOccupations({ type: 'pathway' }).issues, 'es')).to.deep.equal([
      'type: este elemento muestra un documento de tipo "occupations", pero este es de tipo "pathway"',
    ]);
    expect(
      say('wrongType', {
        wanted: [
          { key: 'docA', params: { type: 'pathway' } },
          { key: 'docA', params: { type: 'campaign' } },
        ],
        actual: { key: 'docAn', params: { type: 'occupations' } },
      }),
    ).to.equal('this element shows a pathway or a campaign document, but this is an occupations document');
  });

  it('leaves numbers as written rather than formatting them for the language', () => {
    const problem = issue('goal', 'atLeast', { min: 1000, value: -2500.5 });
    expect(problem.message).to.equal('must be at least 1000, got -2500.5');
    expect(issueText(problem, 'es')).to.equal('debe ser como mínimo 1000; valor recibido: -2500.5');
  });

  it("says the explorer's bad attributes in Spanish too, with the English message unchanged", () => {
    const { issues } = readOptions(
      { query: '', sector: '', education: 'phd', topJobs: false, minWage: -1, maxWage: undefined, sort: 'wage', order: 'up' },
      [],
    );
    expect(issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'order: unknown value "up" (expected one of desc, asc)',
      'education: unknown value "phd" (expected one of no-formal-credential, high-school-diploma, some-college, postsecondary-nondegree-award, associate-degree, bachelor-degree, master-degree, doctoral-degree)',
      'min-wage: expected a yearly wage in dollars, such as 50000',
    ]);
    expect(lines(issues, 'es')).to.deep.equal([
      'order: valor desconocido "up" (se esperaba uno de estos: desc, asc)',
      'education: valor desconocido "phd" (se esperaba uno de estos: no-formal-credential, high-school-diploma, some-college, postsecondary-nondegree-award, associate-degree, bachelor-degree, master-degree, doctoral-degree)',
      'min-wage: se esperaba un salario anual en dólares, como 50000',
    ]);
  });

  it('lets an element keep its attribute messages in its own catalogue', () => {
    const own = catalogue(
      { badGoal: '"{text}" is not a number; write {example}' },
      { badGoal: '"{text}" no es un número; escriba {example}' },
    );
    const problem = issue('goal', 'badGoal', { text: 'a million', example: [{ key: 'aNumber' }, 'goal="1000000"'] }, own);
    expect(problem).to.deep.equal({ path: 'goal', message: '"a million" is not a number; write a number or goal="1000000"' });
    expect(issueText(problem, 'es')).to.equal('"a million" no es un número; escriba un número o goal="1000000"');
  });

  it('keeps the text of issues made without a key', () => {
    expect(issueText({ path: 'x', message: 'as written' }, 'es')).to.equal('as written');
  });
});
