/**
 * Descriptions for editors (hover text and autocomplete in `schema/*.json`). Kept apart from
 * `json-schema.ts` so the elements do not ship this prose: `withDescriptions()` runs only when the
 * schema files are written.
 */
import type { JsonSchema } from './json-schema.js';

const PROPERTIES: Record<string, string> = {
  $schema: 'URL or relative path of this JSON Schema, for editor autocomplete. Ignored by the elements.',
  type: 'The kind of document.',
  version: 'Version of the document format. Always 1.',
  source: 'Where the figures come from. Every element shows these as attribution.',
  sample: 'True when the figures are samples for a demonstration. The elements say so on screen.',
  id: 'Identifier, unique within the document.',
  title: 'Title shown to readers.',
  sector: 'Industry sector, e.g. "Healthcare".',
  region: 'Geography the document describes, e.g. "Colorado".',
  summary: 'One or two plain sentences about the pathway.',
  stages: 'Ordered stages, earliest first. Every node names one in "stage".',
  nodes: 'The steps of the pathway: occupations, credentials, courses, experiences…',
  edges: 'Routes between nodes. The graph of edges must not loop back on itself.',
  ladders: 'Stacks of credentials for the credential ladder, lowest rung first.',
  allOccupations:
    "Figures for all occupations of the region together (the OEWS 00-0000 row): the wage the explorer's default order compares jobs with.",
  kind: 'What sort of thing this is.',
  stage: 'Id of the stage this node belongs to.',
  description: 'Plain-text description.',
  credentialType: 'CTDL credential class in kebab case.',
  provider: 'Organisation that awards or teaches it.',
  duration: 'Typical time to complete.',
  cost: 'Typical cost to the learner.',
  url: 'Link to more information (http, https or relative; other schemes are dropped).',
  destination: 'True for the goal of the pathway.',
  soc: 'SOC 2018 detailed occupation code, e.g. "15-1252".',
  wage: "Wage figures for the document's region. The keys present say the basis (mean or median).",
  wageNational: 'National wage figures (median and percentiles) where the regional source lacks them.',
  growth: 'Projected employment change over the projection period, as a fraction (0.14 = 14%).',
  openings: 'Average annual openings over the projection period.',
  education: 'Typical entry-level education, as BLS classifies it.',
  jobZone: 'O*NET Job Zone: 1 (little preparation needed) to 5 (extensive preparation needed).',
  topJob: 'True only where a cited source marks this as a Top Job.',
  from: 'Id of the node the route starts from.',
  to: 'Id of the node the route leads to.',
  note: 'Free-text note.',
  basis:
    'Where an edge\'s evidence comes from. "related-occupations": O*NET lists the two as related occupations (similar work), not a promotion or a required step; shown as a related job.',
  steps: 'Node ids, lowest rung first.',
  goal: 'The number to reach, e.g. 1000000.',
  unit: 'What is counted, e.g. "credentials".',
  start: 'Start of the campaign, YYYY-MM-DD (the origin of the pace line).',
  deadline: 'Deadline for the goal, YYYY-MM-DD.',
  progress: 'Cumulative counts in date order. Empty when no count has been published.',
  breakdown: 'Optional parts of the total, e.g. by sector.',
  occupations: 'The occupations to browse.',
  parts:
    'The files that hold the occupations, one per sector: [{ "sector": "Healthcare", "href": "healthcare.json", "count": 91 }]. A document with parts is an index; the explorer fetches only the parts it shows.',
  href: 'Address of the file, relative to this document.',
  count: 'How many occupations the file holds.',
  pathway: 'Id of a pathway document this occupation appears in.',
  name: 'Name of the source, e.g. "BLS OEWS May 2023, Colorado".',
  date: 'Date of the data or its release.',
  area: 'Geography the figures describe, e.g. "Colorado" or "United States".',
  covers: 'Which fields this source supplies, e.g. ["wage"] or ["growth", "openings"].',
  label: 'Text shown to readers.',
  value: 'A number.',
  mean: 'Mean (average) wage.',
  median: 'Median wage.',
  p10: '10th percentile wage.',
  p25: '25th percentile wage.',
  p75: '75th percentile wage.',
  p90: '90th percentile wage.',
  period: 'Whether the wage is per year or per hour.',
  amount: 'Amount of money.',
  currency: 'ISO 4217 currency code, e.g. "USD".',
  translations:
    'The document\'s own prose in other languages, by language tag: { "es": { "title": "Salud" } }. Shown under lang="es". Names of occupations and credentials are not translated.',
};

/** Inside a translation the same names mean the translated text, keyed as said here. */
const IN_TRANSLATION: Record<string, string> = {
  title: 'The title in this language.',
  sector: 'The sector in this language.',
  region: 'The region in this language.',
  summary: 'The summary in this language.',
  unit: 'What is counted, in this language, e.g. "credenciales".',
  stages: 'Stage labels in this language, by stage id: { "entry": "Nivel inicial" }.',
  stageDescriptions: 'Stage descriptions in this language, by stage id.',
  ladders: 'Ladder titles in this language, by ladder id: { "nursing": "Enfermería" }.',
  ladderDescriptions: 'Ladder descriptions in this language, by ladder id.',
  descriptions: 'Node descriptions in this language, by node id (not titles: names stay as published).',
  notes: 'Edge notes in this language, keyed by the note as written in "edges".',
  breakdown: 'Breakdown labels in this language, keyed by the label as written in "breakdown".',
  sectors: 'Sector names in this language, keyed by the sector as written in "occupations".',
};

/** A deep copy of `schema` with a description on every property that has one. */
export function withDescriptions(schema: JsonSchema, words: Record<string, string> = PROPERTIES): JsonSchema {
  const copy: JsonSchema = { ...schema };
  if (schema.properties) {
    copy.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [
        key,
        withDescriptions(words[key] && !value.$ref ? { description: words[key], ...value } : value, words),
      ]),
    );
  }
  if (schema.items) copy.items = withDescriptions(schema.items, words);
  if (schema.additionalProperties) copy.additionalProperties = withDescriptions(schema.additionalProperties, words);
  if (schema.$defs) {
    copy.$defs = Object.fromEntries(
      Object.entries(schema.$defs).map(([key, value]) => [
        key,
        withDescriptions(value, key === 'translation' ? { ...PROPERTIES, ...IN_TRANSLATION } : words),
      ]),
    );
  }
  return copy;
}
