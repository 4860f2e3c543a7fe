import { expect, fixture, html } from './helpers/testing.js';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/components/pathway-map/pathway-map.js';
import type { PathwayMap } from '../src/components/pathway-map/pathway-map.component.js';
import { META_X, metaY, PAD, titleY } from '../src/components/pathway-map/layout/card.js';
import { syntheticPathway } from './support/synthetic.js';
import type { PathwayDocument } from '../src/schema/types.js';
import { expectAccessible, frames, litWarnings, nextEvent, shadowText } from './helpers/index.js';
import {
  $,
  $$,
  button,
  buttonNamed,
  colorado,
  detailsShown,
  focusedId,
  load,
  mapOf,
  menuItem,
  moreMenu,
  onIds,
  scale,
  settle,
  status,
  step,
  until,
} from './helpers/map.js';

const SAMPLE = new URL('./fixtures/pathway-map-sample.json', import.meta.url).href;
const HEALTHCARE = colorado('healthcare');

/** A route's totals as "Total time: …" lines. */
const totals = (route: Element) =>
  [...route.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
/** Puts a button before the element and focuses it, as the page's content before the map would be. */
function focusBefore(el: PathwayMap): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'Before the map';
  el.before(before);
  before.focus();
  return before;
}
const more = (el: PathwayMap) => $<HTMLButtonElement>(el, '[part="more-button"]')!;
const menu = (el: PathwayMap) => moreMenu(el)!;
const focusedItem = (el: PathwayMap) => el.shadowRoot!.activeElement?.closest('[role^="menuitem"]')?.textContent!.trim();
/** Presses a key and waits for what it opens or closes (toggle events come a task later) to render. */
async function press(el: PathwayMap, key: string): Promise<void> {
  await sendKeys({ press: key === ' ' ? 'Space' : key });
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}
/** Presses Tab; the element focused in the shadow root after it. */
async function tabbed(el: PathwayMap): Promise<Element | null> {
  await sendKeys({ press: 'Tab' });
  return el.shadowRoot!.activeElement;
}
/** Chooses a menu item by pointer, as a reader would: open the menu, click the item. */
async function choose(el: PathwayMap, name: string): Promise<void> {
  (await menuItem(el, name)).click();
  await el.updateComplete;
}

describe('cp-pathway-map', () => {
  it('draws every step and edge, says what the pathway holds, and fires cp-load', async () => {
    const el = await mapOf(await load());
    expect($$(el, '.step')).to.have.length(6);
    expect($$(el, '.edges .edge')).to.have.length(7);
    expect($(el, '[part="summary"]')!.textContent).to.equal(
      '6 steps in 3 stages; 1 entry point. The highest wage is Registered Nurses, mean wage $91,730 a year.',
    );
    expect(button(el, 'nursing-assistants').getAttribute('aria-label')).to.equal(
      'Nursing Assistants, occupation, entry level, mean wage $43,580 a year, growth +2.3%, leads to 1 next step',
    );
    expect(shadowText(el)).to.contain('Stacks toward another credential');
    expect($$(el, '.node[tabindex="0"]'), 'one Tab stop').to.have.length(1);
    await expectAccessible(el);
    expect(litWarnings).to.deep.equal([]);
  });

  it('draws its first view in later tasks than the data came in, its placeholder kept till then, and fires cp-load once drawn', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><cp-pathway-map></cp-pathway-map></div>`);
    const el = wrapper.querySelector('cp-pathway-map')!;
    const placeholder = () => $<HTMLElement>(el, '[part="placeholder"]');
    let atLoad: { map: boolean; busy: boolean; placeholder: boolean } | undefined;
    el.addEventListener(
      'cp-load',
      () => (atLoad = { map: !!$(el, 'svg.map .step'), busy: el.hasAttribute('aria-busy'), placeholder: !!placeholder() }),
    );
    el.data = await load();
    // Every update this task would run has run (an update is a microtask), and none drew the map.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect($(el, 'svg.map'), 'not drawn in the task that brought the data').to.equal(null);
    expect(placeholder(), 'the loading placeholder shows, at its size (test/node/layout-shift.test.mjs)').to.exist;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(atLoad).to.equal(undefined);
    await nextEvent(el, 'cp-load');
    expect(atLoad).to.deep.equal({ map: true, busy: false, placeholder: false });
    expect(litWarnings).to.deep.equal([]);
  });

  it('loads a bundled Colorado pathway from src', async () => {
    const el = await fixture<PathwayMap>(html`<cp-pathway-map src=${HEALTHCARE}></cp-pathway-map>`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await nextEvent(el, 'cp-load');
    await settle(el);
    expect($$(el, '.step')).to.have.length(26);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    await expectAccessible(el);
  });

  it('walks the graph with real key presses: one Tab stop, arrows along and within stages, Home and End', async () => {
    const doc = await load();
    const el = await mapOf(doc);
    const ids = (edges: PathwayDocument['edges'], end: 'from' | 'to', id: string) =>
      edges.filter((e) => e[end === 'from' ? 'to' : 'from'] === id).map((e) => e[end]);
    const top = (stage: string) =>
      doc.nodes
        .filter((n) => n.stage === stage)
        .map((n) => n.id)
        .sort((a, b) => step(el, a).getBoundingClientRect().y - step(el, b).getBoundingClientRect().y);
    const entry = top('entry');
    focusBefore(el);
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el), 'the first Tab reaches the map at its first step').to.equal(entry[0]);
    expect(status(el)).to.equal('Entry level, 1 of 2.');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el), 'down within the stage').to.equal(entry[1]);
    expect(status(el)).to.equal('Entry level, 2 of 2.');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedId(el), 'no further down').to.equal(entry[1]);
    await sendKeys({ press: 'Home' });
    expect(focusedId(el)).to.equal(entry[0]);
    await sendKeys({ press: 'End' });
    expect(focusedId(el)).to.equal(entry[1]);
    let at = focusedId(el)!;
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowRight']) {
      await sendKeys({ press: key });
      const moved = focusedId(el)!;
      expect(ids(doc.edges, key === 'ArrowRight' ? 'to' : 'from', at), `${key} from ${at}`).to.include(moved);
      at = moved;
    }
    await sendKeys({ press: 'Control+Home' });
    expect(focusedId(el), 'the first step of the map').to.equal(entry[0]);
    button(el, 'cna').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedId(el), 'an entry point has nothing before it').to.equal('cna');
    expect(status(el)).to.equal('No earlier steps lead here.');
    await sendKeys({ press: 'Control+End' });
    expect(focusedId(el), 'the last step of the map').to.equal('rn');
    await sendKeys({ press: 'ArrowRight' });
    expect(status(el)).to.equal('No next steps from here.');
    expect($$(el, '.node[tabindex="0"]').map((n) => n.closest('.step')!.getAttribute('data-id'))).to.deep.equal(['rn']);
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el), 'Tab leaves the map').to.equal(undefined);
    await sendKeys({ press: 'Shift+Tab' });
    expect(focusedId(el), 'and comes back to where it was').to.equal('rn');
    expect(litWarnings).to.deep.equal([]);
  });

  it('selects with Enter, Space and a click: cp-select, aria-pressed, and every route through the step emphasised', async () => {
    const el = await mapOf(await load());
    button(el, 'lpn').focus();
    let selected = nextEvent<CustomEvent>(el, 'cp-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.deep.equal({ id: 'lpn', kind: 'occupation', item: 'node' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.selected).to.equal('lpn');
    expect(el.getAttribute('selected')).to.equal('lpn');
    expect(button(el, 'lpn').getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.layer')!.hasAttribute('data-emphasis')).to.equal(true);
    expect(onIds(el)).to.deep.equal(['cna', 'lpn', 'lpn-license', 'nursing-assistants', 'rn']);
    expect($$(el, '.edge[data-on]')).to.have.length(5);
    expect(status(el)).to.equal('Selected Licensed Practical and Licensed Vocational Nurses: 3 steps before it, 1 step after it.');
    await expectAccessible(el);

    selected = nextEvent<CustomEvent>(el, 'cp-select');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    expect((await selected).detail.id).to.equal(focusedId(el));

    selected = nextEvent<CustomEvent>(el, 'cp-select');
    button(el, 'adn').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await selected).detail.id).to.equal('adn');
    await el.updateComplete;
    expect(onIds(el)).to.deep.equal(['adn', 'cna', 'lpn-license', 'rn']);
    expect(button(el, 'lpn').getAttribute('aria-pressed')).to.equal('false');
  });

  it('Escape closes the details, then clears the selection', async () => {
    const el = await mapOf(await load());
    button(el, 'rn').focus();
    await sendKeys({ press: 'Enter' });
    await detailsShown(el);
    expect($<HTMLElement>(el, '#details')!.matches(':popover-open')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($<HTMLElement>(el, '#details')!.matches(':popover-open')).to.equal(false);
    expect(el.selected).to.equal('rn');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect($(el, '.layer')!.hasAttribute('data-emphasis')).to.equal(false);
    expect(onIds(el)).to.deep.equal([]);
    expect(status(el)).to.equal('Selection cleared.');
  });

  it('highlight emphasises the routes through a step without selecting it, and Escape clears it', async () => {
    const el = await mapOf(await load(), 1000, { highlight: 'nursing-assistants' });
    expect(onIds(el)).to.deep.equal(['cna', 'lpn', 'nursing-assistants', 'rn']);
    expect(el.getAttribute('highlight')).to.equal('nursing-assistants');
    expect(step(el, 'nursing-assistants').hasAttribute('data-focal')).to.equal(true);
    expect($$(el, '.node[aria-pressed="true"]')).to.have.length(0);
    await expectAccessible(el);
    el.highlight = 'adn';
    await el.updateComplete;
    expect(onIds(el)).to.deep.equal(['adn', 'cna', 'lpn-license', 'rn']);
    expect(step(el, 'nursing-assistants').hasAttribute('data-focal')).to.equal(false);
    expect(el.getAttribute('highlight'), 'the attribute follows the property').to.equal('adn');
    button(el, 'adn').focus();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.highlight).to.equal(undefined);
    expect(el.hasAttribute('highlight'), 'the attribute goes with the property').to.equal(false);
    expect(onIds(el)).to.deep.equal([]);
  });

  it('zooms with the buttons and with +, - and 0 (at once when the reader prefers reduced motion)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mapOf(await load());
      const before = scale(el);
      buttonNamed(el, 'Zoom in').click();
      expect(scale(el)).to.be.closeTo(before * 1.25, 0.001);
      await el.updateComplete;
      expect(status(el)).to.equal(`Zoom ${Math.round(before * 125)}%`);
      buttonNamed(el, 'Zoom out').click();
      expect(scale(el)).to.be.closeTo(before, 0.001);
      button(el, 'cna').focus();
      await sendKeys({ press: '+' });
      expect(scale(el)).to.be.closeTo(before * 1.25, 0.001);
      await sendKeys({ press: '-' });
      await sendKeys({ press: '-' });
      expect(scale(el)).to.be.closeTo(before * 0.8, 0.001);
      await sendKeys({ press: '0' });
      expect(scale(el), 'fit: the whole small map').to.be.closeTo(before, 0.001);
      buttonNamed(el, 'Zoom in').click();
      buttonNamed(el, 'Fit to view').click();
      expect(scale(el)).to.be.closeTo(before, 0.001);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('zooms smoothly otherwise', async () => {
    const el = await mapOf(await load());
    const before = scale(el);
    buttonNamed(el, 'Zoom in').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(scale(el)).to.be.within(before, before * 1.25);
    // The 200 ms glide ends where the button said; a loaded machine may take a few frames longer.
    for (let t = 0; t < 40 && Math.abs(scale(el) - before * 1.25) > 0.001; t++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(scale(el)).to.be.closeTo(before * 1.25, 0.001);
  });

  it('opens the details of a step on hover, with its figures, their basis and sources', async () => {
    const el = await mapOf(await load());
    const box = button(el, 'nursing-assistants').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await detailsShown(el);
    const details = $<HTMLElement>(el, '#details')!;
    expect(details.matches(':popover-open')).to.equal(true);
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Nursing Assistants');
    expect(text).to.contain('SOC code31-1131');
    expect(text).to.contain('Wagemean wage $43,580 a year');
    expect(text).to.contain('Openings a year204,100');
    expect(text).to.contain('Typical educationPostsecondary nondegree award');
    expect(text).to.contain('Leads toLicensed Practical and Licensed Vocational Nurses');
    const links = [...details.querySelectorAll('a')].map((a) => a.href);
    expect(links).to.deep.equal(['https://www.bls.gov/oes/', 'https://www.bls.gov/emp/']);
    await expectAccessible(el);
    await sendMouse({ type: 'move', position: [2, 2] });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(details.matches(':popover-open')).to.equal(false);
  });

  it('shows the same pathway as a table, and back', async () => {
    const el = await mapOf(await load());
    const toggle = await menuItem(el, 'Show as table');
    expect(toggle.getAttribute('role')).to.equal('menuitemcheckbox');
    expect(toggle.getAttribute('aria-checked')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(el.view).to.equal('table');
    expect(el.shadowRoot!.activeElement, 'focus is back on the menu button').to.equal(more(el));
    expect(toggle.getAttribute('aria-checked')).to.equal('true');
    expect($(el, 'svg.map')).to.equal(null);
    expect(buttonNamed(el, 'Zoom in'), 'no zoom for a table').to.equal(undefined);
    expect(buttonNamed(el, 'Download SVG'), 'nor export').to.equal(undefined);
    expect(more(el).checkVisibility(), 'the menu stays, to come back').to.equal(true);
    const rows = $$(el, 'tbody tr').map((row) => row.getAttribute('data-id'));
    expect(rows).to.have.members(['cna', 'nursing-assistants', 'lpn-license', 'lpn', 'adn', 'rn']);
    expect($(el, 'tr[data-id="lpn"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('mean wage $64,710 a year');
    await expectAccessible(el);
    await choose(el, 'Show as table');
    await settle(el);
    expect(toggle.getAttribute('aria-checked')).to.equal('false');
    expect($$(el, '.step')).to.have.length(6);
    expect($$(el, '.node[tabindex="0"]')).to.have.length(1);
  });

  it("at a phone's width shows the table as a card per step, each figure under its column's name", async () => {
    const el = await mapOf(await load(colorado('cybersecurity')), 390, { view: 'table' });
    await settle(el);
    const wrap = $<HTMLElement>(el, '.table-wrap')!;
    expect(getComputedStyle($(el, 'thead')!).display, 'the headings, which would not fit, go').to.equal('none');
    expect(getComputedStyle(wrap).maxHeight, 'the page scrolls, not a box inside it').to.equal('none');
    expect(wrap.scrollWidth, 'nothing runs off to the side').to.be.at.most(wrap.clientWidth);
    const headings = $$(el, 'thead th').map((th) => th.textContent!.trim());
    for (const row of $$(el, 'tbody tr')) {
      const labels = [...row.querySelectorAll('td')].map((td) => td.dataset.label);
      expect(labels, 'each cell is named by its column').to.deep.equal(headings.slice(1, labels.length + 1));
      // A step's name spans the card; its cells sit two abreast or, long ones, across.
      expect(row.querySelector('th')!.getBoundingClientRect().width).to.be.closeTo(row.getBoundingClientRect().width, 30);
    }
    await expectAccessible(el);
  });

  it('finds routes between two steps, with totals said honestly, and draws the one chosen', async () => {
    const el = await mapOf(await load(SAMPLE));
    expect($$(el, '.pickers select'), 'the pickers are made when the finder opens').to.have.length(0);
    $<HTMLElement>(el, 'details.finder summary')!.click();
    await nextEvent($(el, 'details.finder')!, 'toggle');
    await el.updateComplete;
    const [from, to] = $$<HTMLSelectElement>(el, '.pickers select');
    expect(from!.options).to.have.length(8);
    from!.value = 'cna';
    from!.dispatchEvent(new Event('change'));
    to!.value = 'rn';
    to!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect([el.from, el.to]).to.deep.equal(['cna', 'rn']);
    const routes = $$(el, '[part="route"]');
    expect(routes.map((route) => route.querySelector('h3')!.textContent)).to.deep.equal(['Route 1: 3 steps', 'Route 2: 3 steps']);
    expect(
      routes.map((route) => route.querySelectorAll('li').length),
      'the count matches the list',
    ).to.deep.equal([3, 3]);
    expect(routes[0]!.querySelector('.route-start')!.textContent).to.equal('Starting from Certified Nurse Aide:');
    expect([...routes[0]!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Earn: Practical Nurse licence',
      'Earn: Associate Degree in Nursing',
      'Work as: Registered Nurses (usually needs a bachelor’s degree)',
    ]);
    expect(totals(routes[0]!)).to.deep.equal([
      'Total time: 3 years',
      'Total cost: $15,000, partly known (1 of 2 steps)',
      'Wage gain: not available (the start has no wage)',
    ]);
    expect(totals(routes[1]!)).to.deep.equal([
      'Total time: 12 months',
      'Total cost: $15,000',
      'Wage gain: not available (the start has no wage)',
    ]);
    expect(onIds(el)).to.deep.equal(['adn', 'cna', 'lpn-license', 'rn']);
    buttonNamed(el, 'Show route 2 on the map').click();
    await el.updateComplete;
    expect(onIds(el)).to.deep.equal(['cna', 'lpn', 'lpn-license', 'rn']);
    await expectAccessible(el);

    el.from = 'nursing-assistants';
    await el.updateComplete;
    expect(totals($$(el, '[part="route"]')[0]!).at(-1)).to.equal('Wage gain: +$48,150 a year (mean)');
    el.from = 'lpn';
    await el.updateComplete;
    const [first] = $$(el, '[part="route"]');
    expect(totals(first!), 'time and cost said once, not as "not available"').to.deep.equal(['Wage gain: +$27,020 a year (mean)']);
    expect(first!.textContent).to.contain('Time and cost are not published for these steps.');
    expect(first!.textContent).not.to.contain('not available');
    el.to = 'nurse-practitioners';
    await el.updateComplete;
    expect(totals($$(el, '[part="route"]')[0]!).at(-1)).to.equal('Wage gain: cannot be compared (different wage bases)');
    el.from = 'rn';
    await el.updateComplete;
    expect(totals($$(el, '[part="route"]')[0]!).at(-1)).to.equal('Wage gain: +$35,610 a year (median, national)');
    el.from = 'adn';
    el.to = 'nursing-assistants';
    await el.updateComplete;
    expect(shadowText(el)).to.contain('No route leads from Associate Degree in Nursing to Nursing Assistants.');
  });

  it('routes through credentials on a real pathway, saying what a step usually needs and when a job is only related', async () => {
    const el = await mapOf(await load(HEALTHCARE), 1000, { from: 'cna', to: 'registered-nurses' });
    const steps = (route: Element) => [...route.querySelectorAll('li')].map((li) => li.textContent!.trim().replace(/\s+/g, ' '));
    let routes = $$(el, '[part="route"]');
    expect(steps(routes[0]!)).to.deep.equal([
      'Earn: Licensed Practical Nurse (LPN) license',
      'Earn: Associate Degree in Nursing (ADN)',
      'Work as: Registered Nurses (usually needs a bachelor’s degree)',
    ]);
    expect(routes[0]!.textContent).to.contain('Time and cost are not published for these steps.');
    expect(routes[0]!.textContent).not.to.contain('related job');
    await expectAccessible(el);

    // Job to job, nothing but O*NET related occupations lead from an EMT job to a registered nurse's.
    el.from = 'emergency-medical-technicians';
    await el.updateComplete;
    routes = $$(el, '[part="route"]');
    expect(routes[0]!.querySelector('h3')!.textContent).to.equal(`Route 1: ${routes[0]!.querySelectorAll('li').length} steps`);
    expect(routes[0]!.textContent).to.contain('No route through credentials leads here');
    expect(steps(routes[0]!).at(-1)).to.equal(
      'Work as: Registered Nurses (a related job O*NET lists, not a required step; usually needs a bachelor’s degree)',
    );

    const es = await mapOf(await load(HEALTHCARE), 1000, { lang: 'es', from: 'emergency-medical-technicians', to: 'registered-nurses' });
    routes = $$(es, '[part="route"]');
    expect(routes[0]!.querySelector('h3')!.textContent).to.equal(`Ruta 1: ${routes[0]!.querySelectorAll('li').length} pasos`);
    expect(steps(routes[0]!).at(-1)).to.equal(
      'Trabajar como: Registered Nurses (un empleo relacionado que enumera O*NET, no un paso obligatorio; suele requerir una licenciatura)',
    );
    expect(routes[0]!.textContent).to.contain('No se publican el tiempo ni el costo de estos pasos.');
  });

  it('calls O*NET related occupations related jobs, and gives every figure its basis, in the legend, details and table', async () => {
    const doc = await load(HEALTHCARE);
    const el = await mapOf(doc);
    const legend = $(el, '[part="legend"]')!.textContent!;
    expect(legend).to.contain('Related job, higher pay (O*NET)');
    expect(legend).to.contain('Related job, similar pay (O*NET)');
    expect(legend, 'no O*NET link is called a promotion').not.to.contain('Advances to a higher step');

    button(el, 'registered-nurses').focus();
    await detailsShown(el);
    const rows = Object.fromEntries(
      $$(el, '#details dt').map((dt) => [dt.textContent, dt.nextElementSibling!.textContent!.replace(/[\u00a0\u202f]/g, ' ')]),
    );
    expect(rows['Wage']).to.match(/^mean wage \$[\d,]+ a year \(Colorado, May 2023\)$/);
    expect(rows['Projected growth']).to.match(/^[+−-][\d.]+% \(national, 2024–34\)$/);
    expect(rows['Openings a year']).to.match(/^[\d,]+ \(national, average over 2024–34\)$/);
    const related = doc.edges
      .filter((e) => e.from === 'registered-nurses' && e.basis === 'related-occupations')
      .map((e) => doc.nodes.find((n) => n.id === e.to)!.title);
    expect(related.length).to.be.greaterThan(0);
    expect(rows['Related jobs (O*NET)']).to.equal(related.join('; '));
    expect(rows['Leads to']).to.equal('none');

    (await menuItem(el, 'Show as table')).click();
    await settle(el);
    const headers = $$(el, 'thead th').map((th) => th.textContent);
    expect(headers.slice(-2)).to.deep.equal(['Leads to', 'Related jobs (O*NET)']);
    const cells = [...$(el, 'tr[data-id="registered-nurses"]')!.querySelectorAll('td')].map((td) =>
      td.textContent!.replace(/[\u00a0\u202f]/g, ' '),
    );
    expect(cells.at(-1)).to.equal(related.join('; '));
    expect(cells[3]).to.contain('(national, 2024–34)');
    expect(cells[2]).to.contain('(Colorado, May 2023)');

    const es = await mapOf(doc, 1000, { lang: 'es' });
    expect($(es, '[part="legend"]')!.textContent).to.contain('Empleo relacionado, mejor pagado (O*NET)');
    // Hovered, as a reader with a mouse opens them (a focus would scroll the page under the pointer).
    button(es, 'registered-nurses').scrollIntoView({ block: 'center' });
    await frames(2);
    const box = button(es, 'registered-nurses').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await detailsShown(es);
    expect($(es, '#details')!.textContent).to.contain('Empleos relacionados (O*NET)');
    expect($(es, '#details')!.textContent).to.contain('(nacional, promedio de 2024–34)');
  });

  it('exports SVG with presentation attributes, the title, legend and sources', async () => {
    const el = await mapOf(await load());
    el.selected = 'lpn';
    await el.updateComplete;
    const svg = await el.toSvg();
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    const root = parsed.documentElement;
    expect(root.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')!.textContent).to.equal('Nursing (test fixture)');
    const text = root.textContent!;
    for (const expected of [
      'Nursing Assistants',
      'Entry level',
      'Stacks toward another credential',
      'Sources: BLS OEWS May 2023, Colorado, May 2023 <https://www.bls.gov/oes/>',
    ]) {
      expect(text).to.contain(expected);
    }
    expect(svg).not.to.match(/ style=|class=|tabindex|aria-|data-/);
    expect(root.querySelectorAll('[stroke-dasharray]').length, 'stacks edges and the dimmed card stay dashed').to.be.greaterThan(0);
    expect(root.querySelector('text')!.getAttribute('font-family')).to.be.a('string');
  });

  it('exports a PNG image, and says so plainly when the page cannot make one', async () => {
    const el = await mapOf(await load());
    const png = await el.toPng();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(5000);

    // A canvas that cannot encode stands for a page where the PNG cannot be made.
    const toBlob = HTMLCanvasElement.prototype.toBlob;
    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
    window.addEventListener('unhandledrejection', onError);
    HTMLCanvasElement.prototype.toBlob = (callback: BlobCallback) => callback(null);
    try {
      (await menuItem(el, 'Download PNG')).click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await el.updateComplete;
    } finally {
      HTMLCanvasElement.prototype.toBlob = toBlob;
      window.removeEventListener('unhandledrejection', onError);
    }
    expect($(el, '[part="notice"]')!.textContent).to.contain('The PNG could not be made here');
    expect(errors).to.deep.equal([]);
  });

  // toPng() called from code, failing and then succeeding: test/pathway-map.export.test.ts.

  it('keeps the selected step and route in the URL fragment, and follows it', async () => {
    const before = location.hash;
    history.replaceState(null, '', '#top&test-nursing.node=lpn');
    try {
      const el = await mapOf(await load(), 1000, { 'sync-url': '' });
      expect(el.selected).to.equal('lpn');
      el.from = 'cna';
      el.to = 'rn';
      await el.updateComplete;
      expect(location.hash).to.equal('#top&test-nursing.node=lpn&test-nursing.from=cna&test-nursing.to=rn');
      location.hash = '#test-nursing.node=adn';
      await nextEvent(window, 'hashchange');
      await el.updateComplete;
      expect([el.selected, el.from, el.to]).to.deep.equal(['adn', undefined, undefined]);
      expect(onIds(el)).to.deep.equal(['adn', 'cna', 'lpn-license', 'rn']);
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('speaks Spanish where the page does', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><cp-pathway-map></cp-pathway-map></div>`);
    const el = wrapper.querySelector('cp-pathway-map')!;
    el.data = await load();
    await nextEvent(el, 'cp-load');
    await settle(el);
    expect($(el, '[part="summary"]')!.textContent!.replace(/[\u00a0\u202f]/g, ' ')).to.equal(
      '6 pasos en 3 etapas; 1 punto de entrada. El salario más alto es el de Registered Nurses, salario promedio 91.730 US$ al año.',
    );
    expect(shadowText(el)).to.contain('Buscar una ruta');
    await expectAccessible(el);
  });

  it('passes axe in the dark theme, with the keyboard help open', async () => {
    const el = await mapOf(await load(), 1000, { theme: 'dark' });
    await choose(el, 'Keyboard help');
    // Its words come with the figures' chunk (view/figures.ts), fetched now if need be.
    await until(() => $<HTMLElement>(el, '#keys')!.matches(':popover-open'), 'the keyboard help opening');
    await frames(2);
    expect($(el, '#keys')!.textContent).to.contain('Select a step and show every route through it');
    await expectAccessible(el);
  });

  it('keeps nodes where they were when the data changes a little', async () => {
    const doc = await load();
    const el = await mapOf(doc);
    const order = () =>
      ['entry', 'mid', 'advanced'].map((stage) =>
        doc.nodes
          .filter((n) => n.stage === stage)
          .map((n) => n.id)
          .sort((a, b) => step(el, a).getBoundingClientRect().y - step(el, b).getBoundingClientRect().y),
      );
    const before = order();
    const loaded = nextEvent(el, 'cp-load');
    el.data = {
      ...doc,
      nodes: [...doc.nodes, { id: 'cna-2', kind: 'credential', stage: 'entry', title: 'Nurse aide refresher' }],
      edges: [...doc.edges, { from: 'cna-2', to: 'nursing-assistants', kind: 'qualifies' }],
    };
    await loaded;
    await settle(el);
    expect(order()).to.deep.equal(before);
  });

  it('says an empty pathway is empty', async () => {
    const el = await mapOf({ ...(await load()), nodes: [], edges: [], ladders: [] });
    expect($(el, '[part="empty"]')!.textContent).to.equal('This pathway has no steps yet.');
    expect($(el, 'svg.map')).to.equal(null);
    await expectAccessible(el);
  });
});

describe('cp-pathway-map, keyboard first, its tools after it', () => {
  it('is the first Tab stop; the toolbar comes next, then the route finder, the legend and the sources', async () => {
    const el = await mapOf(await load());
    const order = ['[part="map"]', '[part="toolbar"]', '[part="route-finder"]', '[part="legend"]', '[part="sources"]'].map((part) =>
      $(el, part)!,
    );
    for (let i = 1; i < order.length; i++) {
      expect(
        order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
        `${order[i - 1]!.getAttribute('part')} before ${order[i]!.getAttribute('part')}`,
      ).to.not.equal(0);
    }
    focusBefore(el);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.matches('.node[tabindex="0"]'), 'the first Tab lands on the active step').to.equal(true);
    // Focus on a step opens its details; their links ("More about this step", the sources) come next.
    for (let i = 0; i < 5 && $(el, '#details')!.contains(await tabbed(el)); i++);
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label'), 'then the toolbar').to.equal('Zoom out');
    expect(el.shadowRoot!.activeElement!.closest('[part="toolbar"]')).to.exist;
    const stops = [];
    for (let i = 0; i < 4; i++) stops.push(await tabbed(el));
    expect(stops.map((stop) => stop?.getAttribute('aria-label') ?? stop?.textContent!.replace('▾', '').trim())).to.deep.equal([
      'Zoom in',
      'Fit to view',
      'More',
      'Find a route',
    ]);
  });

  it('opens the "More" menu as the WAI-ARIA menu button does, with real key presses', async () => {
    const el = await mapOf(await load());
    const button = more(el);
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.textContent!.replace('▾', '').trim(), 'named by its text').to.equal('More');
    expect(moreMenu(el), 'the menu comes on first use').to.equal(null);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => focusedItem(el) === 'Show as table', 'the first Enter opening the menu on its first item');
    expect(button.getAttribute('aria-controls')).to.equal(menu(el).id);
    expect($$(el, '[role="menu"] > *').map((item) => [item.getAttribute('role'), item.textContent!.trim()])).to.deep.equal([
      ['menuitemcheckbox', 'Show as table'],
      ['menuitem', 'Download SVG'],
      ['menuitem', 'Download PNG'],
      ['menuitem', 'Keyboard help'],
    ]);
    expect(menu(el).matches(':popover-open')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(focusedItem(el), 'Enter opens on the first item').to.equal('Show as table');
    expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle, 'focus is visible').to.equal('solid');
    await expectAccessible(el);
    const walk = [] as (string | undefined)[];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'd', 'd', 'k', 's']) {
      await press(el, key);
      walk.push(focusedItem(el));
    }
    expect(walk).to.deep.equal([
      'Download SVG',
      'Download PNG',
      'Keyboard help',
      'Show as table',
      'Keyboard help',
      'Show as table',
      'Keyboard help',
      'Download SVG',
      'Download PNG',
      'Keyboard help',
      'Show as table',
    ]);
    await press(el, 'Escape');
    expect(menu(el).matches(':popover-open')).to.equal(false);
    expect(el.shadowRoot!.activeElement, 'Escape goes back to the button').to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    await press(el, 'ArrowUp');
    expect(focusedItem(el), 'ArrowUp opens on the last item').to.equal('Keyboard help');
    await press(el, 'Enter');
    expect(menu(el).matches(':popover-open')).to.equal(false);
    await until(() => $<HTMLElement>(el, '#keys')!.matches(':popover-open'), 'the item running');
    expect(el.shadowRoot!.activeElement, 'focus is back on the button').to.equal(button);
    await press(el, 'Escape');
    expect($<HTMLElement>(el, '#keys')!.matches(':popover-open')).to.equal(false);

    await press(el, ' ');
    expect(focusedItem(el), 'Space opens on the first item').to.equal('Show as table');
    await press(el, 'Tab');
    expect(menu(el).matches(':popover-open'), 'Tab closes').to.equal(false);
    expect(el.shadowRoot!.activeElement!.closest('[part="route-finder"]'), 'and moves on').to.exist;

    button.focus();
    await press(el, 'ArrowDown');
    expect(focusedItem(el), 'ArrowDown opens on the first item').to.equal('Show as table');
    await press(el, 'Enter');
    expect(el.view).to.equal('table');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(litWarnings).to.deep.equal([]);
  });

  it('closes the menu on a click outside, and on a second click of its button', async () => {
    const el = await mapOf(await load());
    const at = (element: Element) => {
      const box = element.getBoundingClientRect();
      return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] as [number, number];
    };
    more(el).scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: at(more(el)) });
    await until(() => !!moreMenu(el)?.matches(':popover-open'), 'the first click opening the menu');
    expect(el.shadowRoot!.activeElement?.textContent!.trim(), 'on its first item').to.equal('Show as table');
    await sendMouse({ type: 'click', position: [2, 2] });
    await el.updateComplete;
    expect(menu(el).matches(':popover-open')).to.equal(false);
    expect(more(el).getAttribute('aria-expanded')).to.equal('false');
    await sendMouse({ type: 'click', position: at(more(el)) });
    await sendMouse({ type: 'click', position: at(more(el)) });
    await el.updateComplete;
    expect(menu(el).matches(':popover-open')).to.equal(false);
  });

  for (const [key, first] of [
    [' ', 'Show as table'],
    ['ArrowDown', 'Show as table'],
    ['ArrowUp', 'Keyboard help'],
  ] as const) {
    it(`opens on the first press of ${key === ' ' ? 'Space' : key}, the menu's code coming then, with the keys of the pattern`, async () => {
      const el = await mapOf(await load());
      expect(moreMenu(el)).to.equal(null);
      more(el).focus();
      await sendKeys({ press: key === ' ' ? 'Space' : key });
      await until(() => focusedItem(el) === first, `the first ${key} opening the menu on "${first}"`);
      expect(more(el).getAttribute('aria-expanded')).to.equal('true');
      await press(el, 'End');
      expect(focusedItem(el)).to.equal('Keyboard help');
      await press(el, 's');
      expect(focusedItem(el), 'a letter moves to the item starting with it').to.equal('Show as table');
      await press(el, 'Escape');
      expect(menu(el).matches(':popover-open')).to.equal(false);
      expect(el.shadowRoot!.activeElement, 'Escape goes back to the button').to.equal(more(el));
      expect(litWarnings).to.deep.equal([]);
    });
  }

  for (const lang of ['en', 'es']) {
    it(`fits its toolbar in one row on a 390px phone, and opens the menu inside the screen (${lang})`, async () => {
      await setViewport({ width: 390, height: 760 });
      try {
        // The drawn map on a phone (orientation="horizontal"; auto shows the stacked sections, which have
        // nothing to zoom and keep only the More button).
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang=${lang} style="width: 358px; margin: 0 16px"><cp-pathway-map orientation="horizontal"></cp-pathway-map></div>`,
        );
        const el = wrapper.firstElementChild as PathwayMap;
        el.data = await load();
        await nextEvent(el, 'cp-load');
        await settle(el);
        const buttons = $$<HTMLElement>(el, '[part="toolbar"] > button, [part="toolbar"] .zoom > button');
        expect(buttons).to.have.length(4);
        const boxes = buttons.map((b) => b.getBoundingClientRect());
        expect(new Set(boxes.map((box) => Math.round(box.top))).size, 'one row').to.equal(1);
        for (const box of boxes) expect(Math.min(box.width, box.height), 'a target of 32px at least').to.be.at.least(32);
        more(el).scrollIntoView({ block: 'end' });
        more(el).focus();
        await sendKeys({ press: 'Enter' });
        await until(() => !!moreMenu(el)?.matches(':popover-open'), 'the menu opening');
        await frames(2);
        const box = menu(el).getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(390);
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(760);
        await expectAccessible(el);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});

describe('cp-pathway-map, big', () => {
  it('draws a big map for the part in view, and the rest as it comes into view (synthetic 300 steps)', async () => {
    const el = await mapOf(syntheticPathway(300, 450));
    const drawn = () => $$(el, '.step').length;
    expect(drawn(), 'only the part in view').to.be.within(1, 299);
    expect($$(el, '.node[tabindex="0"]')).to.have.length(1);
    $<SVGGElement>(el, '.node[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Control+End' });
    await el.updateComplete;
    expect(focusedId(el), 'the last step, drawn and focused').to.equal(
      el.shadowRoot!.activeElement?.closest('.step')?.getAttribute('data-id'),
    );
    expect(focusedId(el)).to.be.a('string');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '.node[aria-pressed="true"]')).to.have.length(1);
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(drawn(), 'the whole map once it all shows').to.equal(300);
    expect($(el, '.layer')!.hasAttribute('data-far'), 'its words too small to read are not drawn').to.equal(true);
    const svg = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml');
    expect(svg.querySelectorAll('text').length, 'the export has every card with its words').to.be.greaterThan(300);
    await expectAccessible(el);
    expect(litWarnings).to.deep.equal([]);
  });

  /** A synthetic 1,000-step map in a 1000px box, right after its first update. */
  async function firstDrawing(): Promise<{ wrapper: HTMLDivElement; el: PathwayMap }> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><cp-pathway-map></cp-pathway-map></div>`);
    const el = wrapper.querySelector('cp-pathway-map')!;
    el.data = syntheticPathway(1000, 1500);
    await el.updateComplete;
    return { wrapper, el };
  }

  it('draws what shows first, and the margin around it once that is on screen (synthetic 1,000 steps)', async () => {
    const { el } = await firstDrawing();
    const view = $(el, 'svg.map')!.getBoundingClientRect();
    const shows = (s: Element) => {
      const card = s.querySelector('.card')!.getBoundingClientRect();
      return card.right > view.left && card.left < view.right && card.bottom > view.top && card.top < view.bottom;
    };
    /** The drawn steps' ids: those that show, and the others. */
    const drawn = () => {
      const steps = $$(el, '.step');
      const id = (s: Element) => s.getAttribute('data-id')!;
      return { showing: steps.filter(shows).map(id).sort(), beyond: steps.filter((s) => !shows(s)).map(id) };
    };
    const first = drawn();
    // At scale 1 a 1,000-step map's first view holds a few columns of cards (and the slots of the links
    // passing between them).
    expect(first.showing.length, 'the first view has its cards').to.be.at.least(4);
    // Besides what shows, only the Tab stop may be drawn (it is drawn wherever it is).
    expect(first.beyond.length, 'little beyond the view').to.be.at.most(1);
    await frames(3);
    await el.updateComplete;
    const after = drawn();
    expect(after.beyond.length, 'the margin, drawn after a frame without being asked').to.be.greaterThan(first.showing.length);
    expect(after.showing, 'the same cards show: the first view had them all').to.deep.equal(first.showing);
    expect(litWarnings).to.deep.equal([]);
  });

  it('draws the margin when put back, if it was taken out of the page before drawing it', async () => {
    const { wrapper, el } = await firstDrawing();
    const first = $$(el, '.step').length;
    el.remove();
    await frames(3);
    expect($$(el, '.step').length, 'nothing drawn while out of the page').to.equal(first);
    wrapper.append(el);
    await frames(3);
    await el.updateComplete;
    expect($$(el, '.step').length, 'the margin, once back').to.be.greaterThan(first);
  });
});

describe('cp-pathway-map card text', () => {
  // Titles are wrapped by the sum of each character's measured width (pathway-map/layout/card.ts): drawn, every
  // line must still fit inside its card, for the longest real occupation titles and their wage lines.
  it('fits every line it draws inside its card, where the card measures it', async () => {
    const { occupations } = await (await fetch('/data/colorado/occupations.json')).json();
    const rows = [...occupations].sort((a, b) => b.title.length - a.title.length || a.soc.localeCompare(b.soc)).slice(0, 120);
    const doc = {
      type: 'pathway',
      version: 1,
      id: 'long-titles',
      title: 'Long titles',
      source: [{ name: 'BLS OEWS' }],
      stages: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      nodes: rows.map((row: { soc: string; title: string; wage?: unknown; growth?: number }, i: number) => ({
        id: row.soc,
        kind: 'occupation',
        stage: i % 2 ? 'b' : 'a',
        title: row.title,
        wage: row.wage,
        growth: row.growth,
      })),
      edges: [],
    };
    // Columns as wide as the box allows, and the narrowest, in a box too narrow for them that pans.
    for (const width of [1000, 640]) {
      const el = await mapOf(doc, width);
      const steps = $$<SVGGElement>(el, '.step');
      expect(steps).to.have.length(120);
      const outside: string[] = [];
      for (const s of steps) {
        const inner = s.querySelector<SVGPathElement>('.card')!.getBBox().width - 2 * PAD;
        const titles = [...s.querySelectorAll<SVGTSpanElement>('.title')].filter((t) => t.textContent);
        const metas = [...s.querySelectorAll<SVGTSpanElement>('.meta')].filter((t) => t.textContent);
        for (const line of [...titles, ...metas]) {
          if (line.getComputedTextLength() > inner)
            outside.push(`${line.textContent} (${line.getComputedTextLength().toFixed(1)} > ${inner})`);
        }
        expect(titles.map((t) => Number(t.getAttribute('y')))).to.deep.equal(titles.map((_, i) => titleY(i)));
        expect(metas.map((t) => Number(t.getAttribute('y')))).to.deep.equal(metas.map((_, i) => metaY(titles.length, i)));
        // The figure lines start after the glyph that bullets the first of them; title and Top Job lines at PAD.
        expect([...s.querySelectorAll('tspan')].map((t) => Number(t.getAttribute('x')))).to.deep.equal([
          PAD,
          PAD,
          PAD,
          META_X,
          META_X,
          PAD,
        ]);
        const path = s.querySelector<SVGPathElement>('.glyph')!;
        const { e, f } = path.transform.baseVal.consolidate()!.matrix;
        const glyph = path.getBBox();
        expect(e + glyph.x + glyph.width, 'the glyph before the figure line').to.be.below(META_X);
        expect(Number(metas[0]!.getAttribute('y')) - (f + glyph.y + glyph.height / 2), 'the glyph on the figure line').to.be.within(2, 6);
      }
      expect(outside, `at ${width}px`).to.deep.equal([]);
      expect(
        $$(el, '.title').some((t) => t.textContent!.endsWith('…')),
        'some titles are cut short',
      ).to.equal(true);
    }
  });
});

describe('cp-pathway-map, highlighting a step out of view', () => {
  const doc = syntheticPathway(1000, 1500);
  /** Whether step `id` is drawn and its card lies inside the map's box. */
  const inView = (el: PathwayMap, id: string) => {
    const card = step(el, id)?.querySelector('.card');
    if (!card) return false;
    const [box, map] = [card.getBoundingClientRect(), $(el, 'svg.map')!.getBoundingClientRect()];
    return box.top >= map.top && box.bottom <= map.bottom && box.left >= map.left && box.right <= map.right;
  };
  /** The last step not drawn: far down the last stage. */
  const farStep = (el: PathwayMap) => doc.nodes.findLast((node) => !step(el, node.id))!.id;
  const layer = (el: PathwayMap) => $<SVGGElement>(el, '.layer')!;

  it('pans to it at once when the reader prefers reduced motion, and draws it with its routes', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mapOf(doc);
      const far = farStep(el);
      expect(step(el, far), 'not drawn before').to.equal(null);
      el.highlight = far;
      await el.updateComplete;
      expect(step(el, far).hasAttribute('data-focal'), 'drawn and emphasised in the same update').to.equal(true);
      expect(layer(el).hasAttribute('data-glide')).to.equal(false);
      await settle(el);
      expect(inView(el, far)).to.equal(true);
      expect(onIds(el)).to.include(far);
      expect($$(el, '.edge[data-on]').length, 'its routes are drawn too').to.be.greaterThan(0);
      // A step already in view: the map stays where it is.
      const near = doc.nodes.find((node) => node.id !== far && inView(el, node.id))!.id;
      const transform = layer(el).getAttribute('transform');
      el.highlight = near;
      await settle(el);
      expect(layer(el).getAttribute('transform')).to.equal(transform);
      expect(step(el, near).hasAttribute('data-focal')).to.equal(true);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('glides there otherwise when it is near, and moves at once when it is far', async () => {
    const el = await mapOf(doc);
    const map = $(el, 'svg.map')!.getBoundingClientRect();
    // A step drawn just below the view (a big map is drawn a little beyond what shows).
    const below = $$(el, '.step')
      .map((s) => ({ id: s.getAttribute('data-id')!, top: s.querySelector('.card')!.getBoundingClientRect().top }))
      .filter(({ top }) => top > map.bottom && top < map.bottom + map.height / 4)
      .sort((a, b) => a.top - b.top)[0]!.id;
    el.highlight = below;
    await el.updateComplete;
    expect(layer(el).hasAttribute('data-glide'), 'gliding').to.equal(true);
    expect(step(el, below).hasAttribute('data-focal')).to.equal(true);
    for (let i = 0; i < 120 && layer(el).hasAttribute('data-glide'); i++) await frames(1);
    expect(layer(el).hasAttribute('data-glide'), 'landed').to.equal(false);
    // Where the view ended (a page the test runner keeps in the background may not run the transition).
    layer(el).style.transition = 'none';
    expect(inView(el, below)).to.equal(true);
    layer(el).style.transition = '';
    const far = farStep(el);
    el.highlight = far;
    await el.updateComplete;
    expect(layer(el).hasAttribute('data-glide'), 'too far to glide over map not drawn').to.equal(false);
    await settle(el);
    expect(inView(el, far)).to.equal(true);
    expect(litWarnings).to.deep.equal([]);
  });
});

describe('cp-pathway-map with bad input', () => {
  const faults: [string, (doc: PathwayDocument) => unknown, string][] = [
    ['a dangling edge', (doc) => ({ ...doc, edges: [...doc.edges, { from: 'rn', to: 'nurse', kind: 'advances' }] }), 'edges[7].to'],
    [
      'an unknown stage',
      (doc) => ({ ...doc, nodes: doc.nodes.map((n, i) => (i === 3 ? { ...n, stage: 'senior' } : n)) }),
      'nodes[3].stage',
    ],
    ['a cycle', (doc) => ({ ...doc, edges: [...doc.edges, { from: 'rn', to: 'cna', kind: 'advances' }] }), 'edges[7]'],
    ['a duplicate id', (doc) => ({ ...doc, nodes: [...doc.nodes, { ...doc.nodes[0]! }] }), 'nodes[6].id'],
    ['a value of the wrong type', (doc) => ({ ...doc, title: 42 }), 'title'],
    ['another kind of document', () => ({ type: 'campaign', version: 1 }), 'type'],
    ['a self-loop edge', (doc) => ({ ...doc, edges: [...doc.edges, { from: 'rn', to: 'rn', kind: 'advances' }] }), 'edges[7]'],
    [
      'a ladder step naming no node',
      (doc) => ({ ...doc, ladders: [{ id: 'nursing', title: 'Nursing', steps: ['cna', 'nurse'] }] }),
      'ladders[0].steps[1]',
    ],
    [
      'an unknown enum value',
      (doc) => ({ ...doc, nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, kind: 'job' } : n)) }),
      'nodes[0].kind',
    ],
    [
      'a negative number',
      (doc) => ({ ...doc, nodes: doc.nodes.map((n, i) => (i === 1 ? { ...n, wage: { mean: -43580, period: 'year' } } : n)) }),
      'nodes[1].wage.mean',
    ],
  ];
  for (const [fault, breakIt, path] of faults) {
    it(`shows ${fault} in the element, naming ${path}, and fires cp-error`, async () => {
      const el = await fixture<PathwayMap>(html`<cp-pathway-map></cp-pathway-map>`);
      const error = nextEvent<CustomEvent>(el, 'cp-error');
      el.data = breakIt(await load());
      const { detail } = await error;
      expect(detail.issues.map((issue: { path: string }) => issue.path)).to.include(path);
      await el.updateComplete;
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('This pathway could not be shown');
      expect(alert.textContent).to.contain(path);
      await expectAccessible(el);
      expect(litWarnings).to.deep.equal([]);
    });
  }

  it('keeps the last good map when later data is bad', async () => {
    const el = await mapOf(await load());
    const error = nextEvent(el, 'cp-error');
    el.data = {
      ...(await load()),
      edges: [
        { from: 'rn', to: 'cna', kind: 'advances' },
        { from: 'cna', to: 'rn', kind: 'advances' },
      ],
    };
    await error;
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.exist;
    expect($$(el, '.step')).to.have.length(6);
  });

  it('reports a highlight, from or to naming no step, and clears the report once fixed', async () => {
    const el = await mapOf(await load());
    const error = nextEvent<CustomEvent>(el, 'cp-error');
    el.highlight = 'registered-nurse';
    const { detail } = await error;
    expect(detail.issues).to.deep.equal([
      { path: 'highlight', message: 'no step has id "registered-nurse"; use the id of one of the pathway\'s nodes' },
    ]);
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('highlight');
    expect($$(el, '.step'), 'the map stays').to.have.length(6);
    el.highlight = 'rn';
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(onIds(el)).to.include('rn');
  });
});

describe('cp-pathway-map, audited gaps', () => {
  const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const topJobs = (doc: PathwayDocument): PathwayDocument => ({
    ...doc,
    nodes: doc.nodes.map((n) => (n.kind === 'occupation' ? { ...n, topJob: true } : n)),
  });
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

  for (const [name, width, attributes] of [
    ['English in the narrowest cards', 640, {}],
    ['Spanish in columns', 1000, { lang: 'es' }],
  ] as const) {
    it(`never draws the Top Job mark over another line of its card, nor outside it: ${name}`, async () => {
      const el = await mapOf(topJobs(await load()), width, attributes);
      const jobs = $$(el, '.step[data-kind="occupation"]');
      expect(jobs).to.have.length(3);
      for (const job of jobs) {
        const top = job.querySelector('.top')!;
        expect(top.textContent, 'the mark is drawn').to.match(/^★/);
        for (const line of job.querySelectorAll('.title, .meta')) {
          if (!line.textContent) continue;
          expect(
            overlaps(line.getBoundingClientRect(), top.getBoundingClientRect()),
            `${job.getAttribute('data-id')}: "${line.textContent}" and "${top.textContent}"`,
          ).to.equal(false);
        }
        const [card, mark] = [job.querySelector('.card')!.getBoundingClientRect(), top.getBoundingClientRect()];
        expect(
          mark.left >= card.left && mark.right <= card.right && mark.top >= card.top && mark.bottom <= card.bottom,
          'inside its card',
        ).to.equal(true);
        expect(job.querySelector('.node')!.getAttribute('aria-label'), 'said in words').to.contain(
          'lang' in attributes ? 'Empleo destacado' : 'Top Job',
        );
      }
    });
  }

  it('shows every wage figure in the details: median and mean, the middle half and middle 80%, each range saying whose', async () => {
    const doc = await load();
    const rn = { mean: 91730, median: 89000, p10: 68000, p25: 78000, p75: 104000, p90: 121000, period: 'year' as const };
    const data = {
      ...doc,
      nodes: doc.nodes.map((n) =>
        n.id === 'rn'
          ? { ...n, wage: rn, wageNational: { median: 93600, p10: 66000, p25: 78610, p75: 107960, p90: 132680, period: 'year' as const } }
          : n,
      ),
    };
    const el = await mapOf(data);
    button(el, 'rn').focus();
    await detailsShown(el);
    const details = $<HTMLElement>(el, '#details')!;
    expect(details.matches(':popover-open')).to.equal(true);
    const text = plain(details.textContent!);
    expect(text).to.contain('Wagemedian wage $89,000 a year; mean wage $91,730 a year');
    expect(text).to.contain('Middle half earns$78,000–$104,000 a year');
    expect(text).to.contain('Middle 80% earns$68,000–$121,000 a year');
    expect(text).to.contain('Middle half earns, United States$78,610–$107,960 a year');
    expect(text).to.contain('Middle 80% earns, United States$66,000–$132,680 a year');
    await expectAccessible(el);

    const es = await mapOf(data, 1000, { lang: 'es' });
    button(es, 'rn').focus();
    await detailsShown(es);
    const texto = plain($(es, '#details')!.textContent!);
    expect(texto).to.contain('La mitad central gana, Estados Unidos');
    expect(texto).to.contain('El 80 % central gana68.000 US$–121.000 US$ al año');
    expect(texto).to.contain('salario promedio 91.730 US$ al año');
  });

  it('keeps the route chosen in the URL fragment, and a link opens that route', async () => {
    const before = location.hash;
    history.replaceState(null, '', '#top');
    try {
      const el = await mapOf(await load(), 1000, { 'sync-url': '', from: 'cna', to: 'rn' });
      const first = onIds(el);
      buttonNamed(el, 'Show route 2 on the map').click();
      await el.updateComplete;
      const second = onIds(el);
      expect(second).to.not.deep.equal(first);
      expect(location.hash).to.equal('#top&test-nursing.from=cna&test-nursing.to=rn&test-nursing.route=2');
      const link = location.hash;
      el.parentElement!.remove();
      history.replaceState(null, '', '#top');
      history.replaceState(null, '', link);
      const again = await mapOf(await load(), 1000, { 'sync-url': '' });
      expect([again.from, again.to]).to.deep.equal(['cna', 'rn']);
      expect(onIds(again), 'the second route, as shared').to.deep.equal(second);
      expect(buttonNamed(again, 'Show route 2 on the map').getAttribute('aria-pressed')).to.equal('true');
      buttonNamed(again, 'Show route 1 on the map').click();
      await again.updateComplete;
      expect(location.hash, 'the first route is the default, so not stored').to.equal('#top&test-nursing.from=cna&test-nursing.to=rn');
      expect(onIds(again)).to.deep.equal(first);
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('opens a map too big for its box at scale 1, on its first stage, centred', async () => {
    const many = 48;
    const stages = Array.from({ length: 8 }, (_, s) => ({ id: `s${s}`, label: `Stage ${s + 1}` }));
    const nodes = [
      { id: 'start', kind: 'credential', stage: 's0', title: 'Start' },
      ...Array.from({ length: many }, (_, i) => ({ id: `b${i}`, kind: 'course', stage: 's1', title: `Course ${i + 1}` })),
      ...stages.slice(2).map((stage) => ({ id: `c-${stage.id}`, kind: 'credential', stage: stage.id, title: `Step ${stage.label}` })),
    ];
    const edges = [
      ...Array.from({ length: many }, (_, i) => ({ from: 'start', to: `b${i}`, kind: 'advances' })),
      ...stages.slice(2).map((stage, s) => ({ from: s ? `c-s${s + 1}` : `b${many - 1}`, to: `c-${stage.id}`, kind: 'advances' })),
    ];
    const el = await mapOf(
      { type: 'pathway', version: 1, id: 'wide', title: 'Wide and tall', source: [{ name: 'Test' }], stages, nodes, edges },
      700,
    );
    expect(scale(el), 'text as designed, not shrunk to fit').to.equal(1);
    // A map of fewer than 150 steps takes its own height, so only its width pans: it starts at its left.
    const map = $(el, 'svg.map')!.getBoundingClientRect();
    const layer = $(el, '.layer')!.getBoundingClientRect();
    expect(map.height, 'as tall as the map').to.be.closeTo(layer.height, 60);
    expect(layer.width, 'wider than its box').to.be.greaterThan(map.width);
    const card = step(el, 'start').querySelector('.card')!.getBoundingClientRect();
    expect(card.left).to.be.within(map.left, map.left + map.width / 3);
    expect(card.top).to.be.greaterThan(map.top);
    expect(card.bottom).to.be.lessThan(map.bottom);
  });

  it('wraps a long stage label to its column, so it stays inside the map', async () => {
    const doc = await load();
    const long = 'Entry-level certificates and short programs you can finish in a few weeks while you keep working';
    const el = await mapOf({ ...doc, stages: doc.stages.map((stage, s) => (s ? stage : { ...stage, label: long })) }, 640);
    const band = $(el, '.band')!.getBoundingClientRect();
    const label = $(el, 'text.stage')!;
    expect(label.querySelectorAll('tspan').length, 'wrapped').to.be.greaterThan(1);
    const box = label.getBoundingClientRect();
    expect(box.left).to.be.at.least(band.left);
    expect(box.right, `${box.right} inside the band's ${band.right}`).to.be.at.most(band.right);
    const exported = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml').documentElement;
    const width = Number(exported.getAttribute('width'));
    const bandWidth = Number($(el, '.band')!.getAttribute('width')) + Number($(el, '.band')!.getAttribute('x'));
    expect(bandWidth, 'the band is inside the exported picture').to.be.at.most(width);
  });

  it('passes axe while loading (aria-busy)', async () => {
    const el = await fixture<PathwayMap>(
      html`<cp-pathway-map src="/__test__/slow?ms=3000&amp;file=/test/fixtures/pathway-small.json"></cp-pathway-map>`,
    );
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(el);
    expect(el.getAttribute('aria-busy'), 'still loading when checked').to.equal('true');
  });

  it("shows the pathway's own summary as text under the title, and a link's note with the step it leads to", async () => {
    const doc = await load();
    const summary = 'Routes into <b>nursing</b> in Colorado.';
    const edges = doc.edges.map((edge, e) => (e === 0 ? { ...edge, note: 'after passing the state exam' } : edge));
    const el = await mapOf({ ...doc, summary, edges });
    const about = $(el, '[part="description"]')!;
    expect(about.textContent).to.equal(summary);
    expect(about.querySelector('b'), 'text, never HTML').to.equal(null);
    button(el, 'cna').focus();
    await detailsShown(el);
    expect(plain($(el, '#details')!.textContent!)).to.contain('Nursing Assistants (after passing the state exam)');
    await expectAccessible(el);
    (await menuItem(el, 'Show as table')).click();
    await el.updateComplete;
    expect(plain($(el, 'tr[data-id="cna"]')!.textContent!)).to.contain('Nursing Assistants (after passing the state exam)');
  });
});

describe('cp-pathway-map over its lifetime', () => {
  it('leaves nothing behind over repeated connect and disconnect', async () => {
    const el = await mapOf(await load(), 1000, { 'sync-url': '' });
    const parent = el.parentElement!;
    // d3-zoom loads on a first gesture (controllers/zoom.ts): a Ctrl + wheel brings it, as a reader's would.
    $(el, 'svg.map')!.dispatchEvent(new WheelEvent('wheel', { ctrlKey: true, deltaY: -1, bubbles: true, cancelable: true }));
    for (let t = 0; t < 40 && !($(el, 'svg.map') as SVGSVGElement & { __on?: unknown[] }).__on; t++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const counts = { add: 0, remove: 0 };
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      if (args[0] === 'hashchange') counts.add++;
      return add.apply(this, args);
    } as Window['addEventListener'];
    window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
      if (args[0] === 'hashchange') counts.remove++;
      return remove.apply(this, args);
    } as Window['removeEventListener'];
    try {
      for (let i = 0; i < 30; i++) {
        button(el, 'cna').focus();
        el.remove();
        parent.append(el);
        await el.updateComplete;
      }
      await frames(2);
      el.remove();
      const svg = $(el, 'svg.map') as SVGSVGElement & { __on?: { name: string }[] };
      expect(svg.__on?.filter((listener) => listener.name === 'zoom') ?? [], 'd3-zoom listeners removed').to.deep.equal([]);
      expect($<HTMLElement>(el, '#details')!.matches(':popover-open')).to.equal(false);
      expect(counts.remove, 'one more than added: the first was added before counting').to.equal(counts.add + 1);
      parent.append(el);
      await settle(el);
      const svgAgain = $(el, 'svg.map') as SVGSVGElement & { __on?: { name: string }[] };
      expect(svgAgain.__on?.filter((listener) => listener.name === 'zoom').length, 'zoom again once connected').to.be.greaterThan(0);
      expect(counts.add).to.equal(counts.remove);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
    expect(litWarnings).to.deep.equal([]);
  });
});
