/**
 * A problem found in a document, before it is put into words: where, which message, and with what. The
 * checks that run on every document (`conforms.ts`, `semantic.ts`) report findings, so a page whose data is
 * valid never downloads the words (`messages.ts`, both languages) or the walk that finds every problem
 * (`check.ts`): `validate.ts` words the findings, and the elements load it only for data that fails.
 */
import type { IssueArg, IssueParams, SaidAs } from './issue-params.js';
import type { IssueKey } from './messages.js';
import type { Issue } from './types.js';

export interface Finding {
  readonly path: string;
  readonly key: IssueKey;
  readonly params?: IssueParams;
}

export const found = (path: string, key: IssueKey, params?: IssueParams): Finding => ({ path, key, params });

/** `nodes[3].stage` style paths; keys that are not identifiers are quoted. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

const said = (key: IssueKey): SaidAs<IssueKey> => ({ key });

/** A short description of a value for messages: `"senior"`, `-5`, `NaN`, `a list`, `nothing`. */
export function show(value: unknown): IssueArg {
  if (value === undefined) return said('nothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return said('aList');
  if (typeof value === 'object') return said('anObject');
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** One line per issue, `path: message`, as the elements show them. */
export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
