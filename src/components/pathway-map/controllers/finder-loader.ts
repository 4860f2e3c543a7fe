/**
 * The route finder on first use (issue 18): its pickers, the route search and the route totals are a chunk
 * of their own (view/finder.ts), fetched when a reader first opens the finder, or at once when `from`/`to`
 * or a link ask for a route. Most readers look at the map and never open it. The import is shared by every
 * map on the page, and once here it is used at once by maps made later. A failed fetch is forgotten, so the
 * next open tries again; until then the disclosure says it could not be loaded.
 */
import type { ReactiveControllerHost } from 'lit';

export type Finder = typeof import('../view/finder.js');

let loaded: Finder | undefined;
let loading: Promise<Finder> | undefined;

function load(): Promise<Finder> {
  return (loading ??= import('../view/finder.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

export class FinderLoader {
  readonly #host: ReactiveControllerHost;
  #pending: Promise<void> | undefined;
  #failed = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The finder's module, once fetched (on this page, by any map). */
  get module(): Finder | undefined {
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
    if (loaded || this.#pending || this.#failed) return;
    this.#pending = load().then(
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
