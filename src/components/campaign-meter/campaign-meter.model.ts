/**
 * What the meter shows, from a campaign document or from plain attributes, and the checks on attributes.
 * Pure: attribute text in, a campaign (or issues naming the attribute) out.
 */
import { issueIn } from '../../schema/say.js';
import { attributeMessages } from './campaign-meter.messages.js';
import type { BreakdownItem, CampaignDocument, Issue, ProgressPoint, SourceRef } from '../../schema/types.js';
import { countedBy, dayOf, pace, type Pace } from './campaign-meter.pace.js';

/** The figures the meter needs, whichever way they were given. */
export interface Campaign {
  title?: string;
  goal: number;
  /** The unit as data gives it; undefined means the default, "credentials", in the reader's language. */
  unit?: string;
  start: string;
  deadline: string;
  url?: string;
  progress: readonly ProgressPoint[];
  breakdown: readonly BreakdownItem[];
  source: readonly SourceRef[];
  sample: boolean;
}

/** A campaign as of a date: the counts published by then and the pace maths. */
export interface Model {
  campaign: Campaign;
  asOf: string;
  counted: readonly ProgressPoint[];
  pace: Pace;
  /** Whole months from the latest count's date to `asOf`. */
  age?: number;
  /**
   * The latest count is older than the `stale-after` age while the campaign is running: its pace state
   * (ahead, on pace, behind) describes a past date, so the meter gives the count's age instead.
   */
  old: boolean;
}

/** The attributes that make a meter without any JSON. Each is the attribute's text (or null). */
export interface MeterAttributes {
  goal?: string | null;
  value?: string | null;
  start?: string | null;
  deadline?: string | null;
}

/** The default `stale-after`, in months: a campaign reporting once a year is never called old. */
export const STALE_AFTER_MONTHS = 12;

/** Whole months from one ISO date to a later one (2024-12-31 to 2025-12-30: 11). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** A campaign as of a date; a count more than `staleAfter` months old is `old` (0 or less: never). */
export function modelOf(campaign: Campaign, asOf: string, staleAfter = STALE_AFTER_MONTHS): Model {
  const state = pace({ ...campaign, asOf });
  const age = state.latest ? monthsBetween(state.latest.date, asOf) : undefined;
  const running = state.state === 'ahead' || state.state === 'on-track' || state.state === 'behind';
  const old = running && age !== undefined && staleAfter > 0 && age > staleAfter;
  return { campaign, asOf, counted: countedBy(campaign.progress, asOf), pace: state, ...(age === undefined ? {} : { age }), old };
}

export function campaignOf(doc: CampaignDocument): Campaign {
  const { title, goal, unit, start, deadline, url, progress, breakdown = [], source, sample = false } = doc;
  return { title, goal, unit, start, deadline, url, progress, breakdown, source, sample };
}

const DIGITS = /^\s*-?\d+(\.\d+)?\s*$/;

/** A count written in digits ("1000000"); an issue for anything else, or for a negative number. */
function count(text: string | null | undefined, path: string, issues: Issue[], positive: boolean): number | undefined {
  if (text == null) return undefined;
  if (!DIGITS.test(text)) {
    issues.push(issueIn(attributeMessages, path, 'notDigits', { text, path }));
    return undefined;
  }
  const value = Number(text);
  if (positive ? value <= 0 : value < 0) {
    issues.push(issueIn(attributeMessages, path, positive ? 'notPositive' : 'negative', { value }));
    return undefined;
  }
  return value;
}

/** An ISO date attribute; an issue when it is missing (if required) or not a real YYYY-MM-DD date. */
export function dateIssue(text: string | null | undefined, path: string, required: boolean): Issue | undefined {
  if (text == null) return required ? issueIn(attributeMessages, path, 'missingDate', { path }) : undefined;
  return dayOf(text) === undefined ? issueIn(attributeMessages, path, 'notDate', { text }) : undefined;
}

/**
 * A campaign from attributes alone: `goal`, `start` and `deadline` are required, `value` is the count on
 * the `as-of` date (no `value`: no count published yet). A value over the goal is allowed.
 */
export function campaignFromAttributes(attributes: MeterAttributes, asOf: string): { campaign?: Campaign; issues: Issue[] } {
  const issues: Issue[] = [];
  const goal = count(attributes.goal, 'goal', issues, true);
  if (attributes.goal == null) issues.push(issueIn(attributeMessages, 'goal', 'missingGoal', {}));
  const value = count(attributes.value, 'value', issues, false);
  const { start, deadline } = attributes;
  const dates = [dateIssue(start, 'start', true), dateIssue(deadline, 'deadline', true)].filter((issue) => issue !== undefined);
  issues.push(...dates);
  if (!dates.length && deadline! <= start!) {
    issues.push(issueIn(attributeMessages, 'deadline', 'deadline', { deadline: deadline!, start: start! }));
  }
  if (issues.length) return { issues };
  return {
    issues,
    campaign: {
      goal: goal!,
      start: start!,
      deadline: deadline!,
      progress: value === undefined ? [] : [{ date: asOf, value }],
      breakdown: [],
      source: [],
      sample: false,
    },
  };
}

/** Whether a re-fetched body is the document already shown, compared as data (spacing and key layout as
 * written do not count). A body that is not JSON is news: reading it reports the fault. */
export function sameDocument(body: string, shown: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(body)) === JSON.stringify(shown);
  } catch {
    return false;
  }
}
