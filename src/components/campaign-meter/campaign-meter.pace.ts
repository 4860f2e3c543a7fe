/**
 * Pace maths for a campaign, pure and DOM-free: where the latest count stands against the straight line
 * from zero at the start to the goal at the deadline, what the pace so far projects, and what is needed.
 * Every function takes the reporting date (`asOf`) as an input, so the same data gives the same answer.
 */
import type { ProgressPoint } from '../../schema/types.js';

const DAY_MS = 86_400_000;
/** Days in an average year, for rates "per year" across leap years. */
export const YEAR_DAYS = 365.25;
/** A count within this fraction of the pace line (either side) is "on pace". */
export const ON_PACE_TOLERANCE = 0.05;

export type PaceState = 'before-start' | 'no-data' | 'ahead' | 'on-track' | 'behind' | 'reached' | 'missed';

export interface PaceInput {
  goal: number;
  /** ISO dates, YYYY-MM-DD, already checked with `dayOf`. */
  start: string;
  deadline: string;
  asOf: string;
  /** Cumulative counts in date order (any after `asOf` are ignored). */
  progress: readonly ProgressPoint[];
}

export interface Pace {
  state: PaceState;
  /** The latest count on or before `asOf`. */
  latest?: ProgressPoint;
  /** Percent of the goal, rounded for people: one decimal under 10, never 100 before the goal is met. */
  percent?: number;
  /** Where the straight pace line stood on the latest count's date, and the count minus that. */
  expected?: number;
  gap?: number;
  /** Still to earn (0 once the goal is met). */
  remaining: number;
  /** Whole days from `asOf` to the deadline (negative once it has passed). */
  daysLeft: number;
  /** Average earned per year from the start to the latest count. */
  perYear?: number;
  /** Per year needed from the latest count to meet the goal by the deadline. */
  neededPerYear?: number;
  /** The count at the deadline if the pace so far holds, and the date the goal would be met. */
  projected?: number;
  reachBy?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 9999-12-31, the last day a YYYY-MM-DD date can name. */
const LAST_DAY = 2932896;

/** Days since 1970-01-01 (UTC) for a real calendar date written YYYY-MM-DD; undefined for anything else. */
export function dayOf(iso: unknown): number | undefined {
  const match = typeof iso === 'string' ? ISO_DATE.exec(iso) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls 2025-02-30 over into March and maps years below 100 to the 1900s: reject both.
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day;
  return real ? date.getTime() / DAY_MS : undefined;
}

/** The ISO date of a day number from `dayOf`. */
export function isoOf(day: number): string {
  return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date where the reader is, as YYYY-MM-DD (the default `as-of`). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The counts published on or before `asOf` (ISO dates sort as text). */
export function countedBy(progress: readonly ProgressPoint[], asOf: string): ProgressPoint[] {
  return progress.filter((point) => point.date <= asOf);
}

/** The straight pace line on `day`: 0 at the start, the goal at the deadline, flat outside. */
export function paceLine(input: Pick<PaceInput, 'goal' | 'start' | 'deadline'>, day: number): number {
  const start = dayOf(input.start)!;
  const share = (day - start) / (dayOf(input.deadline)! - start);
  return input.goal * Math.min(1, Math.max(0, share));
}

/** Percent of the goal as people read it (see `Pace.percent`). */
export function percentOf(value: number, goal: number): number {
  const exact = (value / goal) * 100;
  const rounded = exact < 10 ? Math.round(exact * 10) / 10 : Math.round(exact);
  return value < goal && rounded >= 100 ? 99 : rounded;
}

export function pace(input: PaceInput): Pace {
  const { goal, asOf } = input;
  const start = dayOf(input.start)!;
  const deadline = dayOf(input.deadline)!;
  const now = dayOf(asOf)!;
  const daysLeft = deadline - now;
  const latest = countedBy(input.progress, asOf).at(-1);
  if (now < start) return { state: 'before-start', remaining: goal, daysLeft };
  if (!latest) return { state: 'no-data', remaining: goal, daysLeft };

  const { value } = latest;
  const day = dayOf(latest.date)!;
  const expected = paceLine(input, day);
  const gap = value - expected;
  const elapsedYears = (day - start) / YEAR_DAYS;
  const perYear = elapsedYears > 0 ? value / elapsedYears : undefined;
  const remaining = Math.max(0, goal - value);
  const yearsToDeadline = (deadline - day) / YEAR_DAYS;
  const reached = value >= goal;

  let state: PaceState;
  if (reached) state = 'reached';
  else if (daysLeft < 0) state = 'missed';
  else if (Math.abs(gap) <= ON_PACE_TOLERANCE * expected) state = 'on-track';
  else state = gap > 0 ? 'ahead' : 'behind';

  const result: Pace = { state, latest, percent: percentOf(value, goal), expected, gap, remaining, daysLeft };
  if (perYear !== undefined) {
    result.perYear = perYear;
    result.projected = perYear * ((deadline - start) / YEAR_DAYS);
    // A crawl of a pace can put the date past any calendar: then there is no date to give.
    const reach = perYear > 0 ? start + (goal / perYear) * YEAR_DAYS : Infinity;
    if (reach <= LAST_DAY) result.reachBy = isoOf(reach);
  }
  if (!reached && yearsToDeadline > 0) result.neededPerYear = remaining / yearsToDeadline;
  return result;
}
