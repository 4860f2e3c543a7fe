/**
 * Search, filters and sorting for the occupation explorer. Pure and DOM-free.
 *
 * Speed comes from doing the expensive work once per document: `prepare()` folds every title for search
 * and reads every figure the filters need, and each sort order is computed once (`sortRows`) and then
 * only filtered, which keeps its order. A key press then costs one pass over the rows.
 */
import { headlineWage, isFigure } from '../../lib/format.js';
import { EDUCATION_LEVELS, type EducationLevel, type Occupation } from '../../schema/types.js';

export const SORT_KEYS = ['wage', 'growth', 'openings', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const SORT_ORDERS = ['desc', 'asc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** An occupation with what search, sorting, filters and the chart read, computed once per document. */
export interface Row {
  readonly occupation: Occupation;
  readonly soc: string;
  /** Title and SOC code (with and without its hyphen), folded: lower case, accents removed. */
  readonly key: string;
  /** The headline yearly wage (median, else mean); undefined when missing or only hourly. */
  readonly wage: number | undefined;
  readonly growth: number | undefined;
  readonly openings: number | undefined;
  /** Position of the typical education in EDUCATION_LEVELS; -1 when unknown. */
  readonly level: number;
}

/** The user's filters. Empty strings and undefined mean "no filter". */
export interface Criteria {
  query: string;
  sector?: string | undefined;
  /** At most this typical entry education. */
  education?: EducationLevel | undefined;
  topJobs?: boolean;
  /** Yearly wage bounds, inclusive. */
  minWage?: number | undefined;
  maxWage?: number | undefined;
}

/** Lower case, accents and other combining marks removed: "Enfermería" -> "enfermeria". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query, folded; every one must appear in a row's title or SOC code. */
export function terms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

// Hourly-only wages (a few performers) are not turned into yearly ones: BLS publishes them hourly
// because the work is not full-year, so they take no part in yearly bounds, wage order or the chart.
const yearly = ({ wage }: Occupation) => (wage?.period === 'year' ? headlineWage(wage)?.amount : undefined);

const figure = (value: unknown) => (isFigure(value) ? value : undefined);

export function prepare(occupations: readonly Occupation[]): Row[] {
  return occupations.map((occupation) => ({
    occupation,
    soc: occupation.soc,
    key: `${fold(occupation.title)} ${occupation.soc} ${occupation.soc.replace('-', '')}`,
    wage: yearly(occupation),
    growth: figure(occupation.growth),
    openings: figure(occupation.openings),
    level: occupation.education ? EDUCATION_LEVELS.indexOf(occupation.education) : -1,
  }));
}

/** How many filters besides the search are set (for the collapsed "Filters (2)" button). */
export function activeFilters(criteria: Criteria): number {
  const { sector, education, topJobs, minWage, maxWage } = criteria;
  return [sector, education, topJobs || undefined, minWage, maxWage].filter((v) => v !== undefined && v !== '').length;
}

/** A test for one row, built once per change of criteria. */
export function matcher(criteria: Criteria): (row: Row) => boolean {
  const words = terms(criteria.query);
  const { sector, topJobs } = criteria;
  const level = criteria.education ? EDUCATION_LEVELS.indexOf(criteria.education) : -1;
  const min = figure(criteria.minWage);
  const max = figure(criteria.maxWage);
  const wageBound = min !== undefined || max !== undefined;
  return (row) => {
    if (sector && row.occupation.sector !== sector) return false;
    if (topJobs && row.occupation.topJob !== true) return false;
    if (level >= 0 && (row.level < 0 || row.level > level)) return false;
    if (wageBound) {
      if (row.wage === undefined) return false;
      if (min !== undefined && row.wage < min) return false;
      if (max !== undefined && row.wage > max) return false;
    }
    for (const word of words) if (!row.key.includes(word)) return false;
    return true;
  };
}

/** The rows that match, in the order given. */
export function filterRows(rows: readonly Row[], criteria: Criteria): Row[] {
  const test = matcher(criteria);
  const out: Row[] = [];
  for (const row of rows) if (test(row)) out.push(row);
  return out;
}

/**
 * A sorted copy. Rows missing the figure come last in either order (a missing wage is not a low wage);
 * ties, and the title order, go by the language's collation.
 */
export function sortRows(rows: readonly Row[], key: SortKey, order: SortOrder, collator: Intl.Collator): Row[] {
  const sign = order === 'asc' ? 1 : -1;
  const byTitle = (a: Row, b: Row) => collator.compare(a.occupation.title, b.occupation.title) || (a.soc < b.soc ? -1 : 1);
  if (key === 'title') return [...rows].sort((a, b) => sign * byTitle(a, b));
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === undefined || y === undefined) return x === y ? byTitle(a, b) : x === undefined ? 1 : -1;
    return sign * (x - y) || byTitle(a, b);
  });
}

/** The sectors and education levels present, for the filter menus: sectors by name, levels in order. */
export function facets(rows: readonly Row[], collator: Intl.Collator): { sectors: string[]; levels: EducationLevel[] } {
  const sectors = new Set<string>();
  const levels = new Set<number>();
  for (const row of rows) {
    if (row.occupation.sector) sectors.add(row.occupation.sector);
    if (row.level >= 0) levels.add(row.level);
  }
  return {
    sectors: [...sectors].sort(collator.compare),
    levels: [...levels].sort((a, b) => a - b).map((i) => EDUCATION_LEVELS[i]!),
  };
}
