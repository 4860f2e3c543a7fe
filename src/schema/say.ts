/**
 * Issues from a message catalogue, said in any language: the part of messages.ts every element needs
 * (its attribute problems come from its own small catalogue), without the shared catalogue of document
 * problems, which only a document that fails validation loads (see finding.ts).
 *
 * Arguments are text as written (values quoted from data, ids, enum lists: never translated or
 * reformatted), a nested message (`{ key, params }`: "a list", "one of …") of the `nested` catalogue, or
 * a list of arguments joined with its "or". `nested` is the message's own catalogue unless said otherwise
 * (messages.ts passes the shared one, so an element's message can nest "a number").
 */
import { translate, type Catalogue } from '../i18n/translate.js';
import type { IssueArg, IssueParams, SaidAs } from './issue-params.js';
import type { Issue } from './types.js';

/** `key` of `messages` in the language of `lang` (a BCP 47 tag; anything unsupported is English). */
export function sayIn<K extends string>(
  messages: Catalogue<K>,
  key: K,
  params: IssueParams = {},
  lang = 'en',
  nested: Catalogue<string> = messages,
): string {
  const arg = (value: IssueArg): string =>
    typeof value === 'string'
      ? value
      : typeof value === 'number'
        ? String(value) // as written: no grouping, no locale digits
        : Array.isArray(value)
          ? value.map(arg).join(sayIn(nested, 'or', {}, lang))
          : sayIn(nested, (value as SaidAs).key, (value as SaidAs).params, lang);
  const words: Record<string, string> = {};
  for (const name in params) words[name] = arg(params[name]!);
  return translate(messages, lang, key, words);
}

/**
 * An issue whose English message comes from `messages`, and which `issueText` can say in any language:
 * the key, arguments and catalogue are kept as non-enumerable properties, so `JSON.stringify`, deep
 * equality and the `cp-error` detail still see `{ path, message }`.
 */
export function issueIn<K extends string>(
  messages: Catalogue<K>,
  path: string,
  key: K,
  params?: IssueParams,
  nested: Catalogue<string> = messages,
): Issue {
  const made: Issue = { path, message: sayIn(messages, key, params, 'en', nested) };
  return Object.defineProperties(made, {
    key: { value: key },
    params: { value: params },
    messages: { value: messages },
    nested: { value: nested },
  });
}

/** The issue's message in the language of `lang`; issues made without a catalogue keep their own text. */
export function issueText(problem: Issue, lang: string): string {
  return problem.key && problem.messages ? sayIn(problem.messages, problem.key, problem.params, lang, problem.nested) : problem.message;
}
