/**
 * What the three documents' JSON Schemas (draft 2020-12) share: the keywords used, the patterns, the
 * pieces every document has (sources, wages, translations) and the envelope (`documentSchema`). Each
 * document's own schema is in `documents/<type>.ts` beside its other rules, so that an element carries
 * only the schema of the documents it shows; `json-schema.ts` gathers the three.
 */
import { EDUCATION_LEVELS, WAGE_PERIODS, type DocumentType } from './types.js';

export type JsonSchema = {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  const?: unknown;
  enum?: readonly unknown[];
  required?: readonly string[];
  properties?: Record<string, JsonSchema>;
  /** Only as a schema (every other key's value), for maps keyed by id or language. */
  additionalProperties?: JsonSchema;
  items?: JsonSchema;
  anyOf?: readonly JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  format?: 'date';
};

export const SCHEMA_BASE_URL = 'https://unpkg.com/career-pathway-elements/schema/';

/** YYYY, YYYY-MM or YYYY-MM-DD, with a real month and a day of 01–31 (check.ts also rejects 2023-02-30). */
export const PARTIAL_DATE = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
/** An SOC 2018 detailed occupation code, "15-1252". */
export const SOC_CODE = '^\\d{2}-\\d{4}$';
/** An ISO 4217 currency code, "USD". */
export const CURRENCY_CODE = '^[A-Z]{3}$';

export const id: JsonSchema = { type: 'string', minLength: 1 };
export const text: JsonSchema = { type: 'string', minLength: 1 };
export const nonNegative: JsonSchema = { type: 'number', minimum: 0 };
export const url: JsonSchema = { type: 'string', minLength: 1 };
/** Text keyed by an id or by the original text (semantic.ts checks the keys). */
export const textMap: JsonSchema = { type: 'object', additionalProperties: text };
/** `translations`: one object of prose per language tag (semantic.ts checks the tags). */
export const translations: JsonSchema = { type: 'object', additionalProperties: { $ref: '#/$defs/translation' } };

export const common: Record<string, JsonSchema> = {
  source: {
    type: 'object',
    required: ['name'],
    properties: {
      id,
      name: text,
      url,
      date: { type: 'string', pattern: PARTIAL_DATE },
      area: text,
      covers: { type: 'array', items: text },
      note: { type: 'string' },
    },
  },
  wage: {
    type: 'object',
    required: ['period'],
    anyOf: [{ required: ['mean'] }, { required: ['median'] }],
    properties: {
      mean: nonNegative,
      median: nonNegative,
      p10: nonNegative,
      p25: nonNegative,
      p75: nonNegative,
      p90: nonNegative,
      period: { enum: WAGE_PERIODS },
    },
  },
};

/** Occupation figures shared by pathway nodes and occupation rows. */
export const figures: Record<string, JsonSchema> = {
  soc: { type: 'string', pattern: SOC_CODE },
  wage: { $ref: '#/$defs/wage' },
  wageNational: { $ref: '#/$defs/wage' },
  growth: { type: 'number', minimum: -1 },
  openings: nonNegative,
  education: { enum: EDUCATION_LEVELS },
  jobZone: { type: 'integer', minimum: 1, maximum: 5 },
  topJob: { type: 'boolean' },
};

export function documentSchema(
  type: DocumentType,
  title: string,
  required: readonly string[],
  properties: Record<string, JsonSchema>,
  defs: Record<string, JsonSchema>,
): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE_URL}${type}.schema.json`,
    title,
    type: 'object',
    required: ['type', 'version', 'source', ...required],
    properties: {
      $schema: { type: 'string' },
      type: { const: type },
      version: { const: 1 },
      source: { type: 'array', items: { $ref: '#/$defs/source' } },
      sample: { type: 'boolean' },
      ...properties,
    },
    $defs: { ...common, ...defs },
  };
}
