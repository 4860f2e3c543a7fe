/** Browser tests of <cp-occupation-explorer>: typing, filters, sorting, reflection, linking, selection, axe, errors. */
import { expect, fixture, html } from './helpers/testing.js';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/components/occupation-explorer/occupation-explorer.js';
import type { OccupationExplorer } from '../src/components/occupation-explorer/occupation-explorer.component.js';
import type { OccupationsDocument } from '../src/schema/types.js';
import { expectAccessible, frames, litWarnings, nextEvent, shadowText } from './helpers/index.js';

const COLORADO = new URL('./fixtures/occupation-explorer-colorado.json', import.meta.url).href;
const INVALID = new URL('./fixtures/occupation-explorer-invalid.json', import.meta.url).href;
const load = async (url = COLORADO): Promise<OccupationsDocument> => (await fetch(url)).json();

/** A fresh explorer with `attrs` set first (as a deep link would), showing `doc`, loaded and laid out. */
async function explorer(
  attrs: Partial<OccupationExplorer> = {},
  doc: OccupationsDocument | Promise<OccupationsDocument> = load(),
  width = 1100,
) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><cp-occupation-explorer></cp-occupation-explorer></div>`,
  );
  const el = wrapper.firstElementChild as OccupationExplorer;
  Object.assign(el, attrs);
  const loaded = nextEvent(el, 'cp-load');
  el.data = await doc;
  await loaded;
  await settle(el);
  return el;
}

async function settle(el: OccupationExplorer): Promise<void> {
  await frames(3);
  await el.updateComplete;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const titles = (el: Element) => $$(el, 'tbody tr .name').map((n) => n.textContent);
const rowOf = (el: Element, soc: string) => $(el, `tbody tr[data-soc="${soc}"]`)!;
const alertText = (el: Element) => $(el, '[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Puts the pointer on the centre of an element (coordinates are the page's, as sendMouse wants). */
async function hover(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  await frames(1);
  await sendMouse({ type: 'move', position: centre(target) });
}

describe('<cp-occupation-explorer>', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  });

  it('lists the occupations in a sortable table beside a chart, with sources, and passes axe', async () => {
    const el = await explorer();
    expect($(el, '[part="title"]')!.textContent).to.equal('Colorado occupations (test fixture)');
    expect($(el, '.count')!.textContent).to.equal('Showing 41 of 41 occupations');
    // For job seekers: the Top Jobs, then jobs paying at least the Colorado mean for all occupations
    // ($71,960) by openings (General and Operations Managers: 308,700), then the rest by openings.
    expect(titles(el).slice(0, 4)).to.deep.equal([
      'Software Developers',
      'Web Developers',
      'General and Operations Managers',
      'Registered Nurses',
    ]);
    expect(titles(el).slice(-2)).to.have.members([
      'Buyers and Purchasing Agents, Farm Products',
      'Substance Abuse and Behavioral Disorder Counselors',
    ]);
    expect($(el, '.order')!.textContent).to.equal(
      'Sorted: Top Jobs first, then jobs paying at least $71,960 a year (mean for all occupations in Colorado, May 2023), then the rest; each group with the most openings a year (national) first.',
    );
    const heads = $$(el, 'thead th').map((th) => th.innerText.replace(/\s+/g, ' ').trim());
    expect(heads).to.deep.equal([
      'Occupation ↕',
      'Wage mean, Colorado ↕',
      'Growth national ↕',
      'Openings a year, national ↕',
      'Typical education',
    ]);
    expect($(el, 'th[aria-sort]'), 'no column holds the default order').to.equal(null);
    expect($<HTMLSelectElement>(el, 'select[name="sort"]')!.selectedOptions[0]!.textContent).to.equal('Top Jobs and good pay first');
    expect(rowOf(el, '15-1252').textContent!.replace(/\s+/g, ' '))
      .to.contain('Software Developers')
      .and.contain('$145.4K/yr')
      .and.contain('+16%')
      .and.contain('115,200')
      .and.contain('Top Job');
    expect($(el, '#chart-summary')!.textContent)
      .to.contain('36 occupations plotted')
      .and.contain('5 without a yearly wage or growth figure are not plotted');
    expect($$(el, '.mark')).to.have.length(36);
    expect(shadowText(el)).to.contain('BLS Occupational Employment and Wage Statistics (OEWS), May 2023, Colorado');
    expect($(el, '[part="sources"] summary')!.textContent, 'the sources behind one disclosure').to.equal('Sources (7)');
    expect(el.getAttribute('sort')).to.equal('demand');
    // At most eight colours: seven sectors and "Other sectors" in grey; a few points named on the chart.
    expect($$(el, '.legend li')).to.have.length(8);
    expect($$(el, '.legend li').at(-1)!.textContent).to.match(/^Other sectors \d+$/);
    const named = $$(el, '.labels text').map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(named).to.include('Software Developers');
    expect(named.length).to.be.within(3, 6);
    expect(litWarnings).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('shows "not available" for missing figures, never 0 or NaN', async () => {
    const el = await explorer({ query: 'farm products' });
    const row = rowOf(el, '13-1021');
    expect([...row.querySelectorAll('td')].map((td) => td.textContent!.trim())).to.deep.equal([
      'not available',
      'not available',
      'not available',
      'not available',
    ]);
    expect(row.querySelectorAll('td.na')).to.have.length(4);
    el.query = 'dancers';
    await settle(el);
    expect(rowOf(el, '27-2031').textContent).to.contain('$22/hr');
    expect(shadowText(el)).not.to.match(/NaN|\$0\b/);
  });

  it('filters as the user types, forgiving case and accents, and reflects the query', async () => {
    const el = await explorer();
    $<HTMLInputElement>(el, 'input[name="query"]')!.focus();
    await sendKeys({ type: 'NÚRSE' });
    await el.updateComplete;
    // "Nursing" by its stem, "Nurses" by its plural; "Nursery" begins with "nurse".
    expect(titles(el)).to.deep.equal([
      'Registered Nurses',
      'Nursing Assistants',
      'Farmworkers and Laborers, Crop, Nursery, and Greenhouse',
      'Licensed Practical and Licensed Vocational Nurses',
    ]);
    expect(el.getAttribute('query')).to.equal('NÚRSE');
    expect($(el, '.count')!.textContent).to.equal('Showing 4 of 4 occupations');
    await new Promise((resolve) => setTimeout(resolve, 700));
    await el.updateComplete;
    expect($(el, '[role="status"]')!.textContent).to.equal('4 of 41 occupations match.');

    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '29-1' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Registered Nurses', 'Dental Hygienists', 'Anesthesiologists']);
    expect(el.getAttribute('query')).to.equal('29-1');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '292061' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Licensed Practical and Licensed Vocational Nurses']);
    // Word beginnings: "lectric" is inside "Electricians", at the start of no word.
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'electric' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Electricians']);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('takes its filters from attributes (a deep link) and reflects each change', async () => {
    const el = await explorer({ sector: 'Healthcare', education: 'associate-degree', minWage: 40000 });
    expect(titles(el)).to.deep.equal([
      'Dental Hygienists',
      'Nursing Assistants',
      'Medical Assistants',
      'Licensed Practical and Licensed Vocational Nurses',
      'Pharmacy Technicians',
    ]);
    expect($<HTMLSelectElement>(el, 'select[name="sector"]')!.value).to.equal('Healthcare');
    expect($<HTMLSelectElement>(el, 'select[name="education"]')!.value).to.equal('associate-degree');
    expect($<HTMLInputElement>(el, 'input[name="minWage"]')!.value).to.equal('40000');
    expect($(el, '.toggle')!.textContent!.trim()).to.equal('Filters (3)');

    const education = $<HTMLSelectElement>(el, 'select[name="education"]')!;
    education.value = '';
    education.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(el.hasAttribute('education')).to.equal(false);
    expect(titles(el)).to.include('Registered Nurses');

    const top = $<HTMLInputElement>(el, 'input[name="topJobs"]')!;
    const sector = $<HTMLSelectElement>(el, 'select[name="sector"]')!;
    sector.value = '';
    sector.dispatchEvent(new Event('input', { bubbles: true }));
    top.click();
    await el.updateComplete;
    expect(el.hasAttribute('top-jobs')).to.equal(true);
    expect(titles(el)).to.deep.equal(['Software Developers', 'Web Developers']);

    const max = $<HTMLInputElement>(el, 'input[name="maxWage"]')!;
    max.focus();
    await sendKeys({ type: '100000' });
    await el.updateComplete;
    expect(el.getAttribute('max-wage')).to.equal('100000');
    expect(titles(el)).to.deep.equal(['Web Developers']);
    await expectAccessible(el);
  });

  it('sorts from the column headings and the menu, with aria-sort and missing figures last', async () => {
    const el = await explorer();
    $(el, 'button[data-key="growth"]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('sort')).to.equal('growth');
    expect($(el, 'th[aria-sort]')!.textContent).to.contain('Growth');
    expect(titles(el)[0]).to.equal('Data Scientists');
    expect(titles(el).slice(-2)).to.have.members([
      'Buyers and Purchasing Agents, Farm Products',
      'Substance Abuse and Behavioral Disorder Counselors',
    ]);

    $(el, 'button[data-key="growth"]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('order')).to.equal('asc');
    expect($(el, 'th[aria-sort]')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(titles(el)[0]).to.equal('Adult Basic Education, Adult Secondary Education, and English as a Second Language Instructors');
    expect(titles(el).slice(-2)).to.have.members([
      'Buyers and Purchasing Agents, Farm Products',
      'Substance Abuse and Behavioral Disorder Counselors',
    ]);

    const menu = $<HTMLSelectElement>(el, 'select[name="sort"]')!;
    expect(menu.value).to.equal('growth-asc');
    menu.value = 'title-asc';
    menu.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect([el.getAttribute('sort'), el.getAttribute('order')]).to.deep.equal(['title', 'asc']);
    expect(titles(el)[0]).to.equal('Accountants and Auditors');
  });

  it('is one Tab stop with arrow keys; Enter selects, fires cp-select and opens the details; Escape closes', async () => {
    const el = await explorer({ pathwayHref: '/pathways/{id}/', sort: 'wage' });
    $$(el, 'thead button').at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.dataset.soc).to.equal('11-3021');
    expect($$(el, 'tbody tr[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)!.dataset.soc).to.equal('15-1252');
    await sendKeys({ press: 'End' });
    expect(focused(el)!.dataset.soc).to.equal(titlesSoc(el).at(-1));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect($$(el, 'tbody tr[tabindex="0"]').map((tr) => tr.dataset.soc)).to.deep.equal(['11-3021']);
    expect(rowOf(el, '11-3021').classList.contains('linked')).to.equal(true);
    expect($(el, '.mark[data-soc="11-3021"]')!.classList.contains('linked')).to.equal(true);
    // Tab leaves the list for the next control, and Shift+Tab comes back to the same row.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.dataset.soc).to.equal(undefined);
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(el)!.dataset.soc).to.equal('11-3021');

    const selected = nextEvent<CustomEvent>(el, 'cp-select');
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = await selected;
    expect(detail).to.deep.equal({ id: '11-3021', kind: 'occupation', item: 'occupation' });
    expect(bubbles && composed).to.equal(true);
    await settle(el);
    const popover = $(el, '[popover]')!;
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(popover.getAttribute('role')).to.equal('dialog');
    expect(popover.textContent!.replace(/\s+/g, ' '))
      .to.contain('Computer and Information Systems Managers')
      .and.contain('Mean wage (Colorado) $184,520 a year')
      .and.contain('Median wage (national) $171,200 a year; middle half earns $134,350 to $216,220')
      .and.contain("Typical education Bachelor's degree")
      .and.contain('Job Zone 4 of 5: considerable preparation needed');
    expect(popover.querySelector<HTMLAnchorElement>('.links a')!.getAttribute('href')).to.equal('/pathways/co-it/');
    expect(popover.querySelector('.cited')!.textContent).to.contain('BLS Employment Projections 2024–34, national');
    expect($(el, '[role="status"]')!.textContent).to.contain('Computer and Information Systems Managers selected');
    await expectAccessible(el);

    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[popover]')).to.equal(null);
    expect(focused(el)!.dataset.soc).to.equal('11-3021');
    expect(litWarnings).to.deep.equal([]);
  });

  it('selects by pointer and by Space; Tab from the row reaches the details; a bad link is dropped', async () => {
    const doc = await load();
    doc.occupations.find((o) => o.soc === '15-1252')!.url = 'javascript:alert(1)';
    const el = await explorer({ query: 'software' }, doc);
    const selected = nextEvent<CustomEvent>(el, 'cp-select');
    await sendMouse({ type: 'click', position: centre(rowOf(el, '15-1252')) });
    expect((await selected).detail.id).to.equal('15-1252');
    expect(focused(el)!.dataset.soc).to.equal('15-1252');
    await settle(el);
    const popover = $(el, '[popover]')!;
    expect(popover.querySelector('.links')?.textContent ?? '').not.to.contain('More about this occupation');
    expect(popover.querySelectorAll('a[href^="javascript"]')).to.have.length(0);
    await sendKeys({ press: 'Tab' });
    expect(popover.contains(focused(el))).to.equal(true);
    $<HTMLButtonElement>(el, '.details .close')!.click();
    await settle(el);
    expect($(el, '[popover]')).to.equal(null);

    rowOf(el, '15-1252').focus();
    const again = nextEvent<CustomEvent>(el, 'cp-select');
    await sendKeys({ press: 'Space' });
    expect((await again).detail.id).to.equal('15-1252');
  });

  it('reads its filters from markup; cites sources that do not say what they cover; links a pathway only when told where', async () => {
    const doc = await load();
    doc.source = [
      { name: 'Colorado occupations, compiled by the campaign' },
      { name: 'Wages only', covers: ['wage'] },
      { name: 'Openings only', covers: ['openings'] },
    ];
    for (const o of doc.occupations) delete o.openings;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">
      <cp-occupation-explorer query="develop" sector="Information Technology" top-jobs sort="title" order="asc"></cp-occupation-explorer>
    </div>`);
    const el = wrapper.firstElementChild as OccupationExplorer;
    const loaded = nextEvent(el, 'cp-load');
    el.data = doc;
    await loaded;
    await settle(el);
    expect(titles(el)).to.deep.equal(['Software Developers', 'Web Developers']);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('develop');
    expect($<HTMLInputElement>(el, 'input[name="topJobs"]')!.checked).to.equal(true);

    rowOf(el, '15-1252').click();
    await settle(el);
    const popover = $(el, '[popover]')!;
    const cited = popover.querySelector('.cited')!.textContent!;
    expect(cited).to.contain('Colorado occupations, compiled by the campaign').and.contain('Wages only');
    expect(cited).not.to.contain('Openings only'); // the figure it covers is not there
    expect(popover.querySelector('.links')?.textContent ?? '').not.to.contain('career pathway');

    el.pathwayHref = '/pathways/{id}/';
    await settle(el);
    expect($(el, '[popover]')!.querySelector<HTMLAnchorElement>('.links a')!.getAttribute('href')).to.equal('/pathways/co-it/');
  });

  it('links the list and the chart: a hovered or focused row lights its point, and a hovered point its row', async () => {
    const el = await explorer();
    await hover(rowOf(el, '15-1252'));
    await el.updateComplete;
    expect($(el, '.mark[data-soc="15-1252"]')!.classList.contains('linked')).to.equal(true);
    expect($(el, '.ring')).to.exist;
    expect($(el, '.tip')!.textContent).to.contain('Software Developers');

    await hover($(el, '.mark[data-soc="29-1141"]')!);
    await el.updateComplete;
    expect(rowOf(el, '29-1141').classList.contains('linked')).to.equal(true);
    expect(rowOf(el, '15-1252').classList.contains('linked')).to.equal(false);

    const selected = nextEvent<CustomEvent>(el, 'cp-select');
    await sendMouse({ type: 'click', position: centre($(el, '.mark[data-soc="29-1141"]')!) });
    await resetMouse();
    expect((await selected).detail.id).to.equal('29-1141');
    await settle(el);
    expect($(el, '.chart [popover]')!.matches(':popover-open')).to.equal(true);
  });

  it('reaches the chart points by keyboard: arrows follow wage and growth, Enter selects', async () => {
    const el = await explorer();
    $<HTMLInputElement>(el, 'input[name="topJobs"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.classList.contains('mark')).to.equal(true);
    const first = focused(el)!.dataset.soc;
    // The lowest wage first.
    expect(first).to.equal('39-9011');
    expect(focused(el)!.getAttribute('aria-label')).to.equal(
      'Childcare Workers. Mean wage (Colorado): $38.2K/yr; Growth (national): -2.9%; Openings a year (national): 160,200; Human Services.',
    );
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)!.dataset.soc).to.equal('45-2092');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)!.dataset.soc).to.equal('39-9011');
    await sendKeys({ press: 'End' });
    expect(focused(el)!.dataset.soc).to.equal('11-3021');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(rowOf(el, focused(el)!.dataset.soc!).classList.contains('linked')).to.equal(true);
    const selected = nextEvent<CustomEvent>(el, 'cp-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal(focused(el)!.dataset.soc);
    await expectAccessible(el);
  });

  it('re-scales the chart with the search; colours a chosen sector against the others in grey', async () => {
    const el = await explorer();
    const before = $$(el, '.axes .tick').map((t) => t.textContent);
    el.query = 'computer';
    await settle(el);
    expect($$(el, '.axes .tick').map((t) => t.textContent)).not.to.deep.equal(before);
    expect($(el, '#chart-summary')!.textContent).to.contain('from $72,400 to $184,520');

    el.query = '';
    el.sector = 'Information Technology';
    await settle(el);
    // The table holds the sector's 7; the chart keeps the other 29 plotted in grey, for comparison.
    expect(titles(el)).to.have.length(7);
    expect($$(el, '.mark')).to.have.length(7);
    expect($$(el, '.mark').every((mark) => mark.classList.contains('c0'))).to.equal(true);
    expect($$(el, '.axes .tick').map((t) => t.textContent)).to.deep.equal(before);
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal([
      'Information Technology 7',
      'Other sectors, for comparison 29',
    ]);
    // The extremes named are the sector's own, not the grey context's.
    const named = $$(el, '.labels text').map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(named.length).to.be.greaterThan(0);
    const it = [
      'Software Developers',
      'Web Developers',
      'Computer Systems Analysts',
      'Computer Network Support Specialists',
      'Computer User Support Specialists',
      'Computer and Information Systems Managers',
      'Data Scientists',
    ];
    for (const name of named) expect(it).to.include(name);
  });

  it('says when nothing matches and clears the filters back to the search box', async () => {
    const el = await explorer({ query: 'astronaut' });
    expect($(el, '[part="no-results"]')!.textContent).to.contain('No occupations match these filters.');
    expect($(el, 'table')).to.equal(null);
    expect($(el, '[part="chart"]'), 'no empty chart frame').to.equal(null);
    const clears = $$(el, 'button').filter((b) => b.textContent!.trim() === 'Clear filters');
    expect(clears, 'one Clear filters button').to.have.length(1);
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '[part="no-results"] button')!.click();
    await settle(el);
    expect(el.hasAttribute('query')).to.equal(false);
    expect(titles(el)).to.have.length(41);
    expect(focused(el)!.getAttribute('name')).to.equal('query');
  });

  it('shows a bounded page of a large catalogue, 50 more at a time, and filters it within a frame', async () => {
    const el = await explorer({}, synthetic(await load(), 10_000));
    expect($$(el, 'tbody tr')).to.have.length(50);
    expect($(el, '.count')!.textContent).to.equal('Showing 50 of 10,000 occupations');
    $<HTMLButtonElement>(el, '[part="more"]')!.click();
    await settle(el);
    expect($$(el, 'tbody tr')).to.have.length(100);
    expect(focused(el)!.dataset.soc).to.equal(titlesSoc(el)[50]);

    const input = $<HTMLInputElement>(el, 'input[name="query"]')!;
    const times: number[] = [];
    for (const query of ['n', 'nu', 'nur', 'nurs', 'nurse', 'nurses', 'nurse', 'nurs', 'nur', 'nu', 'n', '']) {
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[times.length >> 1]!;
    console.log(`10,000 rows: input to updated DOM and chart, median ${median.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
    // Generous for a loaded 2-core CI machine; the frame budget (16 ms) is checked by the benchmark.
    expect(median).to.be.below(50);
    el.query = 'nurse';
    await settle(el);
    // 4 of the 41 real rows match (the 9th, 10th, 11th and 38th), so 4 of every 41 copies: 10,000 is
    // 243 rounds of 41 and 37 more rows, which hold the first three of them again.
    expect($(el, '.count')!.textContent).to.equal('Showing 50 of 975 occupations');
  });

  it('folds the filters behind a button on a narrow screen and stacks the chart above the list', async () => {
    const el = await explorer({}, load(), 360);
    const toggle = $(el, '.toggle')!;
    const filters = $(el, '#filters')!;
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(filters).display).to.equal('none');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(filters).display).not.to.equal('none');
    const chart = $(el, '[part="chart"]')!.getBoundingClientRect();
    const list = $(el, '[part="list"]')!.getBoundingClientRect();
    expect(list.top).to.be.greaterThan(chart.bottom - 1);
    // Each row is a card: every figure under its name and basis, nothing cut off at the side.
    const card = rowOf(el, '15-1252');
    expect(getComputedStyle(card).display).to.equal('grid');
    const cardBox = card.getBoundingClientRect();
    for (const cell of card.querySelectorAll('td')) {
      const box = cell.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.left >= cardBox.left - 1 && box.right <= cardBox.right + 1).to.equal(true);
    }
    expect([...card.querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content)).to.deep.equal([
      '"Mean wage (Colorado)"',
      '"Growth (national)"',
      '"Openings a year (national)"',
      '"Typical education"',
    ]);
    const wrap = $(el, '.table-wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    await expectAccessible(el);
  });

  it('keeps the chart in view while the list scrolls on a wide screen', async () => {
    const el = await explorer({}, load(), 1200);
    expect(getComputedStyle($(el, '[part="chart"]')!).position).to.equal('sticky');
    const chart = $(el, '[part="chart"]')!;
    const top = chart.getBoundingClientRect().top;
    rowOf(el, titlesSoc(el).at(-1)!).scrollIntoView({ block: 'end' });
    await frames(2);
    expect(chart.getBoundingClientRect().top).to.be.at.least(0);
    expect(chart.getBoundingClientRect().top).to.be.lessThan(top);
    window.scrollTo(0, 0);
  });

  it('says what the Top Jobs marks cover, next to the filter', async () => {
    const el = await explorer();
    const box = $<HTMLInputElement>(el, 'input[name="topJobs"]')!;
    const note = $(el, `#${box.getAttribute('aria-describedby')}`)!;
    expect(note.textContent).to.equal(
      'The mark covers 2 occupations, in Information Technology only, from My Colorado Journey career pages, Colorado Workforce Development Council.',
    );
    const doc = await load();
    for (const o of doc.occupations) delete o.topJob;
    el.data = doc;
    await settle(el);
    expect($(el, 'input[name="topJobs"]'), 'no filter for a mark no occupation carries').to.equal(null);
  });

  it('speaks Spanish when the page does', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><cp-occupation-explorer></cp-occupation-explorer></div>`);
    const el = wrapper.firstElementChild as OccupationExplorer;
    const loaded = nextEvent(el, 'cp-load');
    el.data = await load();
    await loaded;
    await settle(el);
    expect($(el, '.count')!.textContent).to.equal('Se muestran 41 de 41 ocupaciones');
    expect($(el, 'label.search .label')!.textContent).to.equal('Buscar ocupaciones');
    expect(rowOf(el, '15-1252').textContent).to.contain('Licenciatura').and.contain('Empleo destacado');
    expect($(el, '#chart-summary')!.textContent).to.contain('Salario promedio (Colorado)').and.contain('Crecimiento (nacional)');
    await expectAccessible(el);
  });

  it('shows the document’s own Spanish title and sector names, and job titles as published, in English', async () => {
    const doc = await load('/data/colorado/occupations.json');
    const el = await explorer({ lang: 'es' }, doc);
    const es = doc.translations!.es!;
    expect($(el, '[part="title"]')!.textContent).to.equal(es.title);
    const options = $$<HTMLOptionElement>(el, 'select option').map((o) => [o.value, o.textContent!.trim()]);
    expect(options).to.deep.include(['Healthcare', es.sectors!['Healthcare']]);
    const names = $$(el, 'tbody tr .name');
    expect(names.length).to.be.greaterThan(0);
    for (const name of names) expect(name.getAttribute('lang'), name.textContent!).to.equal('en');
    expect($$(el, 'tbody tr .meta').some((meta) => meta.textContent!.includes(es.sectors!['Healthcare']!))).to.equal(true);
  });

  it('passes axe in the dark theme and keeps working in forced colours', async () => {
    const el = await explorer({ theme: 'dark' });
    await expectAccessible(el);
    await emulateMedia({ forcedColors: 'active' });
    await settle(el);
    expect(getComputedStyle($(el, '.mark')!).fill).to.equal(getComputedStyle(el).color);
  });

  it('shows a schema error with its path, fires cp-error, and keeps the last good view', async () => {
    const el = await explorer();
    const failed = nextEvent<CustomEvent>(el, 'cp-error');
    el.data = await load(INVALID);
    const { detail } = await failed;
    expect(detail.issues.map((issue: { path: string }) => issue.path)).to.include.members([
      'occupations[2].education',
      'occupations[4].soc',
    ]);
    await el.updateComplete;
    expect(alertText(el)).to.contain('occupations[2].education');
    expect(titles(el)).to.have.length(41);
    await expectAccessible(el);
  });

  it('names an attribute it cannot use, ignores it, and withdraws the message once it is fixed', async () => {
    const el = await fixture<OccupationExplorer>(html`<cp-occupation-explorer education="phd" sort="salary"></cp-occupation-explorer>`);
    const failed = nextEvent<CustomEvent>(el, 'cp-error');
    el.data = await load();
    const { detail } = await failed;
    expect(detail.issues).to.deep.equal([
      { path: 'sort', message: 'unknown value "salary" (expected one of demand, wage, growth, openings, title)' },
      {
        path: 'education',
        message:
          'unknown value "phd" (expected one of no-formal-credential, high-school-diploma, some-college, postsecondary-nondegree-award, associate-degree, bachelor-degree, master-degree, doctoral-degree)',
      },
    ]);
    await settle(el);
    expect(alertText(el)).to.contain('A setting of this explorer could not be used').and.contain('education');
    expect(titles(el)).to.have.length(41);
    await expectAccessible(el);
    el.education = 'bachelor-degree';
    el.sort = 'title';
    await settle(el);
    expect($(el, '[role="alert"]')).to.equal(null);
    // Title order keeps the order attribute (descending by default).
    expect(titles(el)[0]).to.equal('Welders, Cutters, Solderers, and Brazers');
  });

  it('survives being connected and disconnected many times, with nothing left open', async () => {
    const el = await explorer();
    const parent = el.parentElement!;
    rowOf(el, '15-1252').click();
    await settle(el);
    for (let i = 0; i < 30; i++) {
      el.remove();
      parent.append(el);
    }
    await settle(el);
    expect(document.querySelectorAll(':popover-open')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll(':popover-open')).to.have.length(0);
    el.query = 'nurse';
    await settle(el);
    expect(titles(el)).to.have.length(4);
    expect(litWarnings).to.deep.equal([]);
  });
});

const titlesSoc = (el: Element) => $$(el, 'tbody tr').map((tr) => tr.dataset.soc);

function centre(target: Element): [number, number] {
  const box = target.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** `count` synthetic rows copied from real ones: new SOC codes (90-99 groups) and "synthetic copy" titles. */
function synthetic(doc: OccupationsDocument, count: number): OccupationsDocument {
  const occupations = Array.from({ length: count }, (_, i) => {
    const { topJob: _top, pathway: _pathway, ...real } = doc.occupations[i % doc.occupations.length]!;
    return {
      ...real,
      soc: `${90 + Math.floor(i / 1000)}-${String(i % 1000).padStart(4, '0')}`,
      title: `${real.title} (synthetic copy ${i + 1})`,
    };
  });
  return { ...doc, title: 'Synthetic catalogue', sample: true, occupations };
}
