/**
 * The autoloader behind the one-tag embed (dist/embed.js): each `cp-*` tag is defined when it first appears,
 * by importing that element's chunk from beside this file, so a page with a banner downloads the banner and
 * nothing else. Kept to a few hundred bytes: it must not cost what it saves.
 *
 * Like Shoelace's and Web Awesome's autoloaders it looks for undefined elements (`:not(:defined)`) once and
 * then in whatever a MutationObserver sees added. Unlike them it also looks inside open shadow roots: a
 * partner's own component may render a `cp-*` tag in its shadow tree, which a document observer never sees.
 * Such roots are observed too, including roots of elements that are defined later (their shadow root is
 * attached when they upgrade).
 *
 * Under a strict CSP with Trusted Types this needs nothing more than `script-src 'self'` (or the host the
 * chunks come from): `import()` of a URL is not a Trusted Types sink, and no script element is made.
 * Loaded twice (two partners' copies) each copy imports the chunks beside it; from one folder they are the
 * same modules, and from two, the first definition of a tag wins (see base/define.ts).
 */

// Static import() calls, so the bundler makes one chunk per element and resolves each from this module's
// own URL (import.meta.url), whatever page or folder embed.js is served from. Each asks for no exports
// (`.then(() => {})`): the loader needs the module run, and a namespace object of its exports would cost
// every page the bundler's helper for it, a file of its own.
import RESERVE from './embed.css?inline';
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'cp-pathway-map': () => import('./components/pathway-map/pathway-map.js').then(() => {}),
  'cp-credential-ladder': () => import('./components/credential-ladder/credential-ladder.js').then(() => {}),
  'cp-campaign-meter': () => import('./components/campaign-meter/campaign-meter.js').then(() => {}),
  'cp-occupation-explorer': () => import('./components/occupation-explorer/occupation-explorer.js').then(() => {}),
};

/**
 * Until its code arrives an element is an unknown inline tag with no height; it then shows its loading
 * placeholder, so without this the page below it would move twice. These rules give each tag, while
 * undefined, the height its placeholder takes (measured at 16 px text, the elements' own size: see
 * test/node/layout-shift.test.mjs, which reports the heights an element went through). A constructed
 * stylesheet, so a strict style-src allows it; `:not(:defined)` only, so the element's own styles take over
 * the moment it is defined. The rules are dist/embed.css's, the file a page may link in its <head> to
 * have them before any script runs: one source for both.
 */
function reserve(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESERVE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed stylesheets still gets the elements, only without the reserved room.
  }
}

/**
 * Each element's shared chunks (lit, the base, the schema…), named as in elements/ beside this file but
 * without ".js", written in by the build in place of this JSON.parse() (`sharedChunks` in
 * vite.config.ts). Asked for with the element's own chunk, so the browser need not wait for that to
 * arrive to find them, a round trip later. From source (tests) there are none.
 */
const SHARED: Record<string, readonly string[]> = (() => {
  try {
    return JSON.parse('__CP_SHARED_CHUNKS__') as Record<string, readonly string[]>;
  } catch {
    return {};
  }
})();
const preloaded = new Set<string>();
// Through a name: Vite rewrites `new URL(<literal>, import.meta.url)` into an asset import.
const HERE = import.meta.url;

function preload(tag: string): void {
  for (const file of SHARED[tag] ?? []) {
    const href = new URL(`elements/${file}.js`, HERE).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

/**
 * Starts fetching the document an element names in `src` while its code is on its way, into the registry
 * its document loader reads first (src/base/early-fetch.ts, whose comment says why and how they meet).
 */
function fetchEarly(src: string | null): void {
  if (!src) return;
  const registry = ((globalThis as unknown as Record<symbol, Map<string, Promise<Response>> | undefined>)[
    Symbol.for('career-pathway-elements.early-fetches')
  ] ??= new Map());
  let href: string;
  try {
    href = new URL(src, document.baseURI).href;
  } catch {
    return;
  }
  if (!/^https?:/.test(href) || registry.has(href)) return;
  const response = fetch(href, { headers: { Accept: 'application/json' } });
  // Whoever takes it handles a failure; until then it must not count as an unhandled rejection.
  response.catch(() => {});
  registry.set(href, response);
}

/**
 * The browser's number, date and list formatting loads its locale data the first time a page asks for it:
 * about 25 ms on a laptop and 100 ms on a phone for numbers, a few more for dates and lists (bench/README.md,
 * "Partner pages on a phone"), which the first element would pay in its first render, between its code
 * arriving and its figures painting. Asked for here instead, in a task of its own while that code
 * downloads, the wait for the network absorbs it; the elements' own formatters are then made in well under
 * a millisecond.
 */
let warmed = false;
function warmFormatting(el: Element): void {
  if (warmed) return;
  warmed = true;
  const lang = el.closest('[lang]')?.getAttribute('lang') || 'en';
  setTimeout(() => {
    try {
      new Intl.NumberFormat(lang).format(1);
      new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric' }).format(0);
      new Intl.ListFormat(lang).format(['a', 'b']);
    } catch {
      // Not a language tag the browser knows: the element falls back itself.
    }
  });
}

const loading = new Map<string, Promise<unknown>>();
const watched = new WeakSet<Node>();

function load(tag: string): Promise<unknown> {
  let promise = loading.get(tag);
  if (!promise) {
    preload(tag);
    promise = ELEMENTS[tag]!().catch((error: unknown) => {
      // Let a later appearance of the tag try again (a network blip), and say why this one failed.
      loading.delete(tag);
      console.error(`career-pathway-elements: could not load <${tag}>`, error);
    });
    loading.set(tag, promise);
  }
  return promise;
}

/**
 * Defines every `cp-*` tag found in `root` (an element, a document or a shadow root) and in the open shadow
 * roots inside it, and watches those roots for tags added later. Resolves when the tags it found are loaded.
 */
export function discover(root: ParentNode): Promise<unknown> {
  const found: Promise<unknown>[] = [];
  const visit = (el: Element) => {
    const tag = el.localName;
    if (tag in ELEMENTS) {
      if (!customElements.get(tag)) {
        fetchEarly(el.getAttribute('src'));
        found.push(load(tag));
        warmFormatting(el);
      }
    } else if (el.shadowRoot) {
      watch(el.shadowRoot);
    } else if (tag.includes('-') && !customElements.get(tag)) {
      // Someone else's element, not defined yet: its shadow root (and what it renders there) comes when it
      // upgrades. The render follows in a microtask or two, which the root's own observer then sees.
      void customElements.whenDefined(tag).then(() => el.shadowRoot && watch(el.shadowRoot));
    }
  };
  if (root instanceof Element) visit(root);
  for (const el of root.querySelectorAll('*')) visit(el);
  return Promise.all(found);
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
});

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  void discover(root);
}

/** Resolves once every `cp-*` tag in the page when this module ran is defined (or failed to load). */
export const ready: Promise<unknown> = (() => {
  reserve();
  watched.add(document);
  observer.observe(document, { childList: true, subtree: true });
  return discover(document);
})();
