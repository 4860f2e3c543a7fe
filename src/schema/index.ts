/**
 * The JSON pathway schema: document types, validation, CTDL import and the JSON Schema objects.
 * DOM-free, so it also runs in Node (for example to check a document before publishing it).
 */
export * from './types.js';
export { validateDocument, validatePathway, validateCampaign, validateOccupations, formatIssue } from './validate.js';
export type { ValidationResult } from './validate.js';
export { fromCtdl, isCtdl } from './ctdl.js';
export { issue, issueText, say } from './messages.js';
export type { IssueKey, IssueArg, IssueParams } from './messages.js';
export { schemas, pathwaySchema, campaignSchema, occupationsSchema } from './json-schema.js';
export type { JsonSchema } from './json-schema.js';
export { withDescriptions } from './descriptions.js';
export { NAME, itemLang, localize, nameLang, proseLang, sectorLabel, translationKey, translationOf } from './localize.js';
