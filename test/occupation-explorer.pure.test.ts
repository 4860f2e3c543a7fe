/** Pure tests of the occupation explorer: search matching, filters, sorting, chart geometry and spoken text. */
import { expect } from './helpers/testing.js';
import fc from 'fast-check';
import {
  describeChart,
  describeOrder,
  describeResults,
  describeTopJobs,
  educationLabel,
  figureArea,
  figureLabels,
  jobZoneLabel,
  rowText,
  wageBasis,
} from '../src/components/occupation-explorer/occupation-explorer.describe.js';
import {
  activeFilters,
  benchmarkOf,
  demandGroup,
  facets,
  filterRows,
  fold,
  prepare,
  sortRows,
  terms,
  type Row,
} from '../src/components/occupation-explorer/occupation-explorer.filter.js';
import { found, needles, searchKey, stem } from '../src/components/occupation-explorer/occupation-explorer.search.js';
import { GREY, sectorColours } from '../src/components/occupation-explorer/occupation-explorer.colours.js';
import { labelCandidates, placeLabels, wrap } from '../src/components/occupation-explorer/occupation-explorer.labels.js';
import { scaleLinear } from 'd3-scale';
import { cloudOf } from '../src/components/occupation-explorer/occupation-explorer.cloud.js';
import { chartLayout, type ChartLayout, type Point } from '../src/components/occupation-explorer/occupation-explorer.layout.js';
import { nearest, rowStep, step } from '../src/components/occupation-explorer/occupation-explorer.navigation.js';
import { editOf, headingSort, readOptions } from '../src/components/occupation-explorer/occupation-explorer.options.js';
import type { Occupation, SourceRef } from '../src/schema/types.js';
import './helpers/spanish.js';

// Real figures (test/fixtures/occupation-explorer-colorado.json): Colorado mean wages (OEWS May 2023),
// national growth and openings (BLS Employment Projections 2024-34).
const OCCUPATIONS: Occupation[] = [
  {
    soc: '29-1141',
    title: 'Registered Nurses',
    sector: 'Healthcare',
    wage: { mean: 91730, period: 'year' },
    growth: 0.049,
    openings: 189100,
    education: 'bachelor-degree',
    jobZone: 4,
  },
  {
    soc: '31-1131',
    title: 'Nursing Assistants',
    sector: 'Healthcare',
    wage: { mean: 43580, period: 'year' },
    growth: 0.023,
    openings: 204100,
    education: 'postsecondary-nondegree-award',
    jobZone: 3,
  },
  {
    soc: '15-1252',
    title: 'Software Developers',
    sector: 'Information Technology',
    topJob: true,
    wage: { mean: 145420, period: 'year' },
    growth: 0.158,
    openings: 115200,
    education: 'bachelor-degree',
    jobZone: 4,
  },
  {
    soc: '27-2031',
    title: 'Dancers',
    sector: 'Arts, Media and Entertainment',
    wage: { mean: 22, period: 'hour' },
    growth: 0.045,
    openings: 1800,
    education: 'no-formal-credential',
    jobZone: 3,
  },
  { soc: '13-1021', title: 'Buyers and Purchasing Agents, Farm Products', sector: 'Business Operations', jobZone: 4 },
  {
    soc: '29-1211',
    title: 'Anesthesiologists',
    sector: 'Healthcare',
    growth: 0.032,
    openings: 1300,
    education: 'doctoral-degree',
    jobZone: 5,
  },
];
const SOURCES: SourceRef[] = [
  { name: 'BLS OEWS May 2023, Colorado', area: 'Colorado', covers: ['wage'] },
  { name: 'BLS OEWS May 2024, national', area: 'United States', covers: ['wageNational'] },
  { name: 'BLS Employment Projections 2024–34', area: 'United States', covers: ['growth', 'openings', 'education'] },
];
const collator = new Intl.Collator('en', { numeric: true });
const rows = () => prepare(OCCUPATIONS);
const socs = (list: readonly Row[]) => list.map((row) => row.soc);
const match = (query: string, more = {}) => socs(filterRows(rows(), { query, ...more }));

describe('occupation explorer: search', () => {
  it('folds case and accents', () => {
    expect(fold('Enfermería')).to.equal('enfermeria');
    expect(fold('ÉLECTRICIEN Ñandú')).to.equal('electricien nandu');
    expect(terms('  Registered   NURSE ')).to.deep.equal(['registered', 'nurse']);
    expect(terms('first-line, 29-11')).to.deep.equal(['first', 'line', '29-11']);
  });

  it('matches every word against the title and the SOC code, with or without its hyphen', () => {
    expect(match('nurse')).to.deep.equal(['29-1141', '31-1131']);
    expect(match('NÚRSING assist')).to.deep.equal(['31-1131']);
    expect(match('29-11')).to.deep.equal(['29-1141']);
    expect(match('291141')).to.deep.equal(['29-1141']);
    expect(match('29 nurses')).to.deep.equal(['29-1141']);
    expect(match('nurse developer')).to.deep.equal([]);
    expect(match('urse')).to.deep.equal([]);
    expect(match('')).to.have.length(6);
  });

  it('finds word beginnings and simple stems, in English', () => {
    const titles = [
      'Nursing Assistants',
      'Registered Nurses',
      'Electricians',
      'Electrical Engineers',
      'Welders, Cutters, Solderers, and Brazers',
      'Computer and Information Systems Managers',
      'Purses and Handbags',
    ];
    const hits = (query: string) => titles.filter((title) => found(searchKey(title), needles(query)));
    expect(hits('nurse')).to.deep.equal(['Nursing Assistants', 'Registered Nurses']);
    expect(hits('nurses')).to.deep.equal(['Nursing Assistants', 'Registered Nurses']);
    expect(hits('nursing')).to.deep.equal(['Nursing Assistants', 'Registered Nurses']);
    expect(hits('electric')).to.deep.equal(['Electricians', 'Electrical Engineers']);
    expect(hits('electrician')).to.deep.equal(['Electricians']);
    expect(hits('welding')).to.deep.equal(['Welders, Cutters, Solderers, and Brazers']);
    expect(hits('manager system')).to.deep.equal(['Computer and Information Systems Managers']);
    // A word beginning, not anywhere: "urse" is inside "nurse" and "purses", at the start of neither.
    expect(hits('urse')).to.deep.equal([]);
    // As typed, letter by letter, "nursing" keeps finding what "nurs" found.
    for (const typed of ['n', 'nu', 'nur', 'nurs', 'nursi', 'nursin']) expect(hits(typed)).to.include('Nursing Assistants');
  });

  it('finds word beginnings and simple stems, in Spanish', () => {
    const titles = [
      'Enfermeras registradas',
      'Auxiliares de enfermería',
      'Electricistas',
      'Ingenieros eléctricos',
      'Maestros de preescolar',
    ];
    const hits = (query: string) => titles.filter((title) => found(searchKey(title), needles(query)));
    expect(hits('enfermero')).to.deep.equal(['Enfermeras registradas', 'Auxiliares de enfermería']);
    expect(hits('ENFERMERÍA')).to.deep.equal(['Enfermeras registradas', 'Auxiliares de enfermería']);
    expect(hits('eléctrico')).to.deep.equal(['Electricistas', 'Ingenieros eléctricos']);
    expect(hits('ingeniera')).to.deep.equal(['Ingenieros eléctricos']);
    expect(hits('maestra')).to.deep.equal(['Maestros de preescolar']);
    expect(hits('stro')).to.deep.equal([]);
    expect([
      stem('enfermeras'),
      stem('enfermeria'),
      stem('enfermero'),
      stem('nursing'),
      stem('technologies'),
      stem('technology'),
    ]).to.deep.equal(['enfermer', 'enfermer', 'enfermer', 'nurs', 'technologi', 'technologi']);
  });

  it('finds a row only when each query word, as typed or stemmed, begins a word of its title or code (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), (query) => {
        for (const row of filterRows(rows(), { query })) {
          const words = [...fold(row.occupation.title).split(/[^\p{L}\p{N}]+/u), ...row.soc.split('-'), row.soc, row.soc.replace('-', '')];
          for (const word of terms(query))
            expect(words.some((w) => w.startsWith(word) || stem(w).startsWith(stem(word)))).to.equal(
              true,
              `${query} in ${row.occupation.title}`,
            );
        }
      }),
    );
  });
});

describe('occupation explorer: filters', () => {
  it('prepares each row once: the yearly wage (not an hourly one) and the education rank', () => {
    const [rn, , , dancers, buyers] = rows();
    expect([rn!.wage, rn!.growth, rn!.openings, rn!.level]).to.deep.equal([91730, 0.049, 189100, 5]);
    expect([dancers!.wage, dancers!.level]).to.deep.equal([undefined, 0]);
    expect([buyers!.wage, buyers!.growth, buyers!.level]).to.deep.equal([undefined, undefined, -1]);
  });

  it('filters by sector, Top Jobs, education at most, and a yearly wage range that drops rows without one', () => {
    expect(match('', { sector: 'Healthcare' })).to.deep.equal(['29-1141', '31-1131', '29-1211']);
    expect(match('', { topJobs: true })).to.deep.equal(['15-1252']);
    expect(match('', { education: 'postsecondary-nondegree-award' })).to.deep.equal(['31-1131', '27-2031']);
    expect(match('', { education: 'doctoral-degree' })).to.deep.equal(['29-1141', '31-1131', '15-1252', '27-2031', '29-1211']);
    expect(match('', { minWage: 50000 })).to.deep.equal(['29-1141', '15-1252']);
    expect(match('', { minWage: 43580, maxWage: 91730 })).to.deep.equal(['29-1141', '31-1131']);
    expect(match('', { maxWage: 0 })).to.deep.equal([]);
    expect(match('nurs', { sector: 'Healthcare', maxWage: 50000 })).to.deep.equal(['31-1131']);
    expect(match('', { topJobs: false })).to.have.length(6);
  });

  it('counts the filters set besides the search', () => {
    expect(activeFilters({ query: 'x' })).to.equal(0);
    expect(activeFilters({ query: '', sector: 'Healthcare', topJobs: true, minWage: 0 })).to.equal(3);
    expect(activeFilters({ query: '', sector: '', topJobs: false })).to.equal(0);
  });

  it('lists the sectors by name and the education levels in their order', () => {
    expect(facets(rows(), collator)).to.deep.equal({
      sectors: ['Arts, Media and Entertainment', 'Business Operations', 'Healthcare', 'Information Technology'],
      levels: ['no-formal-credential', 'postsecondary-nondegree-award', 'bachelor-degree', 'doctoral-degree'],
    });
  });
});

describe('occupation explorer: sorting', () => {
  it('sorts by wage either way, with missing figures last both ways (ties by title)', () => {
    expect(socs(sortRows(rows(), 'wage', 'desc', collator))).to.deep.equal([
      '15-1252',
      '29-1141',
      '31-1131',
      '29-1211',
      '13-1021',
      '27-2031',
    ]);
    expect(socs(sortRows(rows(), 'wage', 'asc', collator))).to.deep.equal([
      '31-1131',
      '29-1141',
      '15-1252',
      '29-1211',
      '13-1021',
      '27-2031',
    ]);
  });

  it('sorts by growth and openings', () => {
    expect(socs(sortRows(rows(), 'growth', 'desc', collator))).to.deep.equal([
      '15-1252',
      '29-1141',
      '27-2031',
      '29-1211',
      '31-1131',
      '13-1021',
    ]);
    expect(socs(sortRows(rows(), 'openings', 'asc', collator))).to.deep.equal([
      '29-1211',
      '27-2031',
      '15-1252',
      '29-1141',
      '31-1131',
      '13-1021',
    ]);
  });

  it('sorts titles by the language’s collation', () => {
    expect(socs(sortRows(rows(), 'title', 'asc', collator))).to.deep.equal([
      '29-1211',
      '13-1021',
      '27-2031',
      '31-1131',
      '29-1141',
      '15-1252',
    ]);
    const accents = prepare([
      { soc: '00-0001', title: 'Zoólogos' },
      { soc: '00-0002', title: 'Árbitros' },
      { soc: '00-0003', title: 'azafatos' },
    ]);
    expect(sortRows(accents, 'title', 'asc', new Intl.Collator('es')).map((row) => row.occupation.title)).to.deep.equal([
      'Árbitros',
      'azafatos',
      'Zoólogos',
    ]);
  });

  it('orders for job seekers by default: Top Jobs, then pay at least the all-occupations mean, then the rest, each by openings', () => {
    const benchmark = benchmarkOf({ mean: 71960, period: 'year' });
    expect(benchmark).to.deep.equal({ amount: 71960, basis: 'mean' });
    expect(benchmarkOf({ mean: 34.6, period: 'hour' })).to.equal(undefined);
    // Software Developers (Top Job); Registered Nurses ($91,730, at least the mean); then by openings:
    // Nursing Assistants ($43,580), Dancers (hourly only), Anesthesiologists (no Colorado wage), Buyers (no openings).
    expect(socs(sortRows(rows(), 'demand', 'desc', collator, benchmark))).to.deep.equal([
      '15-1252',
      '29-1141',
      '31-1131',
      '27-2031',
      '29-1211',
      '13-1021',
    ]);
    expect(rows().map((row) => demandGroup(row, benchmark))).to.deep.equal([1, 2, 0, 2, 2, 2]);
    // A higher bar drops the nurses into the rest, where openings put the assistants first.
    expect(socs(sortRows(rows(), 'demand', 'desc', collator, { amount: 100000, basis: 'mean' })).slice(0, 3)).to.deep.equal([
      '15-1252',
      '31-1131',
      '29-1141',
    ]);
    // A median benchmark compares medians: these rows have means only.
    expect(rows().map((row) => demandGroup(row, { amount: 1, basis: 'median' }))).to.deep.equal([2, 2, 0, 2, 2, 2]);
    // No benchmark: Top Jobs, then openings. The direction does not apply.
    expect(socs(sortRows(rows(), 'demand', 'asc', collator))).to.deep.equal([
      '15-1252',
      '31-1131',
      '29-1141',
      '27-2031',
      '29-1211',
      '13-1021',
    ]);
  });

  it('keeps its order when filtered, so a sort is computed once per document', () => {
    const sorted = sortRows(rows(), 'openings', 'desc', collator);
    expect(socs(filterRows(sorted, { query: '', sector: 'Healthcare' }))).to.deep.equal(['31-1131', '29-1141', '29-1211']);
  });
});

describe('occupation explorer: chart layout', () => {
  const three = prepare([
    { soc: '00-0001', title: 'A', sector: 'S1', wage: { mean: 50000, period: 'year' }, growth: 0.1, openings: 100 },
    { soc: '00-0002', title: 'B', sector: 'S2', wage: { mean: 100000, period: 'year' }, growth: -0.05, openings: 400 },
    { soc: '00-0003', title: 'C', sector: 'S1', wage: { mean: 70000, period: 'year' } },
  ]);

  it('puts wage across (log scale) and growth up, circle area by openings, and counts what it leaves out', () => {
    const layout = chartLayout(three, 400, (row) => (row.occupation.sector === 'S2' ? 1 : 0));
    expect([layout.width, layout.height, layout.left, layout.right, layout.top, layout.bottom]).to.deep.equal([400, 288, 56, 382, 14, 244]);
    const [a, b] = layout.points as [Point, Point];
    expect(layout.points).to.have.length(2);
    expect(layout.unplotted).to.equal(1);
    expect(a.x).to.be.closeTo(91.158, 0.001);
    expect(b.x).to.be.closeTo(346.842, 0.001);
    expect(a.y).to.be.closeTo(39.556, 0.001);
    expect(b.y).to.be.closeTo(231.222, 0.001);
    expect(layout.zero).to.be.closeTo(167.333, 0.001);
    expect([a.r, b.r, a.series, b.series]).to.deep.equal([8, 13, 0, 1]);
    // 1-2-3-5 ticks give only $50K and $100K here, so evenly spaced ones are used.
    expect(layout.xTicks.map((t) => t.value)).to.deep.equal([60000, 80000, 100000]);
    expect(layout.yTicks.map((t) => t.value)).to.deep.equal([-0.05, 0, 0.05, 0.1]);
    expect(layout.wage).to.deep.equal([50000, 100000]);
    expect(layout.growth).to.deep.equal([-0.05, 0.1]);
  });

  it('places points exactly where d3’s scales put them (the layout maps them without the scale object)', () => {
    const layout = chartLayout(three, 400, () => 0);
    const [a, b] = layout.points as [Point, Point];
    const logX = scaleLinear()
      .domain([Math.log(50000 / 1.1), Math.log(100000 * 1.1)])
      .range([56, 382]);
    expect(a.x).to.equal(logX(Math.log(50000)));
    expect(b.x).to.equal(logX(Math.log(100000)));
    // The y ticks are placed by the scale itself; a point on a tick's value sits exactly on it.
    expect(a.y).to.equal(layout.yTicks.find((t) => t.value === 0.1)!.at);
    expect(b.y).to.equal(layout.yTicks.find((t) => t.value === -0.05)!.at);
  });

  it('puts growth ticks and zero exactly where a nice d3 linear scale would, for any growth range', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -900, max: 3000 }).map((permille) => permille / 1000),
          { minLength: 2, maxLength: 6 },
        ),
        fc.integer({ min: 240, max: 1200 }),
        (growths, width) => {
          const rows = growths.map((growth, i) => ({ ...three[i % three.length]!, soc: `00-000${i}`, growth }));
          const layout = chartLayout(rows, width, () => 0);
          const [gMin, gMax] = [Math.min(...growths), Math.max(...growths)];
          const pad = (Math.max(gMax, 0) - Math.min(gMin, 0)) * 0.04;
          const [lo, hi] = [Math.min(gMin - pad, 0), Math.max(gMax + pad, 0)];
          fc.pre(lo !== hi);
          const y = scaleLinear().domain([lo, hi]).range([layout.bottom, layout.top]).nice();
          const count = Math.max(2, Math.floor((layout.bottom - layout.top) / 48));
          expect(layout.yTicks.map((t) => t.value)).to.deep.equal(y.ticks(count));
          layout.yTicks.forEach((t) => expect(t.at).to.be.closeTo(y(t.value), 1e-9));
          expect(layout.zero).to.be.closeTo(y(0), 1e-9);
        },
      ),
    );
  });

  it('keeps one point and no points inside the axes', () => {
    const one = chartLayout(three.slice(0, 1), 300, () => 0);
    expect(one.points[0]!.x).to.be.within(one.left, one.right);
    expect(one.points[0]!.y).to.be.within(one.top, one.bottom);
    const none = chartLayout([], 300, () => 0);
    expect([none.points.length, none.wage, none.growth]).to.deep.equal([0, undefined, undefined]);
    expect(none.xTicks.length).to.be.greaterThan(1);
  });

  it('keeps wage ticks apart on a narrow chart', () => {
    const layout = chartLayout(prepare(OCCUPATIONS), 240, () => 0);
    const gaps = layout.xTicks.slice(1).map((t, i) => t.at - layout.xTicks[i]!.at);
    expect(Math.min(...gaps)).to.be.at.least(56);
  });

  it('moves focus between points: left and right by wage, up and down by growth, stopping at the ends', () => {
    const points = chartLayout(prepare(OCCUPATIONS), 500, () => 0).points;
    const at = (from: string | undefined, move: Parameters<typeof step>[2]) => step(points, from, move)?.row.soc;
    expect(at(undefined, 'first')).to.equal('31-1131');
    expect(at('31-1131', 'right')).to.equal('29-1141');
    expect(at('29-1141', 'right')).to.equal('15-1252');
    expect(at('15-1252', 'right')).to.equal('15-1252');
    expect(at('15-1252', 'left')).to.equal('29-1141');
    expect(at('31-1131', 'up')).to.equal('29-1141');
    expect(at('29-1141', 'up')).to.equal('15-1252');
    expect(at('29-1141', 'down')).to.equal('31-1131');
    expect(at(undefined, 'last')).to.equal('15-1252');
    expect(step([], undefined, 'first')).to.equal(undefined);
  });

  it('moves through the list by row, by ten with Page keys, to the ends with Home and End', () => {
    expect([rowStep(0, 5, 'ArrowDown'), rowStep(4, 5, 'ArrowDown'), rowStep(0, 5, 'ArrowUp'), rowStep(3, 50, 'PageDown')]).to.deep.equal([
      1, 4, 0, 13,
    ]);
    expect([rowStep(2, 5, 'Home'), rowStep(2, 5, 'End'), rowStep(2, 5, 'a'), rowStep(-1, 5, 'ArrowDown')]).to.deep.equal([
      0,
      4,
      undefined,
      undefined,
    ]);
  });

  it('finds the point under the pointer, the closest one winning', () => {
    const points = chartLayout(three, 400, () => 0).points;
    const [a] = points as [Point];
    expect(nearest(points, a.x + 3, a.y - 2)?.row.soc).to.equal('00-0001');
    expect(nearest(points, a.x + 40, a.y)).to.equal(undefined);
  });
});

describe('occupation explorer: the canvas cloud', () => {
  const base = chartLayout([], 100, () => 0);
  const at = (x: number, y: number, r: number, series: number) => ({ row: rows()[0]!, x, y, r, series }) as Point;
  const layoutOf = (points: Point[]): ChartLayout => ({ ...base, height: 100, points });

  it('draws each circle once per device pixel, by colour, grey apart, leaving out the marks', () => {
    const mark = at(50, 50, 5, 0);
    const points = [
      at(10, 10, 3, 0),
      at(10, 10, 3, 0),
      at(10.4, 10.2, 3.1, 0),
      at(10, 10, 3, GREY),
      at(10, 10, 3, 1),
      mark,
      at(10, 10, 6, 0),
    ];
    const one = cloudOf(layoutOf(points), new Set([mark]), 1);
    expect(one).to.have.length(9);
    expect(one[0]).to.deep.equal({ circles: [10, 10, 3, 10, 10, 6] });
    expect(one[1]).to.deep.equal({ circles: [10, 10, 3] });
    expect(one[GREY]).to.deep.equal({ circles: [10, 10, 3] });
    expect(one.slice(2, GREY).every((run) => !run.circles.length)).to.equal(true);
    // At two device pixels per px, the point 0.4 px away is a pixel apart: it is drawn.
    expect(cloudOf(layoutOf(points), new Set([mark]), 2)[0]!.circles).to.deep.equal([10, 10, 3, 10.4, 10.2, 3.1, 10, 10, 6]);
  });

  it('draws 10,000 copied rows as it draws the rows once, in the same order', () => {
    const once = prepare(OCCUPATIONS);
    const copies = Array.from({ length: 12 }, () => once).flat();
    const seriesOf = (row: Row) => (row.occupation.sector === 'Healthcare' ? 0 : GREY);
    const single = chartLayout(once, 480, seriesOf);
    expect(cloudOf(chartLayout(copies, 480, seriesOf), new Set(), 2)).to.deep.equal(cloudOf(single, new Set(), 2));
    expect(cloudOf(single, new Set(), 2)[0]!.circles).to.have.length(2 * 3);
    expect(cloudOf(single, new Set(), 2)[GREY]!.circles).to.have.length(3);
  });

  it('leaves no point more than a device pixel from a drawn shape of its colour and shape (property)', () => {
    const point = fc.record({
      x: fc.double({ min: 0, max: 400, noNaN: true }),
      y: fc.double({ min: 0, max: 100, noNaN: true }),
      r: fc.double({ min: 3, max: 13, noNaN: true }),
      series: fc.integer({ min: 0, max: GREY }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), fc.constantFrom(1, 1.5, 2), (list, ratio) => {
        const points = list.map(({ x, y, r, series }) => at(x, y, r, series));
        const runs = cloudOf(layoutOf(points), new Set(), ratio);
        return points.every((p) => {
          const flat = runs[p.series]!.circles;
          for (let i = 0; i < flat.length; i += 3) {
            if (
              Math.abs(flat[i]! - p.x) < 1 / ratio &&
              Math.abs(flat[i + 1]! - p.y) < 1 / ratio &&
              Math.abs(flat[i + 2]! - p.r) < 0.5 / ratio
            )
              return true;
          }
          return false;
        });
      }),
    );
  });
});

describe('occupation explorer: attributes', () => {
  const input = {
    query: '',
    sector: '',
    education: '',
    topJobs: false,
    minWage: undefined,
    maxWage: undefined,
    sort: 'wage',
    order: 'desc',
  };

  it('reads the filter attributes into criteria and an order', () => {
    expect(
      readOptions(
        {
          ...input,
          query: 'nurse',
          sector: 'Healthcare',
          education: 'associate-degree',
          topJobs: true,
          minWage: 40000,
          sort: 'growth',
          order: 'asc',
        },
        ['Healthcare'],
      ),
    ).to.deep.equal({
      sort: 'growth',
      order: 'asc',
      criteria: { query: 'nurse', sector: 'Healthcare', education: 'associate-degree', topJobs: true, minWage: 40000, maxWage: undefined },
      issues: [],
    });
  });

  it('names each value it cannot use, with what it expected, and falls back', () => {
    const { sort, order, criteria, issues } = readOptions(
      { ...input, sector: 'Helthcare', sort: 'salary', order: 'up', minWage: -5, maxWage: Number.NaN },
      ['Healthcare', 'Construction'],
    );
    expect([sort, order, criteria.sector, criteria.minWage, criteria.maxWage]).to.deep.equal([
      'demand',
      'desc',
      undefined,
      undefined,
      undefined,
    ]);
    expect(issues).to.deep.equal([
      { path: 'sort', message: 'unknown value "salary" (expected one of demand, wage, growth, openings, title)' },
      { path: 'order', message: 'unknown value "up" (expected one of desc, asc)' },
      { path: 'sector', message: 'unknown value "Helthcare" (expected one of Healthcare, Construction)' },
      { path: 'min-wage', message: 'expected a yearly wage in dollars, such as 50000' },
      { path: 'max-wage', message: 'expected a yearly wage in dollars, such as 50000' },
    ]);
  });
});

describe("occupation explorer: what the reader's edits set", () => {
  const control = (name: string, value = '', more: { checked?: boolean; valueAsNumber?: number } = {}) => ({
    name,
    value,
    checked: false,
    valueAsNumber: Number.NaN,
    ...more,
  });

  it('sets the property a control is named after', () => {
    expect(editOf(control('query', 'nurse'))).to.deep.equal({ query: 'nurse' });
    expect(editOf(control('topJobs', 'on', { checked: true }))).to.deep.equal({ topJobs: true });
    expect(editOf(control('minWage', '40000', { valueAsNumber: 40000 }))).to.deep.equal({ minWage: 40000 });
    expect(editOf(control('maxWage')), 'an emptied wage box is no limit').to.deep.equal({ maxWage: undefined });
    expect(editOf(control('sort', 'wage-asc'))).to.deep.equal({ sort: 'wage', order: 'asc' });
    expect(editOf(control('other', 'x'))).to.deep.equal({});
  });

  it('flips the order on the same column, and starts a new one at its natural order', () => {
    expect(headingSort('wage', { sort: 'wage', order: 'desc' })).to.deep.equal({ sort: 'wage', order: 'asc' });
    expect(headingSort('wage', { sort: 'wage', order: 'asc' })).to.deep.equal({ sort: 'wage', order: 'desc' });
    expect(headingSort('title', { sort: 'wage', order: 'desc' })).to.deep.equal({ sort: 'title', order: 'asc' });
    expect(headingSort('growth', { sort: 'title', order: 'asc' })).to.deep.equal({ sort: 'growth', order: 'desc' });
  });
});

describe('occupation explorer: describe()', () => {
  const labels = figureLabels(SOURCES, 'mean', 'en');

  it('names each figure with its basis and area, from the sources that cover it', () => {
    expect(figureArea(SOURCES, 'wage', 'en')).to.equal('Colorado');
    expect(figureArea(SOURCES, 'growth', 'en')).to.equal('national');
    expect(figureArea(SOURCES, 'growth', 'es')).to.equal('nacional');
    expect(figureArea(SOURCES, 'jobZone', 'en')).to.equal(undefined);
    expect(labels).to.deep.equal({
      wage: 'Mean wage (Colorado)',
      growth: 'Growth (national)',
      openings: 'Openings a year (national)',
      notes: { wage: 'mean, Colorado', growth: 'national', openings: 'a year, national' },
    });
    expect(figureLabels([], undefined, 'es')).to.deep.equal({
      wage: 'Salario',
      growth: 'Crecimiento',
      openings: 'Vacantes al año',
      notes: { wage: '', growth: '', openings: 'al año' },
    });
    expect(wageBasis(OCCUPATIONS)).to.equal('mean');
    expect(wageBasis([...OCCUPATIONS, { soc: '00-0001', title: 'X', wage: { median: 1, period: 'year' } }])).to.equal(undefined);
  });

  it('says how many occupations match, in English and Spanish', () => {
    expect(describeResults(12, 867, 12, 'en')).to.equal('12 of 867 occupations match.');
    expect(describeResults(1, 867, 1, 'en')).to.equal('1 of 867 occupations matches.');
    expect(describeResults(312, 867, 50, 'en')).to.equal('312 of 867 occupations match. The first 50 are listed.');
    expect(describeResults(0, 867, 0, 'en')).to.equal('No occupations match these filters.');
    expect(describeResults(312, 867, 50, 'es')).to.equal('312 de 867 ocupaciones coinciden. Se listan las primeras 50.');
  });

  it('sums up the chart: what runs across and up, over what range, and what is left out', () => {
    const layout = chartLayout(prepare(OCCUPATIONS), 400, () => 0);
    expect(describeChart(layout, labels, 'en')).to.equal(
      '3 occupations plotted: Mean wage (Colorado) from $43,580 to $145,420 across, Growth (national) from +2.3% to +16% up. Circle size shows openings a year. 3 without a yearly wage or growth figure are not plotted.',
    );
    expect(
      describeChart(
        chartLayout([], 400, () => 0),
        labels,
        'en',
      ),
    ).to.equal('No occupations match these filters.');
    expect(
      describeChart(
        chartLayout(rows().slice(3), 400, () => 0),
        labels,
        'en',
      ),
    ).to.equal(
      'No occupation here has both a yearly wage and a growth figure to plot. 3 without a yearly wage or growth figure are not plotted.',
    );
  });

  it('gives a row its cells and speaks it in a sentence, saying "not available" for a missing figure', () => {
    const [rn, , dev, dancers, buyers] = rows();
    expect(rowText(rn!, labels, 'en')).to.deep.equal({
      wage: '$91.7K/yr',
      growth: '+4.9%',
      openings: '189,100',
      education: "Bachelor's degree",
      spoken:
        'Registered Nurses. Mean wage (Colorado): $91.7K/yr; Growth (national): +4.9%; Openings a year (national): 189,100; Healthcare.',
    });
    expect(rowText(dev!, labels, 'en').spoken).to.contain('; Information Technology; Top Job.');
    expect(rowText(dancers!, labels, 'en').wage).to.equal('$22/hr');
    expect(rowText(buyers!, labels, 'en')).to.deep.equal({
      wage: 'not available',
      growth: 'not available',
      openings: 'not available',
      education: 'not available',
      spoken:
        'Buyers and Purchasing Agents, Farm Products. Mean wage (Colorado): not available; Growth (national): not available; Openings a year (national): not available; Business Operations.',
    });
    // Intl puts no-break spaces in Spanish figures.
    expect(rowText(rn!, figureLabels(SOURCES, 'mean', 'es'), 'es').spoken.replace(/\u00a0/g, ' ')).to.equal(
      'Registered Nurses. Salario promedio (Colorado): 91,7 mil US$/año; Crecimiento (nacional): +4,9 %; Vacantes al año (nacional): 189.100; Healthcare.',
    );
  });

  it('names education levels and Job Zones', () => {
    expect(educationLabel('postsecondary-nondegree-award', 'en')).to.equal('Postsecondary certificate');
    expect(educationLabel(undefined, 'es')).to.equal('no disponible');
    expect(jobZoneLabel(4, 'en')).to.equal('4 of 5: considerable preparation needed');
    expect(jobZoneLabel(2, 'es')).to.equal('2 de 5: algo de preparación');
    expect(jobZoneLabel(7, 'en')).to.equal('not available');
  });
});

describe('occupation explorer: colours and labels', () => {
  const sector = (name: string, count: number, onPathway = 0): Occupation[] =>
    Array.from({ length: count }, (_, i) => ({
      soc: `${name}-${i}`,
      title: `${name} ${i}`,
      sector: name,
      pathway: i < onPathway ? 'p' : undefined,
    }));

  it('colours at most eight sectors: pathway sectors first, then the largest; a chosen one against grey', () => {
    const nine = prepare(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].flatMap((name, i) => sector(name, 10 + i, name === 'B' ? 2 : 0)));
    const colours = sectorColours(nine);
    expect([...colours]).to.deep.equal([
      ['B', 0],
      ['I', 1],
      ['H', 2],
      ['G', 3],
      ['F', 4],
      ['E', 5],
      ['D', 6],
    ]);
    expect(colours.has('A')).to.equal(false);
    const eight = prepare(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].flatMap((name) => sector(name, 3)));
    expect(sectorColours(eight).size).to.equal(8);
    expect([...sectorColours(nine, 'C')]).to.deep.equal([['C', 0]]);
  });

  it('wraps a title into two lines at most, or not at all', () => {
    expect(wrap('Registered Nurses', 24)).to.deep.equal(['Registered Nurses']);
    expect(wrap('General and Operations Managers', 24)).to.deep.equal(['General and Operations', 'Managers']);
    expect(wrap('First-Line Supervisors of Office and Administrative Support Workers', 24)).to.equal(undefined);
  });

  it('names the first listed rows and the extremes, inside the plot, without overlaps, skipping the one with a tip', () => {
    const layout = chartLayout(rows(), 600, () => 0);
    const candidates = labelCandidates(layout, layout.points.slice(0, 1), 1);
    // Registered Nurses (first listed), Software Developers (highest wage and growth), Nursing Assistants (slowest growth).
    expect(candidates.map((p) => p.row.soc)).to.deep.equal(['29-1141', '15-1252', '31-1131']);
    const labels = placeLabels(layout, candidates);
    expect(labels.map((label) => label.soc)).to.deep.equal(['29-1141', '15-1252', '31-1131']);
    for (const label of labels) {
      for (const line of label.lines)
        expect(line.x >= layout.left && line.x <= layout.right && line.y >= layout.top && line.y <= layout.bottom).to.equal(true);
    }
    expect(placeLabels(layout, candidates, '15-1252').map((label) => label.soc)).to.deep.equal(['29-1141', '31-1131']);
    expect(placeLabels(layout, candidates, undefined, { limit: 1 })).to.have.length(1);
    // Three points in one spot: no two labels share a place, so at most the four sides' worth, apart.
    const crowded = chartLayout(prepare([0, 1, 2].map((i) => ({ ...OCCUPATIONS[0]!, soc: `29-999${i}` }))), 600, () => 0);
    const boxes = placeLabels(crowded, crowded.points, undefined, { limit: 10 }).map(({ anchor, lines }) => {
      const w = Math.max(...lines.map((line) => line.text.length)) * 6.6;
      const x = lines[0]!.x - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0);
      return { x0: x, x1: x + w, y0: lines[0]!.y - 10, y1: lines.at(-1)!.y + 3 };
    });
    expect(boxes.length).to.be.within(1, 3);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).to.equal(false);
    }
  });
});

describe('occupation explorer: the order and the Top Jobs marks, in words', () => {
  const sources: SourceRef[] = [
    { name: 'BLS OEWS May 2023, Colorado', area: 'Colorado', date: '2023-05', covers: ['wage', 'allOccupations'] },
    { name: 'BLS Employment Projections 2024–34', area: 'United States', covers: ['growth', 'openings'] },
    { name: 'My Colorado Journey career pages', covers: ['topJob'] },
  ];

  it('says the default order with its benchmark, basis, area and date, in English and Spanish', () => {
    const benchmark = { amount: 71960, basis: 'mean' as const };
    expect(describeOrder('demand', 'desc', benchmark, sources, 'en')).to.equal(
      'Sorted: Top Jobs first, then jobs paying at least $71,960 a year (mean for all occupations in Colorado, May 2023), then the rest; each group with the most openings a year (national) first.',
    );
    expect(describeOrder('demand', 'desc', benchmark, sources, 'es')).to.match(
      /^Orden: primero los empleos destacados, luego los que pagan al menos 71\.960\sUS\$ al año \(promedio de todas las ocupaciones en Colorado, mayo de 2023\)/,
    );
    expect(describeOrder('demand', 'desc', undefined, sources, 'en')).to.equal(
      'Sorted: Top Jobs first, then the rest; each group with the most openings a year (national) first.',
    );
    expect(describeOrder('wage', 'asc', benchmark, sources, 'en')).to.equal('Sorted: Wage, lowest first');
  });

  it('says what the Top Jobs marks cover, or nothing when no occupation is marked', () => {
    expect(describeTopJobs(rows(), sources, 'en')).to.equal(
      'The mark covers 1 occupation, in Information Technology only, from My Colorado Journey career pages.',
    );
    expect(describeTopJobs(rows(), sources, 'es')).to.equal(
      'La marca cubre 1 ocupación, solo de Information Technology, según My Colorado Journey career pages.',
    );
    const two = prepare([...OCCUPATIONS, { soc: '15-1254', title: 'Web Developers', sector: 'Information Technology', topJob: true }]);
    expect(describeTopJobs(two, [], 'en')).to.equal('The mark covers 2 occupations, in Information Technology only.');
    expect(describeTopJobs(prepare(OCCUPATIONS.filter((o) => !o.topJob)), sources, 'en')).to.equal(undefined);
  });
});
