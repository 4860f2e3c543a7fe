/**
 * The three documents of the public contract (v1), as TypeScript types.
 *
 * The JSON Schema files in `schema/*.json` are generated from `json-schema.ts`, which mirrors these
 * types; `test/schema.test.ts` checks that a document typed here validates there.
 */
import type { Catalogue } from '../i18n/translate.js';
import type { IssueParams } from './issue-params.js';

/** Where a figure comes from. Shown as attribution by every element. */
export interface SourceRef {
  /** Optional id, so a figure can name the source it came from. */
  id?: string;
  /** Human-readable name, e.g. "BLS OEWS May 2023, Colorado". */
  name: string;
  url?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the data or its release. */
  date?: string;
  /** Geography the figures describe, e.g. "Colorado" or "United States". */
  area?: string;
  /** Which fields of the document this source supplies, e.g. ["wage"], ["growth", "openings"]. */
  covers?: string[];
  note?: string;
}

interface DocumentBase {
  /** Editors use this for autocomplete; ignored by the elements. */
  $schema?: string;
  version: 1;
  source: SourceRef[];
  /** True when the figures are samples for a demonstration, not published data. Shown on screen. */
  sample?: boolean;
}

/** Text keyed by what it belongs to: a stage id, a ladder id, a node id, or the original text. */
export type TextMap = Record<string, string>;

/**
 * The document's own prose in another language. Everything is optional: what is left out shows as
 * written. Names of occupations and credentials are not here: they stay as published (the elements mark
 * them as English inside a Spanish view, so a screen reader says them right).
 */
export interface PathwayTranslation {
  title?: string;
  sector?: string;
  region?: string;
  summary?: string;
  /** Stage labels by stage id. */
  stages?: TextMap;
  /** Stage descriptions by stage id. */
  stageDescriptions?: TextMap;
  /** Ladder titles by ladder id. */
  ladders?: TextMap;
  /** Ladder descriptions by ladder id. */
  ladderDescriptions?: TextMap;
  /** Node descriptions by node id (the document's own words about a step; not its title). */
  descriptions?: TextMap;
  /** Edge notes, keyed by the note as written in the document. */
  notes?: TextMap;
}

export interface CampaignTranslation {
  title?: string;
  /** What is counted, e.g. "credenciales". */
  unit?: string;
  /** Breakdown labels, keyed by the label as written in the document. */
  breakdown?: TextMap;
}

export interface OccupationsTranslation {
  title?: string;
  region?: string;
  /** Sector names, keyed by the sector as written in the document (filters keep the original as value). */
  sectors?: TextMap;
}

/** Translations by BCP 47 language tag (`es`, `es-MX`). */
export type Translations<T> = Record<string, T>;

export const NODE_KINDS = ['occupation', 'credential', 'course', 'experience', 'competency', 'assessment', 'milestone'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['qualifies', 'advances', 'stacks', 'requires', 'lateral'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/**
 * Where an edge's evidence comes from, when it is not a route a person follows by definition.
 * `related-occupations`: O*NET lists the two as related occupations (similar work); that is not a
 * promotion nor a required step, so the elements call such a link a related job, whatever its `kind`.
 */
export const EDGE_BASES = ['related-occupations'] as const;
export type EdgeBasis = (typeof EDGE_BASES)[number];

/** Typical entry education, as BLS classifies it. */
export const EDUCATION_LEVELS = [
  'no-formal-credential',
  'high-school-diploma',
  'some-college',
  'postsecondary-nondegree-award',
  'associate-degree',
  'bachelor-degree',
  'master-degree',
  'doctoral-degree',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** CTDL credential classes in kebab case (../shared/data/ctdl_credential_types.csv). */
export const CREDENTIAL_TYPES = [
  'academic-certificate',
  'apprenticeship-certificate',
  'associate-degree',
  'bachelor-degree',
  'badge',
  'basic-technical-certificate',
  'certificate',
  'certificate-of-completion',
  'certification',
  'credential',
  'degree',
  'digital-badge',
  'diploma',
  'doctoral-degree',
  'general-education-development',
  'journeyman-certificate',
  'license',
  'master-certificate',
  'master-degree',
  'micro-credential',
  'open-badge',
  'pre-apprenticeship-certificate',
  'professional-certificate',
  'professional-doctorate',
  'quality-assurance-credential',
  'research-doctorate',
  'secondary-school-diploma',
  'work-based-learning-certificate',
] as const;
export type CredentialType = (typeof CREDENTIAL_TYPES)[number];

export const DURATION_UNITS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export const WAGE_PERIODS = ['year', 'hour'] as const;
export type WagePeriod = (typeof WAGE_PERIODS)[number];

export interface Duration {
  value: number;
  unit: DurationUnit;
}

export interface Cost {
  amount: number;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
}

/** Wage figures. Which keys are present says the basis: `mean` or `median` (and percentiles). */
export interface Wage {
  mean?: number;
  median?: number;
  p10?: number;
  p25?: number;
  p75?: number;
  p90?: number;
  period: WagePeriod;
}

/** Figures shared by occupation nodes and occupation rows. */
export interface OccupationFigures {
  /** SOC 2018 detailed code, e.g. "15-1252". */
  soc?: string;
  /** The headline wage (for the document's region). */
  wage?: Wage;
  /** National wage figures, where the regional source lacks medians or percentiles. */
  wageNational?: Wage;
  /** Projected employment change over the projection period, as a fraction (0.14 = 14%). */
  growth?: number;
  /** Average annual openings over the projection period. */
  openings?: number;
  education?: EducationLevel;
  /** O*NET Job Zone, 1 (little preparation) to 5 (extensive preparation). */
  jobZone?: number;
  /** Marked as a Top Job by a source the document cites. */
  topJob?: boolean;
}

export interface Stage {
  id: string;
  label: string;
  description?: string;
}

export interface PathwayNode extends OccupationFigures {
  id: string;
  kind: NodeKind;
  stage: string;
  title: string;
  description?: string;
  credentialType?: CredentialType;
  provider?: string;
  duration?: Duration;
  cost?: Cost;
  url?: string;
  /** The pathway's goal (a CTDL destination component). */
  destination?: boolean;
}

export interface Edge {
  from: string;
  to: string;
  kind: EdgeKind;
  note?: string;
  /** Where the link's evidence comes from; absent for a link the document states as a route. */
  basis?: EdgeBasis;
}

export interface Ladder {
  id: string;
  title: string;
  description?: string;
  /** Node ids, lowest rung first. */
  steps: string[];
}

export interface PathwayDocument extends DocumentBase {
  type: 'pathway';
  id: string;
  title: string;
  sector?: string;
  region?: string;
  summary?: string;
  stages: Stage[];
  nodes: PathwayNode[];
  edges: Edge[];
  ladders?: Ladder[];
  /** The document's own prose in other languages, by language tag: `{ "es": { "title": "Salud" } }`. */
  translations?: Translations<PathwayTranslation>;
}

export interface ProgressPoint {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Cumulative count on that date. */
  value: number;
}

export interface BreakdownItem {
  label: string;
  value: number;
}

export interface CampaignDocument extends DocumentBase {
  type: 'campaign';
  id: string;
  title: string;
  goal: number;
  unit?: string;
  /** ISO date, YYYY-MM-DD. */
  start: string;
  /** ISO date, YYYY-MM-DD. */
  deadline: string;
  url?: string;
  /** Cumulative counts in date order. Empty when no count has been published. */
  progress: ProgressPoint[];
  breakdown?: BreakdownItem[];
  /** The document's own prose in other languages, by language tag. */
  translations?: Translations<CampaignTranslation>;
}

export interface Occupation extends OccupationFigures {
  soc: string;
  title: string;
  sector?: string;
  description?: string;
  /** Id of a pathway document this occupation appears in. */
  pathway?: string;
  url?: string;
}

export interface OccupationsDocument extends DocumentBase {
  type: 'occupations';
  id?: string;
  title?: string;
  region?: string;
  occupations: Occupation[];
  /**
   * Files that hold this catalogue's occupations, one per sector. A document with parts is an index: its
   * `occupations` may be empty, and the explorer fetches only the parts of the sector it shows.
   */
  parts?: OccupationsPart[];
  /** The figures for all occupations of the region together (OEWS's 00-0000 row): the wage a job is
   * compared with in the explorer's default order. */
  allOccupations?: { soc?: string; title?: string; wage?: Wage };
  /** The document's own prose in other languages, by language tag. */
  translations?: Translations<OccupationsTranslation>;
}

/** One file of a catalogue split by sector: an occupations document with that sector's occupations. */
export interface OccupationsPart {
  /** The sector, as its occupations spell it. */
  sector: string;
  /** The file, relative to the index (or absolute). */
  href: string;
  /** How many occupations it holds. */
  count?: number;
}

export type AnyDocument = PathwayDocument | CampaignDocument | OccupationsDocument;
export type DocumentType = AnyDocument['type'];
export const DOCUMENT_TYPES = ['pathway', 'campaign', 'occupations'] as const satisfies readonly DocumentType[];

/** One problem found in a document: where (a JSON path such as `nodes[3].stage`) and what to do. */
export interface Issue {
  path: string;
  /** In English, always: scripts and the `cp-validate` CLI read it. */
  message: string;
  /** The catalogue message it was made from (non-enumerable), so an element can say it in Spanish. */
  readonly key?: string;
  readonly params?: IssueParams;
  /** The catalogue `key` is in. */
  readonly messages?: Catalogue<string>;
  /** The catalogue of its nested arguments ("a number"): the shared one, or `messages`. */
  readonly nested?: Catalogue<string>;
}
