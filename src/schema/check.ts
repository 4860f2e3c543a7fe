/**
 * Checks a value against the JSON Schema subset used by `json-schema.ts`, and says what is wrong in plain
 * English with the JSON path of each problem.
 *
 * Why not a JSON Schema library: the validators that compile schemas (Ajv) use `new Function`, which a
 * strict Content-Security-Policy forbids; the interpreting ones that fit CSP (@cfworker/json-schema, 6.3 KB
 * gzip) would take a tenth of the embed's 60 KB budget and their messages ("Instance does not match any
 * of…") still need rewriting for data authors. The keywords used here are few; `test/schema.test.ts` checks
 * that this interpreter and @cfworker/json-schema agree on generated documents, and that the schemas use
 * no keyword this file does not handle.
 */
import type { JsonSchema } from './json-schema.js';
import type { Issue } from './types.js';

/** The keywords `check()` understands. Annotations (title, description, $id…) need no checking. */
export const SUPPORTED_KEYWORDS = new Set([
  '$schema', '$id', '$ref', '$defs', 'title', 'description',
  'type', 'const', 'enum', 'required', 'properties', 'items', 'anyOf',
  'minimum', 'maximum', 'minLength', 'pattern', 'format',
]);

/** Plain-English forms of the schema's patterns. */
const PATTERN_HINTS: Record<string, string> = {
  '^\\d{4}(-\\d{2}(-\\d{2})?)?$': 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
  '^\\d{2}-\\d{4}$': 'an SOC 2018 code such as "15-1252"',
  '^[A-Z]{3}$': 'a three-letter currency code such as "USD"',
};

/** `nodes[3].stage` style paths; keys that are not identifiers are quoted. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** A short description of a value for messages: `"senior"`, `-5`, `NaN`, `an array`, `nothing`. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
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
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** What to write instead, for a missing or mistyped field. */
function expected(schema: JsonSchema, root: JsonSchema): string {
  const resolved = resolve(schema, root);
  if (resolved.const !== undefined) return JSON.stringify(resolved.const);
  if (resolved.enum) return `one of ${resolved.enum.join(', ')}`;
  if (resolved.format === 'date') return 'a date written YYYY-MM-DD';
  if (resolved.pattern) return PATTERN_HINTS[resolved.pattern] ?? 'text';
  return TYPE_NAMES[resolved.type ?? ''] ?? 'a value';
}

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/$defs/', '');
  const target = root.$defs?.[name];
  if (!target) throw new Error(`schema: unknown $ref ${schema.$ref}`);
  return target;
}

/** Every problem with `value` against `schema`, each with its path. Never throws on bad data. */
export function check(value: unknown, schema: JsonSchema, root: JsonSchema = schema, path = ''): Issue[] {
  const s = resolve(schema, root);
  const issues: Issue[] = [];
  const add = (message: string, at = path) => issues.push({ path: at, message });

  if (s.const !== undefined && value !== s.const) {
    add(`expected ${JSON.stringify(s.const)}, got ${show(value)}`);
    return issues;
  }
  if (s.enum && !s.enum.includes(value)) {
    add(`unknown value ${show(value)} (expected one of ${s.enum.join(', ')})`);
    return issues;
  }
  if (s.type && !hasType(value, s.type)) {
    add(`expected ${expected(s, root)}, got ${show(value)}`);
    return issues;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) add(`must be a finite number, got ${show(value)}`);
    else if (s.minimum !== undefined && value < s.minimum)
      add(s.minimum === 0 ? `must not be negative, got ${value}` : `must be at least ${s.minimum}, got ${value}`);
    else if (s.maximum !== undefined && value > s.maximum) add(`must be at most ${s.maximum}, got ${value}`);
  }
  if (typeof value === 'string') {
    if (s.minLength !== undefined && value.length < s.minLength) add('must not be empty');
    else if (s.pattern && !new RegExp(s.pattern).test(value))
      add(`${show(value)} is not ${PATTERN_HINTS[s.pattern] ?? `text matching ${s.pattern}`}`);
    else if (s.format === 'date' && !isIsoDate(value)) add(`${show(value)} is not a date; write it YYYY-MM-DD`);
  }
  if (Array.isArray(value) && s.items) {
    value.forEach((item, i) => issues.push(...check(item, s.items!, root, joinPath(path, i))));
  }
  if (hasType(value, 'object')) {
    const object = value as Record<string, unknown>;
    for (const key of s.required ?? []) {
      if (object[key] === undefined) {
        const wanted = s.properties?.[key] ? `; add ${expected(s.properties[key], root)}` : '';
        add(`is required${wanted}`, joinPath(path, key));
      }
    }
    for (const [key, propertySchema] of Object.entries(s.properties ?? {})) {
      if (object[key] !== undefined) issues.push(...check(object[key], propertySchema, root, joinPath(path, key)));
    }
    if (s.anyOf && !s.anyOf.some((branch) => check(value, branch, root, path).length === 0)) {
      const names = s.anyOf.flatMap((branch) => branch.required ?? []);
      add(`needs at least one of ${names.join(', ')}`);
    }
  }
  return issues;
}
