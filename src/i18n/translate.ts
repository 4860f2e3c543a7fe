/**
 * A small message catalogue, one per element plus a shared one, in English and Spanish.
 *
 * Why not @lit/localize: it keeps one locale for the whole page, while each element here follows its own
 * nearest `lang` attribute (a Spanish widget beside an English one on a partner's page).
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A catalogue: English is complete and always here; another language's table arrives with the module
 * that brings it (`<name>.messages.es.ts`, see `translations`), and until then the English is said.
 */
export type Catalogue<K extends string> = { en: Record<K, string> } & Partial<Record<Exclude<Language, 'en'>, Record<K, string>>>;

/**
 * Builds a catalogue from its English, and its Spanish when it is small or always needed (the shared
 * messages of document problems, which load with the validator). The elements' own Spanish tables are in
 * modules of their own, loaded when an element first speaks Spanish (issue 18): most pages never do.
 */
export function catalogue<const K extends string>(en: Record<K, string>, es?: Record<NoInfer<K>, string>): Catalogue<K> {
  return es ? { en, es } : { en };
}

/** Puts `language`'s table into `catalogue`; the type checks it has exactly the English keys. */
export function translations<K extends string>(
  catalogue: Catalogue<K>,
  language: Exclude<Language, 'en'>,
  table: Record<NoInfer<K>, string>,
): void {
  catalogue[language] = table;
}

/** A language's table for a catalogue: its keys, exactly. */
export type Table<C> = C extends Catalogue<infer K> ? Record<K, string> : never;

/**
 * Puts an element's tables for `language` into its catalogues, by name. The element's `<name>.messages.es.ts`
 * exports the tables as data and its `<name>.messages.ts` installs them: the Spanish module imports
 * nothing of the element's at run time, so the bundler keeps the element's strings in the element's own
 * chunk instead of a chunk shared with the Spanish.
 */
export function install<T extends Record<string, Catalogue<string>>>(
  language: Exclude<Language, 'en'>,
  catalogues: T,
  tables: { readonly [N in keyof T]: Table<T[N]> },
): void {
  for (const name in catalogues) catalogues[name]![language] = tables[name];
}

export type Params = Record<string, string | number>;

// The last tag asked about and its answers: an element asks about the same tag for every label it makes
// (thousands on a big map), and on a first render that code has not been optimised yet.
let lastTag: string | null | undefined = null;
let lastLanguage: Language = 'en';
let lastLocale = 'en-US';

function remember(tag: string | null | undefined): void {
  if (tag === lastTag) return;
  const base = (tag ?? '').toLowerCase().split('-')[0];
  lastLanguage = (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
  lastLocale = lastLanguage === 'en' && !/^en\b/i.test(tag ?? '') ? 'en-US' : tag || 'en-US';
  lastTag = tag;
}

/** The supported language for a BCP 47 tag: `es-MX` -> `es`; anything unsupported -> `en`. */
export function languageOf(tag: string | null | undefined): Language {
  remember(tag);
  return lastLanguage;
}

/** The tag Intl formatters should use: the page's own tag when its language is supported. */
export function localeOf(tag: string | null | undefined): string {
  remember(tag);
  return lastLocale;
}

const pluralRules = new Map<string, Intl.PluralRules>();
// One formatter per locale: toLocaleString() builds a new one on every call, which shows in long lists.
const numbers = new Map<string, Intl.NumberFormat>();

/**
 * `translate(catalogue, 'es', 'steps', { count: 3 })` looks up `steps_other` (by Intl plural rules) before
 * `steps`, then fills `{count}`-style placeholders; numbers are formatted for the language.
 */
export function translate<K extends string>(catalogue: Catalogue<K>, tag: string, key: K, params: Params = {}): string {
  const language = languageOf(tag);
  const messages = (catalogue[language] ?? catalogue.en) as Record<string, string>;
  let template = messages[key] ?? (catalogue.en as Record<string, string>)[key] ?? key;
  if (typeof params.count === 'number') {
    let rules = pluralRules.get(language);
    if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
    template = messages[`${key}_${rules.select(params.count)}`] ?? template;
  }
  if (!template.includes('{')) return template;
  const locale = localeOf(tag);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value !== 'number') return value;
    let format = numbers.get(locale);
    if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
    return format.format(value);
  });
}
