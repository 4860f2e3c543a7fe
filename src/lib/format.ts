/**
 * Number, money, wage and duration text for a language. Pure and DOM-free. A missing or non-finite figure
 * is always "not available", never 0 or NaN.
 */
import { common } from '../i18n/messages.js';
import { localeOf, translate } from '../i18n/translate.js';
import type { Cost, Duration, Wage } from '../schema/types.js';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // Called for every cell of a table: a cheap key, not JSON.stringify.
  let key = locale;
  for (const name in options) key += `|${name}=${options[name as keyof Intl.NumberFormatOptions]}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export const isFigure = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function notAvailable(lang: string): string {
  return translate(common, lang, 'notAvailable');
}

export function formatNumber(value: number | undefined, lang: string, options: Intl.NumberFormatOptions = {}): string {
  return isFigure(value) ? numberFormat(localeOf(lang), options).format(value) : notAvailable(lang);
}

/** `$43,580`; whole units unless the amount has cents that matter (hourly wages). */
export function formatMoney(amount: number | undefined, lang: string, currency = 'USD', compact = false): string {
  if (!isFigure(amount)) return notAvailable(lang);
  const cents = !compact && !Number.isInteger(amount) && Math.abs(amount) < 1000;
  return numberFormat(localeOf(lang), {
    style: 'currency',
    currency,
    notation: compact ? 'compact' : 'standard',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : compact ? 1 : 0,
  }).format(amount);
}

/** `14%` or, signed, `+14%` / `−3%`. Takes a fraction (0.14). */
export function formatPercent(fraction: number | undefined, lang: string, signed = false): string {
  if (!isFigure(fraction)) return notAvailable(lang);
  const digits = Math.abs(fraction) < 0.1 && fraction !== 0 ? 1 : 0;
  return numberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(fraction);
}

export type WageBasis = 'mean' | 'median';

/** The headline figure of a wage and its basis: the median when there is one, else the mean. */
export function headlineWage(wage: Wage | undefined): { amount: number; basis: WageBasis } | undefined {
  if (!wage) return undefined;
  if (isFigure(wage.median)) return { amount: wage.median, basis: 'median' };
  if (isFigure(wage.mean)) return { amount: wage.mean, basis: 'mean' };
  return undefined;
}

/** `mean wage $43,580 a year`, or `mean wage not available`. `national` adds the area. */
export function describeWage(wage: Wage | undefined, lang: string, national = false): string {
  const headline = headlineWage(wage);
  const basis = translate(common, lang, headline?.basis === 'median' ? 'medianWage' : 'meanWage');
  const area = national ? ` (${translate(common, lang, 'national')})` : '';
  if (!headline || !wage) return `${basis}${area} ${notAvailable(lang)}`;
  const period = translate(common, lang, wage.period === 'hour' ? 'perHour' : 'perYear');
  return `${basis}${area} ${formatMoney(headline.amount, lang)} ${period}`;
}

/** `$43,580/yr`: the short form for cards and table cells. */
export function shortWage(wage: Wage | undefined, lang: string): string {
  const headline = headlineWage(wage);
  if (!headline || !wage) return notAvailable(lang);
  const suffix = translate(common, lang, wage.period === 'hour' ? 'perHourShort' : 'perYearShort');
  return `${formatMoney(headline.amount, lang, 'USD', wage.period === 'year')}${suffix}`;
}

/** `6 weeks`, `1 year`. */
export function formatDuration(duration: Duration | undefined, lang: string): string {
  if (!duration || !isFigure(duration.value)) return notAvailable(lang);
  return translate(common, lang, duration.unit, { count: duration.value });
}

export function formatCost(cost: Cost | undefined, lang: string): string {
  return cost ? formatMoney(cost.amount, lang, cost.currency) : notAvailable(lang);
}

const dates = new Map<string, Intl.DateTimeFormat>();

/** `March 2024` style (or a full date with `day`), from an ISO date, in UTC so no day shifts. */
export function formatDate(iso: string | undefined, lang: string, day = false): string {
  if (!iso) return notAvailable(lang);
  const [year, month = 1, date = 1] = iso.split('-').map(Number);
  const value = new Date(Date.UTC(year!, month - 1, date));
  if (Number.isNaN(value.getTime())) return notAvailable(lang);
  const locale = localeOf(lang);
  const precision = iso.length <= 4 ? 'year' : day && iso.length > 7 ? 'day' : 'month';
  // A formatter per locale and precision: toLocaleDateString() would build one on every call.
  const key = `${locale}|${precision}`;
  let format = dates.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: precision === 'year' ? undefined : 'long',
      day: precision === 'day' ? 'numeric' : undefined,
    });
    dates.set(key, format);
  }
  return format.format(value);
}
