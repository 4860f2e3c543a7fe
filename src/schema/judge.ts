/**
 * The full validator's work for a given set of document rules: every problem in words, CTDL converted.
 * The elements load it (with the words) only for data their quick check turns away (see quick.ts), and
 * give it only the rules of the documents they show; `validateDocument` gives it all three.
 */
import { check } from './check.js';
import { conforms } from './conforms.js';
import { fromCtdl, isCtdl } from './ctdl.js';
import type { Finding } from './finding.js';
import { issue, type IssueArg, type IssueKey, type IssueParams } from './messages.js';
import { figureWarnings, sourceIssues, type DocumentRules } from './semantic.js';
import { DOCUMENT_TYPES, type AnyDocument, type Issue } from './types.js';

/**
 * `warnings`: what does not stop a document from showing but should be fixed before publishing it (for
 * now, figures that no source covers: see `figureWarnings`). Present on every result from this version.
 */
export type ValidationResult<T extends AnyDocument = AnyDocument> =
  { valid: true; document: T; issues: []; warnings: Issue[] } | { valid: false; document?: undefined; issues: Issue[]; warnings?: Issue[] };

/** Words for what came instead of an object (English keeps JavaScript's names). */
const JS_TYPES: Partial<Record<string, IssueKey>> = { string: 'jsString', number: 'jsNumber', boolean: 'jsBoolean' };

const worded = (findings: Finding[]): Issue[] => findings.map(({ path, key, params }) => issue(path, key, params));
const article = (type: string): IssueArg => ({ key: /^[aeiou]/.test(type) ? 'docAn' : 'docA', params: { type } });

/** `validateDocument` with the rules of the accepted types in hand. */
export function judge<T extends AnyDocument>(input: unknown, documents: readonly DocumentRules<T>[]): ValidationResult<T> {
  const accepted = documents.map((rules) => rules.type);
  const fail = (path: string, key: IssueKey, params: IssueParams): ValidationResult<T> => ({
    valid: false,
    issues: [issue(path, key, params)],
  });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const got: IssueArg = Array.isArray(input)
      ? { key: 'aList' }
      : input === null
        ? 'null'
        : JS_TYPES[typeof input]
          ? { key: JS_TYPES[typeof input]! }
          : typeof input;
    return fail('', 'notObject', { types: accepted, got });
  }
  let doc = input as Record<string, unknown>;
  if (isCtdl(doc) && (accepted as string[]).includes('pathway')) {
    doc = fromCtdl(doc) as unknown as Record<string, unknown>;
  }
  const type = doc.type;
  if (type === undefined) return fail('type', 'typeRequired', { type: accepted[0]! });
  if (!(DOCUMENT_TYPES as readonly unknown[]).includes(type)) {
    return fail('type', 'unknownType', { value: JSON.stringify(type), types: accepted.map((t) => `"${t}"`) });
  }
  if (!(accepted as unknown[]).includes(type)) {
    return fail('type', 'wrongType', { wanted: accepted.map(article), actual: article(String(type)) });
  }
  const { schema, issues: rules } = documents.find((rules) => rules.type === type)!;
  // Valid data (the usual case) passes the quick yes-or-no check; only data that fails it is walked for messages.
  const issues = [
    ...(conforms(doc, schema) ? [] : check(doc, schema)),
    ...worded(sourceIssues(doc as { source?: unknown })),
    ...worded(rules(doc as never)),
  ];
  const warnings = worded(figureWarnings(doc as never));
  return issues.length ? { valid: false, issues, warnings } : { valid: true, document: doc as unknown as T, issues: [], warnings };
}
