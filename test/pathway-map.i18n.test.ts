import { expect } from './helpers/testing.js';
import type { PathwayMap } from '../src/components/pathway-map/pathway-map.component.js';
import type { PathwayDocument } from '../src/schema/types.js';
import { expectAccessible, litWarnings } from './helpers/index.js';
import { $, $$, button, colorado, detailsShown, load, mapOf, settle } from './helpers/map.js';

const HEALTHCARE = colorado('healthcare');
const english = (el: PathwayMap) => $$(el, '[lang="en"]');
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe("cp-pathway-map in Spanish, with the document's own translations", () => {
  it('shows the Spanish title, summary and stage labels, not marked as English', async () => {
    const doc = await load(HEALTHCARE);
    const es = doc.translations!.es!;
    const el = await mapOf(doc, 1000, { lang: 'es' });
    expect(text($(el, '[part="title"]'))).to.equal(es.title);
    expect(text($(el, '[part="description"]'))).to.equal(es.summary);
    expect($(el, '[part="title"]')!.hasAttribute('lang')).to.equal(false);
    expect($$(el, 'text.stage').map(text)).to.deep.equal(doc.stages.map((stage) => es.stages![stage.id]));
    expect($(el, 'svg.map')!.getAttribute('aria-label')).to.equal(es.title);
    // A step's spoken name says its stage in Spanish too.
    expect(button(el, 'cna').getAttribute('aria-label')!.toLowerCase()).to.contain(es.stages!.start!.toLowerCase());
    expect(litWarnings).to.deep.equal([]);
  });

  it('keeps the names of occupations and credentials as published, marked lang="en", in the details, table and routes', async () => {
    const doc = await load(HEALTHCARE);
    const el = await mapOf(doc, 1000, { lang: 'es', from: 'cna', to: 'registered-nurses' });
    const title = (id: string) => doc.nodes.find((node) => node.id === id)!.title;

    button(el, 'adn').focus();
    await detailsShown(el);
    const details = $(el, '#details')!;
    expect(details.querySelector('h3')!.getAttribute('lang')).to.equal('en');
    expect(text(details.querySelector('h3'))).to.equal(title('adn'));
    const next = [...details.querySelectorAll('dd [lang="en"]')].map(text);
    expect(next).to.include(title('registered-nurses'));
    // A note the document translates is Spanish, and not marked English.
    expect(text(details)).to.contain('Junto con una licencia de enfermería registrada (RN).');
    expect(text(details)).not.to.contain('Together with a Registered Nurse license.');

    const route = $(el, '[part="route"]')!;
    expect(text(route.querySelector('.route-start [lang="en"]'))).to.equal(title('cna'));
    expect([...route.querySelectorAll('li [lang="en"]')].map(text).at(-1)).to.equal(title('registered-nurses'));
    expect(text(route.querySelector('.route-start'))).to.match(/^Desde/);
    expect($$(el, 'option[lang="en"]').map(text)).to.include(title('cna'));

    el.view = 'table';
    await settle(el);
    const row = $(el, 'tr[data-id="registered-nurses"]')!;
    expect(text(row.querySelector('th [lang="en"]'))).to.equal(title('registered-nurses'));
    // The SOC definition is published text, in English: marked so.
    expect(row.querySelector('.description')!.getAttribute('lang')).to.equal('en');
    expect($$(el, 'td').map(text).join(' ')).to.contain(doc.translations!.es!.stages!.mid);
    await expectAccessible(el);
  });

  it('marks names in the stacked sections on a phone, and a lead to the next step', async () => {
    const doc = await load(HEALTHCARE);
    const el = await mapOf(doc, 390, { lang: 'es' });
    expect($$(el, '.stage-title').map(text)).to.deep.equal(doc.stages.map((stage) => doc.translations!.es!.stages![stage.id]));
    const card = $(el, '.step[data-id="cna"]')!;
    expect(text(card.querySelector('.step-title [lang="en"]'))).to.equal('Certified Nurse Aide (CNA)');
    expect(card.querySelector('.step-title .sr-only')!.closest('[lang]')).to.equal(null);
    expect([...card.querySelectorAll('button.lead')].every((lead) => lead.getAttribute('lang') === 'en')).to.equal(true);
  });

  it('marks nothing in English, and follows a change of language', async () => {
    const doc = await load(HEALTHCARE);
    const el = await mapOf(doc, 1000, { from: 'cna', to: 'registered-nurses' });
    expect(english(el)).to.deep.equal([]);
    expect(text($(el, '[part="title"]'))).to.equal('Healthcare');
    el.setAttribute('lang', 'es-US');
    await settle(el);
    expect(text($(el, '[part="title"]'))).to.equal('Salud');
    expect(english(el).length).to.be.greaterThan(0);
  });

  it("marks a document's own prose as English when it has no Spanish", async () => {
    const doc: PathwayDocument = await load();
    const el = await mapOf(doc, 1000, { lang: 'es' });
    expect($(el, '[part="title"]')!.getAttribute('lang')).to.equal('en');
    expect(text($(el, '[part="title"]'))).to.equal(doc.title);
  });
});
