/**
 * Search, filters and sorting for the occupation explorer. Pure and DOM-free.
 *
 * Speed comes from doing the expensive work once per document: `prepare()` folds every title for search
 * and reads every figure the filters need, and each sort order is computed once (`sortRows`) and then
 * only filtered, which keeps its order. A key press then costs one pass over the rows.
 */
import { headlineWage, isFigure } from '../../lib/format.js';
import { found, needles, searchKey } from './occupation-explorer.search.js';
import { EDUCATION_LEVELS, type EducationLevel, type Occupation, type Wage } from '../../schema/types.js';

/** `demand` is the default order, for people choosing a job: see `sortRows`. */
export const SORT_KEYS = ['demand', 'wage', 'growth', 'openings', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const SORT_ORDERS = ['desc', 'asc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** An occupation with what search, sorting, filters and the chart read, computed once per document. */
export interface Row {
  readonly occupation: Occupation;
  readonly soc: string;
  /** Title words, their stems and the SOC code's forms, folded, each after a space (see search.ts). */
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

export { fold, terms } from './occupation-explorer.search.js';

// Hourly-only wages (a few performers) are not turned into yearly ones: BLS publishes them hourly
// because the work is not full-year, so they take no part in yearly bounds, wage order or the chart.
const yearly = ({ wage }: Occupation) => (wage?.period === 'year' ? headlineWage(wage)?.amount : undefined);

const figure = (value: unknown) => (isFigure(value) ? value : undefined);

export function prepare(occupations: readonly Occupation[]): Row[] {
  return occupations.map((occupation) => ({
    occupation,
    soc: occupation.soc,
    key: searchKey(occupation.title, occupation.soc),
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
  const words = needles(criteria.query);
  const search = words.length > 0;
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
    return !search || found(row.key, words);
  };
}

/** The rows that match, in the order given. */
export function filterRows(rows: readonly Row[], criteria: Criteria): Row[] {
  const test = matcher(criteria);
  const out: Row[] = [];
  for (const row of rows) if (test(row)) out.push(row);
  return out;
}

/** A yearly wage to compare rows with (the all-occupations mean or median), and its basis. */
export interface Benchmark {
  readonly amount: number;
  readonly basis: 'mean' | 'median';
}

/** The benchmark of an all-occupations wage, when it is a yearly figure. */
export function benchmarkOf(wage: Wage | undefined): Benchmark | undefined {
  const headline = wage?.period === 'year' ? headlineWage(wage) : undefined;
  return headline && { amount: headline.amount, basis: headline.basis };
}

/**
 * The default order's groups: 0 for Top Jobs, 1 for jobs whose yearly wage is at least the benchmark (on
 * the same basis: a mean against the mean), 2 for the rest, a missing wage included (it is not a good one).
 */
export function demandGroup(row: Row, benchmark: Benchmark | undefined): 0 | 1 | 2 {
  if (row.occupation.topJob === true) return 0;
  if (!benchmark || row.wage === undefined) return 2;
  const amount = row.occupation.wage?.[benchmark.basis];
  return isFigure(amount) && amount >= benchmark.amount ? 1 : 2;
}

/**
 * A sorted copy. Rows missing the figure come last in either order (a missing wage is not a low wage);
 * ties, and the title order, go by the language's collation.
 *
 * `demand` (the default) orders for people choosing a job: Top Jobs first, then jobs paying at least
 * `benchmark` (the all-occupations wage), then the rest; within each group, most openings first (missing
 * openings last), ties by title. Without a benchmark, Top Jobs first, then the rest by openings. `order`
 * does not apply to it: there is no useful "worst first".
 */
export function sortRows(rows: readonly Row[], key: SortKey, order: SortOrder, collator: Intl.Collator, benchmark?: Benchmark): Row[] {
  const sign = order === 'asc' ? 1 : -1;
  const byTitle = (a: Row, b: Row) => collator.compare(a.occupation.title, b.occupation.title) || (a.soc < b.soc ? -1 : 1);
  if (key === 'title') return [...rows].sort((a, b) => sign * byTitle(a, b));
  const figureKey = key === 'demand' ? 'openings' : key;
  const figureSign = key === 'demand' ? -1 : sign;
  const groups = key === 'demand' ? new Map(rows.map((row) => [row, demandGroup(row, benchmark)])) : undefined;
  return [...rows].sort((a, b) => {
    if (groups) {
      const gap = groups.get(a)! - groups.get(b)!;
      if (gap) return gap;
    }
    const x = a[figureKey];
    const y = b[figureKey];
    if (x === undefined || y === undefined) return x === y ? byTitle(a, b) : x === undefined ? 1 : -1;
    return figureSign * (x - y) || byTitle(a, b);
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
