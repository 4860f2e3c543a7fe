import { catalogue } from './translate.js';

/** Strings shared by every element. Each element keeps its own in `<name>.messages.ts`. */
export const common = catalogue({
  loading: 'Loading…',
  empty: 'Nothing to show yet.',
  errorTitle: 'This could not be shown',
  errorCount: '{count} problems found:',
  errorCount_one: '1 problem found:',
  moreIssues: '…and {count} more.',
  networkError: 'Could not load {url}: {reason}',
  httpError: 'The server answered {status} for {url}',
  notJson: '{url} is not valid JSON: {reason}',
  /** The same problem as an issue, whose path says where (the URL or the inline script). */
  notJsonIssue: 'not valid JSON: {reason}',
  source: 'Source',
  sources: 'Sources',
  // the sources disclosure every element ends with
  sourcesCount: 'Sources ({count})',
  sample: 'Sample figures for demonstration, not published data',
  notAvailable: 'not available',
  meanWage: 'mean wage',
  medianWage: 'median wage',
  perYear: 'a year',
  perHour: 'an hour',
  perYearShort: '/yr',
  perHourShort: '/hr',
  national: 'national',
  growth: 'growth',
  openings: 'openings a year',
  topJob: 'Top Job',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  keyboardHelp: 'Keyboard help',
  close: 'Close',
  hour: '{count} hours',
  hour_one: '1 hour',
  day: '{count} days',
  day_one: '1 day',
  week: '{count} weeks',
  week_one: '1 week',
  month: '{count} months',
  month_one: '1 month',
  year: '{count} years',
  year_one: '1 year',
});

export type CommonKey = keyof typeof common.en;
