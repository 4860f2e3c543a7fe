/**
 * A document's own prose in the reader's language: `localize(doc, 'es')` is the document with its title,
 * summary, stage labels, ladder titles (and the rest of `translations.es`) put in place, so an element
 * renders it as it renders any document. What a translation leaves out stays as written; names of
 * occupations and credentials always do (`nameLang` says how to mark them). Pure and memoised: the same
 * document and language give the same object, so `guard()` and `willUpdate` comparisons keep working.
 */
import { languageOf } from '../i18n/translate.js';
import type {
  AnyDocument,
  CampaignDocument,
  CampaignTranslation,
  OccupationsDocument,
  OccupationsTranslation,
  PathwayDocument,
  PathwayTranslation,
  TextMap,
} from './types.js';

type TranslationOf<T extends AnyDocument> = T extends PathwayDocument
  ? PathwayTranslation
  : T extends CampaignDocument
    ? CampaignTranslation
    : OccupationsTranslation;

/** The language tag the document's own prose is written in (the contract's documents are in English). */
const WRITTEN_IN = 'en';

/**
 * The key of `translations` for a reader in `lang`: the tag itself, else its language alone (`es-MX`
 * reads `es`), else another tag of that language (`es` reads `es-MX`); undefined when there is none, or
 * when the reader reads the language the document is written in.
 */
export function translationKey(doc: AnyDocument, lang: string): string | undefined {
  const translations = doc.translations;
  if (!translations || !lang) return undefined;
  const tags = Object.keys(translations);
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0]!;
  if (base === WRITTEN_IN) return undefined;
  return (
    tags.find((tag) => tag.toLowerCase() === wanted) ??
    tags.find((tag) => tag.toLowerCase() === base) ??
    tags.find((tag) => tag.toLowerCase().split('-')[0] === base)
  );
}

/** The translation of `doc` a reader in `lang` gets, if any. */
export function translationOf<T extends AnyDocument>(doc: T, lang: string): TranslationOf<T> | undefined {
  const key = translationKey(doc, lang);
  return key === undefined ? undefined : (doc.translations![key] as TranslationOf<T>);
}

const made = new WeakMap<AnyDocument, Map<string, AnyDocument>>();
/** The stages, ladders, nodes, edges and breakdown items `localize` made with translated text. */
const translatedItems = new WeakSet<object>();

/** `doc` with its prose in `lang` where the document gives it; `doc` itself when there is nothing to put in. */
export function localize<T extends AnyDocument>(doc: T, lang: string): T {
  const key = translationKey(doc, lang);
  if (key === undefined) return doc;
  let byKey = made.get(doc);
  if (!byKey) made.set(doc, (byKey = new Map()));
  let localized = byKey.get(key) as T | undefined;
  if (!localized) byKey.set(key, (localized = apply(doc, doc.translations![key]!) as T));
  return localized;
}

/**
 * The `lang` attribute for a name kept as published (an occupation or a credential) inside an element
 * whose text is in `lang`: "en" where the reader's language is not English, so a screen reader says it
 * with English sounds; undefined where there is nothing to mark (use with `ifDefined`).
 */
export function nameLang(lang: string): string | undefined {
  return languageOf(lang) === WRITTEN_IN ? undefined : WRITTEN_IN;
}

/**
 * The `lang` attribute for the document's own prose (title, summary, labels) inside an element in `lang`:
 * undefined where it is in the reader's language (translated, or the reader reads English), "en" where it
 * is shown as written in a view in another language.
 */
export function proseLang(doc: AnyDocument, lang: string): string | undefined {
  return translationKey(doc, lang) === undefined ? nameLang(lang) : undefined;
}

/**
 * The `lang` attribute for an item's own prose (a node's description, a stage's label) inside an element
 * in `lang`: undefined where `localize` translated it or the reader reads English; "en" where it is shown
 * as written (an occupation's SOC definition, a description no translation gives).
 */
export function itemLang(item: object, lang: string): string | undefined {
  return translatedItems.has(item) ? undefined : nameLang(lang);
}

/** A sector's name for the reader (occupations documents keep `sector` as written: it is a filter value). */
export function sectorLabel(doc: OccupationsDocument, lang: string, sector: string): string {
  return translationOf(doc, lang)?.sectors?.[sector] ?? sector;
}

const pick = (map: TextMap | undefined, key: string | undefined): string | undefined =>
  key !== undefined && map && Object.hasOwn(map, key) ? map[key] : undefined;

/** `items` with `field` replaced where `map` (keyed by `keyOf`) has it; unchanged items stay the same objects. */
function replaced<I extends object>(
  items: readonly I[],
  changes: readonly [keyof I, TextMap | undefined][],
  keyOf: (item: I) => string | undefined,
): I[] {
  if (changes.every(([, map]) => !map)) return items as I[];
  return items.map((item) => {
    let copy: I | undefined;
    for (const [field, map] of changes) {
      const text = pick(map, keyOf(item));
      if (text !== undefined) (copy ??= { ...item })[field] = text as I[keyof I];
    }
    if (copy) translatedItems.add(copy);
    return copy ?? item;
  });
}

/** Fields given as text replace the document's; the rest stay. */
function fields<T extends object>(doc: T, translation: object, names: readonly (keyof T)[]): T {
  const copy = { ...doc };
  for (const name of names) {
    const text = (translation as Record<string, unknown>)[name as string];
    if (typeof text === 'string' && text) copy[name] = text as T[keyof T];
  }
  return copy;
}

function apply(doc: AnyDocument, translation: object): AnyDocument {
  switch (doc.type) {
    case 'pathway': {
      const t = translation as PathwayTranslation;
      const copy = fields(doc, t, ['title', 'sector', 'region', 'summary']);
      copy.stages = replaced(
        doc.stages,
        [
          ['label', t.stages],
          ['description', t.stageDescriptions],
        ],
        (stage) => stage.id,
      );
      if (doc.ladders)
        copy.ladders = replaced(
          doc.ladders,
          [
            ['title', t.ladders],
            ['description', t.ladderDescriptions],
          ],
          (ladder) => ladder.id,
        );
      copy.nodes = replaced(doc.nodes, [['description', t.descriptions]], (node) => node.id);
      copy.edges = replaced(doc.edges, [['note', t.notes]], (edge) => edge.note);
      return copy;
    }
    case 'campaign': {
      const t = translation as CampaignTranslation;
      const copy = fields(doc, t, ['title', 'unit']);
      if (doc.breakdown) copy.breakdown = replaced(doc.breakdown, [['label', t.breakdown]], (item) => item.label);
      return copy;
    }
    default:
      return fields(doc, translation as OccupationsTranslation, ['title', 'region']);
  }
}

/**
 * Stands for a name kept as published inside a translated sentence, so the name can be marked:
 * `t('routeFrom', { title: NAME }).split(NAME)` gives the words before and after it. No message has it.
 */
export const NAME = '\u0001';
