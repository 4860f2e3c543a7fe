/**
 * The check every document an element shows goes through first: the document itself when it is of one
 * of the types the element shows and nothing about it needs saying (the usual case: published data is
 * valid), or `undefined` when the full validator (`validate.ts`) must say what is wrong or what to mend:
 * a structural problem, a broken rule, a figure without a source, a CTDL document to convert, not a
 * document at all. It decides with the same schemas and rules as `validateDocument` (the property tests
 * in test/schema*.test.ts hold the two to the same verdicts), but carries no words, no walk for every
 * problem, no CTDL conversion, and only the rules of the types it is given.
 */
import { conforms } from './conforms.js';
import { figureWarnings, sourceIssues, type DocumentRules } from './semantic.js';
import type { AnyDocument } from './types.js';

export function quickValidate<T extends AnyDocument>(input: unknown, documents: readonly DocumentRules<T>[]): T | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const doc = input as Partial<AnyDocument>;
  // JSON-LD (a CTDL Pathway, say) goes to the full validator, which converts it: a superset of isCtdl()'s test.
  const rules = !('@graph' in doc || '@type' in doc) && documents.find((rule) => rule.type === doc.type);
  const nothingToSay =
    rules &&
    conforms(doc, rules.schema) &&
    !sourceIssues(doc).length &&
    !rules.issues(doc as never).length &&
    !figureWarnings(doc as never).length;
  return nothingToSay ? (doc as T) : undefined;
}
