/**
 * The arguments of an issue's message, in a module of their own: `Issue` (types.ts) carries them and the
 * catalogue (messages.ts) puts them into words, so neither imports the other for them.
 */

/** A nested message: a key of the shared catalogue and its arguments. */
export interface SaidAs<K extends string = string> {
  readonly key: K;
  readonly params?: IssueParams;
}
/** Text as written, a nested message (from the shared catalogue), or a list joined with "or". */
export type IssueArg = string | number | SaidAs | readonly IssueArg[];
export type IssueParams = Readonly<Record<string, IssueArg>>;
