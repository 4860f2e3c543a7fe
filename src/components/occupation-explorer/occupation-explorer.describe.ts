/**
 * What the explorer says: result counts for the live region, the chart's summary, each point's label and
 * the figure labels with their basis and area. Pure: data and language in, text out.
 */
import { common } from '../../i18n/messages.js';
import { localeOf, translate } from '../../i18n/translate.js';
import { formatDate, formatMoney, formatNumber, formatPercent, headlineWage, shortWage } from '../../lib/format.js';
import type { EducationLevel, Occupation, SourceRef } from '../../schema/types.js';
import type { Benchmark, Row, SortKey, SortOrder } from './occupation-explorer.filter.js';
import type { ChartLayout } from './occupation-explorer.layout.js';
import { messages } from './occupation-explorer.messages.js';

const NATIONAL = /^(united states|us|usa|u\.s\.|national)$/i;

/** Where a field's figures describe, from the source that `covers` it: "Colorado", "national" or none. */
export function figureArea(sources: readonly SourceRef[], field: string, lang: string): string | undefined {
  const area = sources.find((source) => source.covers?.includes(field))?.area;
  if (!area) return undefined;
  return NATIONAL.test(area.trim()) ? translate(common, lang, 'national') : area;
}

/** The wage basis shared by every row ("mean" or "median"), or undefined when they differ or are absent. */
export function wageBasis(occupations: readonly Occupation[]): 'mean' | 'median' | undefined {
  let basis: 'mean' | 'median' | undefined;
  for (const { wage } of occupations) {
    const headline = headlineWage(wage);
    if (!headline) continue;
    if (basis && basis !== headline.basis) return undefined;
    basis = headline.basis;
  }
  return basis;
}

const capital = (text: string, lang: string) => text.charAt(0).toLocaleUpperCase(localeOf(lang)) + text.slice(1);
const withArea = (text: string, area: string | undefined) => (area ? `${text} (${area})` : text);

export interface FigureLabels {
  /** "Mean wage (Colorado)" */
  wage: string;
  /** "Growth (national)" */
  growth: string;
  /** "Openings a year (national)" */
  openings: string;
  /** Short basis notes for column headings: "mean, Colorado", "national", "a year, national". */
  notes: { wage: string; growth: string; openings: string };
}

export function figureLabels(sources: readonly SourceRef[], basis: 'mean' | 'median' | undefined, lang: string): FigureLabels {
  const wage = basis ? translate(common, lang, basis === 'median' ? 'medianWage' : 'meanWage') : translate(messages, lang, 'wage');
  const [wageArea, growthArea, openingsArea] = (['wage', 'growth', 'openings'] as const).map((field) => figureArea(sources, field, lang));
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ');
  return {
    wage: withArea(capital(wage, lang), wageArea),
    growth: withArea(translate(messages, lang, 'growth'), growthArea),
    openings: withArea(translate(messages, lang, 'openings'), openingsArea),
    notes: {
      wage: join(basis && translate(messages, lang, basis), wageArea),
      growth: growthArea ?? '',
      openings: join(translate(common, lang, 'perYear'), openingsArea),
    },
  };
}

/** A sort order in words: "Wage, highest first", "Occupation, A to Z", "Top Jobs, then good pay, by openings". */
export function sortLabel(key: SortKey, order: SortOrder, lang: string): string {
  if (key === 'demand') return translate(messages, lang, 'demand');
  const column = translate(messages, lang, key === 'title' ? 'occupation' : key === 'openings' ? 'openingsShort' : key);
  return `${column}, ${translate(messages, lang, key === 'title' ? `title-${order}` : order)}`;
}

export function educationLabel(level: EducationLevel | undefined, lang: string): string {
  return level ? translate(messages, lang, `edu-${level}`) : translate(common, lang, 'notAvailable');
}

export function jobZoneLabel(zone: number | undefined, lang: string): string {
  if (zone === undefined || !Number.isInteger(zone) || zone < 1 || zone > 5) return translate(common, lang, 'notAvailable');
  const name = translate(messages, lang, `zone-${zone as 1 | 2 | 3 | 4 | 5}`);
  return translate(messages, lang, 'jobZoneValue', { zone, name });
}

/** "12 of 867 occupations match. The first 50 are listed." — spoken politely after the user pauses. */
export function describeResults(matched: number, total: number, shown: number, lang: string): string {
  if (!matched) return translate(messages, lang, 'noMatches');
  const count = translate(messages, lang, 'matches', { count: matched, total });
  return shown < matched ? `${count} ${translate(messages, lang, 'firstShown', { shown })}` : count;
}

/** The chart's summary: how many points, what runs across and up, over what range, and what is left out. */
export function describeChart(layout: ChartLayout, labels: FigureLabels, lang: string): string {
  const { points, unplotted, wage, growth } = layout;
  if (!points.length && !unplotted) return translate(messages, lang, 'noMatches');
  const left = unplotted ? ` ${translate(messages, lang, 'unplotted', { count: unplotted })}` : '';
  if (!wage || !growth) return `${translate(messages, lang, 'chartEmpty')}${left}`;
  const summary = translate(messages, lang, 'chartSummary', {
    count: points.length,
    wage: labels.wage,
    wageMin: formatMoney(wage[0], lang),
    wageMax: formatMoney(wage[1], lang),
    growth: labels.growth,
    growthMin: formatPercent(growth[0], lang, true),
    growthMax: formatPercent(growth[1], lang, true),
  });
  return `${summary}${left}`;
}

/** A row's figures as text (table cells), and the whole row in a sentence (a chart point's name). */
export interface RowText {
  wage: string;
  growth: string;
  openings: string;
  education: string;
  spoken: string;
}

/** One occupation's text; missing figures say "not available". The element keeps it per row and language. */
export function rowText(row: Row, labels: FigureLabels, lang: string): RowText {
  const { occupation: o } = row;
  const wage = shortWage(o.wage, lang);
  const growth = formatPercent(o.growth, lang, true);
  const openings = formatNumber(o.openings, lang);
  const parts = [`${labels.wage}: ${wage}`, `${labels.growth}: ${growth}`, `${labels.openings}: ${openings}`];
  if (o.sector) parts.push(o.sector);
  if (o.topJob) parts.push(translate(common, lang, 'topJob'));
  return { wage, growth, openings, education: educationLabel(o.education, lang), spoken: `${o.title}. ${parts.join('; ')}.` };
}

/**
 * The order in words, shown above the list: "Sorted: Top Jobs first, then jobs paying at least $71,960 a
 * year (mean for all occupations in Colorado, May 2023), then the rest; …". The benchmark's area and date
 * come from the source that covers `allOccupations`.
 */
export function describeOrder(
  key: SortKey,
  order: SortOrder,
  benchmark: Benchmark | undefined,
  sources: readonly SourceRef[],
  lang: string,
): string {
  if (key !== 'demand') return translate(messages, lang, 'sorted', { order: sortLabel(key, order, lang) });
  const openingsArea = figureArea(sources, 'openings', lang);
  const inArea = (area: string | undefined) => (area ? ` (${area})` : '');
  if (!benchmark) return translate(messages, lang, 'sortedDemandPlain', { openingsArea: inArea(openingsArea) });
  const source = sources.find((s) => s.covers?.includes('allOccupations'));
  const area = figureArea(sources, 'allOccupations', lang);
  return translate(messages, lang, 'sortedDemand', {
    amount: formatMoney(benchmark.amount, lang),
    basis: translate(messages, lang, benchmark.basis),
    area: area ? translate(messages, lang, 'inArea', { area }) : '',
    date: source?.date ? `, ${formatDate(source.date, lang)}` : '',
    openingsArea: inArea(openingsArea),
  });
}

/**
 * What the Top Jobs marks cover, said next to the filter: how many occupations carry one, in which
 * sectors, from which source. Undefined when no occupation is marked (the filter is then not offered).
 */
export function describeTopJobs(rows: readonly Row[], sources: readonly SourceRef[], lang: string): string | undefined {
  const sectors = new Set<string>();
  let count = 0;
  for (const row of rows) {
    if (row.occupation.topJob !== true) continue;
    count++;
    if (row.occupation.sector) sectors.add(row.occupation.sector);
  }
  if (!count) return undefined;
  const source = sources.find((s) => s.covers?.includes('topJob'))?.name;
  const list = new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format([...sectors].sort());
  return translate(messages, lang, 'topJobsNote', {
    count,
    sectors: sectors.size ? translate(messages, lang, 'onlyIn', { sectors: list }) : '',
    source: source ? translate(messages, lang, 'markedBy', { source }) : '',
  });
}
