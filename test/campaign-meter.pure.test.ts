/**
 * Pure tests of the campaign meter: pace maths, attribute checks, the spoken text, the chart geometry and
 * the poll delays. Figures: the goal and deadline are the campaign's published ones; counts come from
 * the bundled sample document (`sample: true`); a few edge cases use synthetic counts, named as such.
 */
import { expect } from './helpers/testing.js';
import fc from 'fast-check';
import {
  about,
  headline,
  percentText,
  pointText,
  statusText,
  summary,
  textsOf,
  timeLeft,
  valueText,
} from '../src/components/campaign-meter/campaign-meter.describe.js';
import { asOfLabel } from '../src/components/campaign-meter/campaign-meter.chart.js';
import {
  campaignFromAttributes,
  campaignOf,
  modelOf,
  monthsBetween,
  sameDocument,
  type Campaign,
} from '../src/components/campaign-meter/campaign-meter.model.js';
import {
  attributeCampaign,
  attributeDocument,
  deriveMeter,
  settingsOf,
  staleMonths,
} from '../src/components/campaign-meter/campaign-meter.derive.js';
import { memo } from '../src/base/memo.js';
import { chartLayout, defaultChartSize, sameSize } from '../src/components/campaign-meter/campaign-meter.layout.js';
import { countedBy, dayOf, isoOf, pace, percentOf, today } from '../src/components/campaign-meter/campaign-meter.pace.js';
import { MAX_BACKOFF_SECONDS, nextDelay } from '../src/components/campaign-meter/campaign-meter.poller.js';
import type { CampaignDocument } from '../src/schema/types.js';
import './helpers/spanish.js';

const ON_PACE = '455,000 of 1,000,000 credentials, 46 percent, on pace';
const SAMPLE_URL = new URL('./fixtures/campaign-meter-sample.json', import.meta.url).href;
const EMPTY_URL = new URL('./fixtures/campaign-meter-empty.json', import.meta.url).href;
let sample: Campaign;
let empty: Campaign;

before(async () => {
  sample = campaignOf((await (await fetch(SAMPLE_URL)).json()) as CampaignDocument);
  empty = campaignOf((await (await fetch(EMPTY_URL)).json()) as CampaignDocument);
});

/** The published goal and dates with one count (a sample figure) on the as-of date, as attributes give. */
function single(value: number, asOf: string): Campaign {
  const { campaign } = campaignFromAttributes({ goal: '1000000', value: String(value), start: '2021-01-01', deadline: '2030-12-31' }, asOf);
  return campaign!;
}

describe('campaign meter: dates', () => {
  it('reads real YYYY-MM-DD dates only', () => {
    expect(dayOf('1970-01-02')).to.equal(1);
    expect(dayOf('2030-12-31')! - dayOf('2021-01-01')!).to.equal(3651);
    for (const bad of ['2025-02-30', '2025-2-3', '0050-01-01', '2025-13-01', '', 'soon', 20250101, null])
      expect(dayOf(bad), String(bad)).to.equal(undefined);
    expect(isoOf(dayOf('2024-02-29')!)).to.equal('2024-02-29');
    expect(isoOf(2932896)).to.equal('9999-12-31');
    expect(today(new Date(2026, 10, 3, 23, 59))).to.equal('2026-11-03');
  });

  it('counts only what was published by the as-of date', () => {
    expect(countedBy(sample.progress, '2024-06-30').map((p) => p.value)).to.deep.equal([90000, 210000, 340000]);
    expect(countedBy(sample.progress, '2022-06-29')).to.deep.equal([]);
  });
});

describe('campaign meter: pace maths', () => {
  it('is on pace at the latest sample count, with the projection and the rate needed', () => {
    const result = pace({ ...sample, asOf: '2025-06-30' });
    expect(result.state).to.equal('on-track');
    expect(result.latest).to.deep.equal({ date: '2025-06-30', value: 455000 });
    // 1,641 of 3,651 days gone: the straight line stands at 1,000,000 × 1641 / 3651.
    expect(result.expected).to.be.closeTo(449465.8997534922, 1e-6);
    expect(result.gap).to.be.closeTo(5534.100246507791, 1e-6);
    expect(result.perYear).to.be.closeTo(101272.85191956123, 1e-6);
    expect(result.projected).to.be.closeTo(1012312.6142595976, 1e-6);
    expect(result.neededPerYear).to.be.closeTo(99035.44776119402, 1e-6);
    expect(result.reachBy).to.equal('2030-11-17');
    expect(result.percent).to.equal(46);
    expect(result.remaining).to.equal(545000);
    expect(result.daysLeft).to.equal(2010);
  });

  it('is on pace within 5% of the line, behind outside it', () => {
    expect(pace({ ...sample, asOf: '2024-06-30' }).state).to.equal('on-track'); // 2.7% under
    const behind = pace({ ...sample, asOf: '2023-06-30' });
    expect(behind.state).to.equal('behind'); // 15.7% under
    expect(behind.gap).to.be.closeTo(-39246.78170364283, 1e-6);
    expect(pace({ ...sample, asOf: '2022-12-31' }).state).to.equal('behind');
  });

  it('is ahead when the count is well over the line', () => {
    const result = pace({ ...single(455000, '2024-12-31'), asOf: '2024-12-31' });
    expect(result.state).to.equal('ahead');
    expect(result.gap! / result.expected!).to.be.greaterThan(0.05);
  });

  it('says the goal is reached at the goal and past it (synthetic count over the goal)', () => {
    const reached = pace({ ...single(1000000, '2029-06-30'), asOf: '2029-06-30' });
    expect(reached).to.include({ state: 'reached', percent: 100, remaining: 0 });
    expect(reached.neededPerYear).to.equal(undefined);
    const passed = pace({ ...single(1050000, '2031-06-30'), asOf: '2031-06-30' });
    expect(passed).to.include({ state: 'reached', percent: 105, remaining: 0 });
  });

  it('says the deadline passed when the goal was not met by then', () => {
    const result = pace({ ...sample, asOf: '2031-03-01' });
    expect(result.state).to.equal('missed');
    expect(result.daysLeft).to.equal(-60);
    expect(result.neededPerYear).to.be.closeTo(99035.44776119402, 1e-6);
  });

  it('is before the start before the start date, whatever the data', () => {
    const result = pace({ ...sample, asOf: '2020-06-30' });
    expect(result).to.deep.equal({ state: 'before-start', remaining: 1000000, daysLeft: 3836 });
  });

  it('works from a single count (the attributes case)', () => {
    const result = pace({ ...single(455000, '2025-06-30'), asOf: '2025-06-30' });
    expect(result.state).to.equal('on-track');
    expect(result.perYear).to.be.closeTo(101272.85191956123, 1e-6);
    expect(result.neededPerYear).to.be.closeTo(99035.44776119402, 1e-6);
  });

  it('has no figures, and never 0%, when no count is published', () => {
    const result = pace({ ...empty, asOf: '2026-11-23' });
    expect(result).to.deep.equal({ state: 'no-data', remaining: 1000000, daysLeft: 1499 });
  });

  it('has no rate from a count dated on the start day (synthetic count)', () => {
    const result = pace({ ...single(0, '2021-01-01'), asOf: '2021-01-01' });
    expect(result.state).to.equal('on-track');
    expect(result.perYear).to.equal(undefined);
    expect(result.projected).to.equal(undefined);
  });

  it('rounds percentages for people, never to 100 before the goal', () => {
    expect(percentOf(412530, 1000000)).to.equal(41);
    expect(percentOf(91200, 1000000)).to.equal(9.1);
    expect(percentOf(996000, 1000000)).to.equal(99);
    expect(percentOf(1000000, 1000000)).to.equal(100);
  });
});

describe('campaign meter: pace invariants (synthetic, generated)', () => {
  const day = (n: number) => isoOf(dayOf('2000-01-01')! + n);
  it('never throws, never says 100% before the goal, and reaches the goal exactly when the count does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 0, max: 2e9 }),
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 1, max: 8000 }),
        fc.integer({ min: 0, max: 30000 }),
        fc.integer({ min: 0, max: 30000 }),
        (goal, value, start, length, countDay, asOfDay) => {
          const input = {
            goal,
            start: day(start),
            deadline: day(start + length),
            asOf: day(asOfDay),
            progress: [{ date: day(countDay), value }],
          };
          const result = pace(input);
          const model = modelOf({ ...input, breakdown: [], source: [], sample: false }, input.asOf);
          const words = textsOf(model, 'en');
          if (!summary(model, 'en') || (result.state !== 'no-data' && result.state !== 'before-start' && !words.valueText)) return false;
          if (asOfDay < start) return result.state === 'before-start';
          if (countDay > asOfDay) return result.state === 'no-data';
          if (value < goal && result.percent! >= 100) return false;
          if ((result.state === 'reached') !== value >= goal) return false;
          return result.remaining === Math.max(0, goal - value) && Number.isFinite(result.expected!);
        },
      ),
    );
  });
});

describe('campaign meter: attributes', () => {
  const base = { goal: '1000000', start: '2021-01-01', deadline: '2030-12-31' };
  const issues = (attributes: object) => campaignFromAttributes({ ...base, ...attributes }, '2025-06-30').issues;

  it('makes a campaign from goal, start, deadline and an optional value', () => {
    const { campaign } = campaignFromAttributes({ ...base, value: '455000' }, '2025-06-30');
    expect(campaign).to.deep.include({ goal: 1000000, progress: [{ date: '2025-06-30', value: 455000 }], sample: false });
    expect(campaignFromAttributes(base, '2025-06-30').campaign!.progress).to.deep.equal([]);
  });

  it('names the attribute and the fix for each bad input', () => {
    expect(issues({ goal: null })).to.deep.equal([{ path: 'goal', message: 'missing; give the goal as a number, e.g. goal="1000000"' }]);
    expect(issues({ goal: 'lots' })).to.deep.equal([
      { path: 'goal', message: '"lots" is not a number; write it in digits without separators, e.g. goal="1000000"' },
    ]);
    expect(issues({ goal: '1,000,000' })[0]!.path).to.equal('goal');
    expect(issues({ goal: '-5' })).to.deep.equal([{ path: 'goal', message: '-5 must be more than 0' }]);
    expect(issues({ goal: '0' })).to.deep.equal([{ path: 'goal', message: '0 must be more than 0' }]);
    expect(issues({ value: '-1' })).to.deep.equal([{ path: 'value', message: '-1 cannot be negative' }]);
    expect(issues({ start: '2021-02-30' })).to.deep.equal([
      { path: 'start', message: '"2021-02-30" is not a date; write it as YYYY-MM-DD, e.g. 2030-12-31' },
    ]);
    expect(issues({ deadline: null })).to.deep.equal([{ path: 'deadline', message: 'missing; give the deadline date as YYYY-MM-DD' }]);
    expect(issues({ deadline: '2020-12-31' })).to.deep.equal([
      { path: 'deadline', message: '2020-12-31 is not after the start 2021-01-01; the deadline must come later' },
    ]);
  });

  it('allows a value over the goal', () => {
    expect(issues({ value: '1050000' })).to.deep.equal([]);
  });
});

describe('campaign meter: describe()', () => {
  const at = (campaign: Campaign, asOf: string) => modelOf(campaign, asOf);

  it('speaks the progress bar value', () => {
    expect(valueText(at(single(412530, '2025-03-31'), '2025-03-31'), 'en')).to.equal(
      '412,530 of 1,000,000 credentials, 41 percent, on pace',
    );
    expect(valueText(at(sample, '2025-06-30'), 'en')).to.equal('455,000 of 1,000,000 credentials, 46 percent, on pace');
    expect(valueText(at(sample, '2025-06-30'), 'es')).to.equal('455.000 de 1.000.000 credenciales, 46 por ciento, al ritmo previsto');
    expect(valueText(at(sample, '2023-06-30'), 'en')).to.equal('210,000 of 1,000,000 credentials, 21 percent, behind pace');
    expect(valueText(at(sample, '2022-06-30'), 'en')).to.equal('90,000 of 1,000,000 credentials, 9 percent, behind pace');
  });

  it('names every state', () => {
    expect(statusText(at(single(455000, '2024-12-31'), '2024-12-31'), 'en')).to.equal('ahead of pace');
    expect(statusText(at(single(1000000, '2029-06-30'), '2029-06-30'), 'en')).to.equal('goal reached');
    expect(statusText(at(single(1050000, '2029-06-30'), '2029-06-30'), 'en')).to.equal('goal passed');
    expect(statusText(at(sample, '2031-03-01'), 'en')).to.equal('deadline passed');
    expect(statusText(at(sample, '2020-06-30'), 'es')).to.equal('aún no ha comenzado');
    expect(statusText(at(empty, '2026-11-23'), 'en')).to.equal('no count published yet');
  });

  it('says the time left in years, months or days', () => {
    expect(timeLeft(at(sample, '2025-06-30'), 'en')).to.equal('5.5 years left');
    expect(timeLeft(at(sample, '2025-06-30'), 'es')).to.equal('quedan 5,5 años');
    expect(timeLeft(at(sample, '2029-12-31'), 'en')).to.equal('12 months left');
    expect(timeLeft(at(sample, '2030-12-30'), 'en')).to.equal('1 day left');
    expect(timeLeft(at(sample, '2030-12-31'), 'en')).to.equal('deadline today');
    expect(timeLeft(at(sample, '2031-03-01'), 'en')).to.equal('deadline was December 31, 2030');
    expect(timeLeft(at(sample, '2020-06-30'), 'en')).to.equal('starts January 1, 2021');
  });

  it('says no count has been published rather than 0%', () => {
    const model = at(empty, '2026-11-23');
    expect(headline(model, 'en')).to.equal(
      'No count of credentials toward the goal has been published yet. Goal: 1,000,000 credentials by December 31, 2030.',
    );
    const texts = textsOf(model, 'en');
    expect(texts.valueText).to.equal(undefined);
    expect(texts.percent).to.equal(undefined);
    expect(summary(model, 'en')).to.not.match(/0\s?%|0 percent/);
  });

  it('formats only what each variant shows', () => {
    const model = at(sample, '2025-06-30');
    const pick = ({ goal, asOf, percent, needed, projected, valueText: spoken }: ReturnType<typeof textsOf>) => ({
      goal,
      asOf,
      percent,
      needed,
      projected,
      spoken,
    });
    expect(pick(textsOf(model, 'en', 'full'))).to.deep.equal({
      goal: undefined,
      asOf: 'as of June 2025',
      percent: '46%',
      needed: '99,000',
      projected: '1,010,000',
      spoken: ON_PACE,
    });
    expect(pick(textsOf(model, 'en', 'compact'))).to.deep.equal({
      goal: undefined,
      asOf: 'as of June 2025',
      percent: '46%',
      needed: '99,000',
      projected: undefined,
      spoken: ON_PACE,
    });
    // The banner says when its count is from, like the other variants.
    expect(pick(textsOf(model, 'en', 'banner'))).to.deep.equal({
      goal: undefined,
      asOf: 'as of June 2025',
      percent: '46%',
      needed: undefined,
      projected: undefined,
      spoken: ON_PACE,
    });
    expect(textsOf(model, 'es', 'banner').asOf).to.equal('datos a junio de 2025');
    for (const variant of ['banner', 'compact', 'full'] as const) {
      expect(textsOf(at(empty, '2026-11-23'), 'en', variant).goal, variant).to.equal('Goal: 1,000,000 credentials by December 31, 2030');
    }
  });

  it('gives an old count its age instead of a pace state (stale-after, default 12 months)', () => {
    expect(monthsBetween('2024-12-31', '2025-12-30')).to.equal(11);
    expect(monthsBetween('2024-12-31', '2025-12-31')).to.equal(12);
    expect(monthsBetween('2025-06-30', '2026-08-15')).to.equal(13);
    // The latest sample count is June 30, 2025: a year later it is 12 months old and still reads as a pace.
    expect(modelOf(sample, '2026-06-30').old).to.equal(false);
    expect(statusText(modelOf(sample, '2026-06-30'), 'en')).to.equal('on pace');
    const old = modelOf(sample, '2026-08-15');
    expect([old.age, old.old]).to.deep.equal([13, true]);
    expect(statusText(old, 'en')).to.equal('count 13 months old');
    expect(statusText(old, 'es')).to.equal('dato de hace 13 meses');
    expect(valueText(old, 'en')).to.equal('455,000 of 1,000,000 credentials, 46 percent, count 13 months old');
    expect(textsOf(old, 'en', 'banner').asOf).to.equal('as of June 2025');
    // A shorter age, and 0 for never.
    expect(statusText(modelOf(sample, '2025-09-15', 1), 'en')).to.equal('count 2 months old');
    expect(modelOf(sample, '2025-07-30', 1).old).to.equal(false);
    expect(modelOf(sample, '2030-06-30', 0).old).to.equal(false);
    // Reached and missed are facts whatever the count's age; a fresh count is never old.
    expect(modelOf(sample, '2031-03-01').old).to.equal(false);
    expect(modelOf(single(455000, '2025-06-30'), '2025-06-30').old).to.equal(false);
  });

  it('gives the percent of any figure the count-up draws', () => {
    expect(percentText(381525, 1000000, 'en')).to.equal('38%');
    expect(percentText(455000, 1000000, 'es')).to.equal('46\u00a0%');
    expect(percentText(45000, 1000000, 'en')).to.equal('4.5%');
  });

  it('tells the whole story in the summary', () => {
    expect(summary(at(sample, '2025-06-30'), 'en')).to.equal(
      'Campaign for One Million Credentials (sample figures). 455,000 of 1,000,000 credentials, 46 percent, on pace, as of June 30, 2025. ' +
        'The straight line to the goal stood at 449,466 on that date (5,534 above). At the pace so far, the goal is met around November 2030. ' +
        '99,000 credentials a year are needed to reach the goal by December 31, 2030. 5.5 years left.',
    );
    expect(summary(at(sample, '2023-06-30'), 'en')).to.contain('At the pace so far, about 843,000 by the deadline.');
  });

  it('describes each count against the line', () => {
    expect(pointText({ date: '2023-06-30', value: 210000 }, 249246.78170364283, sample, 'en')).to.equal(
      'June 30, 2023: 210,000 credentials. Pace line 249,247 (39,247 below).',
    );
  });

  it('keeps estimates to three significant figures', () => {
    expect(about(1012312.6142595976, 'en')).to.equal('1,010,000');
    expect(about(99035.44776119402, 'es')).to.equal('99.000');
  });
});

describe('campaign meter: chart layout', () => {
  it('places the counts, the pace line, the goal and the year ticks', () => {
    const g = chartLayout(modelOf(sample, '2025-06-30'), { width: 640, height: 288, em: 16 });
    expect(g.plot).to.deep.equal({ left: 52, top: 20, right: 620, bottom: 260 });
    // Two lines only: the y axis runs to the goal (1,000,000 over 240 px), with no room kept for a projection.
    expect(g.paceLine).to.equal('M52,260L620,20');
    expect(g.goalY).to.equal(20);
    expect(g.points.map((p) => [p.date, p.x, p.y])).to.deep.equal([
      ['2022-06-30', 136.8, 238.4],
      ['2023-06-30', 193.6, 209.6],
      ['2024-06-30', 250.5, 178.4],
      ['2025-06-30', 307.3, 150.8],
    ]);
    expect(g.progressLine).to.equal('M136.8,238.4L193.6,209.6L250.5,178.4L307.3,150.8');
    expect(g.xTicks.map((t) => t.value)).to.deep.equal([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(g.xTicks[0]).to.deep.equal({ at: 52, value: 2021 });
    expect(g.yTicks.map((t) => t.value)).to.deep.equal([0, 200000, 400000, 600000, 800000, 1000000]);
    expect([g.asOfX, g.asOfAnchor]).to.deep.equal([307.3, 'middle']);
    expect(Object.keys(g)).to.not.include.members(['projection', 'needed']);
  });

  it('labels the reporting date "Today" when it is today, else by its month, and keeps the label inside', () => {
    expect(asOfLabel('2026-11-23', 'en', '2026-11-23')).to.equal('Today');
    expect(asOfLabel('2026-11-23', 'es', '2026-11-23')).to.equal('Hoy');
    expect(asOfLabel('2025-06-30', 'en', '2026-11-23')).to.equal('June 2025');
    const late = chartLayout(modelOf(sample, '2030-10-01'), { width: 640, height: 288, em: 16 });
    expect(late.asOfAnchor).to.equal('end');
  });

  it('thins the year ticks on a narrow chart', () => {
    const g = chartLayout(modelOf(sample, '2025-06-30'), { width: 280, height: 200, em: 16 });
    expect(g.xTicks.map((t) => t.value)).to.deep.equal([2025, 2030]);
    expect(g.yTicks.map((t) => t.value)).to.deep.equal([0, 500000, 1000000]);
  });

  it('makes room for a count over the goal (synthetic count)', () => {
    const g = chartLayout(modelOf(single(1050000, '2029-06-30'), '2029-06-30'), { width: 640, height: 288, em: 16 });
    expect(g.points[0]!.y).to.be.at.least(g.plot.top);
    expect(g.goalY).to.be.greaterThan(g.plot.top);
  });

  it('thins crowded markers but keeps every count in the line (synthetic daily counts)', () => {
    const daily = Array.from({ length: 1500 }, (_, i) => ({ date: isoOf(dayOf('2021-01-02')! + i), value: 300 * i }));
    const g = chartLayout(modelOf({ ...sample, progress: daily }, '2025-06-30'), { width: 640, height: 288, em: 16 });
    expect(g.points).to.have.length(1500);
    expect(g.markers.length).to.be.at.most(71);
    expect(g.markers.at(-1)!.date).to.equal(daily.at(-1)!.date);
    expect(chartLayout(modelOf(sample, '2025-06-30'), { width: 640, height: 288 }).markers).to.have.length(4);
  });

  it('estimates the chart box as the stylesheet lays it out: the meter’s width, clamp(12.5em, 45cqi, 22em) tall', () => {
    expect(defaultChartSize(1168, 16)).to.deep.equal({ width: 1168, height: 352, em: 16 });
    expect(defaultChartSize(640, 16)).to.deep.equal({ width: 640, height: 288, em: 16 });
    expect(defaultChartSize(320, 16)).to.deep.equal({ width: 320, height: 200, em: 16 });
    expect(defaultChartSize(640, 20)).to.deep.equal({ width: 640, height: 288, em: 20 });
    expect(defaultChartSize(320, 20)).to.deep.equal({ width: 320, height: 250, em: 20 });
    expect(sameSize({ width: 640, height: 288 }, { width: 640, height: 288, em: 16 })).to.equal(true);
    expect(sameSize({ width: 640, height: 288, em: 16 }, { width: 640, height: 288.5, em: 16 })).to.equal(false);
  });

  it('draws no counts with no data', () => {
    const g = chartLayout(modelOf(empty, '2026-11-23'), { width: 640, height: 288, em: 16 });
    expect(g.points).to.deep.equal([]);
    expect(g.progressLine).to.equal('');
  });
});

describe('campaign meter: poll delays', () => {
  it('waits the interval plus up to 10% after a success', () => {
    expect(nextDelay(60, 0, () => 0)).to.equal(60000);
    expect(nextDelay(60, 0, () => 1)).to.equal(66000);
  });

  it('backs off with full jitter over a doubling window, never below the interval, capped', () => {
    expect(nextDelay(60, 1, () => 1)).to.equal(120000);
    expect(nextDelay(60, 3, () => 1)).to.equal(480000);
    expect(nextDelay(60, 3, () => 0.5)).to.equal(240000);
    expect(nextDelay(60, 3, () => 0)).to.equal(60000);
    expect(nextDelay(60, 20, () => 1)).to.equal(MAX_BACKOFF_SECONDS * 1000);
  });
});

describe('campaign meter: the view model (derive)', () => {
  let sampleDoc: CampaignDocument;
  before(async () => {
    sampleDoc = (await (await fetch(SAMPLE_URL)).json()) as CampaignDocument;
  });

  it('checks as-of and variant, naming the attribute, and falls back to today for a bad date', () => {
    expect(settingsOf('2025-06-30', 'banner', '2026-01-05')).to.deep.equal({ asOf: '2025-06-30', issues: [] });
    expect(settingsOf(undefined, 'full', '2026-01-05')).to.deep.equal({ asOf: '2026-01-05', issues: [] });
    const bad = settingsOf('30/06/2025', 'ribbon', '2026-01-05');
    expect(bad.asOf).to.equal('2026-01-05');
    expect(bad.issues.map((issue) => issue.path)).to.deep.equal(['as-of', 'variant']);
    expect(bad.issues[1]!.message).to.contain('ribbon');
  });

  it('makes a campaign from attributes only when one is set, and names each bad attribute', () => {
    expect(attributeCampaign(undefined, undefined, undefined, undefined, '2025-06-30')).to.deep.equal({ issues: [] });
    const made = attributeCampaign(1000000, '455000', '2021-01-01', '2030-12-31', '2025-06-30');
    expect(made.issues).to.deep.equal([]);
    expect(made.campaign).to.deep.include({ goal: 1000000, progress: [{ date: '2025-06-30', value: 455000 }] });
    const bad = attributeCampaign('a million', undefined, '2021-01-01', undefined, '2025-06-30');
    expect(bad.campaign).to.equal(undefined);
    expect(bad.issues.map((issue) => issue.path)).to.deep.equal(['goal', 'deadline']);
  });

  it("dresses attribute figures as the contract's campaign document", () => {
    const figures = { goal: 1000000, start: '2021-01-01', deadline: '2030-12-31', progress: [{ date: '2025-06-30', value: 455000 }] };
    expect(
      attributeDocument(figures, { label: 'One million credentials', unit: null, sample: false, title: 'Campaign progress' }),
    ).to.deep.equal({
      type: 'campaign',
      version: 1,
      id: 'attributes',
      title: 'One million credentials',
      goal: 1000000,
      start: '2021-01-01',
      deadline: '2030-12-31',
      progress: [{ date: '2025-06-30', value: 455000 }],
      source: [],
    });
    const plain = attributeDocument(figures, { unit: 'degrees', sample: true, title: 'Progreso de la campaña' });
    expect(plain).to.deep.include({ title: 'Progreso de la campaña', unit: 'degrees', sample: true });
  });

  it('derives the model and its words from a document, with label and unit overriding it', () => {
    const view = deriveMeter(sampleDoc, false, 'en', 'compact', '2025-06-30', undefined, undefined, false, 12);
    expect(view.text.valueText).to.equal(ON_PACE);
    expect(view.text.title).to.equal(sampleDoc.title);
    expect(view.model.campaign.sample).to.equal(true);
    const dressed = deriveMeter(sampleDoc, false, 'en', 'compact', '2025-06-30', 'Our goal', 'awards', false, 12);
    expect(dressed.text.title).to.equal('Our goal');
    expect(dressed.text.valueText).to.equal('455,000 of 1,000,000 awards, 46 percent, on pace');
    expect(deriveMeter(sampleDoc, false, 'es', 'compact', '2025-06-30', undefined, undefined, false, 12).text.valueText).to.not.equal(
      ON_PACE,
    );
  });

  it('gives a document made from attributes no title of its own, only the label', () => {
    const figures = { goal: 1000000, start: '2021-01-01', deadline: '2030-12-31', progress: [{ date: '2025-06-30', value: 455000 }] };
    const made = attributeDocument(figures, { sample: false, title: 'Campaign progress' });
    expect(deriveMeter(made, true, 'en', 'banner', '2025-06-30', undefined, undefined, false, 12).text.title).to.equal(undefined);
    expect(deriveMeter(made, true, 'en', 'banner', '2025-06-30', 'Goal', undefined, false, 12).text.title).to.equal('Goal');
  });

  it('reads stale-after as months, falling back to 12 for anything else', () => {
    expect(staleMonths(3)).to.equal(3);
    expect(staleMonths('0')).to.equal(0);
    expect(staleMonths('soon')).to.equal(12);
  });

  it('derives once per set of inputs through memo, and again when one changes', () => {
    const derive = memo(deriveMeter);
    const first = derive(sampleDoc, false, 'en', 'full', '2025-06-30', undefined, undefined, false, 12);
    expect(derive(sampleDoc, false, 'en', 'full', '2025-06-30', undefined, undefined, false, 12)).to.equal(first);
    const later = derive(sampleDoc, false, 'en', 'full', '2024-06-30', undefined, undefined, false, 12);
    expect(later).to.not.equal(first);
    expect(later.model.pace.latest).to.deep.equal({ date: '2024-06-30', value: 340000 });
  });
});

describe('campaign meter: a polled body', () => {
  const shown = { type: 'campaign', version: 1, goal: 10, progress: [{ date: '2025-06-30', value: 4 }] };

  it('is the same document when its data is, however it is spaced', () => {
    expect(sameDocument(JSON.stringify(shown, null, 2), shown)).to.equal(true);
  });

  it('is news when a figure changed or it is not JSON', () => {
    expect(sameDocument(JSON.stringify({ ...shown, progress: [{ date: '2025-06-30', value: 5 }] }), shown)).to.equal(false);
    expect(sameDocument('<html>', shown)).to.equal(false);
  });
});
