/**
 * cp-campaign-meter in headless Chromium: each variant, attributes-only mode, no count published, errors,
 * keyboard and popovers with real key presses, events, no layout shift, motion, axe on every state, no Lit
 * warnings, no leaks. Counts come from the bundled sample document (marked `sample`) or are synthetic
 * where a test needs a count the data does not have (named as such).
 */
import { expect, fixture, html } from './helpers/testing.js';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { CampaignMeter } from '../src/components/campaign-meter/campaign-meter.component.js';
import '../src/components/campaign-meter/campaign-meter.js';
import type { CampaignDocument } from '../src/schema/types.js';
import { expectAccessible, frames, litWarnings, nextEvent, shadowText } from './helpers/index.js';

const SAMPLE = new URL('./fixtures/campaign-meter-sample.json', import.meta.url).href;
const EMPTY = new URL('./fixtures/campaign-meter-empty.json', import.meta.url).href;
const SLOW = '/__test__/slow?ms=400&file=/test/fixtures/campaign-meter-sample.json';
const PUBLISHED = { goal: '1000000', start: '2021-01-01', deadline: '2030-12-31' };
const ON_PACE = '455,000 of 1,000,000 credentials, 46 percent, on pace';

const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const bar = (el: Element) => $(el, '[role="progressbar"]');
/** Each key figure as [caption, value] (the value's final text, whatever the count-up shows). */
const cells = (el: Element) =>
  $$(el, 'dl.cell').map((cell) => [
    cell.querySelector('dt')!.textContent!.trim(),
    (cell.querySelector('dd .sr-only') ?? cell.querySelector('dd')!).textContent!.trim(),
  ]);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let sampleDoc: CampaignDocument;

before(async () => {
  sampleDoc = await (await fetch(SAMPLE)).json();
});

/** Sets `src` with a cp-load listener already in place (a local fetch can finish before a later listener). */
async function load<T extends CampaignMeter>(el: T, src = SAMPLE): Promise<T> {
  const done = nextEvent(el, 'cp-load');
  el.src = src;
  await done;
  await el.updateComplete;
  await frames(3);
  return el;
}

async function loaded(variant: string, asOf = '2025-06-30', src = SAMPLE): Promise<CampaignMeter> {
  return load(await fixture<CampaignMeter>(html`<cp-campaign-meter variant=${variant} as-of=${asOf}></cp-campaign-meter>`), src);
}

const inside = (wrapper: Element) => wrapper.querySelector('cp-campaign-meter') as CampaignMeter;

describe('cp-campaign-meter variants', () => {
  for (const variant of ['banner', 'compact', 'full']) {
    it(`${variant}: a progress bar with the spoken value, the status and the sample notice`, async () => {
      const el = await loaded(variant);
      const progress = bar(el)!;
      expect(progress.getAttribute('aria-valuemin')).to.equal('0');
      expect(progress.getAttribute('aria-valuemax')).to.equal('1000000');
      expect(progress.getAttribute('aria-valuenow')).to.equal('455000');
      expect(progress.getAttribute('aria-valuetext')).to.equal(ON_PACE);
      expect(progress.getAttribute('aria-label')).to.equal('Campaign for One Million Credentials (sample figures)');
      expect($(el, '[part="status"]')!.textContent).to.equal('on pace');
      expect($(el, '.sample-badge')).to.exist;
      expect($(el, '[part="title"] a')!.getAttribute('href')).to.equal('https://coloradosucceeds.org/one-million-credentials/');
      await expectAccessible(el);
      expect(litWarnings).to.deep.equal([]);
    });
  }

  /** Text cut by the banner's box: wider than its slot, or clipped with an ellipsis. */
  const cutTexts = (el: Element) =>
    $$(el, '.row > * *')
      .filter((node): node is HTMLElement => node instanceof HTMLElement && node.childElementCount === 0 && !!node.textContent!.trim())
      // What is drawn: not the spoken copy (.sr-only) nor the hidden copy that holds a counting figure's width.
      .filter((node) => !node.closest('.sr-only') && node.checkVisibility({ visibilityProperty: true }))
      .filter(
        (node) =>
          node.scrollWidth > node.clientWidth + 1 ||
          node.scrollHeight > node.clientHeight + 1 ||
          getComputedStyle(node).textOverflow === 'ellipsis',
      )
      .map((node) => node.textContent);

  it('banner: two rows at a site header width, the title beside count, goal, bar, percent, state, date and time left', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 960px"><cp-campaign-meter variant="banner" as-of="2025-06-30"></cp-campaign-meter></div>`,
    );
    const el = await load(inside(wrapper));
    expect(el.getBoundingClientRect().height).to.be.below(80);
    expect($(el, '.time')!.textContent).to.equal('5.5 years left');
    expect($(el, '.as-of')!.textContent).to.equal('as of June 2025');
    for (const part of ['.title', '.count', '.of', '.bar', '.percent', '.status', '.as-of', '.time', '.sample-badge', '.sources-button']) {
      expect($<HTMLElement>(el, part)!.checkVisibility(), `${part} is shown`).to.equal(true);
    }
    const title = $(el, '.title')!.getBoundingClientRect();
    const count = $(el, '.count')!.getBoundingClientRect();
    expect(title.right, 'the title sits left of the count').to.be.at.most(count.left);
    expect(cutTexts(el)).to.deep.equal([]);
  });

  for (const [width, lang] of [
    [320, 'en'],
    [360, 'es'],
    [390, 'en'],
    [480, 'es'],
    [720, 'en'],
    [1280, 'es'],
  ] as const) {
    it(`banner at ${width}px (${lang}): the bar, percent, state, date and time left all show, no text is cut`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang} style="width: ${width}px"><cp-campaign-meter variant="banner" as-of="2025-06-30"></cp-campaign-meter></div>`,
      );
      const el = await load(inside(wrapper));
      for (const part of ['.title', '.count', '.bar', '.percent', '.status', '.as-of', '.time', '.sources-button']) {
        expect($<HTMLElement>(el, part)!.checkVisibility(), `${part} is shown`).to.equal(true);
      }
      expect($(el, '.bar')!.getBoundingClientRect().width, 'the bar has room').to.be.at.least(48);
      expect(cutTexts(el)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(width);
    });
  }

  it('compact: percent, rate needed, time left and date of the count', async () => {
    const el = await loaded('compact');
    expect(cells(el)).to.deep.equal([
      ['of the goal', '46%'],
      ['needed each year', '99,000'],
    ]);
    expect($(el, '.foot-text')!.textContent).to.equal('5.5 years left · as of June 2025');
  });

  it('full: chart, figures, legend, breakdown and sources', async () => {
    const el = await loaded('full');
    expect(cells(el)).to.deep.equal([
      ['counted, as of June 2025', '455,000'],
      ['of the goal', '46%'],
      ['needed each year', '99,000'],
      ['by the deadline at the pace so far', '1,010,000'],
    ]);
    expect($$(el, '.point')).to.have.length(4);
    // Two lines, not four on top of each other: the counts and the straight line to the goal.
    expect($$(el, '.chart-svg path').map((path) => path.getAttribute('class'))).to.deep.equal(['pace', 'progress']);
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal(['Counted', 'Straight line to the goal']);
    // The reporting date's line says what it is (the sample's as-of is a past date, so its month).
    expect($(el, '.as-of-label')!.textContent).to.equal('June 2025');
    // Shares of everything counted on one scale: Healthcare is 26% of 455,000, not a full bar.
    expect($(el, '.breakdown-caption')!.textContent).to.equal('Share of all 455,000 credentials counted, as of June 2025');
    const rows = $$(el, '.breakdown li').map((li) =>
      [...li.querySelectorAll(':scope > span:not([aria-hidden])')].map((span) => span.textContent),
    );
    expect(rows).to.deep.equal([
      ['Healthcare', '120,000', '26%'],
      ['Information Technology', '85,000', '19%'],
      ['Business Operations', '75,000', '16%'],
      ['Construction', '60,000', '13%'],
      ['Cybersecurity', '25,000', '5.5%'],
    ]);
    expect($$(el, '.breakdown-tick').map((tick) => tick.textContent)).to.deep.equal(['0%', '10%', '20%', '30%']);
    const scale = $(el, '.breakdown-bar')!.getBoundingClientRect().width;
    const healthcare = $(el, '.breakdown-bar > span')!.getBoundingClientRect().width;
    expect(healthcare / scale).to.be.closeTo(120000 / 455000 / 0.3, 0.01);
    expect($(el, '[part="sources"] summary')!.textContent).to.equal('Sources (2)');
    expect($(el, '[part="sources"]')!.textContent).to.contain('Colorado Succeeds');
    expect($(el, '#summary')!.textContent).to.contain('The straight line to the goal stood at 449,466 on that date (5,534 above).');
    expect($(el, 'svg[role="group"]')!.getAttribute('aria-describedby')).to.equal('summary chart-help');
  });

  for (const variant of ['banner', 'compact', 'full']) {
    it(`${variant}: says the count's month, and gives an old count its age instead of "on pace"`, async () => {
      // The latest sample count is from June 30, 2025; on September 30, 2026 it is 15 months old.
      const el = await loaded(variant, '2026-09-30');
      expect(shadowText(el)).to.contain('as of June 2025');
      const status = $(el, '[part="status"]')!;
      expect(status.textContent).to.equal('count 15 months old');
      expect(status.classList.contains('status-on-track')).to.equal(false);
      expect(bar(el)!.getAttribute('aria-valuetext')).to.equal('455,000 of 1,000,000 credentials, 46 percent, count 15 months old');
      await expectAccessible(el);
      el.setAttribute('stale-after', '18');
      await el.updateComplete;
      expect($(el, '[part="status"]')!.textContent).to.equal('on pace');
    });
  }

  it('follows each pace state of the sample document by date', async () => {
    const el = await loaded('compact');
    for (const [asOf, status] of [
      ['2023-06-30', 'behind pace'],
      ['2031-03-01', 'deadline passed'],
      ['2020-06-30', 'not started yet'],
      ['2025-06-30', 'on pace'],
    ]) {
      el.asOf = asOf;
      await el.updateComplete;
      expect($(el, '[part="status"]')!.textContent, asOf).to.equal(status);
      await expectAccessible(el);
    }
  });
});

describe('cp-campaign-meter from attributes alone', () => {
  it('works without any JSON, and updates and announces when value changes', async () => {
    const el = await fixture<CampaignMeter>(
      html`<cp-campaign-meter variant="banner" goal=${PUBLISHED.goal} start=${PUBLISHED.start} deadline=${PUBLISHED.deadline}
        value="412530" as-of="2025-03-31" label="One million credentials" sample></cp-campaign-meter>`,
    );
    await frames(2);
    expect(bar(el)!.getAttribute('aria-valuetext')).to.equal('412,530 of 1,000,000 credentials, 41 percent, on pace');
    expect($(el, '[part="title"]')!.textContent).to.equal('One million credentials');
    expect($(el, '.sources-button')).to.exist; // the sample notice lives there
    await expectAccessible(el);

    el.setAttribute('value', '455000');
    await el.updateComplete;
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('455000');
    expect($$(el, '[role="status"]').at(-1)!.textContent).to.equal('Updated: 455,000 of 1,000,000 credentials, 46 percent, ahead of pace');
    expect(litWarnings).to.deep.equal([]);
  });

  it('fires cp-load with the campaign document the attributes make, and again only for a different campaign', async () => {
    const el = document.createElement('cp-campaign-meter') as CampaignMeter;
    for (const [key, value] of Object.entries({ ...PUBLISHED, value: '412530', 'as-of': '2025-03-31', label: 'One million credentials' }))
      el.setAttribute(key, value);
    const loads: CampaignDocument[] = [];
    el.addEventListener('cp-load', (event) => loads.push((event as CustomEvent<{ document: CampaignDocument }>).detail.document));
    const first = nextEvent<CustomEvent>(el, 'cp-load');
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    parent.append(el);
    const event = await first;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('412530'); // rendered before it fired
    expect(event.detail.document).to.deep.equal({
      type: 'campaign',
      version: 1,
      id: 'attributes',
      title: 'One million credentials',
      goal: 1000000,
      start: '2021-01-01',
      deadline: '2030-12-31',
      progress: [{ date: '2025-03-31', value: 412530 }],
      source: [],
    });
    await frames(2);
    el.setAttribute('variant', 'banner'); // the same campaign, shown differently: no new cp-load
    await el.updateComplete;
    expect(loads.length).to.equal(1);

    const second = nextEvent<CustomEvent>(el, 'cp-load');
    el.setAttribute('value', '455000');
    expect((await second).detail.document.progress).to.deep.equal([{ date: '2025-03-31', value: 455000 }]);

    const error = nextEvent(el, 'cp-error');
    el.setAttribute('goal', '-1');
    await error;
    await el.updateComplete;
    await frames(2);
    expect(loads.length).to.equal(2); // invalid attributes report cp-error only

    const third = nextEvent<CustomEvent>(el, 'cp-load');
    el.setAttribute('goal', '2000000');
    expect((await third).detail.document.goal).to.equal(2000000);
    expect(loads.length).to.equal(3);
  });

  it('never fires cp-load for invalid attributes', async () => {
    const el = document.createElement('cp-campaign-meter') as CampaignMeter;
    for (const [key, value] of Object.entries({ ...PUBLISHED, goal: 'a million' })) el.setAttribute(key, value);
    let loads = 0;
    el.addEventListener('cp-load', () => loads++);
    const error = nextEvent(el, 'cp-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await error;
    await frames(3);
    expect(loads).to.equal(0);
  });

  it('says no count has been published yet when there is no value, never 0%', async () => {
    const el = await fixture<CampaignMeter>(
      html`<cp-campaign-meter goal=${PUBLISHED.goal} start=${PUBLISHED.start} deadline=${PUBLISHED.deadline} as-of="2026-11-23"></cp-campaign-meter>`,
    );
    expect(bar(el)).to.equal(null);
    const text = shadowText(el);
    expect(text).to.contain('Goal 1,000,000 credentials by December 31, 2030');
    expect(text).to.contain('4.1 years left');
    expect(text).to.not.match(/\b0\s?%/);
    await expectAccessible(el);
  });

  it('says the goal is passed for a value over the goal (synthetic count)', async () => {
    const el = await fixture<CampaignMeter>(
      html`<cp-campaign-meter goal=${PUBLISHED.goal} start=${PUBLISHED.start} deadline=${PUBLISHED.deadline} value="1050000" as-of="2030-06-30"></cp-campaign-meter>`,
    );
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('1000000');
    expect(bar(el)!.getAttribute('aria-valuetext')).to.equal('1,050,000 of 1,000,000 credentials, 105 percent, goal passed');
    expect($(el, '[role="alert"]')).to.equal(null);
  });
});

describe('cp-campaign-meter with no count published', () => {
  for (const variant of ['banner', 'compact', 'full']) {
    it(`${variant}: greets with the goal, the deadline and the time left; no badge, bar, percentage or chart`, async () => {
      const el = await loaded(variant, '2026-11-23', EMPTY);
      expect(bar(el)).to.equal(null);
      expect($(el, '.bar-empty'), 'no empty track').to.equal(null);
      expect($(el, '[part="status"]'), 'no "no count" badge').to.equal(null);
      expect($(el, '.chart'), 'no empty chart').to.equal(null);
      const text = shadowText(el).replace(/\s+/g, ' ');
      expect(text).to.match(/goal/i);
      expect(text).to.contain('1,000,000');
      expect(text).to.contain('December 31, 2030');
      expect(text).to.contain('4.1 years left');
      expect(text).to.not.match(/\b0\s?%|0 percent/);
      await expectAccessible(el);
    });
  }
});

describe('cp-campaign-meter errors', () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ['a negative goal', { goal: '-5' }, 'goal', '-5 must be more than 0'],
    [
      'a goal that is not a number',
      { goal: 'a million' },
      'goal',
      '"a million" is not a number; write it in digits without separators, e.g. goal="1000000"',
    ],
    [
      'a deadline before the start',
      { deadline: '2020-12-31' },
      'deadline',
      '2020-12-31 is not after the start 2021-01-01; the deadline must come later',
    ],
    ['a start that is not a date', { start: '2021-13-01' }, 'start', '"2021-13-01" is not a date; write it as YYYY-MM-DD, e.g. 2030-12-31'],
    [
      'an as-of that is not a date',
      { 'as-of': 'yesterday' },
      'as-of',
      '"yesterday" is not a date; write it as YYYY-MM-DD, e.g. 2030-12-31',
    ],
    ['an unknown variant', { variant: 'ring' }, 'variant', 'unknown variant "ring" (expected banner, compact or full)'],
  ];
  for (const [name, attributes, path, message] of cases) {
    it(`names the attribute for ${name}, and fires cp-error`, async () => {
      const el = document.createElement('cp-campaign-meter') as CampaignMeter;
      for (const [key, value] of Object.entries({ ...PUBLISHED, value: '455000', ...attributes })) el.setAttribute(key, value);
      const error = nextEvent<CustomEvent>(el, 'cp-error');
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      parent.append(el);
      const { detail } = await error;
      expect(detail.issues).to.deep.include({ path, message });
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain(path);
      expect(alert.textContent).to.contain('This campaign meter could not be shown');
      await expectAccessible(el);
    });
  }

  it('says what is wrong with an attribute in Spanish on a Spanish page; cp-error stays English', async () => {
    const parent = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const el = document.createElement('cp-campaign-meter') as CampaignMeter;
    for (const [key, value] of Object.entries({ ...PUBLISHED, goal: 'un millón', start: '2021-13-01' })) el.setAttribute(key, value);
    const error = nextEvent<CustomEvent>(el, 'cp-error');
    parent.append(el);
    const { detail } = await error;
    await el.updateComplete;
    const alert = $(el, '[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
    expect(alert).to.contain('"un millón" no es un número; escríbalo con dígitos y sin separadores, p. ej. goal="1000000"');
    expect(alert).to.contain('"2021-13-01" no es una fecha');
    expect(detail.issues).to.deep.include({
      path: 'goal',
      message: '"un millón" is not a number; write it in digits without separators, e.g. goal="1000000"',
    });
  });

  it('clears the alert when the attribute is fixed, and keeps the last good view while it is wrong', async () => {
    const el = await fixture<CampaignMeter>(
      html`<cp-campaign-meter goal=${PUBLISHED.goal} start=${PUBLISHED.start} deadline=${PUBLISHED.deadline} value="455000" as-of="2025-06-30"></cp-campaign-meter>`,
    );
    const error = nextEvent(el, 'cp-error');
    el.setAttribute('goal', '-1');
    await error;
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.exist;
    expect(bar(el)!.getAttribute('aria-valuetext')).to.equal(ON_PACE);
    el.setAttribute('goal', '1000000');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('names the path in a bad document and keeps the last good view', async () => {
    const el = await loaded('compact');
    const error = nextEvent<CustomEvent>(el, 'cp-error');
    el.data = { ...sampleDoc, deadline: '2020-12-31' };
    const { detail } = await error;
    expect(detail.issues[0]).to.deep.equal({
      path: 'deadline',
      message: '2020-12-31 is not after the start 2021-01-01; the deadline must come later',
    });
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('deadline');
    expect(bar(el)!.getAttribute('aria-valuetext')).to.equal(ON_PACE);
  });

  it('reports a document that cannot be fetched', async () => {
    const el = await fixture<CampaignMeter>(html`<cp-campaign-meter></cp-campaign-meter>`);
    const error = nextEvent<CustomEvent>(el, 'cp-error');
    el.src = '/test/fixtures/missing-campaign.json';
    const { detail } = await error;
    expect(detail.message).to.contain('404');
    await expectAccessible(el);
  });
});

describe('cp-campaign-meter keyboard, popovers and events', () => {
  it('is one Tab stop; arrows, Home and End move between counts; the details follow focus; Escape closes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>before</button><cp-campaign-meter variant="full" as-of="2025-06-30"></cp-campaign-meter></div>`,
    );
    const el = await load(inside(wrapper));
    expect($$(el, '.point[tabindex="0"]')).to.have.length(1);
    // The table toggle and the help come first; then the chart, which starts on the latest count.
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const active = () => el.shadowRoot!.activeElement as SVGElement | null;
    expect(active()?.getAttribute('aria-label')).to.equal('June 30, 2025: 455,000 credentials. Pace line 449,466 (5,534 above).');
    const popover = $<HTMLElement>(el, '.point-popover')!;
    await el.updateComplete;
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(popover.textContent).to.contain('June 30, 2025');

    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(active()?.getAttribute('data-index')).to.equal('2');
    expect($$(el, '.point[tabindex="0"]').map((p) => p.getAttribute('data-index'))).to.deep.equal(['2']);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active()?.getAttribute('data-index')).to.equal('0');
    await el.updateComplete;
    expect(popover.textContent).to.contain('June 30, 2022');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active()?.getAttribute('data-index')).to.equal('3');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(popover.matches(':popover-open')).to.equal(false);
    await expectAccessible(el);
    // Tab leaves the chart: one stop only.
    await sendKeys({ press: 'Tab' });
    expect(active()?.classList.contains('point') ?? false).to.equal(false);
  });

  it('fires cp-select for Enter, Space and a click on a count', async () => {
    const el = await loaded('full');
    const point = $<SVGElement>(el, '.point[data-index="3"]')!;
    point.focus();
    let event = nextEvent<CustomEvent>(el, 'cp-select');
    await sendKeys({ press: 'Enter' });
    let { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ id: '2025-06-30', kind: 'progress', item: 'point' });
    expect(bubbles && composed).to.equal(true);

    event = nextEvent<CustomEvent>(el, 'cp-select');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await sendKeys({ press: 'Space' });
    ({ detail } = await event);
    expect(detail.id).to.equal('2024-06-30');

    const first = $<SVGElement>(el, '.point[data-index="0"] .dot')!.getBoundingClientRect();
    event = nextEvent<CustomEvent>(el, 'cp-select');
    await sendMouse({ type: 'click', position: [Math.round(first.x + first.width / 2), Math.round(first.y + first.height / 2)] });
    ({ detail } = await event);
    expect(detail.id).to.equal('2022-06-30');
  });

  it('shows the same data as a table', async () => {
    const el = await loaded('full');
    const toggle = $<HTMLButtonElement>(el, '.toolbar .button')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const rows = $$(el, 'table tbody tr').map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['June 30, 2022', '90,000', '149,274', '-59,274'],
      ['June 30, 2023', '210,000', '249,247', '-39,247'],
      ['June 30, 2024', '340,000', '349,493', '-9,493'],
      ['June 30, 2025', '455,000', '449,466', '+5,534'],
      ['December 31, 2030 (Goal)', '–', '1,000,000', '–'],
    ]);
    expect($(el, 'svg.chart-svg')).to.equal(null);
    await expectAccessible(el);
  });

  it('opens the sources from the compact card, and Escape closes them', async () => {
    const el = await loaded('compact');
    const button = $<HTMLButtonElement>(el, '[part="sources-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const popover = $<HTMLElement>(el, '.sources-popover')!;
    await el.updateComplete;
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(popover.textContent).to.contain('Sample figures for demonstration, not published data');
    // The popover is the disclosure: the sources show at once, not behind a second one.
    expect(popover.querySelector('details')).to.equal(null);
    expect(popover.querySelector('.sources-list li')!.checkVisibility()).to.equal(true);
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(popover.matches(':popover-open')).to.equal(false);
  });
});

describe('cp-campaign-meter presentation', () => {
  // The full view's placeholder is sized for the bundled sample campaign (title, legend, breakdown, sources).
  // The banner across its bands: two rows, three, and wrapped over five from 320 to 480 px.
  const sizes = [
    ['banner', 1280],
    ['banner', 960],
    ['banner', 900],
    ['banner', 720],
    ['banner', 480],
    ['banner', 420],
    ['banner', 390],
    ['banner', 360],
    ['banner', 320],
    ['compact', 360],
    ['compact', 280],
    ['full', 320],
    ['full', 480],
    ['full', 720],
    ['full', 1200],
  ] as const;
  for (const [variant, width] of sizes) {
    it(`${variant} at ${width}px: the placeholder has the final height (no layout shift)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><cp-campaign-meter variant=${variant} src=${SLOW} as-of="2025-06-30"></cp-campaign-meter></div>`,
      );
      const el = wrapper.firstElementChild as CampaignMeter;
      await frames(2);
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const before = el.getBoundingClientRect().height;
      await nextEvent(el, 'cp-load');
      await frames(3);
      expect(el.getBoundingClientRect().height).to.be.closeTo(before, 2);
    });
  }

  it('full: nothing above the end of the chart moves when the data arrives', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 720px"><cp-campaign-meter variant="full" src=${SLOW} as-of="2025-06-30"></cp-campaign-meter></div>`,
    );
    const el = wrapper.firstElementChild as CampaignMeter;
    await frames(2);
    const frame = () => $(el, '.chart')!.getBoundingClientRect();
    const before = frame();
    await nextEvent(el, 'cp-load');
    await frames(3);
    expect(frame().top).to.equal(before.top);
    expect(frame().height).to.equal(before.height);
  });

  it('prints without its screen-only controls, and the full view prints its table below the chart', async () => {
    const el = await loaded('full');
    const shown = (selector: string) => $$(el, selector).some((node) => node.getClientRects().length > 0);
    expect(shown('.toolbar')).to.equal(true);
    expect(shown('.print-table')).to.equal(false); // the screen view is unchanged
    await emulateMedia({ media: 'print' });
    try {
      expect(shown('.toolbar')).to.equal(false); // the table toggle and keyboard help do nothing on paper
      expect(shown('.chart-svg')).to.equal(true);
      const rows = $$(el, '.print-table tbody tr').map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
      expect(rows).to.have.length(5); // four counts and the goal, each with its figure in words
      expect(rows[3]).to.deep.equal(['June 30, 2025', '455,000', '449,466', '+5,534']);
      expect(shown('.print-table table')).to.equal(true);
      expect(shown('.sources')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('counts up the visible figure and its percent together while the accessible values are final at once', async () => {
    const el = await fixture<CampaignMeter>(html`<cp-campaign-meter variant="compact"></cp-campaign-meter>`);
    el.asOf = '2025-06-30';
    el.data = sampleDoc;
    await el.updateComplete;
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('455000');
    expect($(el, '.figure .sr-only')!.textContent).to.equal('455,000');
    const shown = () => $$(el, '.figure-shown').map((node) => node.textContent);
    await wait(300);
    await el.updateComplete;
    const [figure, percent] = shown();
    expect(figure).to.not.equal('455,000');
    // The percent drawn is the percent of the figure drawn, frame by frame.
    const value = Number(figure!.replace(/,/g, ''));
    expect(percent).to.equal(`${value / 10000 < 10 ? Math.round(value / 1000) / 10 : Math.round(value / 10000)}%`);
    await wait(900);
    await el.updateComplete;
    expect(shown()).to.deep.equal(['455,000', '46%']);
  });

  it('does not animate under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<CampaignMeter>(html`<cp-campaign-meter variant="compact"></cp-campaign-meter>`);
      el.asOf = '2025-06-30';
      el.data = sampleDoc;
      await el.updateComplete;
      expect($$(el, '.figure-shown').map((node) => node.textContent)).to.deep.equal(['455,000', '46%']);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('speaks and formats Spanish', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><cp-campaign-meter variant="full" as-of="2025-06-30"></cp-campaign-meter></div>`,
    );
    const el = await load(inside(wrapper));
    expect(bar(el)!.getAttribute('aria-valuetext')).to.equal('455.000 de 1.000.000 credenciales, 46 por ciento, al ritmo previsto');
    expect(shadowText(el)).to.contain('quedan 5,5 años');
    expect(shadowText(el)).to.contain('Ver como tabla');
    await expectAccessible(el);
  });

  it('shows the campaign’s own Spanish title and group names from its translations, and follows a change of language', async () => {
    const doc = await (await fetch('/data/colorado/campaign-sample.json')).json();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><cp-campaign-meter variant="full" as-of="2025-06-30"></cp-campaign-meter></div>`,
    );
    const el = inside(wrapper);
    const ready = nextEvent(el, 'cp-load');
    el.data = doc;
    await ready;
    await el.updateComplete;
    const es = doc.translations.es;
    expect(shadowText(el)).to.contain(es.title).and.contain(es.breakdown.Healthcare);
    wrapper.setAttribute('lang', 'en');
    await frames(2);
    await el.updateComplete;
    expect(shadowText(el)).to.contain(doc.title).and.not.contain(es.title);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme`, async () => {
      const el = await load(
        await fixture<CampaignMeter>(html`<cp-campaign-meter variant="full" theme=${theme} as-of="2023-06-30"></cp-campaign-meter>`),
      );
      await expectAccessible(el);
    });
  }

  it('draws with system colours in forced-colours mode, whatever the theme', async () => {
    const el = await load(
      await fixture<CampaignMeter>(html`<cp-campaign-meter variant="full" theme="dark" as-of="2023-06-30"></cp-campaign-meter>`),
    );
    await emulateMedia({ forcedColors: 'active' });
    try {
      await frames(2);
      const style = (selector: string, property: string) => getComputedStyle($(el, selector)!).getPropertyValue(property);
      const system = (colour: string) => {
        const probe = document.createElement('span');
        probe.style.color = colour;
        document.body.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      expect(style('.fill', 'background-color')).to.equal(system('Highlight'));
      expect(style('path.progress', 'stroke')).to.equal(system('Highlight'));
      expect(style('path.pace', 'stroke')).to.equal(system('CanvasText'));
      expect(style('.chart-svg .tick', 'fill')).to.equal(system('CanvasText'));
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('passes axe in forced-colours mode (light theme)', async () => {
    const el = await loaded('full', '2023-06-30');
    await emulateMedia({ forcedColors: 'active' });
    try {
      await frames(2);
      await expectAccessible(el);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('is accessible while loading', async () => {
    const el = await fixture<CampaignMeter>(html`<cp-campaign-meter variant="full" src=${SLOW}></cp-campaign-meter>`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(el);
    await nextEvent(el, 'cp-load');
  });
});

describe('cp-campaign-meter first render', () => {
  /** A meter given the sample document and attached, counting its updates. */
  async function counted(variant: string, style = ''): Promise<{ el: CampaignMeter; updates: () => number }> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
    const el = document.createElement('cp-campaign-meter') as CampaignMeter;
    let updates = 0;
    const update = (el as unknown as { update: (changed: unknown) => void }).update;
    Object.assign(el, {
      update(this: CampaignMeter, changed: unknown) {
        updates++;
        update.call(this, changed);
      },
    });
    Object.assign(el, { variant, asOf: '2025-06-30', data: sampleDoc });
    if (style) el.setAttribute('style', style);
    wrapper.append(el);
    await el.updateComplete;
    return { el, updates: () => updates };
  }

  it('banner and compact render once: no second render when the host is measured', async () => {
    // Reduced motion, so the count-up (a render a frame, by design) does not count.
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      for (const variant of ['banner', 'compact']) {
        const { el, updates } = await counted(variant);
        await frames(3);
        expect(updates(), variant).to.equal(1);
        expect(bar(el)).to.exist;
      }
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('full draws its chart in the first render, at the size the measurement then confirms', async () => {
    const { el, updates } = await counted('full');
    const svg = $(el, 'svg.chart-svg')!;
    expect(svg, 'chart after the first update').to.exist;
    expect(updates()).to.equal(1);
    const viewBox = svg.getAttribute('viewBox');
    await frames(3);
    const box = $(el, '.chart')!.getBoundingClientRect();
    expect(viewBox).to.equal(`0 0 ${box.width} ${box.height}`);
    expect($(el, 'svg.chart-svg')!.getAttribute('viewBox')).to.equal(viewBox);
  });

  it('full with a custom chart height waits for the measurement and draws at it', async () => {
    const { el } = await counted('full', '--cp-campaign-meter-chart-height: 300px');
    await frames(3);
    expect($(el, 'svg.chart-svg')!.getAttribute('viewBox')).to.equal('0 0 720 300');
  });

  it('makes the sources popover content when it first opens', async () => {
    const { el } = await counted('compact');
    const popover = $<HTMLElement>(el, '.sources-popover')!;
    expect(popover.textContent!.trim()).to.equal('');
    $<HTMLButtonElement>(el, '[part="sources-button"]')!.click();
    await el.updateComplete;
    expect(popover.matches(':popover-open')).to.equal(true);
    expect(popover.textContent).to.contain('Colorado Succeeds');
    popover.hidePopover();
  });
});

describe('cp-campaign-meter lifecycle', () => {
  it('leaves no listeners or frames behind over many connects and disconnects', async () => {
    const counts = new Map<string, number>();
    const add = document.addEventListener;
    const remove = document.removeEventListener;
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      counts.set(type, (counts.get(type) ?? 0) + 1);
      return (add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
    document.removeEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      counts.set(type, (counts.get(type) ?? 0) - 1);
      return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.removeEventListener;
    try {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('cp-campaign-meter') as CampaignMeter;
      Object.assign(el, { variant: 'full', asOf: '2025-06-30', poll: 60, data: sampleDoc });
      for (let i = 0; i < 50; i++) {
        parent.append(el);
        await el.updateComplete;
        el.remove();
      }
      expect(counts.get('visibilitychange') ?? 0).to.equal(0);
      parent.append(el);
      await el.updateComplete;
      await frames(2);
      expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('455000');
      expect(litWarnings).to.deep.equal([]);
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
    }
  });
});
