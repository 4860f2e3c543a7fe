import { check, conforms } from './check.js';
import { fromCtdl, isCtdl } from './ctdl.js';
import { schemas } from './json-schema.js';
import { issue, type IssueArg, type IssueKey, type IssueParams } from './messages.js';
import { campaignIssues, figureWarnings, occupationsIssues, pathwayIssues, sourceIssues } from './semantic.js';
import type { AnyDocument, CampaignDocument, DocumentType, Issue, OccupationsDocument, PathwayDocument } from './types.js';

/**
 * `warnings`: what does not stop a document from showing but should be fixed before publishing it (for
 * now, figures that no source covers: see `figureWarnings`). Present on every result from this version.
 */
export type ValidationResult<T extends AnyDocument = AnyDocument> =
  { valid: true; document: T; issues: []; warnings: Issue[] } | { valid: false; document?: undefined; issues: Issue[]; warnings?: Issue[] };

const DOCUMENT_TYPES = Object.keys(schemas) as DocumentType[];
/** Words for what came instead of an object (English keeps JavaScript's names). */
const JS_TYPES: Partial<Record<string, IssueKey>> = { string: 'jsString', number: 'jsNumber', boolean: 'jsBoolean' };

const semantic: Record<DocumentType, (doc: never) => Issue[]> = {
  pathway: pathwayIssues,
  campaign: campaignIssues,
  occupations: occupationsIssues,
};

const article = (type: string): IssueArg => ({ key: /^[aeiou]/.test(type) ? 'docAn' : 'docA', params: { type } });

/**
 * Checks that `input` is a document of one of the `accepted` types and reports every problem, each with
 * its JSON path and a plain-English fix (`issueText` says it in another language). A CTDL Pathway (JSON-LD) is converted first wherever a pathway
 * document is accepted. Pure: never throws on bad data.
 */
export function validateDocument<T extends AnyDocument = AnyDocument>(
  input: unknown,
  accepted: readonly T['type'][] = DOCUMENT_TYPES as T['type'][],
): ValidationResult<T> {
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
  if (!(DOCUMENT_TYPES as unknown[]).includes(type)) {
    return fail('type', 'unknownType', { value: JSON.stringify(type), types: accepted.map((t) => `"${t}"`) });
  }
  if (!(accepted as unknown[]).includes(type)) {
    return fail('type', 'wrongType', { wanted: accepted.map(article), actual: article(String(type)) });
  }
  const documentType = type as DocumentType;
  const schema = schemas[documentType];
  // Valid data (the usual case) passes the quick yes-or-no check; only data that fails it is walked for messages.
  const issues = [
    ...(conforms(doc, schema) ? [] : check(doc, schema)),
    ...sourceIssues(doc as { source?: unknown }),
    ...semantic[documentType](doc as never),
  ];
  const warnings = figureWarnings(doc as never);
  return issues.length ? { valid: false, issues, warnings } : { valid: true, document: doc as unknown as T, issues: [], warnings };
}

export const validatePathway = (input: unknown) => validateDocument<PathwayDocument>(input, ['pathway']);
export const validateCampaign = (input: unknown) => validateDocument<CampaignDocument>(input, ['campaign']);
export const validateOccupations = (input: unknown) => validateDocument<OccupationsDocument>(input, ['occupations']);

/** One line per issue, `path: message`, as the elements show them. */
export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
