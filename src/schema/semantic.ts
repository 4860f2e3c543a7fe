/**
 * The rules JSON Schema cannot express, as every document has them (unique source ids, figures with a
 * source) and the helpers each document's own rules (`documents/<type>.ts`) are made of: unique ids,
 * references that must resolve, translations keyed by what the document has. Each check is defensive:
 * it runs beside the structural check on data that may be malformed, skipping what is not the right
 * shape (the structural check reports that). They report findings, not words (see finding.ts): every
 * document an element shows runs through them.
 */
import { found, joinPath, show, type Finding } from './finding.js';
import type { IssueKey, IssueParams } from './messages.js';
import type { JsonSchema } from './json-schema.parts.js';
import type { AnyDocument, OccupationsDocument, PathwayDocument } from './types.js';

export type Loose<T> = { [K in keyof T]?: unknown };

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const field = (item: unknown, key: string): unknown =>
  typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;

/** Collects the ids of `items`, reporting duplicates. */
export function uniqueIds(items: unknown[], path: string, key: string, issues: Finding[]): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = field(item, key);
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else issues.push(found(`${path}[${i}].${key}`, 'duplicate', { key, id, first: `${path}[${first}]` }));
  });
  return new Set(seen.keys());
}

/** What every document shares: its sources' ids, where given, are unique (a figure may name one). */
export function sourceIssues(doc: { source?: unknown }): Finding[] {
  const issues: Finding[] = [];
  uniqueIds(list(doc.source), 'source', 'id', issues);
  return issues;
}

/** A BCP 47 language tag, loosely: a language subtag and any others ("es", "es-MX", "zh-Hant-TW"). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The keys of a map in a translation, if it is an object (the structural check reports it otherwise). */
export const keysOf = (value: unknown): string[] =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];

/**
 * Each language's prose, with a check of the keys its maps use: a translation keyed by a stage id no stage
 * has would never be shown, so it is reported where it is, naming what the document has instead.
 */
export function translationIssues(
  translations: unknown,
  issues: Finding[],
  each: (translation: Record<string, unknown>, at: string) => void,
): void {
  for (const tag of keysOf(translations)) {
    const at = joinPath('translations', tag);
    if (!LANGUAGE_TAG.test(tag)) issues.push(found(at, 'notLanguage', { tag }));
    const translation = (translations as Record<string, unknown>)[tag];
    if (typeof translation === 'object' && translation !== null) each(translation as Record<string, unknown>, at);
  }
}

/** Reports each key of `map` (at `path`) that `known` lacks, through `say`. */
export function knownKeys(
  map: unknown,
  path: string,
  known: ReadonlySet<string>,
  say: (key: string) => [IssueKey, IssueParams],
  issues: Finding[],
): void {
  for (const key of keysOf(map)) {
    if (known.has(key)) continue;
    const [message, params] = say(key);
    issues.push(found(joinPath(path, key), message, params));
  }
}

/** "no stage has id …", listing the ids there are. */
export const byId =
  (none: IssueKey, some: IssueKey, known: ReadonlySet<string>) =>
  (id: string): [IssueKey, IssueParams] =>
    known.size ? [some, { id, values: [...known].join(', ') }] : [none, { id }];
/** "no edge has the note …" for a map keyed by text as written. */
export const byText =
  (key: IssueKey) =>
  (text: string): [IssueKey, IssueParams] => [key, { text: show(text) }];

/** Whether a source covers `key`: one that lists it in `covers`, or one without `covers` (the whole
 * document), as `sourcesFor` in src/base/parts.ts reads them. */
export function covered(sources: unknown, key: string): boolean {
  return list(sources).some((source) => {
    const covers = field(source, 'covers');
    return !Array.isArray(covers) || covers.includes(key);
  });
}

/** The figures a reader weighs a career by, each with the words for it. */
const FIGURES: readonly (readonly [string, IssueKey])[] = [
  ['wage', 'wages'],
  ['wageNational', 'wagesNational'],
  ['growth', 'growthFigures'],
  ['openings', 'openingsFigures'],
];

/**
 * Warnings, not errors: wages, growth or openings that no source covers. The document still shows (its
 * figures may well be right), but the elements cannot say where they come from, so `cp-load` carries these
 * and the console shows them. One per kind of figure, at its first place. None for a sample document: the
 * elements already say its figures are samples. (A campaign count without a source is an error instead:
 * see `campaignIssues`.)
 */
export function figureWarnings(doc: Loose<AnyDocument>): Finding[] {
  if (doc.sample === true) return [];
  const [rows, path] =
    doc.type === 'pathway'
      ? [list((doc as Loose<PathwayDocument>).nodes), 'nodes']
      : doc.type === 'occupations'
        ? [list((doc as Loose<OccupationsDocument>).occupations), 'occupations']
        : [[], ''];
  const warnings: Finding[] = [];
  for (const [key, what] of FIGURES) {
    if (covered(doc.source, key)) continue;
    const places = rows.flatMap((row, i) => (field(row, key) === undefined ? [] : [i]));
    if (places.length)
      warnings.push(found(`${path}[${places[0]}].${key}`, 'noSource', { what: { key: what }, count: places.length, field: key }));
  }
  return warnings;
}

/**
 * One type of document: its JSON Schema and the rules it cannot express. An element names the rules of
 * the documents it shows, and carries no others.
 */
export interface DocumentRules<T extends AnyDocument = AnyDocument> {
  readonly type: T['type'];
  readonly schema: JsonSchema;
  readonly issues: (doc: Loose<T>) => Finding[];
}
