/**
 * Code fetched on first use (issue 18), once for the whole page: `load()` starts the download or joins the
 * one under way, and `loaded` is the module once it is here, for callers that must go on synchronously. A
 * failed download is forgotten, so the next `load()` tries again: a dropped connection should not turn a
 * feature off for the rest of the visit.
 */
export interface Lazy<M> {
  readonly loaded: M | undefined;
  load(): Promise<M>;
}

export function lazy<M>(importer: () => Promise<M>): Lazy<M> {
  let loading: Promise<M> | undefined;
  const code: { loaded: M | undefined; load(): Promise<M> } = {
    loaded: undefined,
    load: () =>
      (loading ??= importer().then(
        (module) => (code.loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return code;
}
