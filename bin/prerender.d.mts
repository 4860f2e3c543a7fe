/** A tag `prerender` can render, with or without its `cp-` prefix. */
export type PrerenderTag =
  | 'cp-pathway-map'
  | 'cp-credential-ladder'
  | 'cp-campaign-meter'
  | 'cp-occupation-explorer'
  | 'pathway-map'
  | 'credential-ladder'
  | 'campaign-meter'
  | 'occupation-explorer';

/** Attribute values by attribute name, as written in HTML (`'as-of'`, `'top-jobs'`); booleans are present when true. */
export type PrerenderAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Each tag's module in dist/ and the attributes `prerender` accepts for it (besides `theme`, `lang` and `id`, which every tag takes; `lang` is set on the element, as a server sees no ancestors). */
export declare const ELEMENTS: Readonly<
  Record<`cp-${string}`, { module: string; attributes: readonly string[]; booleans?: readonly string[] }>
>;

/**
 * Renders `<tag>` with `attributes` and `document` to an HTML string with @lit-labs/ssr (install it beside
 * this package): the element, its shadow root as declarative shadow DOM, and its document as a
 * `<script type="application/json">` child. Load `career-pathway-elements/embed-hydrate.js` on the page to
 * make it interactive in place. Rejects on an unknown tag or attribute.
 */
export declare function prerender(tag: PrerenderTag, document: unknown, attributes?: PrerenderAttributes): Promise<string>;
