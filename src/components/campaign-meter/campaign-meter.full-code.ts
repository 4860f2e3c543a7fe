import { adoptStyles, isServer, type ReactiveElement } from 'lit';
import { lazy } from '../../base/lazy.js';

export type Full = typeof import('./campaign-meter.full.js');

/**
 * The full view's chart, layout and styles, fetched when a full meter is first shown (issue 18), one copy
 * for every meter on the page: a page with only banners and cards never downloads them.
 */
const code = lazy(() => import('./campaign-meter.full.js'));
export const loadFull = code.load;

type Host = ReactiveElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * One meter's access to the full view's code: asks for it once, re-renders the meter when it arrives
 * (or, if it cannot be fetched, marks it `failed`, and the meter shows its compact card), and gives the
 * meter the chart's styles, which are not among its static ones.
 */
export class FullCode {
  failed = false;
  #asked = false;

  constructor(private readonly host: Host) {}

  /** The module if it is here (its styles then in the meter's shadow root); else asks for it, once. */
  get(): Full | undefined {
    const full = code.loaded;
    if (full) {
      this.#adopt(full);
      return full;
    }
    if (!this.#asked && !this.failed) {
      this.#asked = true;
      loadFull().then(
        () => this.host.requestUpdate(),
        (error: unknown) => {
          this.failed = true;
          console.warn(`<${this.host.localName}>: the full view could not be loaded; showing the compact card`, error);
          this.host.requestUpdate();
        },
      );
    }
    return undefined;
  }

  /** A promise to wait on before rendering, while the code is on its way; undefined when there is none. */
  wait(): Promise<unknown> | undefined {
    return code.loaded || this.failed ? undefined : loadFull().catch(() => undefined);
  }

  /** The chart's styles join the class's (so meters made later have them) and this meter's own. */
  #adopt({ chartStyles }: Full): void {
    const { elementStyles } = this.host.constructor as typeof ReactiveElement;
    if (!elementStyles.includes(chartStyles)) elementStyles.push(chartStyles);
    const root = this.host.renderRoot as ShadowRoot;
    if (!isServer && !root.adoptedStyleSheets.includes(chartStyles.styleSheet!)) adoptStyles(root, elementStyles);
  }
}
