/**
 * Whether a value conforms to a schema of `json-schema.ts`, yes or no, made to be fast: every document an
 * element shows is checked this way, and only one that fails is walked again by `check()` (check.ts) for
 * what is wrong, in words. Kept apart from `check()` so that a page whose data is valid downloads neither
 * the walk nor its messages.
 */
import { PARTIAL_DATE, type JsonSchema } from './json-schema.js';

export function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
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

const refs = new WeakMap<JsonSchema, Map<string, JsonSchema>>();
export function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
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
export interface Properties {
  readonly list: readonly (readonly [string, JsonSchema])[];
  /** Each property's place in `list`. */
  readonly index: ReadonlyMap<string, number>;
}
export interface Compiled {
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
export function compile(s: JsonSchema): Compiled {
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
