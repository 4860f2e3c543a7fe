/**
 * Checks a value against the JSON Schema subset used by `json-schema.ts`, and says what is wrong in plain
 * words (English, and Spanish through `messages.ts`) with the JSON path of each problem.
 *
 * Why not a JSON Schema library: the validators that compile schemas (Ajv) use `new Function`, which a
 * strict Content-Security-Policy forbids; the interpreting ones that fit CSP (@cfworker/json-schema, 6.3 KB
 * gzip) would take a tenth of the embed's 60 KB budget and their messages ("Instance does not match any
 * of…") still need rewriting for data authors. The keywords used here are few; `test/schema.test.ts` checks
 * that this interpreter and @cfworker/json-schema agree on generated documents, and that the schemas use
 * no keyword this file does not handle.
 */
import { CURRENCY_CODE, PARTIAL_DATE, SOC_CODE, type JsonSchema } from './json-schema.js';
import { issue, type IssueArg, type IssueKey, type IssueParams, type Said } from './messages.js';
import type { Issue } from './types.js';

/** The keywords `check()` understands. Annotations (title, description, $id…) need no checking. */
export const SUPPORTED_KEYWORDS = new Set([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'anyOf',
  'minimum',
  'maximum',
  'minLength',
  'pattern',
  'format',
]);

/** Plain-language forms of the schema's patterns (keys of the message catalogue). */
const PATTERN_HINTS: Record<string, IssueKey> = {
  [PARTIAL_DATE]: 'aPartialDate',
  [SOC_CODE]: 'aSoc',
  [CURRENCY_CODE]: 'aCurrency',
};
const said = (key: IssueKey, params?: IssueParams): Said => ({ key, params });
const hint = (pattern: string): Said => (PATTERN_HINTS[pattern] ? said(PATTERN_HINTS[pattern]) : said('matching', { pattern }));

/** `nodes[3].stage` style paths; keys that are not identifiers are quoted. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** A short description of a value for messages: `"senior"`, `-5`, `NaN`, `a list`, `nothing`. */
export function show(value: unknown): IssueArg {
  if (value === undefined) return said('nothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return said('aList');
  if (typeof value === 'object') return said('anObject');
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const TYPE_NAMES: Record<string, IssueKey> = {
  object: 'anObject',
  array: 'aList',
  string: 'text',
  number: 'aNumber',
  integer: 'aWholeNumber',
  boolean: 'trueOrFalse',
};

function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === type;
  }
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What to write instead, for a missing or mistyped field. */
function expected(schema: JsonSchema, root: JsonSchema): IssueArg {
  const resolved = resolve(schema, root);
  if (resolved.const !== undefined) return JSON.stringify(resolved.const);
  if (resolved.enum) return said('oneOf', { values: resolved.enum.join(', ') });
  if (resolved.format === 'date') return said('aDate');
  if (resolved.pattern) return said(PATTERN_HINTS[resolved.pattern] ?? 'text');
  return said(TYPE_NAMES[resolved.type ?? ''] ?? 'aValue');
}

const refs = new WeakMap<JsonSchema, Map<string, JsonSchema>>();
function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  let known = refs.get(root);
  if (!known) refs.set(root, (known = new Map()));
  let target = known.get(schema.$ref);
  if (!target) {
    target = root.$defs?.[schema.$ref.replace('#/$defs/', '')];
    if (!target) throw new Error(`schema: unknown $ref ${schema.$ref}`);
    known.set(schema.$ref, target);
  }
  return target;
}

// A document of a thousand steps is tens of thousands of values to check, so what can be worked out once
// per schema is kept: the keywords read for every value, in one shape (schemas come in many shapes, and
// reading a dozen keywords off them for every value was most of the time), its properties as a list and
// an index, its pattern compiled.
interface Properties {
  readonly list: readonly (readonly [string, JsonSchema])[];
  /** Each property's place in `list`. */
  readonly index: ReadonlyMap<string, number>;
}
interface Compiled {
  readonly const: unknown;
  readonly enum: readonly unknown[] | undefined;
  readonly type: JsonSchema['type'];
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly minLength: number | undefined;
  readonly pattern: string | undefined;
  readonly regex: RegExp | undefined;
  readonly date: boolean;
  /** A YYYY[-MM[-DD]] pattern: a full date must also be a real day (2023-02-30 is not). */
  readonly partialDate: boolean;
  readonly items: JsonSchema | undefined;
  readonly required: readonly string[];
  readonly properties: Properties | undefined;
  readonly additional: JsonSchema | undefined;
  readonly anyOf: readonly JsonSchema[] | undefined;
}
const compiledSchemas = new WeakMap<JsonSchema, Compiled>();
const patterns = new Map<string, RegExp>();
function compile(s: JsonSchema): Compiled {
  let c = compiledSchemas.get(s);
  if (!c) {
    const list = s.properties ? Object.entries(s.properties) : undefined;
    let regex: RegExp | undefined;
    if (s.pattern) {
      regex = patterns.get(s.pattern);
      if (!regex) patterns.set(s.pattern, (regex = new RegExp(s.pattern)));
    }
    c = {
      const: s.const,
      enum: s.enum,
      type: s.type,
      minimum: s.minimum,
      maximum: s.maximum,
      minLength: s.minLength,
      pattern: s.pattern,
      regex,
      date: s.format === 'date',
      partialDate: s.pattern === PARTIAL_DATE,
      items: s.items,
      required: s.required ?? [],
      properties: list && { list, index: new Map(list.map(([key], i) => [key, i])) },
      additional: s.additionalProperties,
      anyOf: s.anyOf,
    };
    compiledSchemas.set(s, c);
  }
  return c;
}

/** The places in `properties` of the ones `object` has, in schema order (the order issues are reported
 * in). A plain object is asked only for the keys it has, a handful where the schema lists dozens; any
 * other object is asked for each listed property, as it may inherit some. */
function present(object: Record<string, unknown>, properties: Properties): number[] {
  const found: number[] = [];
  const proto = Object.getPrototypeOf(object);
  if (proto === Object.prototype || proto === null) {
    for (const key of Object.keys(object)) {
      const i = properties.index.get(key);
      if (i !== undefined && object[key] !== undefined) found.push(i);
    }
    for (let k = 1; k < found.length; k++) if (found[k - 1]! > found[k]!) return found.sort((a, b) => a - b);
    return found;
  }
  properties.list.forEach(([key], i) => object[key] !== undefined && found.push(i));
  return found;
}
/** Where a value is: its parent's path and its key, joined only when an issue needs it (most values
 * have none, and joining every path would cost more than checking). */
interface Place {
  readonly parent: Place | string;
  readonly key: string | number;
}
const pathOf = (at: Place | string): string => (typeof at === 'string' ? at : joinPath(pathOf(at.parent), at.key));
const report = (issues: Issue[], at: Place | string, key: IssueKey, params?: IssueParams) =>
  void issues.push(issue(pathOf(at), key, params));

/** Every problem with `value` against `schema`, each with its path. Never throws on bad data. */
export function check(value: unknown, schema: JsonSchema, root: JsonSchema = schema, path = ''): Issue[] {
  const issues: Issue[] = [];
  visit(value, schema, root, path, issues);
  return issues;
}

/** Adds the problems with `value` to `issues`, in the order `check` reports them. */
function visit(value: unknown, schema: JsonSchema, root: JsonSchema, at: Place | string, issues: Issue[]): void {
  const s = resolve(schema, root);
  const c = compile(s);

  if (c.const !== undefined && value !== c.const)
    return void report(issues, at, 'expected', { expected: JSON.stringify(c.const), got: show(value) });
  if (c.enum && !c.enum.includes(value)) return void report(issues, at, 'unknownValue', { value: show(value), values: c.enum.join(', ') });
  if (c.type && !hasType(value, c.type)) return void report(issues, at, 'expected', { expected: expected(s, root), got: show(value) });
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) report(issues, at, 'notFinite', { value: show(value) });
    else if (c.minimum !== undefined && value < c.minimum)
      report(issues, at, c.minimum === 0 ? 'negative' : 'atLeast', { min: c.minimum, value });
    else if (c.maximum !== undefined && value > c.maximum) report(issues, at, 'atMost', { max: c.maximum, value });
  }
  if (typeof value === 'string') {
    if (c.minLength !== undefined && value.length < c.minLength) report(issues, at, 'empty');
    else if (c.regex && (!c.regex.test(value) || (c.partialDate && value.length === 10 && !isIsoDate(value))))
      report(issues, at, 'isNot', { value: show(value), expected: hint(c.pattern!) });
    else if (c.date && !isIsoDate(value)) report(issues, at, 'notDate', { value: show(value) });
  }
  if (Array.isArray(value) && c.items) {
    for (let i = 0; i < value.length; i++) visit(value[i], c.items, root, { parent: at, key: i }, issues);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const key of c.required) {
      if (object[key] === undefined) {
        const path = joinPath(pathOf(at), key);
        issues.push(
          s.properties?.[key] ? issue(path, 'requiredAdd', { expected: expected(s.properties[key], root) }) : issue(path, 'required'),
        );
      }
    }
    if (c.properties) {
      for (const i of present(object, c.properties)) {
        const [key, propertySchema] = c.properties.list[i]!;
        visit(object[key], propertySchema, root, { parent: at, key }, issues);
      }
    }
    if (c.additional) {
      for (const key of Object.keys(object)) {
        if (!c.properties?.index.has(key) && object[key] !== undefined) visit(object[key], c.additional, root, { parent: at, key }, issues);
      }
    }
    if (c.anyOf && !c.anyOf.some((branch) => check(value, branch, root).length === 0)) {
      const names = c.anyOf.flatMap((branch) => branch.required ?? []);
      report(issues, at, 'anyOf', { names: names.join(', ') });
    }
  }
}

/** A yes-or-no check of a value, made for one schema. */
type Test = (value: unknown) => boolean;
const tests = new WeakMap<JsonSchema, WeakMap<JsonSchema, Test>>();

/**
 * Whether `check(value, schema, root)` would find nothing, answered without saying what is wrong: the
 * common case (valid data) goes this way, and only data that fails it is walked again by `check()` for its
 * messages. Each schema becomes a closure that tests only the keywords it has, reads each property by
 * name and allocates nothing per value, where `check()` looks up every value's schema, notes its place and
 * lists its keys: a valid 10,000-row occupations document is checked about three times faster. Never true
 * where `check()` finds a problem (the property tests in test/schema*.test.ts hold the two to the same
 * answers); it may be stricter where `check()` looks at less, such as an own property not enumerable.
 */
export function conforms(value: unknown, schema: JsonSchema, root: JsonSchema = schema): boolean {
  return testOf(schema, root)(value);
}

function testOf(schema: JsonSchema, root: JsonSchema): Test {
  let made = tests.get(root);
  if (!made) tests.set(root, (made = new WeakMap()));
  const s = resolve(schema, root);
  let test = made.get(s);
  if (!test) {
    // While its parts are made, a schema that refers back to this one gets a stand-in that calls it.
    let body: Test | undefined;
    made.set(s, (value) => body!(value));
    test = body = build(s, root);
    made.set(s, body);
  }
  return test;
}

function build(s: JsonSchema, root: JsonSchema): Test {
  const c = compile(s);
  const { regex, partialDate, date, minLength, minimum, maximum } = c;
  const items = c.items && testOf(c.items, root);
  const required = c.required;
  const keys = c.properties?.list.map(([key]) => key) ?? [];
  const valueTests = c.properties?.list.map(([, schema]) => testOf(schema, root)) ?? [];
  const anyOf = c.anyOf?.map((branch) => testOf(branch, root));
  const additional = c.additional && testOf(c.additional, root);
  const named = c.properties?.index;
  const { const: constant, enum: values, type } = c;
  return (value) => {
    if (constant !== undefined && value !== constant) return false;
    if (values && !values.includes(value)) return false;
    if (type && !hasType(value, type)) return false;
    switch (typeof value) {
      case 'number':
        return Number.isFinite(value) && !(minimum !== undefined && value < minimum) && !(maximum !== undefined && value > maximum);
      case 'string':
        if (minLength !== undefined && value.length < minLength) return false;
        if (regex && (!regex.test(value) || (partialDate && value.length === 10 && !isIsoDate(value)))) return false;
        return !date || isIsoDate(value);
      case 'object': {
        if (value === null) return true;
        if (Array.isArray(value)) {
          // Indexed, not every(): a hole in a sparse array is a value check() looks at.
          if (items) for (let i = 0; i < value.length; i++) if (!items(value[i])) return false;
          return true;
        }
        const object = value as Record<string, unknown>;
        for (let k = 0; k < required.length; k++) if (object[required[k]!] === undefined) return false;
        for (let k = 0; k < keys.length; k++) {
          const v = object[keys[k]!];
          if (v !== undefined && !valueTests[k]!(v)) return false;
        }
        if (additional) {
          for (const key of Object.keys(object)) {
            const v = object[key];
            if (v !== undefined && !named?.has(key) && !additional(v)) return false;
          }
        }
        return !anyOf || anyOf.some((test) => test(value));
      }
      default:
        return true;
    }
  };
}
