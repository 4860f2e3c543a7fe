/**
 * Cumulative time and cost up to each rung. Pure.
 *
 * Time, the rule:
 * - Calendar units add up: a year is 12 months or 52 weeks, a week 7 days (so a month is 52/12 weeks).
 *   The sum is stated in the largest unit among the rungs added, rounded to one decimal, and marked
 *   `approximate` when the rounding changed it (6 weeks + 1 year = about 1.1 years; 6 months + 1 year
 *   = 1.5 years exactly).
 * - Hours are clock or contact hours, not calendar time: a 120-hour course may take three weeks or six
 *   months. They are summed on their own and shown beside the calendar time, never converted.
 * Cost: amounts add up per currency; currencies are never converted.
 * A rung without a figure makes the total partly known (`known: 'some'`): shown as "at least …", never
 * silently lower. With no figure at all it is `known: 'none'`: "not available".
 */
import type { Cost, Duration, DurationUnit } from '../../schema/types.js';

export type Known = 'all' | 'some' | 'none';

export interface TimeTotal {
  /** Calendar time, in `unit`, rounded to one decimal. */
  readonly value?: number;
  readonly unit?: Exclude<DurationUnit, 'hour'>;
  /** The rounded value differs from the exact sum. */
  readonly approximate: boolean;
  /** Clock hours, summed apart from calendar time. */
  readonly hours?: number;
  readonly known: Known;
}

export interface CostTotal {
  /** One sum per currency, in the order the currencies first appear. */
  readonly amounts: readonly Cost[];
  readonly known: Known;
}

const WEEKS: Record<Exclude<DurationUnit, 'hour'>, number> = { day: 1 / 7, week: 1, month: 52 / 12, year: 52 };
const ORDER = ['day', 'week', 'month', 'year'] as const;

const known = (count: number, of: number): Known => (count === of ? 'all' : count ? 'some' : 'none');
const figure = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The total time of `durations` (one per rung; undefined where the rung has no figure). */
export function totalTime(durations: readonly (Duration | undefined)[]): TimeTotal {
  let weeks = 0;
  let hours: number | undefined;
  let unit: TimeTotal['unit'];
  let count = 0;
  for (const duration of durations) {
    if (!duration || !figure(duration.value)) continue;
    count++;
    if (duration.unit === 'hour') {
      hours = (hours ?? 0) + duration.value;
      continue;
    }
    weeks += duration.value * WEEKS[duration.unit];
    if (!unit || ORDER.indexOf(duration.unit) > ORDER.indexOf(unit)) unit = duration.unit;
  }
  const state = known(count, durations.length);
  if (!unit) return { hours, approximate: false, known: state };
  const exact = weeks / WEEKS[unit];
  const value = Math.round(exact * 10) / 10;
  return { value, unit, approximate: Math.abs(value - exact) > 1e-9, hours, known: state };
}

/** The total cost of `costs` (one per rung; undefined where the rung has no figure). */
export function totalCost(costs: readonly (Cost | undefined)[]): CostTotal {
  const sums = new Map<string, number>();
  let count = 0;
  for (const cost of costs) {
    if (!cost || !figure(cost.amount)) continue;
    count++;
    sums.set(cost.currency, (sums.get(cost.currency) ?? 0) + cost.amount);
  }
  return { amounts: [...sums].map(([currency, amount]) => ({ amount, currency })), known: known(count, costs.length) };
}

/** Time and cost from the lowest rung up to each rung. */
export function cumulativeTotals(
  rungs: readonly { readonly duration?: Duration; readonly cost?: Cost }[],
): { time: TimeTotal; cost: CostTotal }[] {
  return rungs.map((_, i) => {
    const below = rungs.slice(0, i + 1);
    return { time: totalTime(below.map((rung) => rung.duration)), cost: totalCost(below.map((rung) => rung.cost)) };
  });
}
