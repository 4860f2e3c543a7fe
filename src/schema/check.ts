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
import { compile, hasType, isIsoDate, resolve, type Properties } from './conforms.js';
import { joinPath, show } from './finding.js';
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

const TYPE_NAMES: Record<string, IssueKey> = {
  object: 'anObject',
  array: 'aList',
  string: 'text',
  number: 'aNumber',
  integer: 'aWholeNumber',
  boolean: 'trueOrFalse',
};

/** What to write instead, for a missing or mistyped field. */
function expected(schema: JsonSchema, root: JsonSchema): IssueArg {
  const resolved = resolve(schema, root);
  if (resolved.const !== undefined) return JSON.stringify(resolved.const);
  if (resolved.enum) return said('oneOf', { values: resolved.enum.join(', ') });
  if (resolved.format === 'date') return said('aDate');
  if (resolved.pattern) return said(PATTERN_HINTS[resolved.pattern] ?? 'text');
  return said(TYPE_NAMES[resolved.type ?? ''] ?? 'aValue');
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

export { conforms, isIsoDate } from './conforms.js';
export { joinPath, show } from './finding.js';
