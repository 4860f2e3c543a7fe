/**
 * The route finder on first use (issue 18): its pickers, the route search and the route totals are a chunk
 * of their own (view/finder.ts), fetched when a reader first opens the finder, or at once when `from`/`to`
 * or a link ask for a route. Most readers look at the map and never open it. The import is shared by every
 * map on the page, and once here it is used at once by maps made later. A failed fetch is forgotten, so the
 * next open tries again; until then the disclosure says it could not be loaded. Its styles come with it:
 * they join the element class's (for maps made later) and this map's shadow root as it is first used here.
 */
import type { ReactiveControllerHost } from 'lit';
import { lazy } from '../../../base/lazy.js';
import { adoptLate } from './late-styles.js';

export type Finder = typeof import('../view/finder.js');

const code = lazy(() => import('../view/finder.js'));

type Host = ReactiveControllerHost & HTMLElement;

/** Fetches the finder now: a server render of a map asked for a route shows the routes found. */
export const preloadFinder = (): Promise<void> => code.load().then(() => undefined);

export class FinderLoader {
  readonly #host: Host;
  #pending: Promise<void> | undefined;
  #failed = false;

  constructor(host: Host) {
    this.#host = host;
  }

  /** The finder's module, once fetched (on this page, by any map), its styles then in this map's shadow root. */
  get module(): Finder | undefined {
    const loaded = code.loaded;
    if (loaded) adoptLate(this.#host, loaded.finderStyles);
    return loaded;
  }

  /** The last fetch failed, and no open since has asked again. */
  get failed(): boolean {
    return this.#failed;
  }

  /** Settles once a fetch under way has ended (and the host has been asked to show it). */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  /** Fetches the finder unless it is here, coming, or failed since the reader last opened it. */
  want(): void {
    if (code.loaded || this.#pending || this.#failed) return;
    this.#pending = code.load().then(
      () => this.#done(),
      (error: unknown) => {
        this.#failed = true;
        console.warn('<cp-pathway-map>: the route finder could not be loaded', error);
        this.#done();
      },
    );
  }

  /** The reader opened the finder again: a failed fetch may be tried again. */
  retry(): void {
    this.#failed = false;
  }

  #done(): void {
    this.#pending = undefined;
    this.#host.requestUpdate();
  }
}
