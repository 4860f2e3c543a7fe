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
  wage: 'Wage figures for the document\'s region. The keys present say the basis (mean or median).',
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
};

/** A deep copy of `schema` with a description on every property that has one. */
export function withDescriptions(schema: JsonSchema): JsonSchema {
  const copy: JsonSchema = { ...schema };
  if (schema.properties) {
    copy.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [
        key,
        withDescriptions(PROPERTIES[key] && !value.$ref ? { description: PROPERTIES[key], ...value } : value),
      ]),
    );
  }
  if (schema.items) copy.items = withDescriptions(schema.items);
  if (schema.$defs) {
    copy.$defs = Object.fromEntries(Object.entries(schema.$defs).map(([key, value]) => [key, withDescriptions(value)]));
  }
  return copy;
}
