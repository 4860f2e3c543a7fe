import type { ReactiveControllerHost } from 'lit';
import { fetching } from './under-way.js';

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

/**
 * Code an element fetches when a reader first needs it (issue 18): a view behind a toggle, the content of
 * a popover, the map's route finder. `want()` starts the fetch and the element re-renders when it arrives
 * (its updateComplete waits for it meanwhile, unless `awaited` is false: an element that waits only where
 * it shows the code); `module` is the code once here, for every element on the page. A failed fetch is
 * reported once (and passed to `onFail`) and marked `failed`; `want()` then does nothing (an element may
 * ask on every update) until the reader asks again: `retry()`, then `want()`.
 */
export class OnDemand<M> {
  #failed = false;
  #pending: Promise<void> | undefined;

  /** `what` names the code in the console's warning: "the table and details". */
  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    private readonly code: Lazy<M>,
    private readonly what: string,
    private readonly options: { awaited?: boolean; onFail?: (error: unknown) => void } = {},
  ) {}

  get module(): M | undefined {
    return this.code.loaded;
  }

  get failed(): boolean {
    return this.#failed;
  }

  /** Settles once a fetch under way has ended (and the host has been asked to show it). */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  /**
   * Fetches the code unless it is here, on its way, or failed since the reader last asked again; returns
   * the fetch under way, if any.
   */
  want(): Promise<void> | undefined {
    if (this.code.loaded || this.#failed) return undefined;
    if (this.#pending) return this.#pending;
    this.#pending = this.code.load().then(
      () => this.#done(),
      (error: unknown) => {
        this.#failed = true;
        console.warn(`<${this.host.localName}>: ${this.what} could not be loaded`, error);
        this.#done();
        this.options.onFail?.(error);
      },
    );
    if (this.options.awaited !== false) fetching(this.host, this.#pending);
    return this.#pending;
  }

  /** The reader asked again (opened it, switched to it): a failed fetch may be tried again. */
  retry(): void {
    this.#failed = false;
  }

  /** A reader asked for it: `retry()`, then `want()`. */
  ask(): Promise<void> | undefined {
    this.retry();
    return this.want();
  }

  #done(): void {
    this.#pending = undefined;
    this.host.requestUpdate();
  }
}
