/**
 * The route finder: the routes from a starting step to a goal, fewest steps first, and what each costs
 * in time and money and gains in wage, said honestly: a sum of the figures that are known, with how many
 * steps had none, and no wage gain across different wage bases.
 */
import { common } from '../../i18n/messages.js';
import { translate } from '../../i18n/translate.js';
import { formatDuration, formatMoney, headlineWage, notAvailable, type WageBasis } from '../../lib/format.js';
import type { DurationUnit, PathwayNode, WagePeriod } from '../../schema/types.js';
import { reach, type Graph } from './pathway-map.graph.js';
import { messages } from './pathway-map.messages.js';

/**
 * Up to `limit` routes (lists of node indices) from `from` to `to`, fewest steps first, ties in document
 * order. A breadth-first search over partial routes that can still reach the goal; `budget` caps the work
 * on very dense graphs.
 */
export function findRoutes(graph: Graph, from: number, to: number, limit = 2, budget = 20_000): number[][] {
  if (from === to) return [];
  const useful = reach(graph, to, 'in');
  const found: number[][] = [];
  const seen = new Set<string>();
  const queue: number[][] = [[from]];
  for (let head = 0; head < queue.length && head < budget && found.length < limit; head++) {
    const route = queue[head]!;
    for (const e of graph.out[route.at(-1)!]!) {
      const next = graph.to[e]!;
      if (next === to) {
        const done = [...route, next];
        const key = done.join();
        if (!seen.has(key) && found.length < limit) {
          found.push(done);
          seen.add(key);
        }
      } else if (useful[next]) queue.push([...route, next]);
    }
  }
  return found;
}

const MONTHS: Record<Exclude<DurationUnit, 'hour'>, number> = { day: 12 / 365, week: 12 / 52, month: 1, year: 12 };

export type WageChange = { gain: number; basis: WageBasis; period: WagePeriod; national: boolean } | { reason: 'no-start' | 'no-goal' | 'mismatch' };

export interface RouteTotals {
  /** Steps after the start that take time or money (everything but jobs). */
  readonly counted: number;
  /** Calendar time in months (days, weeks, months, years), and hours of instruction kept apart. */
  readonly months: number;
  readonly hours: number;
  readonly timeKnown: number;
  /** Cost in one currency; undefined when none is known or currencies differ. */
  readonly cost: number | undefined;
  readonly currency: string;
  readonly costKnown: number;
  readonly wage: WageChange;
}

/** The goal's wage minus the start's, only on the same basis, period and area (regional, else national). */
export function wageChange(start: PathwayNode, goal: PathwayNode): WageChange {
  const has = (node: PathwayNode) => !!(headlineWage(node.wage) || headlineWage(node.wageNational));
  if (!has(start)) return { reason: 'no-start' };
  if (!has(goal)) return { reason: 'no-goal' };
  for (const key of ['wage', 'wageNational'] as const) {
    const [a, b] = [headlineWage(start[key]), headlineWage(goal[key])];
    const period = start[key]?.period;
    if (a && b && a.basis === b.basis && period === goal[key]!.period) return { gain: b.amount - a.amount, basis: a.basis, period: period!, national: key === 'wageNational' };
  }
  return { reason: 'mismatch' };
}

export function routeTotals(graph: Graph, route: readonly number[]): RouteTotals {
  const steps = route.slice(1).map((i) => graph.nodes[i]!).filter((node) => node.kind !== 'occupation');
  let months = 0;
  let hours = 0;
  let timeKnown = 0;
  let cost: number | undefined;
  let costKnown = 0;
  const currencies = new Set<string>();
  for (const { duration, cost: price } of steps) {
    if (duration) {
      timeKnown++;
      if (duration.unit === 'hour') hours += duration.value;
      else months += duration.value * MONTHS[duration.unit];
    }
    if (price) {
      costKnown++;
      currencies.add(price.currency);
      cost = (cost ?? 0) + price.amount;
    }
  }
  const [currency = 'USD'] = currencies;
  const wage = wageChange(graph.nodes[route[0]!]!, graph.nodes[route.at(-1)!]!);
  return { counted: steps.length, months, hours, timeKnown, cost: currencies.size > 1 ? undefined : cost, currency, costKnown, wage };
}

/** "6 weeks", "8 months", "1.5 years", "6 weeks + 40 hours". */
function formatTime(months: number, hours: number, lang: string): string {
  const parts: string[] = [];
  if (months > 0) {
    if (months < 3) parts.push(formatDuration({ value: Math.max(1, Math.round((months * 52) / 12)), unit: 'week' }, lang));
    else if (months < 24) parts.push(formatDuration({ value: Math.round(months), unit: 'month' }, lang));
    else parts.push(formatDuration({ value: Math.round(months / 6) / 2, unit: 'year' }, lang));
  }
  if (hours > 0) parts.push(formatDuration({ value: hours, unit: 'hour' }, lang));
  return parts.join(' + ');
}

/** The three totals of a route as text, each saying when it is only partly known or not available. */
export function formatTotals(totals: RouteTotals, lang: string): { time: string; cost: string; wage: string } {
  const partly = (value: string, known: number) =>
    known < totals.counted ? translate(messages, lang, 'partly', { value, known, count: totals.counted }) : value;
  const time = totals.timeKnown ? partly(formatTime(totals.months, totals.hours, lang), totals.timeKnown) : notAvailable(lang);
  const cost = totals.cost !== undefined ? partly(formatMoney(totals.cost, lang, totals.currency), totals.costKnown) : notAvailable(lang);
  const { wage: change } = totals;
  let wage: string;
  if ('gain' in change) {
    const amount = formatMoney(Math.abs(change.gain), lang);
    const period = translate(common, lang, change.period === 'hour' ? 'perHour' : 'perYear');
    const basis = `${translate(messages, lang, change.basis)}${change.national ? `, ${translate(common, lang, 'national')}` : ''}`;
    wage = `${change.gain < 0 ? '−' : change.gain > 0 ? '+' : ''}${amount} ${period} (${basis})`;
  } else wage = change.reason === 'mismatch' ? translate(messages, lang, 'notComparable') : change.reason === 'no-start' ? translate(messages, lang, 'noStartWage') : notAvailable(lang);
  return { time, cost, wage };
}
