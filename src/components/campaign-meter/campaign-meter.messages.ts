import { common } from '../../i18n/messages.js';
import { catalogue, install } from '../../i18n/translate.js';

/** The campaign meter's own strings. Figures arrive formatted for the language; `{count}` picks a plural. */
export const messages = catalogue({
  unit: 'credentials',
  errorTitle: 'This campaign meter could not be shown',
  ofGoal: '{value} of {goal} {unit}',
  ofGoalShort: 'of {goal} {unit}',
  sampleShort: 'Sample figures',
  sampleTiny: 'Sample',
  percentWords: '{count} percent',
  ahead: 'ahead of pace',
  'on-track': 'on pace',
  behind: 'behind pace',
  reached: 'goal reached',
  passed: 'goal passed',
  missed: 'deadline passed',
  'before-start': 'not started yet',
  'no-data': 'no count published yet',
  noCount: 'No count of {unit} toward the goal has been published yet.',
  goalBy: 'Goal: {goal} {unit} by {date}',
  unitBy: '{unit} by {date}',
  yearsLeft: '{count} years left',
  yearsLeft_one: '1 year left',
  monthsLeft: '{count} months left',
  monthsLeft_one: '1 month left',
  daysLeft: '{count} days left',
  daysLeft_one: '1 day left',
  dueToday: 'deadline today',
  startsOn: 'starts {date}',
  endedOn: 'deadline was {date}',
  asOf: 'as of {date}',
  counted: 'counted',
  ofTheGoal: 'of the goal',
  goalCaption: 'goal, by {date}',
  neededCaption: 'needed each year',
  needed: '{count} {unit} a year are needed to reach the goal by {date}.',
  projected: 'At the pace so far, about {count} by the deadline.',
  reachBy: 'At the pace so far, the goal is met around {date}.',
  projectedCaption: 'by the deadline at the pace so far',
  paceAt: 'The straight line to the goal stood at {count} on that date ({gap}).',
  above: '{count} above',
  below: '{count} below',
  chartTitle: 'Progress toward the goal',
  chartHelp: 'Arrow keys move between counts, Home and End go to the first and last, Enter selects, Escape closes the details.',
  legendCounted: 'Counted',
  legendPace: 'Straight line to the goal',
  date: 'Date',
  paceLine: 'Pace line',
  difference: 'Difference',
  goal: 'Goal',
  breakdown: 'Breakdown',
  stale: 'Not updated since {time}',
  updated: 'Updated: {text}',
  old: 'count {count} months old',
  old_one: 'count 1 month old',
  noCountYet: 'Progress shows here once the campaign publishes a count of {unit} earned.',
  byDate: 'by {date}',
  legendToday: 'Today',
  breakdownCaption: 'Share of all {total} {unit} counted, {date}',
});

export type MessageKey = keyof typeof messages.en;

/** Problems with the meter's attributes, said in the element's language (see src/schema/messages.ts). */
export const attributeMessages = catalogue({
  notDigits: '"{text}" is not a number; write it in digits without separators, e.g. {path}="1000000"',
  notPositive: '{value} must be more than 0',
  negative: '{value} cannot be negative',
  missingGoal: 'missing; give the goal as a number, e.g. goal="1000000"',
  missingDate: 'missing; give the {path} date as YYYY-MM-DD',
  notDate: '"{text}" is not a date; write it as YYYY-MM-DD, e.g. 2030-12-31',
  variant: 'unknown variant "{value}" (expected banner, compact or full)',
  deadline: '{deadline} is not after the start {start}; the deadline must come later',
});

/** The Spanish tables, fetched and installed when an element first speaks Spanish. */
export const spanish = () =>
  import('./campaign-meter.messages.es.js').then(({ default: tables }) => install('es', { common, messages, attributeMessages }, tables));
