/**
 * What the route finder says about a route (the search is in pathway-map/model/search.ts): each step, with what
 * it builds on, whether it is only a related job, and the education the job usually needs beyond what the
 * route has earned; and what the route costs in time and money and gains in wage, said honestly: a sum of
 * the figures that are known, with how many steps had none, one line where none is published, and no wage
 * gain across different wage bases.
 */
import { common } from '../../../i18n/messages.js';
import { translate } from '../../../i18n/translate.js';
import { formatDuration, formatMoney, headlineWage, notAvailable, type WageBasis } from '../../../lib/format.js';
import {
  EDUCATION_LEVELS,
  type CredentialType,
  type DurationUnit,
  type EducationLevel,
  type PathwayNode,
  type WagePeriod,
} from '../../../schema/types.js';
import type { Graph } from './graph.js';
import { messages, type MessageKey } from '../pathway-map.messages.js';
import { hopsFrom } from './search.js';

export { findRoutes } from './search.js';

/**
 * The BLS education level a credential stands for. Certificates, certifications and licenses count as a
 * postsecondary nondegree award, as BLS files them; apprenticeships, badges and the like are left out, since
 * BLS counts apprenticeship as training rather than education and a badge says nothing of either.
 */
const LEVEL_OF: Partial<Record<CredentialType, EducationLevel>> = {
  'secondary-school-diploma': 'high-school-diploma',
  'general-education-development': 'high-school-diploma',
  certificate: 'postsecondary-nondegree-award',
  'academic-certificate': 'postsecondary-nondegree-award',
  'basic-technical-certificate': 'postsecondary-nondegree-award',
  'professional-certificate': 'postsecondary-nondegree-award',
  certification: 'postsecondary-nondegree-award',
  license: 'postsecondary-nondegree-award',
  'associate-degree': 'associate-degree',
  'bachelor-degree': 'bachelor-degree',
  'master-degree': 'master-degree',
  'doctoral-degree': 'doctoral-degree',
  'professional-doctorate': 'doctoral-degree',
  'research-doctorate': 'doctoral-degree',
};
const rank = (level: EducationLevel | undefined) => (level ? EDUCATION_LEVELS.indexOf(level) : -1);

/** One step of a route after the start. */
export interface RouteStep {
  readonly node: number;
  /** Reached over an O*NET related-occupation link: a similar job, not a step the route requires. */
  readonly related: boolean;
  /** The credential of the starting job this step builds on (no line on the map joins them), or -1. */
  readonly via: number;
  /** A job whose typical entry education is above anything the route has earned before it. */
  readonly needs: EducationLevel | undefined;
}

/**
 * The steps of a route after its start. The education earned so far starts at the start's own: a credential
 * counts as its level, and a job held counts as its typical entry education, since the person holds it (most
 * likely with what it usually takes; never more). Every job entered raises it too: the step into it already
 * says when it usually needs more, so the same gap is not said again further on.
 */
export function routeSteps(graph: Graph, route: readonly number[]): RouteStep[] {
  const hops = hopsFrom(graph, route[0]!);
  const levelOf = (node: PathwayNode) =>
    rank(node.kind === 'credential' ? LEVEL_OF[node.credentialType!] : node.kind === 'occupation' ? node.education : undefined);
  let earned = levelOf(graph.nodes[route[0]!]!);
  return route.slice(1).map((i, k) => {
    const node = graph.nodes[i]!;
    const hop = hops[route[k]!]!.get(i);
    const level = levelOf(node);
    const needs = node.kind === 'occupation' && level > Math.max(earned, 0) ? node.education : undefined;
    earned = Math.max(earned, level);
    return { node: i, related: !!hop?.related, via: hop?.via ?? -1, needs };
  });
}

// No formal credential is never a gap, so it has no sentence.
const NEEDS: Partial<Record<EducationLevel, MessageKey>> = {
  'high-school-diploma': 'needsHighSchool',
  'some-college': 'needsSomeCollege',
  'postsecondary-nondegree-award': 'needsNondegree',
  'associate-degree': 'needsAssociate',
  'bachelor-degree': 'needsBachelor',
  'master-degree': 'needsMaster',
  'doctoral-degree': 'needsDoctoral',
};

/** What a step needs said beside its title: what it builds on, that it is only related, what it usually needs. */
export function stepNotes(graph: Graph, step: RouteStep, lang: string): string[] {
  const notes: string[] = [];
  if (step.via >= 0) notes.push(translate(messages, lang, 'buildsOn', { title: graph.nodes[step.via]!.title }));
  if (step.related) notes.push(translate(messages, lang, 'relatedStep'));
  if (step.needs && NEEDS[step.needs]) notes.push(translate(messages, lang, NEEDS[step.needs]!));
  return notes;
}

const MONTHS: Record<Exclude<DurationUnit, 'hour'>, number> = { day: 12 / 365, week: 12 / 52, month: 1, year: 12 };

export type WageChange =
  { gain: number; basis: WageBasis; period: WagePeriod; national: boolean } | { reason: 'no-start' | 'no-goal' | 'mismatch' };

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
    if (a && b && a.basis === b.basis && period === goal[key]!.period)
      return { gain: b.amount - a.amount, basis: a.basis, period: period!, national: key === 'wageNational' };
  }
  return { reason: 'mismatch' };
}

export function routeTotals(graph: Graph, route: readonly number[]): RouteTotals {
  const steps = route
    .slice(1)
    .map((i) => graph.nodes[i]!)
    .filter((node) => node.kind !== 'occupation');
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

/**
 * The totals of a route as text: time and cost only where some step has them (each saying when it is only
 * partly known), and for what is published for no step, one sentence instead of a column of "not available".
 */
export function formatTotals(totals: RouteTotals, lang: string): { time?: string; cost?: string; unpublished?: string; wage: string } {
  const partly = (value: string, known: number) =>
    known < totals.counted ? translate(messages, lang, 'partly', { value, known, count: totals.counted }) : value;
  const time = totals.timeKnown ? partly(formatTime(totals.months, totals.hours, lang), totals.timeKnown) : undefined;
  const cost = totals.cost !== undefined ? partly(formatMoney(totals.cost, lang, totals.currency), totals.costKnown) : undefined;
  const unpublished = !time && !cost ? 'noTimeCost' : !time ? 'noTime' : !cost ? (totals.costKnown ? 'mixedCost' : 'noCost') : undefined;
  const { wage: change } = totals;
  let wage: string;
  if ('gain' in change) {
    const amount = formatMoney(Math.abs(change.gain), lang);
    const period = translate(common, lang, change.period === 'hour' ? 'perHour' : 'perYear');
    const basis = `${translate(messages, lang, change.basis)}${change.national ? `, ${translate(common, lang, 'national')}` : ''}`;
    wage = `${change.gain < 0 ? '−' : change.gain > 0 ? '+' : ''}${amount} ${period} (${basis})`;
  } else
    wage =
      change.reason === 'mismatch'
        ? translate(messages, lang, 'notComparable')
        : change.reason === 'no-start'
          ? translate(messages, lang, 'noStartWage')
          : notAvailable(lang);
  return {
    ...(time && { time }),
    ...(cost && { cost }),
    ...(unpublished && { unpublished: translate(messages, lang, unpublished) }),
    wage,
  };
}
