/**
 * The words of the meter, pure and tested: the progress bar's `aria-valuetext`, the time left, the summary
 * a screen reader hears for the chart, and each count's description. Figures through src/lib/format.ts.
 */
import { localeOf, translate, type Params } from '../../i18n/translate.js';
import { formatDate, formatNumber, formatPercent } from '../../lib/format.js';
import type { ProgressPoint } from '../../schema/types.js';
import { messages, type MessageKey } from './campaign-meter.messages.js';
import type { Campaign, Model } from './campaign-meter.model.js';
import type { Variant } from './campaign-meter.variant.js';
import { percentOf, YEAR_DAYS } from './campaign-meter.pace.js';

const say = (lang: string, key: MessageKey, params?: Params) => translate(messages, lang, key, params);
const capital = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const day = (iso: string, lang: string) => formatDate(iso, lang, true);

/** A count: `455,000`. */
export const count = (value: number, lang: string) => formatNumber(Math.round(value), lang);
/** The percent of the goal a figure is, as shown: `46%` (the count-up draws it beside each figure it shows). */
export const percentText = (value: number, goal: number, lang: string) => formatPercent(percentOf(value, goal) / 100, lang);
/** An estimate, to three significant figures: `1,010,000`. Rates and projections are not exact. */
export const about = (value: number, lang: string) => formatNumber(value, lang, { maximumSignificantDigits: 3 });

/** The data's unit, or "credentials" in the reader's language when the data says that or nothing. */
export function unitOf(campaign: Pick<Campaign, 'unit'>, lang: string): string {
  return campaign.unit && campaign.unit !== 'credentials' ? campaign.unit : say(lang, 'unit');
}

/** The pace state's words: "on pace", "goal passed"…, or the count's age when it is old. */
export function statusText({ pace, campaign, old, age }: Model, lang: string): string {
  if (old) return say(lang, 'old', { count: age! });
  const passed = pace.state === 'reached' && pace.latest!.value > campaign.goal;
  return say(lang, passed ? 'passed' : pace.state);
}

/** "5.1 years left", "8 months left", "starts January 1, 2021", "deadline was December 31, 2030". */
export function timeLeft({ pace, campaign }: Model, lang: string): string {
  const days = pace.daysLeft;
  if (pace.state === 'before-start') return say(lang, 'startsOn', { date: day(campaign.start, lang) });
  if (days < 0) return say(lang, 'endedOn', { date: day(campaign.deadline, lang) });
  if (days === 0) return say(lang, 'dueToday');
  if (days >= 2 * YEAR_DAYS) return say(lang, 'yearsLeft', { count: Math.round((days / YEAR_DAYS) * 10) / 10 });
  if (days >= 61) return say(lang, 'monthsLeft', { count: Math.round(days / (YEAR_DAYS / 12)) });
  return say(lang, 'daysLeft', { count: days });
}

/** `aria-valuetext` when there is a count: "412,530 of 1,000,000 credentials, 41 percent, on pace". */
export function valueText(model: Model, lang: string): string {
  const { pace, campaign } = model;
  const of = say(lang, 'ofGoal', {
    value: count(pace.latest!.value, lang),
    goal: count(campaign.goal, lang),
    unit: unitOf(campaign, lang),
  });
  return `${of}, ${say(lang, 'percentWords', { count: pace.percent! })}, ${statusText(model, lang)}`;
}

/** "Goal: 1,000,000 credentials by December 31, 2030". */
export function goalText({ campaign }: Model, lang: string): string {
  return say(lang, 'goalBy', { goal: count(campaign.goal, lang), unit: unitOf(campaign, lang), date: day(campaign.deadline, lang) });
}

/** The first sentence: the count as of its date, or that there is none yet, or when it starts. */
export function headline(model: Model, lang: string): string {
  const { pace, campaign } = model;
  if (pace.state === 'before-start') return `${goalText(model, lang)}; ${say(lang, 'startsOn', { date: day(campaign.start, lang) })}.`;
  if (pace.state === 'no-data') return `${say(lang, 'noCount', { unit: unitOf(campaign, lang) })} ${goalText(model, lang)}.`;
  return `${capital(valueText(model, lang))}, ${say(lang, 'asOf', { date: day(pace.latest!.date, lang) })}.`;
}

/** "5,534 above" / "12,000 below" the pace line. */
export function gapText(gap: number, lang: string): string {
  return say(lang, gap >= 0 ? 'above' : 'below', { count: count(Math.abs(gap), lang) });
}

/** Where the pace leads: the projection, or the date the goal would be met. */
export function projectionText({ pace, campaign }: Model, lang: string): string | undefined {
  if (pace.projected === undefined || pace.state === 'reached' || pace.state === 'missed') return undefined;
  if (pace.reachBy && pace.projected >= campaign.goal) return say(lang, 'reachBy', { date: formatDate(pace.reachBy.slice(0, 7), lang) });
  return say(lang, 'projected', { count: about(pace.projected, lang) });
}

/** The whole story in a few sentences: the chart's accessible description and the full variant's lead. */
export function summary(model: Model, lang: string): string {
  const { pace, campaign } = model;
  const parts = [campaign.title ? `${campaign.title}. ${headline(model, lang)}` : headline(model, lang)];
  if (pace.expected !== undefined && pace.gap !== undefined && pace.state !== 'reached') {
    parts.push(say(lang, 'paceAt', { count: count(pace.expected, lang), gap: gapText(pace.gap, lang) }));
  }
  const projection = projectionText(model, lang);
  if (projection) parts.push(projection);
  if (pace.neededPerYear !== undefined && pace.state !== 'missed') {
    parts.push(
      say(lang, 'needed', { count: about(pace.neededPerYear, lang), unit: unitOf(campaign, lang), date: day(campaign.deadline, lang) }),
    );
  }
  if (pace.state !== 'before-start' && pace.state !== 'no-data') parts.push(`${capital(timeLeft(model, lang))}.`);
  return parts.join(' ');
}

/** One count in the chart: "June 30, 2025: 455,000 credentials. Pace line 449,466 (5,534 above)." */
export function pointText(point: ProgressPoint, expected: number, campaign: Pick<Campaign, 'unit'>, lang: string): string {
  const gap = gapText(point.value - expected, lang);
  return `${day(point.date, lang)}: ${count(point.value, lang)} ${unitOf(campaign, lang)}. ${say(lang, 'paceLine')} ${count(expected, lang)} (${gap}).`;
}

/** "Not updated since 10:42 AM" (with the date when it was another day). */
export function staleText(updatedAt: number, now: number, lang: string): string {
  const then = new Date(updatedAt);
  const sameDay = then.toDateString() === new Date(now).toDateString();
  const time = then.toLocaleString(
    localeOf(lang),
    sameDay ? { hour: 'numeric', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' },
  );
  return say(lang, 'stale', { time });
}

/**
 * The strings a variant shows, derived once per model and language; what a variant does not show is left
 * undefined rather than formatted (the banner shows no rate needed, only the full view a projection).
 * The chart's `summary()` is the full view's alone, and the element makes it only there.
 */
export interface Texts {
  title: string | undefined;
  unit: string;
  status: string;
  /** `aria-valuetext`, when there is a count. */
  valueText: string | undefined;
  timeLeft: string;
  /** "Goal: 1,000,000 credentials by …", before there is a count. */
  goal: string | undefined;
  /** The latest count's month, "as of June 2025" (every variant: a figure keeps its date beside it). */
  asOf: string | undefined;
  percent: string | undefined;
  /** The rate needed a year (compact and full). */
  needed: string | undefined;
  /** The count at the deadline at the pace so far (full). */
  projected: string | undefined;
}

export function textsOf(model: Model, lang: string, variant: Variant = 'full'): Texts {
  const { pace, campaign } = model;
  const latest = pace.latest;
  const counted = latest !== undefined && pace.state !== 'before-start';
  const banner = variant === 'banner';
  return {
    title: campaign.title,
    unit: unitOf(campaign, lang),
    status: statusText(model, lang),
    valueText: counted ? valueText(model, lang) : undefined,
    timeLeft: timeLeft(model, lang),
    goal: counted ? undefined : goalText(model, lang),
    asOf: counted ? say(lang, 'asOf', { date: formatDate(latest.date, lang) }) : undefined,
    percent: pace.percent === undefined ? undefined : formatPercent(pace.percent / 100, lang),
    needed: pace.neededPerYear === undefined || pace.state === 'missed' || banner ? undefined : about(pace.neededPerYear, lang),
    projected:
      pace.projected === undefined || pace.state === 'reached' || pace.state === 'missed' || variant !== 'full'
        ? undefined
        : about(pace.projected, lang),
  };
}
