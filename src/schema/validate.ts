import { campaignRules } from './documents/campaign.js';
import { occupationsRules } from './documents/occupations.js';
import { pathwayRules } from './documents/pathway.js';
import { judge, type ValidationResult } from './judge.js';
import type { DocumentRules } from './semantic.js';
import {
  DOCUMENT_TYPES,
  type AnyDocument,
  type CampaignDocument,
  type DocumentType,
  type OccupationsDocument,
  type PathwayDocument,
} from './types.js';

export { formatIssue } from './finding.js';
export type { ValidationResult } from './judge.js';

const RULES: Record<DocumentType, DocumentRules> = {
  pathway: pathwayRules as DocumentRules,
  campaign: campaignRules as DocumentRules,
  occupations: occupationsRules as DocumentRules,
};

/**
 * Checks that `input` is a document of one of the `accepted` types and reports every problem, each with
 * its JSON path and a plain-English fix (`issueText` says it in another language). A CTDL Pathway
 * (JSON-LD) is converted first wherever a pathway document is accepted. Pure: never throws on bad data.
 */
export function validateDocument<T extends AnyDocument = AnyDocument>(
  input: unknown,
  accepted: readonly T['type'][] = DOCUMENT_TYPES as readonly T['type'][],
): ValidationResult<T> {
  return judge(input, accepted.map((type) => RULES[type]) as DocumentRules<T>[]);
}

export const validatePathway = (input: unknown) => validateDocument<PathwayDocument>(input, ['pathway']);
export const validateCampaign = (input: unknown) => validateDocument<CampaignDocument>(input, ['campaign']);
export const validateOccupations = (input: unknown) => validateDocument<OccupationsDocument>(input, ['occupations']);
