/**
 * The structure of the three documents as JSON Schema (draft 2020-12): the source of truth for what a
 * document may contain. `validate.ts` interprets these objects at run time; `scripts/schema.mjs` adds the
 * descriptions from `descriptions.ts` and writes `schema/*.json` for editors.
 *
 * Rules that JSON Schema cannot say (unique ids, references, cycles, date order) live in `semantic.ts`.
 */
import {
  CREDENTIAL_TYPES,
  DURATION_UNITS,
  EDGE_BASES,
  EDGE_KINDS,
  EDUCATION_LEVELS,
  NODE_KINDS,
  WAGE_PERIODS,
  type DocumentType,
} from './types.js';

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

const id: JsonSchema = { type: 'string', minLength: 1 };
const text: JsonSchema = { type: 'string', minLength: 1 };
const nonNegative: JsonSchema = { type: 'number', minimum: 0 };
const url: JsonSchema = { type: 'string', minLength: 1 };
/** Text keyed by an id or by the original text (semantic.ts checks the keys). */
const textMap: JsonSchema = { type: 'object', additionalProperties: text };
/** `translations`: one object of prose per language tag (semantic.ts checks the tags). */
const translations: JsonSchema = { type: 'object', additionalProperties: { $ref: '#/$defs/translation' } };

const common: Record<string, JsonSchema> = {
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
const figures: Record<string, JsonSchema> = {
  soc: { type: 'string', pattern: SOC_CODE },
  wage: { $ref: '#/$defs/wage' },
  wageNational: { $ref: '#/$defs/wage' },
  growth: { type: 'number', minimum: -1 },
  openings: nonNegative,
  education: { enum: EDUCATION_LEVELS },
  jobZone: { type: 'integer', minimum: 1, maximum: 5 },
  topJob: { type: 'boolean' },
};

function documentSchema(
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

export const pathwaySchema = documentSchema(
  'pathway',
  'Pathway document',
  ['id', 'title', 'stages', 'nodes', 'edges'],
  {
    id,
    title: text,
    sector: text,
    region: text,
    summary: { type: 'string' },
    stages: { type: 'array', items: { $ref: '#/$defs/stage' } },
    nodes: { type: 'array', items: { $ref: '#/$defs/node' } },
    edges: { type: 'array', items: { $ref: '#/$defs/edge' } },
    ladders: { type: 'array', items: { $ref: '#/$defs/ladder' } },
    translations,
  },
  {
    translation: {
      type: 'object',
      properties: {
        title: text,
        sector: text,
        region: text,
        summary: text,
        stages: textMap,
        stageDescriptions: textMap,
        ladders: textMap,
        ladderDescriptions: textMap,
        descriptions: textMap,
        notes: textMap,
      },
    },
    stage: {
      type: 'object',
      required: ['id', 'label'],
      properties: { id, label: text, description: { type: 'string' } },
    },
    node: {
      type: 'object',
      required: ['id', 'kind', 'stage', 'title'],
      properties: {
        id,
        kind: { enum: NODE_KINDS },
        stage: id,
        title: text,
        description: { type: 'string' },
        credentialType: { enum: CREDENTIAL_TYPES },
        provider: text,
        duration: {
          type: 'object',
          required: ['value', 'unit'],
          properties: { value: nonNegative, unit: { enum: DURATION_UNITS } },
        },
        cost: {
          type: 'object',
          required: ['amount', 'currency'],
          properties: { amount: nonNegative, currency: { type: 'string', pattern: CURRENCY_CODE } },
        },
        url,
        destination: { type: 'boolean' },
        ...figures,
      },
    },
    edge: {
      type: 'object',
      required: ['from', 'to', 'kind'],
      properties: { from: id, to: id, kind: { enum: EDGE_KINDS }, note: { type: 'string' }, basis: { enum: EDGE_BASES } },
    },
    ladder: {
      type: 'object',
      required: ['id', 'title', 'steps'],
      properties: {
        id,
        title: text,
        description: { type: 'string' },
        steps: { type: 'array', items: id },
      },
    },
  },
);

export const campaignSchema = documentSchema(
  'campaign',
  'Campaign document',
  ['id', 'title', 'goal', 'start', 'deadline', 'progress'],
  {
    id,
    title: text,
    goal: { type: 'number', minimum: 1 },
    unit: text,
    start: { type: 'string', format: 'date' },
    deadline: { type: 'string', format: 'date' },
    url,
    progress: {
      type: 'array',
      items: {
        type: 'object',
        required: ['date', 'value'],
        properties: { date: { type: 'string', format: 'date' }, value: nonNegative },
      },
    },
    breakdown: {
      type: 'array',
      items: {
        type: 'object',
        required: ['label', 'value'],
        properties: { label: text, value: nonNegative },
      },
    },
    translations,
  },
  {
    translation: {
      type: 'object',
      properties: { title: text, unit: text, breakdown: textMap },
    },
  },
);

export const occupationsSchema = documentSchema(
  'occupations',
  'Occupations document',
  ['occupations'],
  {
    id,
    title: text,
    region: text,
    occupations: { type: 'array', items: { $ref: '#/$defs/occupation' } },
    parts: { type: 'array', items: { $ref: '#/$defs/part' } },
    allOccupations: {
      type: 'object',
      properties: { soc: figures.soc!, title: text, wage: figures.wage! },
    },
    translations,
  },
  {
    translation: {
      type: 'object',
      properties: { title: text, region: text, sectors: textMap },
    },
    part: {
      type: 'object',
      required: ['sector', 'href'],
      properties: { sector: text, href: url, count: { type: 'integer', minimum: 0 } },
    },
    occupation: {
      type: 'object',
      required: ['soc', 'title'],
      properties: {
        ...figures,
        title: text,
        sector: text,
        description: { type: 'string' },
        pathway: id,
        url,
      },
    },
  },
);

export const schemas: Record<DocumentType, JsonSchema> = {
  pathway: pathwaySchema,
  campaign: campaignSchema,
  occupations: occupationsSchema,
};
