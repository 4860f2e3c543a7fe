import { check } from './check.js';
import { fromCtdl, isCtdl } from './ctdl.js';
import { schemas } from './json-schema.js';
import { campaignIssues, occupationsIssues, pathwayIssues } from './semantic.js';
import type {
  AnyDocument,
  CampaignDocument,
  DocumentType,
  Issue,
  OccupationsDocument,
  PathwayDocument,
} from './types.js';

export type ValidationResult<T extends AnyDocument = AnyDocument> =
  | { valid: true; document: T; issues: [] }
  | { valid: false; document?: undefined; issues: Issue[] };

const DOCUMENT_TYPES = Object.keys(schemas) as DocumentType[];

const semantic: Record<DocumentType, (doc: never) => Issue[]> = {
  pathway: pathwayIssues,
  campaign: campaignIssues,
  occupations: occupationsIssues,
};

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/**
 * Checks that `input` is a document of one of the `accepted` types and reports every problem, each with
 * its JSON path and a plain-English fix. A CTDL Pathway (JSON-LD) is converted first wherever a pathway
 * document is accepted. Pure: never throws on bad data.
 */
export function validateDocument<T extends AnyDocument = AnyDocument>(
  input: unknown,
  accepted: readonly T['type'][] = DOCUMENT_TYPES as T['type'][],
): ValidationResult<T> {
  const fail = (path: string, message: string): ValidationResult<T> => ({ valid: false, issues: [{ path, message }] });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('', `expected a JSON object (a ${accepted.join(' or ')} document), got ${Array.isArray(input) ? 'a list' : String(input === null ? 'null' : typeof input)}`);
  }
  let doc = input as Record<string, unknown>;
  if (isCtdl(doc) && (accepted as string[]).includes('pathway')) {
    doc = fromCtdl(doc) as unknown as Record<string, unknown>;
  }
  const type = doc.type;
  if (type === undefined) return fail('type', `is required; add "type": "${accepted[0]}"`);
  if (!(DOCUMENT_TYPES as unknown[]).includes(type)) {
    return fail('type', `unknown document type ${JSON.stringify(type)} (expected ${accepted.map((t) => `"${t}"`).join(' or ')})`);
  }
  if (!(accepted as unknown[]).includes(type)) {
    return fail('type', `this element shows ${accepted.map(article).join(' or ')} document, but this is ${article(String(type))} document`);
  }
  const documentType = type as DocumentType;
  const issues = [...check(doc, schemas[documentType]), ...semantic[documentType](doc as never)];
  return issues.length ? { valid: false, issues } : { valid: true, document: doc as unknown as T, issues: [] };
}

export const validatePathway = (input: unknown) => validateDocument<PathwayDocument>(input, ['pathway']);
export const validateCampaign = (input: unknown) => validateDocument<CampaignDocument>(input, ['campaign']);
export const validateOccupations = (input: unknown) => validateDocument<OccupationsDocument>(input, ['occupations']);

/** One line per issue, `path: message`, as the elements show them. */
export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
