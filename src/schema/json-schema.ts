/**
 * The structure of the three documents as JSON Schema (draft 2020-12): the source of truth for what a
 * document may contain. `validate.ts` interprets these objects at run time; `scripts/schema.mjs` adds the
 * descriptions from `descriptions.ts` and writes `schema/*.json` for editors. Each schema lives beside
 * its document's other rules, in `documents/<type>.ts`; the parts they share in `json-schema.parts.ts`.
 *
 * Rules that JSON Schema cannot say (unique ids, references, cycles, date order) live in `semantic.ts`
 * and `documents/<type>.ts`.
 */
import { campaignSchema } from './documents/campaign.js';
import { occupationsSchema } from './documents/occupations.js';
import { pathwaySchema } from './documents/pathway.js';
import type { JsonSchema } from './json-schema.parts.js';
import type { DocumentType } from './types.js';

export { CURRENCY_CODE, PARTIAL_DATE, SCHEMA_BASE_URL, SOC_CODE, type JsonSchema } from './json-schema.parts.js';
export { campaignSchema, occupationsSchema, pathwaySchema };

export const schemas: Record<DocumentType, JsonSchema> = {
  pathway: pathwaySchema,
  campaign: campaignSchema,
  occupations: occupationsSchema,
};
