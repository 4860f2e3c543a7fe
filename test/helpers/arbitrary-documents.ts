/**
 * fast-check generators of valid campaign and occupations documents, mutations that each break one rule
 * at a known path, and generators of junk shaped like documents (for "never throws"). Generated figures
 * are arbitrary numbers for the validator only; nothing here is shown as data.
 *
 * The structural mutations find their targets by walking a document beside its JSON Schema (every field
 * that is present, with the schema that governs it), so they reach every field the schema describes; what
 * they expect (an issue at the mutated path) does not come from the schema.
 */
import fc from 'fast-check';
import { campaignSchema, occupationsSchema, SCHEMA_BASE_URL, type JsonSchema } from '../../src/schema/json-schema.js';
import {
  EDUCATION_LEVELS,
  type CampaignDocument,
  type Occupation,
  type OccupationsDocument,
  type SourceRef,
  type Wage,
} from '../../src/schema/types.js';

// ---------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
/** Non-empty text: realistic names most of the time, any Unicode now and then. */
const text = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Healthcare',
      'Information Technology',
      'Registered Nurses',
      'Welders, Cutters',
      'Enfermería',
      'Électricien·ne',
      '建筑',
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }) },
);
/** Free text where the schema allows an empty string (descriptions, notes). */
const prose = fc.string({ maxLength: 80, unit: 'grapheme' });
const url = fc.oneof(fc.webUrl(), fc.constantFrom('/pathways/it', 'https://example.org/one-million'));

const DAY = 86_400_000;
const EPOCH = Date.UTC(1990, 0, 1);
/** Days since 1990-01-01, written YYYY-MM-DD: real calendar dates from 1990 to about 2060. */
export const isoDay = (days: number): string => new Date(EPOCH + days * DAY).toISOString().slice(0, 10);
const day = fc.integer({ min: 0, max: 25_000 });
/** YYYY, YYYY-MM or YYYY-MM-DD, as a source's `date` may be written. */
const partialDate = fc.tuple(day, fc.constantFrom(4, 7, 10)).map(([d, length]) => isoDay(d).slice(0, length));

const sourceRef: fc.Arbitrary<SourceRef> = fc.record(
  {
    id,
    name: fc.oneof(fc.constantFrom('BLS OEWS May 2023, Colorado', 'BLS Employment Projections 2024-34', 'Colorado Succeeds'), text),
    url,
    date: partialDate,
    area: fc.constantFrom('Colorado', 'United States', 'Denver-Aurora-Lakewood, CO'),
    covers: fc.array(fc.constantFrom('wage', 'growth', 'openings', 'education', 'goal', 'progress'), { maxLength: 3 }),
    note: prose,
  },
  { requiredKeys: ['name'] },
);
/** 0-3 sources; ids, where present, made unique within the document. */
const sources = fc
  .array(sourceRef, { maxLength: 3 })
  .map((list) => list.map((source, i) => (source.id === undefined ? source : { ...source, id: `${source.id}-${i}` })));

const documentBase = {
  sample: fc.boolean(),
};

// ---------------------------------------------------------------------------------------------------
// Campaign documents
// ---------------------------------------------------------------------------------------------------

export const arbitraryCampaign: fc.Arbitrary<CampaignDocument> = fc
  .record(
    {
      ...documentBase,
      $schema: fc.constant(`${SCHEMA_BASE_URL}campaign.schema.json`),
      id,
      title: text,
      goal: fc.oneof(fc.integer({ min: 1, max: 5_000_000 }), fc.double({ min: 1, max: 1e7, noNaN: true })),
      unit: fc.constantFrom('credentials', 'graduates', 'apprentices', 'degrees and certificates'),
      startDay: fc.integer({ min: 0, max: 20_000 }),
      /** Deadline this many days after the start. */
      span: fc.integer({ min: 1, max: 7_300 }),
      url,
      /** Progress dates as distinct offsets from the start (some before it, some past the deadline). */
      progressDays: fc.uniqueArray(fc.integer({ min: -400, max: 8_000 }), { maxLength: 12 }),
      /** Amounts the cumulative count grows by (0 allowed: a flat year). */
      increments: fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 12, maxLength: 12 }),
      breakdown: fc.array(fc.record({ label: text, value: fc.integer({ min: 0, max: 500_000 }) }), { maxLength: 6 }),
      source: sources,
      /** Spanish prose: which parts are given, and the words. */
      spanish: fc.record({ title: text, unit: text, labels: fc.array(text, { minLength: 6, maxLength: 6 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: ['id', 'title', 'goal', 'startDay', 'span', 'progressDays', 'increments', 'source'] },
  )
  .map(({ startDay, span, progressDays, increments, spanish, ...rest }) => {
    let total = 0;
    const progress = [...progressDays]
      .sort((a, b) => a - b)
      .map((offset, i) => ({ date: isoDay(startDay + offset), value: (total += increments[i]!) }));
    // A count needs a source that covers it, or the sample label: a valid document has one of them.
    const counts = (['progress', 'breakdown'] as const).filter((key) => (key === 'progress' ? progress : (rest.breakdown ?? [])).length);
    const cited = (key: string) => rest.source.some((source) => !source.covers || source.covers.includes(key));
    const uncited = counts.filter((key) => !cited(key));
    const source = rest.sample || !uncited.length ? rest.source : [...rest.source, { name: 'Colorado Succeeds', covers: uncited }];
    const translation = spanish && {
      ...(spanish.title ? { title: spanish.title } : {}),
      ...(spanish.unit ? { unit: spanish.unit } : {}),
      ...(spanish.labels && rest.breakdown?.length
        ? { breakdown: Object.fromEntries(rest.breakdown.map((item, i) => [item.label, spanish.labels![i]!])) }
        : {}),
    };
    return {
      type: 'campaign',
      version: 1,
      ...rest,
      source,
      start: isoDay(startDay),
      deadline: isoDay(startDay + span),
      progress,
      ...(translation ? { translations: { es: translation } } : {}),
    } as CampaignDocument;
  });

// ---------------------------------------------------------------------------------------------------
// Occupations documents
// ---------------------------------------------------------------------------------------------------

/** SOC 2018 major groups (11 Management … 53 Transportation), each with a detailed code. */
const soc = fc
  .tuple(
    fc.constantFrom(11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53),
    fc.integer({ min: 0, max: 9999 }),
  )
  .map(([major, detail]) => `${major}-${String(detail).padStart(4, '0')}`);

/** Annual wages in dollars or hourly ones in cents-rounded dollars; percentiles in order; mean or median or both. */
const wage: fc.Arbitrary<Wage> = fc
  .record({
    period: fc.constantFrom('year' as const, 'hour' as const),
    figures: fc.array(fc.integer({ min: 1_500, max: 40_000 }), { minLength: 5, maxLength: 5 }),
    basis: fc.constantFrom('mean', 'median', 'both'),
    percentiles: fc.subarray(['p10', 'p25', 'p75', 'p90'] as const),
  })
  .map(({ period, figures, basis, percentiles }) => {
    const [p10, p25, median, p75, p90] = [...figures].sort((a, b) => a - b).map((f) => (period === 'year' ? f * 10 : f / 100));
    const all = { p10, p25, p75, p90 } as Record<string, number>;
    const result: Wage = { period };
    if (basis !== 'median') result.mean = period === 'year' ? Math.round((p25! + p75!) / 2) : Math.round(((p25! + p75!) / 2) * 100) / 100;
    if (basis !== 'mean') result.median = median!;
    for (const key of percentiles) result[key] = all[key]!;
    return result;
  });

const occupation: fc.Arbitrary<Occupation> = fc.record(
  {
    soc,
    title: text,
    sector: fc.constantFrom('Healthcare', 'Information Technology', 'Advanced Manufacturing', 'Construction', 'Education'),
    description: prose,
    wage,
    wageNational: wage,
    growth: fc.double({ min: -1, max: 3, noNaN: true }),
    openings: fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.double({ min: 0, max: 100, noNaN: true })),
    education: fc.constantFrom(...EDUCATION_LEVELS),
    jobZone: fc.integer({ min: 1, max: 5 }),
    topJob: fc.boolean(),
    pathway: id,
    url,
  },
  { requiredKeys: ['soc', 'title'] },
);

export const arbitraryOccupations: fc.Arbitrary<OccupationsDocument> = fc
  .record(
    {
      ...documentBase,
      $schema: fc.constant(`${SCHEMA_BASE_URL}occupations.schema.json`),
      id,
      title: text,
      region: fc.constantFrom('Colorado', 'United States', 'Denver-Aurora-Lakewood, CO'),
      source: sources,
      occupations: fc.uniqueArray(occupation, { selector: (o) => o.soc, maxLength: 15 }),
      parts: fc.uniqueArray(fc.record({ sector: text, href: url, count: fc.nat() }, { requiredKeys: ['sector', 'href'] }), {
        selector: (p) => p.sector,
        maxLength: 3,
      }),
      allOccupations: fc.record({ soc: fc.constant('00-0000'), title: text, wage }, { requiredKeys: [] }),
      spanish: fc.record({ title: text, region: text, sector: text }, { requiredKeys: [] }),
    },
    { requiredKeys: ['source', 'occupations'] },
  )
  .map(({ spanish, ...rest }) => {
    const sector = rest.occupations.find((o) => o.sector)?.sector;
    const translation = spanish && {
      ...(spanish.title ? { title: spanish.title } : {}),
      ...(spanish.region ? { region: spanish.region } : {}),
      ...(spanish.sector && sector ? { sectors: { [sector]: spanish.sector } } : {}),
    };
    return {
      type: 'occupations',
      version: 1,
      ...rest,
      ...(translation ? { translations: { 'es-US': translation } } : {}),
    } as OccupationsDocument;
  });

// ---------------------------------------------------------------------------------------------------
// Places in a document, found beside its schema
// ---------------------------------------------------------------------------------------------------

type Container = Record<string, unknown> | unknown[];
export interface Place {
  parent: Container;
  key: string | number;
  /** `occupations[3].wage.mean`, as the validator writes paths. */
  path: string;
  /** The governing schema, `$ref` resolved. */
  schema: JsonSchema;
  /** True when the parent object's schema requires this key. */
  required: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  return schema.$ref ? root.$defs![schema.$ref.replace('#/$defs/', '')]! : schema;
}

/** Every value present in `doc` that `root` describes, with its path, depth first in document order. */
export function places(doc: unknown, root: JsonSchema): Place[] {
  const found: Place[] = [];
  const visit = (value: unknown, schema: JsonSchema, path: string) => {
    const s = resolve(schema, root);
    if (Array.isArray(value) && s.items) {
      value.forEach((item, i) => {
        const at = `${path}[${i}]`;
        found.push({ parent: value, key: i, path: at, schema: resolve(s.items!, root), required: false });
        visit(item, s.items!, at);
      });
    }
    if (isObject(value) && s.properties) {
      for (const [key, sub] of Object.entries(s.properties)) {
        if (!(key in value)) continue;
        const at = path ? `${path}.${key}` : key;
        found.push({ parent: value, key, path: at, schema: resolve(sub, root), required: s.required?.includes(key) ?? false });
        visit(value[key], sub, at);
      }
    }
  };
  visit(doc, root, '');
  return found;
}

const set = (place: Place, value: unknown) => void ((place.parent as Record<string | number, unknown>)[place.key] = value);

const pick = <T>(items: readonly T[], seed: number): T | undefined => (items.length ? items[seed % items.length] : undefined);

// ---------------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------------

export interface Mutated {
  document: unknown;
  /** The place that was changed. */
  path: string;
  /** Where the validator is expected to report it: `path` itself or a prefix of it. Default `path`. */
  reported?: string;
  /**
   * True when JSON Schema alone sees the fault (so `check()` and an independent validator must report
   * it), false when only the semantic rules do, undefined when neither claim is made.
   */
  structural: boolean | undefined;
  /** False when the fault cannot be written in JSON (NaN, Infinity): JSON Schema validators are not asked. */
  json?: boolean;
}

export interface DocumentMutation<D> {
  name: string;
  /** Breaks `doc` (in place) and says where; undefined when the document has nothing to break. */
  apply(doc: D, seed: number): Mutated | undefined;
}

function hasJsonType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

/** Values of every JSON type, so that one of another type can be picked for any field. */
const WRONG_TYPED: readonly unknown[] = [null, true, false, 0, 7, -2.5, 3.25, '', 'text', '42', [], ['a'], {}, { value: 1 }];
const NON_FINITE = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const BAD_DATES = [
  '2021-02-30',
  '2023-13-01',
  '2022-00-10',
  '2019-02-29',
  '2021-1-1',
  '31/12/2030',
  '2030-12-31T00:00:00Z',
  'soon',
  '',
  '2030',
];
const BAD_PARTIAL_DATES = ['2023/05', 'May 2023', '23', '2023-5', '2023-05-1', '20230501', '2023-05-01T00:00Z', ''];
const IMPOSSIBLE_PARTIAL_DATES = ['2023-13', '2023-00', '2023-02-30', '2023-04-31', '2023-99-99'];
const BAD_SOC = ['151252', '15-125', '15–1252', 'ab-cdef', ' 15-1252', '15-1252.00', '15-12521', ''];
const UNKNOWN_VALUES: readonly unknown[] = ['other', 'Year', 'bachelors', 'unknown-value', '', 2, 'YEAR '];

/** True when some part of `root` (its properties, items and `$defs`, at any depth) satisfies `test`. */
function schemaHas(root: JsonSchema, test: (schema: JsonSchema) => boolean): boolean {
  const seen = new Set<JsonSchema>();
  const visit = (schema: JsonSchema): boolean => {
    if (seen.has(schema)) return false;
    seen.add(schema);
    if (test(schema)) return true;
    const children = [
      ...Object.values(schema.properties ?? {}),
      ...Object.values(schema.$defs ?? {}),
      ...(schema.items ? [schema.items] : []),
    ];
    return children.some(visit);
  };
  return visit(root);
}

const isPartialDate = (schema: JsonSchema) => schema.pattern?.startsWith('^\\d{4}(') === true;

interface Target {
  name: string;
  /** Which places the mutation may change. */
  where(place: Place): boolean;
  /** The new value (or `undefined` to delete the key), and what to expect. */
  change(place: Place, seed: number): { value?: unknown; remove?: true; structural: boolean | undefined; json?: false };
}

const TARGETS: Target[] = [
  {
    name: 'remove a required field',
    where: (p) => p.required,
    change: () => ({ remove: true, structural: true }),
  },
  {
    name: 'give a field a value of the wrong JSON type',
    where: (p) => p.schema.type !== undefined,
    change(place, seed) {
      const wrong = WRONG_TYPED.filter((v) => !hasJsonType(v, place.schema.type!));
      return { value: wrong[Math.floor(seed / 7) % wrong.length], structural: true };
    },
  },
  {
    name: 'set a number below its minimum (negative where that is forbidden)',
    where: (p) => p.schema.minimum !== undefined,
    change: (place, seed) => ({ value: place.schema.minimum! - (seed % 2 ? 0.001 : 1 + (seed % 1000)), structural: true }),
  },
  {
    name: 'set a number above its maximum',
    where: (p) => p.schema.maximum !== undefined,
    change: (place, seed) => ({ value: place.schema.maximum! + 1 + (seed % 100), structural: true }),
  },
  {
    name: 'set a number to NaN or an infinity',
    where: (p) => p.schema.type === 'number' || p.schema.type === 'integer',
    change: (_, seed) => ({ value: NON_FINITE[seed % NON_FINITE.length], structural: true, json: false }),
  },
  {
    name: 'set an enum or constant field to a value it does not allow',
    where: (p) => p.schema.enum !== undefined || p.schema.const !== undefined,
    change: (_, seed) => ({ value: UNKNOWN_VALUES[Math.floor(seed / 7) % UNKNOWN_VALUES.length], structural: true }),
  },
  {
    name: 'write a date that is not a real YYYY-MM-DD date',
    where: (p) => p.schema.format === 'date',
    change: (_, seed) => ({ value: BAD_DATES[Math.floor(seed / 7) % BAD_DATES.length], structural: true }),
  },
  {
    name: 'write a source date in the wrong form',
    where: (p) => isPartialDate(p.schema),
    change: (_, seed) => ({ value: BAD_PARTIAL_DATES[Math.floor(seed / 7) % BAD_PARTIAL_DATES.length], structural: true }),
  },
  {
    name: 'write a source date with an impossible month or day',
    where: (p) => isPartialDate(p.schema),
    // The schema's pattern sees a month of 13 but not 30 February, so no claim is made about JSON Schema validators.
    change: (_, seed) => ({
      value: IMPOSSIBLE_PARTIAL_DATES[Math.floor(seed / 7) % IMPOSSIBLE_PARTIAL_DATES.length],
      structural: undefined,
    }),
  },
  {
    name: 'empty a field that must not be empty',
    where: (p) => p.schema.minLength !== undefined,
    change: () => ({ value: '', structural: true }),
  },
];

/**
 * Mutations that JSON Schema can see, at any field of the kind each targets; only those whose kind of
 * field `schema` has (a campaign has no field with a maximum).
 */
export function structuralMutations<D>(schema: JsonSchema): DocumentMutation<D>[] {
  return TARGETS.filter(
    (target) =>
      schemaHas(schema, (s) => target.where({ parent: {}, key: '', path: '', schema: resolve(s, schema), required: false })) ||
      (target.name === 'remove a required field' && !!schema.required?.length),
  ).map((target) => ({
    name: target.name,
    apply(doc, seed) {
      const place = pick(places(doc, schema).filter(target.where), seed);
      if (!place) return undefined;
      const { value, remove, structural, json } = target.change(place, seed);
      if (remove) delete (place.parent as Record<string, unknown>)[place.key];
      else set(place, value);
      return { document: doc, path: place.path, structural, ...(json === false ? { json } : {}) };
    },
  }));
}

/** Mutations of the document's `type`: missing, another known type, or an unknown one. */
export function documentTypeMutations<D>(): DocumentMutation<D>[] {
  const WRONG = ['pathway', 'campaign', 'occupations', 'Campaign', 'campaigns', 'occupation', 'pathways', '', 1, null, true];
  return [
    {
      name: 'give the document the wrong type',
      apply(doc, seed) {
        const own = (doc as { type: string }).type;
        const wrong = WRONG.filter((t) => t !== own);
        (doc as { type: unknown }).type = wrong[seed % wrong.length];
        return { document: doc, path: 'type', structural: true };
      },
    },
    {
      name: 'remove the document type',
      apply(doc) {
        delete (doc as { type?: unknown }).type;
        return { document: doc, path: 'type', structural: true };
      },
    },
  ];
}

/** The contract: "Identifiers are strings unique within their document" — a source's `id` too. */
function duplicateSourceId<D extends { source: SourceRef[] }>(): DocumentMutation<D> {
  return {
    name: 'give two sources the same id',
    apply(doc, seed) {
      if (doc.source.length < 2) return undefined;
      const j = 1 + (seed % (doc.source.length - 1));
      doc.source[0]!.id ??= 'bls';
      doc.source[j]!.id = doc.source[0]!.id;
      return { document: doc, path: `source[${j}].id`, structural: false };
    },
  };
}

export const campaignMutations: DocumentMutation<CampaignDocument>[] = [
  ...structuralMutations<CampaignDocument>(campaignSchema),
  ...documentTypeMutations<CampaignDocument>(),
  duplicateSourceId<CampaignDocument>(),
  {
    name: 'move the deadline to or before the start',
    apply(doc, seed) {
      const start = Date.parse(doc.start);
      doc.deadline = new Date(start - (seed % 3000) * DAY).toISOString().slice(0, 10);
      return { document: doc, path: 'deadline', structural: false };
    },
  },
  {
    name: 'repeat a progress date',
    apply(doc, seed) {
      if (doc.progress.length < 2) return undefined;
      const i = 1 + (seed % (doc.progress.length - 1));
      doc.progress[i]!.date = doc.progress[i - 1]!.date;
      return { document: doc, path: `progress[${i}].date`, structural: false };
    },
  },
  {
    name: 'list progress out of date order',
    apply(doc, seed) {
      if (doc.progress.length < 2) return undefined;
      const i = 1 + (seed % (doc.progress.length - 1));
      const [earlier, later] = [doc.progress[i - 1]!, doc.progress[i]!];
      [earlier.date, later.date] = [later.date, earlier.date];
      return { document: doc, path: `progress[${i}].date`, structural: false };
    },
  },
  {
    name: 'let the cumulative count fall',
    apply(doc, seed) {
      if (doc.progress.length < 2) return undefined;
      const i = 1 + (seed % (doc.progress.length - 1));
      const before = doc.progress[i - 1]!;
      if (before.value < 1) before.value = 10;
      doc.progress[i]!.value = Math.floor(before.value * ((seed % 10) / 10));
      return { document: doc, path: `progress[${i}].value`, structural: false };
    },
  },
];

export const occupationsMutations: DocumentMutation<OccupationsDocument>[] = [
  ...structuralMutations<OccupationsDocument>(occupationsSchema),
  ...documentTypeMutations<OccupationsDocument>(),
  duplicateSourceId<OccupationsDocument>(),
  {
    name: 'write an SOC code in the wrong form',
    apply(doc, seed) {
      const i = seed % Math.max(doc.occupations.length, 1);
      const row = doc.occupations[i];
      if (!row) return undefined;
      row.soc = BAD_SOC[Math.floor(seed / 7) % BAD_SOC.length]!;
      return { document: doc, path: `occupations[${i}].soc`, structural: true };
    },
  },
  {
    name: 'give two occupations the same SOC code',
    apply(doc, seed) {
      if (doc.occupations.length < 2) return undefined;
      const j = 1 + (seed % (doc.occupations.length - 1));
      const i = seed % j;
      doc.occupations[j]!.soc = doc.occupations[i]!.soc;
      return { document: doc, path: `occupations[${j}].soc`, structural: false };
    },
  },
  {
    name: 'leave a wage with neither mean nor median',
    apply(doc, seed) {
      const rows = doc.occupations.flatMap((row, i) =>
        (['wage', 'wageNational'] as const).filter((key) => row[key]).map((key) => [row, i, key] as const),
      );
      const found = pick(rows, seed);
      if (!found) return undefined;
      const [row, i, key] = found;
      delete row[key]!.mean;
      delete row[key]!.median;
      // The wage is fine field by field; it is the wage as a whole that lacks a basis.
      return { document: doc, path: `occupations[${i}].${key}.median`, reported: `occupations[${i}].${key}`, structural: true };
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Junk, for "validation never throws"
// ---------------------------------------------------------------------------------------------------

/** Any value, including shapes JSON cannot write but a `data` property can receive. */
export const anyValue = fc.anything({
  withNullPrototype: true,
  withSparseArray: true,
  withBoxedValues: true,
  withObjectString: true,
  maxDepth: 4,
});

/** An object with a real document `type` and every field of its schema present or not, each holding junk. */
export function junkDocument(schema: JsonSchema, type: string): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(schema.properties ?? {}).filter((key) => key !== 'type');
  const field = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.array(
      fc.dictionary(
        fc.constantFrom('soc', 'title', 'date', 'value', 'label', 'name', 'wage', 'period', 'mean', 'id'),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      { maxLength: 4 },
    ),
  );
  return fc.record(Object.fromEntries(keys.map((key) => [key, field])), { requiredKeys: [] }).map((fields) => ({ type, ...fields }));
}

/** CTDL-looking JSON-LD with junk in the places the converter reads: it runs wherever a pathway is accepted. */
export const junkCtdl: fc.Arbitrary<Record<string, unknown>> = (() => {
  const junk = fc.jsonValue({ maxDepth: 2 });
  const ref = fc.oneof(fc.constantFrom('a', 'b', 'ce-c', 'https://credentialengineregistry.org/resources/ce-a'), junk);
  const item = fc.record(
    {
      '@type': fc.oneof(
        fc.constantFrom(
          'ceterms:Pathway',
          'ceterms:CourseComponent',
          'ceterms:JobComponent',
          'ceterms:CredentialComponent',
          'ceterms:BasicComponent',
          'asn:ProgressionLevel',
          'asn:ProgressionModel',
          'ceterms:Certificate',
        ),
        junk,
      ),
      '@id': ref,
      'ceterms:ctid': ref,
      'ceterms:name': junk,
      'ceterms:description': junk,
      'ceterms:subjectWebpage': junk,
      'ceterms:componentCategory': junk,
      'ceterms:credentialType': junk,
      'ceterms:hasChild': fc.oneof(ref, fc.array(ref, { maxLength: 3 })),
      'ceterms:precedes': fc.oneof(ref, fc.array(ref, { maxLength: 3 })),
      'ceterms:hasCondition': fc.oneof(
        junk,
        fc.array(fc.oneof(junk, fc.record({ 'ceterms:targetComponent': fc.oneof(ref, fc.array(ref)) })), { maxLength: 3 }),
      ),
      'ceterms:hasProgressionLevel': ref,
      'ceterms:hasDestinationComponent': ref,
      'skos:hasTopConcept': fc.oneof(ref, fc.array(ref, { maxLength: 3 })),
      'skos:prefLabel': junk,
    },
    { requiredKeys: ['@type'] },
  );
  return fc.oneof(
    fc.record({ '@graph': fc.array(fc.oneof({ weight: 4, arbitrary: item }, { weight: 1, arbitrary: junk }), { maxLength: 6 }) }),
    item.map((it) => ({ ...it, '@type': 'ceterms:Pathway' })),
  );
})();
