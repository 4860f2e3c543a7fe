import { common } from '../../i18n/messages.js';
import { catalogue, install } from '../../i18n/translate.js';
import { CREDENTIAL_TYPES, type CredentialType } from '../../schema/types.js';

/** The credential ladder's own strings. Shared ones (wage basis, units, "not available") are in i18n/messages. */
export const messages = catalogue({
  errorTitle: 'This credential ladder could not be shown',
  noLadders: 'this pathway has no ladders; add "ladders": [{ "id", "title", "steps": [node ids, lowest first] }]',
  unknownLadder: 'no ladder has id "{id}" (expected one of {known})',
  unknownCurrent: 'no rung of ladder "{ladder}" has id "{id}" (expected one of {known})',
  ladder: 'Credential ladder',
  rungs: '{count} rungs',
  rungs_one: '1 rung',
  rungOf: 'rung {n} of {count}',
  youAreHere: 'You are here',
  nextRung: 'Next rung',
  time: 'Time',
  cost: 'Cost',
  provider: 'Provider',
  soFar: 'So far',
  noFigures: 'Time and cost are not published for these credentials.',
  noTime: 'Time is not published for these credentials.',
  noCost: 'Cost is not published for these credentials.',
  atLeast: 'at least {value}',
  about: 'about {value}',
  plus: '{a} + {b}',
  carries: 'Credits carry forward',
  carriesAll: 'Credits carry forward from each rung to the next.',
  carriesSome: 'Credits carry forward from {list}.',
  carryPair: '{from} to {to}',
  sameOne: 'the same occupation',
  sameMany: 'the same occupations',
  sameOpens: 'Opens {same} as the rung before',
  sameAxis: 'same job',
  flatNote: 'Flat: {names} each open {same} as the rung before, so the best wage you qualify for stays at {amount}.',
  flatNote_one: 'Flat: {names} opens {same} as the rung before, so the best wage you qualify for stays at {amount}.',
  lowerNote: '{name} adds {list}, paid less than the best wage already open ({amount}).',
  usualEntry: 'Typical entry education for {occupation}: {level}.',
  'associate-degree': 'an associate degree',
  'bachelor-degree': 'a bachelor’s degree',
  'master-degree': 'a master’s degree',
  'doctoral-degree': 'a doctoral degree',
  opens: 'Opens',
  opensNothing: 'No occupations listed for this rung',
  more: 'More about this credential',
  chartTitle: 'Best wage you qualify for, rung by rung',
  basisLine: '{area} {basis}, {period}',
  noWages: 'No wages to compare yet.',
  notCharted: '{count} occupations are not in the chart: their wage is on a different basis, so not comparable.',
  notCharted_one: '1 occupation is not in the chart: its wage is on a different basis, so not comparable.',
  legendDots: 'each occupation the rung opens',
  legendLine: 'best wage so far',
  moreOpens: 'and {count} more',
  rungColumn: 'Rung',
  credentialColumn: 'Credential',
  typeColumn: 'Type',
  totalTimeColumn: 'Time so far',
  totalCostColumn: 'Cost so far',
  bestColumn: 'Best wage so far ({basis})',
  keys: 'Tab reaches the ladder; Up and Down (or Left and Right) move between rungs; Home and End jump to the lowest and highest; Enter or Space opens a rung’s details; Escape closes them.',
  // Spoken text (describe()).
  summary: '{title}: {rungs}, from {first} to {last}.',
  summaryWage: 'The best wage it opens rises from {from} to {to} ({basis}).',
  rungSaid: '{title}, {position}.',
  opensSaid: 'Opens {list}.',
  totalSaid: 'So far {time} and {cost}.',
  carriesSaid: 'Credits carry forward to the next rung.',
  hereSaid: 'You are here: {title}.',
  nextSaid: 'Next: {title}.',
  addsSaid: 'It adds {list}.',
  addsNothingSaid: 'It adds no new occupations.',
  liftSaid: 'The best wage you qualify for rises by {lift} ({basis}).',
  noLiftSaid: 'The best wage you qualify for does not rise ({basis}).',
  topSaid: 'This is the top rung.',
  chartSaid: '{title} ({basis}): {steps}.',
  stepSaid: 'rung {n}, {name}, {amount}',
  stepLiftSaid: 'rung {n}, {name}, {amount} (+{lift})',
  stepSameSaid: 'rung {n}, {name}, {amount}, {same} as the rung before',
  sameSaid: 'It opens {same} as the rung before.',
});

export type MessageKey = keyof typeof messages.en;

// CTDL credential classes for display. English is derived from the kebab-case id ("associate-degree" ->
// "Associate degree"), so only the Spanish names are written out (in the Spanish module).
const sentence = (id: string) => id.replace(/(?<!^pre)-/g, ' ').replace(/^./, (first) => first.toUpperCase());

export const credentialTypes = catalogue(
  Object.fromEntries(CREDENTIAL_TYPES.map((id) => [id, sentence(id)])) as Record<CredentialType, string>,
);

/** The Spanish tables, fetched and installed when an element first speaks Spanish. */
export const spanish = () =>
  import('./credential-ladder.messages.es.js').then(({ default: tables }) => install('es', { common, messages, credentialTypes }, tables));
