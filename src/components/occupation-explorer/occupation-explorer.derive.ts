/**
 * Everything the explorer shows, derived from its inputs: `createDerive()` gives an element its own
 * `derive(inputs) → ViewModel`. Pure and DOM-free. Each stage is memoised (src/base/memo.ts) on exactly
 * what it reads, so a key press re-filters without re-preparing the document, a hover re-places the
 * labels without re-laying out the chart, and a render caused by focus alone returns the same view model.
 */
import { memo } from '../../base/memo.js';
import { localeOf, translate } from '../../i18n/translate.js';
import { formatMoney } from '../../lib/format.js';
import { sectorLabel } from '../../schema/localize.js';
import type { EducationLevel, Issue, OccupationsDocument } from '../../schema/types.js';
import type { LegendItem } from './occupation-explorer.chart.js';
import { GREY, sectorColours } from './occupation-explorer.colours.js';
import {
  describeChart,
  describeOrder,
  describeTopJobs,
  figureLabels,
  rowText,
  wageBasis,
  type FigureLabels,
  type RowText,
} from './occupation-explorer.describe.js';
import {
  benchmarkOf,
  facets,
  filterRows,
  prepare,
  sortRows,
  type Criteria,
  type Row,
  type SortKey,
  type SortOrder,
} from './occupation-explorer.filter.js';
import { labelCandidates, placeLabels, type ChartLabel } from './occupation-explorer.labels.js';
import { chartLayout, type ChartLayout, type Point } from './occupation-explorer.layout.js';
import { messages } from './occupation-explorer.messages.js';
import { readOptions, type Attributes } from './occupation-explorer.options.js';

export interface Inputs extends Attributes {
  doc: OccupationsDocument;
  lang: string;
  /** Sectors that can be chosen besides the rows' own (an index's parts not fetched yet); keep its identity. */
  sectors: readonly string[];
  /** The chart's width in CSS pixels. */
  width: number;
  /** How many of the matching rows the list shows. */
  limit: number;
  /** The occupation lit in both views (hovered or focused). */
  linked: string | undefined;
}

export interface ViewModel {
  lang: string;
  /** Every row of the document. */
  rows: readonly Row[];
  /** The rows the filters let through, in the chosen order. */
  matched: readonly Row[];
  /** The first `limit` of them: the list's rows. */
  listed: readonly Row[];
  criteria: Criteria;
  view: { sort: SortKey; order: SortOrder };
  /** Attribute values that cannot be used, in English with their attribute's name. */
  issues: readonly Issue[];
  choices: { sectors: readonly string[]; levels: readonly EducationLevel[] };
  labels: FigureLabels;
  orderText: string;
  topJobsText: string | undefined;
  layout: ChartLayout;
  summary: string;
  legend: readonly LegendItem[];
  /** The listed rows' points: outlined, focusable marks. */
  marks: readonly Point[];
  linkedPoint: Point | undefined;
  chartLabels: readonly ChartLabel[];
  seriesOf: (row: Row) => number;
  /** A row's text, formatted once per language. */
  text: (row: Row) => RowText;
  /** A sector's name in the reader's language (the filter's value stays the sector as written). */
  sectorName: (sector: string) => string;
}

export function createDerive(): (inputs: Inputs) => ViewModel {
  const documentStage = memo((doc: OccupationsDocument) => {
    const rows = prepare(doc.occupations);
    return { doc, rows, benchmark: benchmarkOf(doc.allOccupations?.wage), colours: sectorColours(rows) };
  });

  const languageStage = memo((d: ReturnType<typeof documentStage>, lang: string, sectors: readonly string[]) => {
    const { doc, rows } = d;
    const collator = new Intl.Collator(localeOf(lang), { numeric: true });
    const choices = facets(rows, collator);
    // From an index, every sector can be chosen, also those whose part is not fetched yet.
    if (sectors.length) choices.sectors = [...new Set([...choices.sectors, ...sectors])].sort(collator.compare);
    const labels = figureLabels(doc.source, wageBasis(doc.occupations), lang);
    const texts = new Map<Row, RowText>();
    const sorted = new Map<string, Row[]>();
    return {
      ...d,
      lang,
      choices,
      labels,
      topJobsText: describeTopJobs(rows, doc.source, lang),
      text: (row: Row): RowText => {
        let text = texts.get(row);
        if (!text) texts.set(row, (text = rowText(row, labels, lang)));
        return text;
      },
      sectorName: (sector: string) => sectorLabel(doc, lang, sector),
      /** Each order is sorted once per document and language, then only filtered, which keeps it. */
      sortedBy: (sort: SortKey, order: SortOrder): Row[] => {
        const key = `${sort} ${order}`;
        let list = sorted.get(key);
        if (!list) sorted.set(key, (list = sortRows(rows, sort, order, collator, d.benchmark)));
        return list;
      },
    };
  });

  const filterStage = memo(
    (
      l: ReturnType<typeof languageStage>,
      query: string,
      sector: string,
      education: string,
      topJobs: boolean,
      minWage: number | undefined,
      maxWage: number | undefined,
      sort: string,
      order: string,
    ) => {
      const options = readOptions({ query, sector, education, topJobs, minWage, maxWage, sort, order }, l.choices.sectors);
      const { criteria } = options;
      const rows = l.sortedBy(options.sort, options.order);
      const matched = filterRows(rows, criteria);
      // A chosen sector is coloured against the others in grey, so the chart keeps them, for comparison.
      const plotted = criteria.sector ? filterRows(rows, { ...criteria, sector: undefined }) : matched;
      const series = criteria.sector ? sectorColours(l.rows, criteria.sector) : l.colours;
      return {
        criteria,
        view: { sort: options.sort, order: options.order },
        issues: options.issues,
        matched,
        plotted,
        series,
        seriesOf: (row: Row): number => series.get(row.occupation.sector ?? '') ?? GREY,
        orderText: describeOrder(options.sort, options.order, l.benchmark, l.doc.source, l.lang),
      };
    },
  );

  const layoutStage = memo((l: ReturnType<typeof languageStage>, f: ReturnType<typeof filterStage>, width: number) => {
    const { lang } = l;
    // Room for the longest wage label at 11 px (about 6.5 px a character), and a little air.
    const tickGap = Math.max(56, formatMoney(300000, lang, 'USD', true).length * 6.5 + 14);
    const layout = chartLayout(f.plotted, width, f.seriesOf, tickGap);
    const coloured = [...f.series]
      .sort((a, b) => a[1] - b[1])
      .map(([name, series]) => ({ name: l.sectorName(name), series, count: layout.counts.get(series) ?? 0 }));
    const other = translate(messages, lang, f.criteria.sector ? 'otherSectorsContext' : 'otherSectors');
    const legend = [...coloured, { name: other, series: GREY, count: layout.counts.get(GREY) ?? 0 }].filter((item) => item.count);
    return { layout, summary: describeChart(layout, l.labels, lang), legend };
  });

  const listStage = memo((f: ReturnType<typeof filterStage>, c: ReturnType<typeof layoutStage>, limit: number) => {
    const listed = f.matched.slice(0, limit);
    const set = new Set(listed);
    const points = c.layout.points;
    let marks: Point[];
    if (f.plotted === f.matched) {
      // The layout keeps row order and the listed rows are the first matched ones, so their points lead
      // the layout's: no pass over every point on each key press.
      let count = 0;
      while (count < points.length && set.has(points[count]!.row)) count++;
      marks = points.slice(0, count);
    } else {
      // The grey context interleaves with the listed rows: one pass, only while a sector is chosen.
      marks = points.filter((p) => set.has(p.row));
    }
    return { listed, marks };
  });

  const labelStage = memo(
    (f: ReturnType<typeof filterStage>, c: ReturnType<typeof layoutStage>, s: ReturnType<typeof listStage>, linked: string | undefined) => {
      const { layout } = c;
      const narrow = layout.width < 480;
      const inScope = f.criteria.sector ? (p: Point) => p.series !== GREY : undefined;
      return {
        linkedPoint: linked === undefined ? undefined : layout.points.find((p) => p.row.soc === linked),
        chartLabels: placeLabels(layout, labelCandidates(layout, s.marks, narrow ? 2 : 3, inScope), linked, { limit: narrow ? 3 : 6 }),
      };
    },
  );

  // The same stages give the same view model, so an unrelated render keeps its identity.
  const assemble = memo(
    (
      l: ReturnType<typeof languageStage>,
      f: ReturnType<typeof filterStage>,
      c: ReturnType<typeof layoutStage>,
      s: ReturnType<typeof listStage>,
      b: ReturnType<typeof labelStage>,
    ): ViewModel => ({
      lang: l.lang,
      rows: l.rows,
      choices: l.choices,
      labels: l.labels,
      topJobsText: l.topJobsText,
      text: l.text,
      sectorName: l.sectorName,
      criteria: f.criteria,
      view: f.view,
      issues: f.issues,
      matched: f.matched,
      orderText: f.orderText,
      seriesOf: f.seriesOf,
      ...c,
      ...s,
      ...b,
    }),
  );

  return (i: Inputs): ViewModel => {
    const l = languageStage(documentStage(i.doc), i.lang, i.sectors);
    const f = filterStage(l, i.query, i.sector, i.education, i.topJobs, i.minWage, i.maxWage, i.sort, i.order);
    const c = layoutStage(l, f, i.width);
    const s = listStage(f, c, i.limit);
    return assemble(l, f, c, s, labelStage(f, c, s, i.linked));
  };
}
