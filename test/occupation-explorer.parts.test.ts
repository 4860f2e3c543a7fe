/** Browser tests of the explorer fed a catalogue split by sector (data/colorado/occupations/index.json). */
import { expect, fixture, html } from './helpers/testing.js';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/occupation-explorer/occupation-explorer.js';
import type { OccupationExplorer } from '../src/components/occupation-explorer/occupation-explorer.component.js';
import type { OccupationsDocument } from '../src/schema/types.js';
import { expectAccessible, frames, nextEvent } from './helpers/index.js';

const INDEX = '/data/colorado/occupations/index.json';
const FULL = '/data/colorado/occupations.json';

/** The catalogue files this page has requested since the last call, by path. */
function requested(): string[] {
  const names = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/data/colorado/occupations'));
  performance.clearResourceTimings();
  return names.sort();
}

async function explorer(attrs: Partial<OccupationExplorer>): Promise<OccupationExplorer> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><cp-occupation-explorer></cp-occupation-explorer></div>`);
  const el = wrapper.firstElementChild as OccupationExplorer;
  const loaded = nextEvent<CustomEvent<{ document: OccupationsDocument }>>(el, 'cp-load', 8000);
  Object.assign(el, attrs);
  await loaded;
  await frames(3);
  await el.updateComplete;
  return el;
}

const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** What a reader sees of each listed row, in order. */
const rows = (el: Element) => $$(el, 'tbody tr[data-soc]').map((tr) => tr.innerText);
const count = (el: Element) => el.shadowRoot!.querySelector('.count')!.textContent;

describe('<cp-occupation-explorer> with a catalogue split by sector', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('with sector="Healthcare" fetches only the index and the Healthcare file, and shows the full file\'s Healthcare rows', async () => {
    requested();
    const el = await explorer({ sector: 'Healthcare', src: INDEX });
    expect(requested()).to.deep.equal(['/data/colorado/occupations/healthcare.json', '/data/colorado/occupations/index.json']);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    await expectAccessible(el);
    const full = await explorer({ sector: 'Healthcare', src: FULL });
    expect(rows(el).length).to.be.greaterThan(0);
    expect(rows(el)).to.deep.equal(rows(full));
    expect(count(el)).to.equal(count(full));
  });

  it("fires cp-load once, with the sector's occupations rather than the bare index", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><cp-occupation-explorer sector="Construction"></cp-occupation-explorer></div>`);
    const el = wrapper.firstElementChild as OccupationExplorer;
    const loads: OccupationsDocument[] = [];
    el.addEventListener('cp-load', (event) => loads.push((event as CustomEvent<{ document: OccupationsDocument }>).detail.document));
    el.src = INDEX;
    await nextEvent(el, 'cp-load', 8000);
    await frames(3);
    expect(loads.length).to.equal(1);
    expect(new Set(loads[0]!.occupations.map((o) => o.sector))).to.deep.equal(new Set(['Construction']));
  });

  it("offers every sector of the index, and choosing another fetches only that sector's file", async () => {
    const el = await explorer({ sector: 'Healthcare', src: INDEX });
    requested();
    const index: OccupationsDocument = await (await fetch(INDEX)).json();
    requested();
    const options = $$(el, 'select[name="sector"] option')
      .map((o) => (o as HTMLOptionElement).value)
      .filter(Boolean);
    expect(options.sort()).to.deep.equal(index.parts!.map((p) => p.sector).sort());
    const reloaded = nextEvent(el, 'cp-load', 8000);
    el.sector = 'Construction';
    await reloaded;
    await frames(3);
    expect(requested()).to.deep.equal(['/data/colorado/occupations/construction.json']);
    const full = await explorer({ sector: 'Construction', src: FULL });
    expect(rows(el)).to.deep.equal(rows(full));
  });

  it('without a sector fetches every part and shows what the single full file shows', async () => {
    const el = await explorer({ src: INDEX });
    const index: OccupationsDocument = await (await fetch(INDEX)).json();
    const full = await explorer({ src: FULL });
    expect(count(el)).to.equal(count(full));
    expect(rows(el)).to.deep.equal(rows(full));
    expect(index.parts!.length).to.be.greaterThan(1);
  });

  it('says which part could not be read, with role="alert" and cp-error', async () => {
    const index: OccupationsDocument = await (await fetch(INDEX)).json();
    const broken = { ...index, parts: index.parts!.map((p) => (p.sector === 'Healthcare' ? { ...p, href: 'missing.json' } : p)) };
    const wrapper = await fixture<HTMLDivElement>(html`<div><cp-occupation-explorer sector="Healthcare"></cp-occupation-explorer></div>`);
    const el = wrapper.firstElementChild as OccupationExplorer;
    const failed = nextEvent<CustomEvent<{ message: string }>>(el, 'cp-error', 8000);
    el.data = broken;
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.message).to.contain('missing.json').and.contain('404');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('missing.json');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });
});
