import { common } from '../../i18n/messages.js';
import { catalogue, install, translate } from '../../i18n/translate.js';

/** cp-pathway-map's own strings. Shared ones (wage words, durations, "Top Job"…) are in i18n/messages.ts. */
export const messages = catalogue({
  errorTitle: 'This pathway could not be shown',
  emptyPathway: 'This pathway has no steps yet.',
  roleMap: 'pathway map',
  occupation: 'Occupation',
  credential: 'Credential',
  course: 'Course',
  experience: 'Experience',
  competency: 'Competency',
  assessment: 'Assessment',
  milestone: 'Milestone',
  qualifies: 'Qualifies for a job',
  advances: 'Advances to a higher step',
  stacks: 'Stacks toward another credential',
  requires: 'Required for',
  lateral: 'Lateral move',
  legend: 'Legend',
  mean: 'mean',
  median: 'median',
  meanShort: 'mean',
  medianShort: 'median',
  us: 'US',
  growthShort: '{value} growth',
  // Card figure lines (pathway-map/layout/card.ts): a wage with its area, basis and period.
  cardWageArea_mean: '{amount} {period}, {area} mean',
  cardWageArea_median: '{amount} {period}, {area} median',
  cardWageNational_mean: '{amount} {period}, national mean',
  cardWageNational_median: '{amount} {period}, national median',
  cardWage_mean: '{amount} {period}, mean',
  cardWage_median: '{amount} {period}, median',
  // describe() pieces
  leadsTo: 'leads to {n} next steps',
  leadsTo_one: 'leads to 1 next step',
  leadsNowhere: 'no next steps',
  entryPoint: 'entry point',
  destination: 'goal of the pathway',
  // summary
  summary: '{steps} in {stages}; {entries}.',
  steps: '{count} steps',
  steps_one: '1 step',
  stages: '{count} stages',
  stages_one: '1 stage',
  entries: '{count} entry points',
  entries_one: '1 entry point',
  highest: ' The highest wage is {title}, {wage}.',
  topJobs: ' {count} are Top Jobs.',
  topJobs_one: ' 1 is a Top Job.',
  // toolbar
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to view',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  pngBlocked: 'The PNG could not be made here (the page may block images made in the browser). Download the SVG instead.',
  downloaded: 'Downloaded {name}.',
  zoomed: 'Zoom {value}',
  // the toolbar's menu of the other tools (table, export, keyboard help)
  moreTools: 'More',
  // keyboard help
  keysTitle: 'Using the map with a keyboard',
  keysMove: 'Move to the previous or next step along the pathway',
  keysStage: 'Move within a stage',
  keysEnds: 'First or last step in the stage (with Ctrl: in the map)',
  keysSelect: 'Select a step and show every route through it',
  keysEscape: 'Close the details, then clear the selection',
  keysZoom: 'Zoom in, zoom out, fit the whole map, back to actual size',
  // live region
  position: '{stage}, {index} of {count}.',
  noNext: 'No next steps from here.',
  noPrevious: 'No earlier steps lead here.',
  selected: 'Selected {title}: {before} before it, {after} after it.',
  cleared: 'Selection cleared.',
  // details
  stage: 'Stage',
  soc: 'SOC code',
  wage: 'Wage',
  wageNational: 'Wage, United States',
  projected: 'Projected growth',
  range: 'Middle half earns',
  rangeNational: 'Middle half earns, United States',
  range80: 'Middle 80% earns',
  range80National: 'Middle 80% earns, United States',
  openings: 'Openings a year',
  education: 'Typical education',
  jobZone: 'Job Zone',
  credentialType: 'Type',
  provider: 'Provider',
  duration: 'Time',
  cost: 'Cost',
  more: 'More about this step',
  from: 'From',
  // route finder
  routeFinder: 'Find a route',
  start: 'Start from',
  goal: 'Goal',
  choose: 'Choose a step',
  noRoute: 'No route leads from {from} to {to}.',
  finderFailed: 'The route finder could not be loaded. Close it and open it again to try again.',
  route: 'Route {n}',
  showRoute: 'Show route {n} on the map',
  totalTime: 'Total time',
  totalCost: 'Total cost',
  wageGain: 'Wage gain',
  totalsNote: 'Totals add up the steps after the starting point.',
  partly: '{value}, partly known ({known} of {count} steps)',
  notComparable: 'cannot be compared (different wage bases)',
  noStartWage: 'not available (the start has no wage)',
  // table
  tableCaption: '{title}: every step, by stage',
  tableFailed: 'The table could not be loaded. Choose “Show as table” again to try again.',
  detailsFailed: 'The details could not be loaded. Open a step to try again.',
  helpFailed: 'The keyboard help could not be loaded. Open it to try again.',
  step: 'Step',
  kind: 'Kind',
  details: 'Details',
  next: 'Leads to',
  none: 'none',
  // zoom and the stacked sections
  smallText: 'Zoomed out: the text is too small to read.',
  actualSize: 'Actual size',
  // Honest routes and figures with their basis (related jobs, education gaps, unpublished totals).
  advancesRelated: 'Related job, higher pay (O*NET)',
  lateralRelated: 'Related job, similar pay (O*NET)',
  relatedJobs: 'Related jobs (O*NET)',
  routeFrom: 'Starting from {title}:',
  routeRelated: 'No route through credentials leads here; this one goes through related jobs O*NET lists.',
  doEarn: 'Earn',
  doWork: 'Work as',
  buildsOn: 'builds on {title}',
  relatedStep: 'a related job O*NET lists, not a required step',
  needsHighSchool: 'usually needs a high school diploma',
  needsSomeCollege: 'usually needs some college',
  needsNondegree: 'usually needs a postsecondary certificate',
  needsAssociate: 'usually needs an associate degree',
  needsBachelor: 'usually needs a bachelor’s degree',
  needsMaster: 'usually needs a master’s degree',
  needsDoctoral: 'usually needs a doctoral or professional degree',
  noTimeCost: 'Time and cost are not published for these steps.',
  noTime: 'Time is not published for these steps.',
  noCost: 'Cost is not published for these steps.',
  mixedCost: 'Costs are in different currencies, so they are not added up.',
  withBasis: '{value} ({basis})',
  yearlyAverage: 'average over {period}',
  // Related jobs drawn on demand (legend).
  shownOnSelect: '{link}, shown for the selected job',
});

export type MessageKey = keyof typeof messages.en;

/**
 * Names of BLS education levels and the common CTDL credential types. A type missing here is shown from
 * its kebab-case name ("work-based-learning-certificate" -> "Work based learning certificate").
 */
export const terms = catalogue({
  'no-formal-credential': 'No formal credential',
  'high-school-diploma': 'High school diploma or equivalent',
  'some-college': 'Some college, no degree',
  'postsecondary-nondegree-award': 'Postsecondary nondegree award',
  'associate-degree': 'Associate degree',
  'bachelor-degree': 'Bachelor’s degree',
  'master-degree': 'Master’s degree',
  'doctoral-degree': 'Doctoral or professional degree',
  certificate: 'Certificate',
  certification: 'Certification',
  license: 'License',
  badge: 'Badge',
  'micro-credential': 'Micro-credential',
  'apprenticeship-certificate': 'Apprenticeship certificate',
  'pre-apprenticeship-certificate': 'Pre-apprenticeship certificate',
  'journeyman-certificate': 'Journeyworker certificate',
  'secondary-school-diploma': 'High school diploma',
  diploma: 'Diploma',
  degree: 'Degree',
});

/** The name of an education level or credential type in `lang`. */
export function term(name: string, lang: string): string {
  const known = (terms.en as Record<string, string>)[name] !== undefined;
  return known ? translate(terms, lang, name as keyof typeof terms.en) : name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');
}

/** Problems with the map's attributes, said in the element's language (see src/schema/messages.ts). */
export const attributeMessages = catalogue({ noStep: 'no step has id "{id}"; use the id of one of the pathway\'s nodes' });

/** The Spanish tables, fetched and installed when an element first speaks Spanish. */
export const spanish = () =>
  import('./pathway-map.messages.es.js').then(({ default: tables }) =>
    install('es', { common, messages, terms, attributeMessages }, tables),
  );
