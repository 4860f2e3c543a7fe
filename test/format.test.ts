import { expect } from './helpers/testing.js';
import { common } from '../src/i18n/messages.js';
import { catalogue, languageOf, localeOf, translate, translations } from '../src/i18n/translate.js';
import {
  describeWage,
  formatCost,
  formatDate,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
  headlineWage,
  shortWage,
} from '../src/lib/format.js';
import './helpers/spanish.js';

describe('translate', () => {
  const messages = catalogue(
    { steps: '{count} steps', steps_one: '1 step', hello: 'Hello, {name}' },
    { steps: '{count} pasos', steps_one: '1 paso', hello: 'Hola, {name}' },
  );

  it('picks the language from a BCP 47 tag, defaulting to English', () => {
    expect(['es', 'es-MX', 'ES', 'en-GB', 'fr', '', null].map(languageOf)).to.deep.equal(['es', 'es', 'es', 'en', 'en', 'en', 'en']);
    expect(localeOf('es-MX')).to.equal('es-MX');
    expect(localeOf('fr')).to.equal('en-US');
  });

  it('fills placeholders and plural forms for the language, formatting numbers', () => {
    expect(translate(messages, 'en', 'steps', { count: 1 })).to.equal('1 step');
    expect(translate(messages, 'en', 'steps', { count: 1200 })).to.equal('1,200 steps');
    expect(translate(messages, 'es', 'steps', { count: 1200 })).to.equal('1200 pasos');
    expect(translate(messages, 'es-MX', 'steps', { count: 12000 })).to.equal('12,000 pasos');
    expect(translate(messages, 'es', 'hello', { name: '<b>Ana</b>' })).to.equal('Hola, <b>Ana</b>');
  });

  it('has every shared string in Spanish, once its module is loaded', async () => {
    const { default: es } = await import('../src/i18n/messages.es.js');
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(common.en).sort());
  });

  it("says English until a language's table arrives, then that language", () => {
    const late = catalogue({ hello: 'Hello' });
    expect(translate(late, 'es', 'hello')).to.equal('Hello');
    translations(late, 'es', { hello: 'Hola' });
    expect(translate(late, 'es', 'hello')).to.equal('Hola');
    expect(translate(late, 'en', 'hello')).to.equal('Hello');
  });
});

describe('format', () => {
  it('never shows 0 or NaN for a missing figure', () => {
    for (const value of [undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatNumber(value, 'en')).to.equal('not available');
      expect(formatMoney(value, 'en')).to.equal('not available');
      expect(formatPercent(value, 'es')).to.equal('no disponible');
    }
    expect(describeWage(undefined, 'en')).to.equal('mean wage not available');
    expect(shortWage({ period: 'year' }, 'en')).to.equal('not available');
    expect(formatDuration(undefined, 'en')).to.equal('not available');
    expect(formatCost(undefined, 'en')).to.equal('not available');
  });

  it('says the wage basis and period (Nursing Assistants, OEWS May 2023 Colorado mean)', () => {
    expect(describeWage({ mean: 43580, period: 'year' }, 'en')).to.equal('mean wage $43,580 a year');
    expect(describeWage({ mean: 20.95, period: 'hour' }, 'en')).to.equal('mean wage $20.95 an hour');
    expect(describeWage({ median: 39530, mean: 41270, period: 'year' }, 'en', true)).to.equal('median wage (national) $39,530 a year');
    expect(describeWage({ mean: 43580, period: 'year' }, 'es')).to.match(/^salario promedio 43\.580\sUS\$ al año$/);
    expect(headlineWage({ median: 39530, mean: 41270, period: 'year' })).to.deep.equal({ amount: 39530, basis: 'median' });
    expect(shortWage({ mean: 145420, period: 'year' }, 'en')).to.equal('$145.4K/yr');
  });

  it('formats growth as a percentage, signed on request', () => {
    expect(formatPercent(0.158, 'en')).to.equal('16%');
    expect(formatPercent(0.023, 'en', true)).to.equal('+2.3%');
    expect(formatPercent(-0.05, 'en', true)).to.equal('-5%');
  });

  it('formats durations, costs and dates for the language', () => {
    expect(formatDuration({ value: 6, unit: 'week' }, 'en')).to.equal('6 weeks');
    expect(formatDuration({ value: 1, unit: 'year' }, 'es')).to.equal('1 año');
    expect(formatCost({ amount: 1200, currency: 'USD' }, 'en')).to.equal('$1,200');
    expect(formatDate('2023-05', 'en')).to.equal('May 2023');
    expect(formatDate('2030-12-31', 'es', true)).to.equal('31 de diciembre de 2030');
    expect(formatDate('2025', 'en')).to.equal('2025');
  });
});
