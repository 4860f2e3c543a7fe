/**
 * A step's details and the table view on first use (issue 18): their chunk (view/figures.ts) is fetched
 * when a reader comes near the map (a pointer over it, focus inside it, a touch), as the popovers'
 * placement code is (base/floating.ts), so that it is usually here by the time a step's details open;
 * else when something asks for it (a selected step, the table view, a server render's preload). One
 * import for every map on the page.
 */
import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { lazy } from '../../../base/lazy.js';
import { adoptLate } from './late-styles.js';

export type Figures = typeof import('../view/figures.js');

const code = lazy(() => import('../view/figures.js'));
/** For a server render: the chunk, its styles among `element`'s before any renders (see late-styles.ts). */
export const preloadFigures = (element: typeof ReactiveElement): Promise<void> =>
  code
    .load()
    .then(({ figuresStyles }) => void (element.elementStyles.includes(figuresStyles) || element.elementStyles.push(figuresStyles)));

export class FiguresLoader implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onFail: (error: unknown) => void;
  #pending: Promise<void> | undefined;
  #failed = false;

  constructor(host: ReactiveControllerHost & HTMLElement, onFail: (error: unknown) => void) {
    [this.#host, this.#onFail] = [host, onFail];
    host.addController(this);
  }

  /** The chunk, once fetched (on this page, by any map), its styles then in this map's shadow root. */
  get module(): Figures | undefined {
    const figures = code.loaded;
    if (figures) adoptLate(this.#host, figures.figuresStyles);
    return figures;
  }

  /** The last fetch failed, and no reader has asked again since. */
  get failed(): boolean {
    return this.#failed;
  }

  /** Settles once a fetch under way has ended (and the host has been asked to show it). */
  get pending(): Promise<void> | undefined {
    return this.#pending;
  }

  /** Fetches the chunk unless it is here, coming, or failed since the reader last asked (`retry`); returns the wait. */
  want(): Promise<void> | undefined {
    if (code.loaded || this.#failed) return undefined;
    return (this.#pending ??= code.load().then(
      () => this.#done(),
      (error: unknown) => {
        this.#failed = true;
        this.#done();
        this.#onFail(error);
      },
    ));
  }

  /** A reader asked again (the table view): a failed fetch may be tried again. */
  retry(): void {
    this.#failed = false;
  }

  hostConnected(): void {
    for (const type of ['pointerover', 'focusin', 'touchstart'])
      this.#host.addEventListener(type, this.#warm, { once: true, passive: true });
  }

  hostDisconnected(): void {
    for (const type of ['pointerover', 'focusin', 'touchstart']) this.#host.removeEventListener(type, this.#warm);
  }

  readonly #warm = (): void => void this.want();

  #done(): void {
    this.#pending = undefined;
    this.#host.requestUpdate();
  }
}
