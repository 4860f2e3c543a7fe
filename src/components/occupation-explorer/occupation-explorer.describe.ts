/**
 * What the explorer says: result counts for the live region, the chart's summary, each point's label and
 * the figure labels with their basis and area. Pure: data and language in, text out.
 */
import { common } from '../../i18n/messages.js';
import { localeOf, translate } from '../../i18n/translate.js';
import { formatMoney, formatNumber, formatPercent, headlineWage, shortWage } from '../../lib/format.js';
import type { EducationLevel, Occupation, SourceRef } from '../../schema/types.js';
import type { Row, SortKey, SortOrder } from './occupation-explorer.filter.js';
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

/** A sort order in words: "Wage, highest first", "Occupation, A to Z". */
export function sortLabel(key: SortKey, order: SortOrder, lang: string): string {
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
