/**
 * Documents the one-tag loader starts fetching while the elements' code is still on its way (issue 18): an
 * element asks for its `src` only once its code has arrived and run, a round trip or two after the loader
 * saw the tag, which on a phone's network is most of the wait. The loader (src/loader.ts, a file of its
 * own that shares no chunk with the elements) and the elements meet through this registry on the global
 * object: a Map from absolute URL to the fetch's promise, under a symbol both know, which a second copy of
 * the library on the page shares too. `fetchShared` (document-loader.ts) takes a response from here
 * before making a request of its own.
 */
const REGISTRY = Symbol.for('career-pathway-elements.early-fetches');

type Registry = Map<string, Promise<Response>>;

const registry = (): Registry => ((globalThis as unknown as Record<symbol, Registry | undefined>)[REGISTRY] ??= new Map());

/** The early fetch of `href` (absolute), once: later asks make their own request. */
export function takeEarly(href: string): Promise<Response> | undefined {
  const response = registry().get(href);
  registry().delete(href);
  return response;
}
