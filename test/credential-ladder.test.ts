/** Browser tests of <cp-credential-ladder>: keyboard, selection, popover, totals, `current`, axe, errors. */
import { expect, fixture, html } from './helpers/testing.js';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/components/credential-ladder/credential-ladder.js';
import type { CredentialLadder } from '../src/components/credential-ladder/credential-ladder.component.js';
import type { PathwayDocument } from '../src/schema/types.js';
import { expectAccessible, frames, litWarnings, nextEvent, shadowText } from './helpers/index.js';

const NURSING = new URL('./fixtures/credential-ladder-nursing.json', import.meta.url).href;
const SAMPLE = new URL('./fixtures/credential-ladder-sample.json', import.meta.url).href;
const load = async (url = NURSING): Promise<PathwayDocument> => (await fetch(url)).json();

/** A fresh ladder showing `doc`, loaded and laid out. */
async function ladder(
  doc: PathwayDocument | Promise<PathwayDocument> = load(),
  attrs: Partial<Pick<CredentialLadder, 'ladder' | 'current' | 'orientation'>> = {},
) {
  const el = await fixture<CredentialLadder>(html`<cp-credential-ladder></cp-credential-ladder>`);
  Object.assign(el, attrs);
  const loaded = nextEvent(el, 'cp-load');
  el.data = await doc;
  await loaded;
  // A measured width is laid out one frame after the ResizeObserver reports it.
  await frames(3);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const rungOfFocus = (el: Element) => active(el)?.closest('li')?.dataset.index;
const alertText = (el: Element) => $(el, '[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Tabs into the ladder from the control before it (the keyboard help). */
async function focusLadder(el: CredentialLadder): Promise<void> {
  $(el, '.help summary')!.focus();
  await sendKeys({ press: 'Tab' });
}

describe('<cp-credential-ladder>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none', colorScheme: 'light' });
  });

  it('shows the rungs as an ordered list, lowest first, with what each opens', async () => {
    const el = await ladder();
    const list = $(el, 'ol[part="ladder"]')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('title');
    expect($(el, '#title')!.textContent).to.equal('Nursing');
    const items = $$(el, 'ol > li');
    expect(items.map((li) => li.querySelector('.rung-button')!.textContent)).to.deep.equal([
      'Certified Nurse Aide',
      'Practical Nurse licence',
      'Associate Degree in Nursing',
      'Bachelor of Science in Nursing',
      'Master of Science in Nursing',
    ]);
    expect(items[0]!.textContent).to.contain('Nursing Assistants').and.contain('mean wage $43,580 a year');
    expect(items[0]!.textContent).to.contain('Certification').and.contain('Colorado Board of Nursing');
    expect(items.map((li) => Boolean(li.querySelector('[part="carry"]')))).to.deep.equal([true, true, true, true, false]);
    expect(shadowText(el)).to.contain('Time and cost are not published for these credentials.');
    expect($(el, 'svg[role="img"]')!.getAttribute('aria-label')).to.contain('rung 2, Practical Nurse licence, $64,710 (+$21,130)');
    expect(litWarnings).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('is one Tab stop; arrow keys, Home and End move between rungs with visible focus', async () => {
    const el = await ladder();
    expect($$(el, '.rung-button').map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    await focusLadder(el);
    expect(rungOfFocus(el)).to.equal('0');
    expect(active(el)!.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(active(el)!.closest('.card')!).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(rungOfFocus(el)).to.equal('1');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(rungOfFocus(el)).to.equal('2');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(rungOfFocus(el)).to.equal('1');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(rungOfFocus(el)).to.equal('4');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(rungOfFocus(el)).to.equal('4');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(rungOfFocus(el)).to.equal('0');
    expect($$(el, '.rung-button').map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
    expect(active(el)!.getAttribute('aria-label')).to.match(/^Certified Nurse Aide, rung 1 of 5\./);
  });

  it('selects a rung with Enter: fires cp-select and opens its details; Escape closes and returns focus', async () => {
    const el = await ladder();
    await focusLadder(el);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const selected = nextEvent<CustomEvent>(el, 'cp-select');
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = await selected;
    expect(detail).to.deep.equal({ id: 'lpn-license', kind: 'credential', item: 'rung' });
    expect(bubbles && composed).to.equal(true);
    await el.updateComplete;
    await frames();
    const popover = $(el, '[popover]')!;
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(popover.getAttribute('role')).to.equal('dialog');
    expect($(el, '#details-title')!.textContent).to.equal('Practical Nurse licence');
    expect(popover.textContent).to.contain('Licensed Practical and Licensed Vocational Nurses').and.contain('Credits carry forward');
    expect($(el, 'li[data-index="1"] .rung-button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(popover.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/lpn');
    expect(popover.style.left).to.match(/px$/);
    await expectAccessible(el);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await frames();
    expect(popover.matches(':popover-open')).to.equal(false);
    expect(rungOfFocus(el)).to.equal('1');
    expect($(el, 'li[data-index="1"] .rung-button')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('selects with Space and with the pointer, and the close button returns focus to the rung', async () => {
    const el = await ladder();
    await focusLadder(el);
    let selected = nextEvent<CustomEvent>(el, 'cp-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail.id).to.equal('cna');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;

    const card = $(el, 'li[data-index="3"] .card')!;
    card.scrollIntoView({ block: 'center' });
    const box = card.getBoundingClientRect();
    selected = nextEvent<CustomEvent>(el, 'cp-select');
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.bottom - 8)] });
    expect((await selected).detail.id).to.equal('bsn');
    await el.updateComplete;
    await frames();
    expect($(el, '#details-title')!.textContent).to.equal('Bachelor of Science in Nursing');
    expect($(el, '[popover]')!.matches(':popover-open')).to.equal(true);

    $<HTMLButtonElement>(el, '[popover] button')!.focus();
    $<HTMLButtonElement>(el, '[popover] button')!.click();
    await el.updateComplete;
    await frames();
    expect($(el, '[popover]')!.matches(':popover-open')).to.equal(false);
    expect(rungOfFocus(el)).to.equal('3');
  });

  it('moves the details to another rung clicked while they are open, and Escape inside them returns focus', async () => {
    await setViewport({ width: 1400, height: 900 });
    const el = await ladder();
    // The element re-lays itself out on the frame after it is measured at the new width.
    await frames(2);
    await el.updateComplete;
    const click = async (index: number) => {
      const box = $(el, `li[data-index="${index}"] .card`)!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.bottom - 10)] });
    };
    await click(0);
    await el.updateComplete;
    await frames();
    expect($(el, '#details-title')!.textContent).to.equal('Certified Nurse Aide');
    const selected = nextEvent<CustomEvent>(el, 'cp-select');
    await click(4);
    expect((await selected).detail.id).to.equal('msn');
    await el.updateComplete;
    await frames(3);
    expect($(el, '[popover]')!.matches(':popover-open')).to.equal(true);
    expect($(el, '#details-title')!.textContent).to.equal('Master of Science in Nursing');
    $<HTMLButtonElement>(el, '[popover] button')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await frames();
    expect($(el, '[popover]')!.matches(':popover-open')).to.equal(false);
    expect(rungOfFocus(el)).to.equal('4');
    await setViewport({ width: 800, height: 600 });
  });

  it('shows running time and cost, "at least" where a rung has no figure, and the sample notice', async () => {
    const el = await ladder(load(SAMPLE));
    const soFar = $$(el, '.facts div:last-child dd').map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
    expect(soFar).to.deep.equal([
      '120 hours · $1,200',
      '12 months + 120 hours · at least $1,200',
      '3 years + 120 hours · at least $9,200',
      '4.5 years + 120 hours · at least $30,200',
      'at least 4.5 years + 120 hours · at least $30,200',
    ]);
    // The sample notice stays in view; the sources wait behind one disclosure.
    expect($(el, '[part="sample"]')!.checkVisibility()).to.equal(true);
    expect($(el, '[part="sources"] summary')!.textContent).to.equal('Sources (3)');
    expect($$(el, 'li[data-index="4"] .facts dd').map((dd) => dd.textContent)).to.deep.equal([
      'not available',
      'not available',
      'at least 4.5 years + 120 hours · at least $30,200',
    ]);
    await expectAccessible(el);
  });

  it('marks the learner’s rung with aria-current="step" and says what the next rung adds', async () => {
    const el = await ladder(load(), { current: 'lpn-license' });
    const items = $$(el, 'ol > li');
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null, null]);
    expect(items[1]!.getAttribute('part')).to.equal('rung current');
    expect(items[2]!.getAttribute('part')).to.equal('rung next');
    expect(items[1]!.textContent).to.contain('You are here');
    expect($(el, '[part="next-step"]')!.textContent!.trim()).to.equal(
      'You are here: Practical Nurse licence. Next: Associate Degree in Nursing. It adds Registered Nurses (mean wage $91,730 a year). The best wage you qualify for rises by $27,020 (Colorado mean wage, a year).',
    );
    expect(rungOfFocus(el)).to.equal(undefined);
    expect($(el, 'li[data-index="1"] .rung-button')!.tabIndex).to.equal(0);
    await expectAccessible(el);

    el.current = 'msn';
    await el.updateComplete;
    expect($(el, '[part="next-step"]')!.textContent).to.contain('This is the top rung.');
  });

  it('reports an unknown current rung, keeps the ladder, and recovers when corrected', async () => {
    const el = await ladder();
    const failed = nextEvent<CustomEvent>(el, 'cp-error');
    el.current = 'rn';
    const { detail } = await failed;
    expect(detail.issues).to.deep.equal([
      { path: 'current', message: 'no rung of ladder "nursing" has id "rn" (expected one of "cna", "lpn-license", "adn", "bsn", "msn")' },
    ]);
    await el.updateComplete;
    expect(alertText(el)).to.contain('current').and.contain('"rn"');
    expect($$(el, 'ol > li')).to.have.length(5);
    await expectAccessible(el);
    el.current = 'adn';
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, 'li[data-index="2"]')!.getAttribute('aria-current')).to.equal('step');
  });

  it('shows the ladder named by `ladder`, and reports an unknown one listing the known ids', async () => {
    const el = await ladder(load(), { ladder: 'medical-assisting' });
    expect($(el, '#title')!.textContent).to.equal('Medical assisting');
    expect($$(el, 'ol > li')).to.have.length(2);
    const failed = nextEvent<CustomEvent>(el, 'cp-error');
    el.ladder = 'midwifery';
    const { detail } = await failed;
    expect(detail.issues).to.deep.equal([
      { path: 'ladder', message: 'no ladder has id "midwifery" (expected one of "nursing", "medical-assisting")' },
    ]);
    await el.updateComplete;
    expect(alertText(el)).to.contain('midwifery');
    expect($(el, '#title')!.textContent).to.equal('Medical assisting');
    el.setAttribute('ladder', 'nursing');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, '#title')!.textContent).to.equal('Nursing');
  });

  it('says a bad attribute in Spanish on a Spanish page, and keeps the cp-error detail English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><cp-credential-ladder></cp-credential-ladder></div>`);
    const el = wrapper.querySelector('cp-credential-ladder')!;
    const loaded = nextEvent(el, 'cp-load');
    el.data = await load();
    await loaded;
    await el.updateComplete;
    for (const [attribute, value, english, spanish] of [
      ['ladder', 'midwifery', 'no ladder has id "midwifery"', 'ninguna escalera tiene el id "midwifery"'],
      ['current', 'doula', 'no rung of ladder "nursing" has id "doula"', 'ningún peldaño de la escalera "nursing" tiene el id "doula"'],
    ] as const) {
      const failed = nextEvent<CustomEvent>(el, 'cp-error');
      el.setAttribute(attribute, value);
      const { detail } = await failed;
      expect(detail.issues[0].path).to.equal(attribute);
      expect(detail.issues[0].message, 'the detail is for scripts: English').to.contain(english);
      await el.updateComplete;
      expect(alertText(el), 'the page reads it in its language').to.contain(spanish);
      el.removeAttribute(attribute);
      await el.updateComplete;
      expect($(el, '[role="alert"]'), 'cleared once fixed').to.equal(null);
    }
  });

  it('reports missing ladders, a step that names no node, and a ladder with no rungs', async () => {
    const cases: [(doc: PathwayDocument) => void, string, string][] = [
      [(doc) => delete doc.ladders, 'ladders', 'this pathway has no ladders'],
      [
        (doc) => (doc.ladders![0]!.steps[1] = 'lpn-licence'),
        'ladders[0].steps[1]',
        'no node has id "lpn-licence"; did you mean "lpn-license"?',
      ],
      [(doc) => (doc.ladders![0]!.steps = []), 'ladders[0].steps', 'a ladder needs at least one rung'],
    ];
    for (const [spoil, path, message] of cases) {
      const el = await fixture<CredentialLadder>(html`<cp-credential-ladder></cp-credential-ladder>`);
      const doc = await load();
      spoil(doc);
      const failed = nextEvent<CustomEvent>(el, 'cp-error');
      el.data = doc;
      const { detail } = await failed;
      expect(detail.issues[0].path, path).to.equal(path);
      expect(detail.issues[0].message, path).to.contain(message);
      await el.updateComplete;
      expect(alertText(el)).to.contain(path);
      expect(alertText(el)).to.contain('This credential ladder could not be shown');
      await expectAccessible(el);
    }
  });

  it('keeps the last good ladder when later data is bad', async () => {
    const el = await ladder();
    const failed = nextEvent(el, 'cp-error');
    el.data = { type: 'pathway' };
    await failed;
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.exist;
    expect($$(el, 'ol > li')).to.have.length(5);
  });

  it('switches to a table of the same data and back', async () => {
    const el = await ladder(load(SAMPLE), { current: 'adn' });
    const toggle = $<HTMLButtonElement>(el, '[part="view-toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Show as table');
    toggle.click();
    await el.updateComplete;
    // A toggle button keeps its name; only aria-pressed says which view is shown.
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Show as table');
    expect(toggle.getAttribute('aria-label')).to.equal(null);
    expect($(el, 'ol')).to.equal(null);
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(5);
    expect(rows[2]!.getAttribute('aria-current')).to.equal('step');
    const cells = [...rows[1]!.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells).to.deep.equal([
      '2',
      'Practical Nurse licence Credits carry forward',
      'License',
      '12 months',
      'not available',
      '12 months + 120 hours',
      'at least $1,200',
      'Opens Licensed Practical and Licensed Vocational Nurses mean wage $64,710 a year',
      '$64,710 (+$21,130)',
    ]);
    expect($(el, 'thead')!.textContent).to.contain('Best wage so far (Colorado mean wage, a year)');
    expect($(el, '[role="status"]')!.textContent).to.equal('Show as table');
    await expectAccessible(el);
    toggle.click();
    await el.updateComplete;
    expect($$(el, 'ol > li')).to.have.length(5);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Show as table');
  });

  it('speaks Spanish under lang="es"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><cp-credential-ladder current="cna"></cp-credential-ladder></div>`);
    const el = wrapper.querySelector('cp-credential-ladder')!;
    const loaded = nextEvent(el, 'cp-load');
    el.data = await load(SAMPLE);
    await loaded;
    await el.updateComplete;
    const text = shadowText(el);
    expect(text)
      .to.contain('Usted está aquí')
      .and.contain('Los créditos de cada peldaño se transfieren al siguiente.')
      .and.contain('Ver como tabla');
    expect(text).to.contain('12 meses + 120 horas');
    expect(text).to.contain('Mejor salario al que usted accede, peldaño a peldaño');
    await expectAccessible(el);
  });

  it('shows the document’s own Spanish title, and the names of jobs as published, in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><cp-credential-ladder ladder="nursing"></cp-credential-ladder></div>`,
    );
    const el = wrapper.querySelector('cp-credential-ladder')!;
    const loaded = nextEvent(el, 'cp-load');
    const doc = await load('/data/colorado/pathway-healthcare.json');
    el.data = doc;
    await loaded;
    await el.updateComplete;
    expect($(el, '[part="title"]')!.textContent).to.equal(doc.translations!.es!.ladders!['nursing']);
    const jobs = $$(el, '.occupation');
    expect(jobs.length).to.be.greaterThan(0);
    for (const job of jobs) expect(job.getAttribute('lang'), job.textContent!).to.equal('en');
  });

  it('runs left to right when every rung fits, and stands up when narrow or told to', async () => {
    await setViewport({ width: 1400, height: 900 });
    const el = await ladder();
    expect($(el, 'ol')!.classList.contains('horizontal')).to.equal(true);
    const tops = $$(el, '.card').map((card) => card.getBoundingClientRect().top);
    expect(tops.every((top, i) => i === 0 || top < tops[i - 1]!)).to.equal(true);
    el.style.width = '360px';
    await frames(4);
    await el.updateComplete;
    expect($(el, 'ol')!.classList.contains('vertical')).to.equal(true);
    const vertical = $$(el, '.card').map((card) => card.getBoundingClientRect().top);
    expect(vertical.every((top, i) => i === 0 || top < vertical[i - 1]!)).to.equal(true);
    el.orientation = 'horizontal';
    await el.updateComplete;
    expect($(el, 'ol')!.classList.contains('horizontal')).to.equal(true);
    await setViewport({ width: 800, height: 600 });
  });

  it('auto: stands up when the page fixes a tall height, runs left to right when the fixed height is short', async () => {
    await setViewport({ width: 1400, height: 900 });
    try {
      const orientation = (el: Element) => ($(el, 'ol')!.classList.contains('horizontal') ? 'horizontal' : 'vertical');
      const shown = async (el: CredentialLadder) => {
        const loaded = nextEvent(el, 'cp-load');
        el.data = await load();
        await loaded;
        await frames(4);
        await el.updateComplete;
        return el;
      };
      const tall = await shown(await fixture<CredentialLadder>(html`<cp-credential-ladder style="height: 1200px"></cp-credential-ladder>`));
      expect(orientation(tall)).to.equal('vertical');
      // RUNG_HEIGHT_EM (10em a rung) is room enough for the rungs standing up.
      expect($(tall, 'ol')!.getBoundingClientRect().height).to.be.at.most(5 * 10 * 16);
      tall.style.height = '300px'; // wide and short
      await frames(4);
      await tall.updateComplete;
      expect(orientation(tall)).to.equal('horizontal');

      const box = await fixture<HTMLDivElement>(
        html`<div style="height: 1200px"><cp-credential-ladder style="height: 100%"></cp-credential-ladder></div>`,
      );
      expect(orientation(await shown(box.firstElementChild as CredentialLadder))).to.equal('vertical');

      // A percentage of an auto height, or no height at all, follows the content: the width decides, and
      // the choice stays put over frames (it does not feed on the height it makes).
      const loose = await fixture<HTMLDivElement>(html`<div><cp-credential-ladder style="height: 100%"></cp-credential-ladder></div>`);
      const auto = await shown(loose.firstElementChild as CredentialLadder);
      expect(orientation(auto)).to.equal('horizontal');
      await frames(4);
      expect(orientation(auto)).to.equal('horizontal');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prints without its view toggle, keyboard help or popover', async () => {
    const el = await ladder(load(), { current: 'adn' });
    const shown = (selector: string) => $$(el, selector).some((node) => node.getClientRects().length > 0);
    expect(shown('[part="view-toggle"]')).to.equal(true);
    $(el, 'li[data-index="1"] .rung-button')!.click();
    await el.updateComplete;
    await frames(2);
    expect(shown('[part="popover"]')).to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      expect(shown('[part="view-toggle"]')).to.equal(false);
      expect(shown('.help')).to.equal(false);
      expect(shown('[part="popover"]')).to.equal(false);
      expect(shown('ol > li')).to.equal(true);
      expect(shown('[part="sources"]')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('passes axe in the dark theme, and honours reduced motion and forced colours', async () => {
    const el = await ladder(load(), { current: 'adn' });
    el.theme = 'dark';
    await el.updateComplete;
    // axe reads the page behind the shadow host, so a dark widget is checked on a dark page (as in the stories).
    el.parentElement!.style.background = '#0b1117';
    await expectAccessible(el);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle($(el, '.card')!).transitionDuration).to.equal('0s');
    // Under forced colours the browser repaints text and backgrounds with system colours, so axe's
    // contrast maths on the authored colours means nothing there; check that the marks follow the system.
    await emulateMedia({ forcedColors: 'active' });
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle($(el, '.best-line')!).stroke).to.equal(canvasText);
    expect(getComputedStyle($(el, '.is-current .card')!).borderTopStyle).to.equal('solid');
  });

  it('drops unsafe links from data', async () => {
    const doc = await load();
    doc.nodes.find((node) => node.id === 'cna')!.url = 'javascript:alert(1)';
    const el = await ladder(doc);
    $<HTMLButtonElement>(el, '.rung-button')!.click();
    await el.updateComplete;
    expect($(el, '[popover] a')).to.equal(null);
  });

  it('says when no wage can be compared, and which are not comparable', async () => {
    const doc = await load();
    doc.nodes.find((node) => node.id === 'rn')!.wage = { mean: 44.1, period: 'hour' };
    const el = await ladder(doc);
    expect($(el, '[part="chart"]')!.textContent).to.contain('1 occupation is not in the chart');
    expect($(el, 'li[data-index="2"]')!.textContent).to.contain('mean wage $44.10 an hour');
    for (const node of doc.nodes) {
      delete node.wage;
      delete node.wageNational;
    }
    el.data = structuredClone(doc);
    await nextEvent(el, 'cp-load');
    await el.updateComplete;
    expect($(el, 'svg')).to.equal(null);
    expect($(el, '[part="chart"]')!.textContent).to.contain('No wages to compare yet.');
    await expectAccessible(el);
  });

  it('shows every ladder of the bundled Colorado pathways', async () => {
    for (const name of ['healthcare', 'information-technology', 'construction', 'business-operations', 'cybersecurity']) {
      const doc = await load(`/data/colorado/pathway-${name}.json`);
      for (const { id, steps } of doc.ladders!) {
        const el = await ladder(structuredClone(doc), { ladder: id });
        expect($(el, '[role="alert"]'), id).to.equal(null);
        expect($$(el, 'ol > li'), id).to.have.length(steps.length);
      }
    }
    expect(litWarnings).to.deep.equal([]);
  });

  it('survives many connect and disconnect cycles, closing its popover each time', async () => {
    const el = await ladder();
    const parent = el.parentElement!;
    for (let i = 0; i < 50; i++) {
      $<HTMLButtonElement>(el, '.rung-button')!.click();
      await el.updateComplete;
      el.remove();
      expect($(el, '[popover]')!.matches(':popover-open')).to.equal(false);
      parent.append(el);
      await el.updateComplete;
    }
    expect($$(el, 'ol > li')).to.have.length(5);
    expect(document.querySelectorAll(':popover-open').length).to.equal(0);
    expect(litWarnings).to.deep.equal([]);
  });
});

/** The WCAG contrast ratio of two CSS colours as the browser computed them (rgb()). */
function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('<cp-credential-ladder> reads as advice', () => {
  const real = (name: string) => load(`/data/colorado/pathway-${name}.json`);

  it('names the rungs under the chart and says why a stretch is flat, in the chart and on the rung', async () => {
    const el = await ladder(real('information-technology'), { ladder: 'comptia-infrastructure', current: 'comptia-security-plus' });
    const axis = $$(el, '.axis > div').map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(axis).to.deep.equal(['A+', 'Network+', 'Security+ same job', 'Linux+ same job', 'Server+ same job', 'Cloud+']);
    expect($(el, '.chart-note')!.textContent).to.equal(
      'Flat: Security+, Linux+, and Server+ each open the same occupation as the rung before, so the best wage you qualify for stays at $104,620.',
    );
    // The flat rungs say it where "Opens" would be, with the document's note on the link; no "+$0".
    const linux = $(el, 'li[data-index="3"]')!;
    expect(linux.querySelector('.same')!.textContent).to.equal('Opens the same occupation as the rung before');
    expect(linux.querySelector('.adds-note')!.textContent).to.equal(
      "Next certification in CompTIA's IT Networking Specialist pathway (CTDL example)",
    );
    expect($$(el, '.lift').map((text) => text.textContent)).to.deep.equal(['+$32.2K', '+$32.8K']);
    expect($(el, '[part="next-step"]')!.textContent).to.contain('Next: CompTIA Linux+. It opens the same occupation as the rung before.');
    expect($(el, 'li[data-index="3"] .rung-button')!.getAttribute('aria-label')).to.contain(
      'Opens the same occupation as the rung before.',
    );
    await expectAccessible(el);
  });

  it('says "credits carry forward" once, with an arrow between the rungs that carry', async () => {
    const el = await ladder();
    expect(shadowText(el).split('Credits carry forward').length - 1).to.equal(1);
    expect($(el, '.carry-line')!.textContent!.trim()).to.equal('Credits carry forward from each rung to the next.');
    const arrows = $$(el, '[part="carry"]');
    expect(arrows).to.have.length(4);
    expect(arrows.every((arrow) => arrow.getAttribute('aria-hidden') === 'true' && !arrow.textContent!.trim())).to.equal(true);
    expect(getComputedStyle(arrows[0]!, '::before').content).to.match(/[↑→]/);
  });

  it('shows one sentence, no chart heading, when no wage can be compared', async () => {
    const doc = await load();
    for (const node of doc.nodes) {
      delete node.wage;
      delete node.wageNational;
    }
    const el = await ladder(doc);
    const chart = $(el, '[part="chart"]')!;
    expect(chart.querySelector('figcaption, strong, svg, .axis')).to.equal(null);
    expect(chart.textContent!.trim()).to.equal('No wages to compare yet.');
  });

  it('draws the occupation dots and the best-wage ring at 3:1 or more, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await ladder();
      el.theme = theme;
      await el.updateComplete;
      const background = getComputedStyle(el).getPropertyValue('--_bg').trim() || getComputedStyle(el).backgroundColor;
      const probe = document.createElement('span');
      probe.style.color = background;
      el.shadowRoot!.append(probe);
      const bg = getComputedStyle(probe).color;
      probe.remove();
      const dot = getComputedStyle($(el, '.dot')!);
      const ring = getComputedStyle($(el, '.best')!);
      expect(contrast(dot.fill, bg), `${theme} dot`).to.be.at.least(3);
      expect(contrast(ring.stroke, bg), `${theme} ring`).to.be.at.least(3);
      expect(Number.parseFloat($(el, '.dot')!.getAttribute('r')!)).to.be.at.least(4);
    }
  });

  it('gives the keyboard help the same button look as the view toggle', async () => {
    const el = await ladder();
    const toggle = getComputedStyle($(el, '[part="view-toggle"]')!);
    const help = getComputedStyle($(el, '.help summary')!);
    expect(help.borderTopStyle).to.equal(toggle.borderTopStyle);
    expect(help.borderTopColor).to.equal(toggle.borderTopColor);
    expect(help.color).to.equal(toggle.color);
    expect(Math.abs(Number.parseFloat(help.height) - Number.parseFloat(toggle.height))).to.be.below(2);
  });

  it('keeps a forced horizontal ladder inside a phone-wide page, rung titles whole words', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const el = await ladder(load(), { orientation: 'horizontal' });
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
      const list = $(el, 'ol[part="ladder"]')!;
      expect(list.scrollWidth).to.be.above(list.clientWidth);
      // "Certified" on one line: a title is never broken letter by letter.
      const button = $(el, '.rung-button')!;
      expect(button.getBoundingClientRect().width).to.be.at.least(80);
      await expectAccessible(el);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('brings the reader’s own rung into view in a horizontal ladder that scrolls, without moving the page', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const doc = await load();
      const steps = doc.ladders![0]!.steps;
      const pageY = window.scrollY;
      const el = await ladder(doc, { orientation: 'horizontal', current: steps.at(-1)! });
      await frames(2);
      const list = $(el, 'ol[part="ladder"]')!;
      expect(list.scrollWidth, 'the ladder is wider than the phone').to.be.above(list.clientWidth);
      const [box, rung] = [list.getBoundingClientRect(), $(el, '.rung.is-current')!.getBoundingClientRect()];
      expect(rung.left, 'the last rung, the reader’s, is in view').to.be.at.least(box.left - 1);
      expect(rung.right).to.be.at.most(box.right + 1);
      expect(window.scrollY, 'the page did not move').to.equal(pageY);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
