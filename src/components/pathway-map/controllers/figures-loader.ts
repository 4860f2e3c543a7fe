/**
 * A step's details and the table view on first use (issue 18): their chunk (view/figures.ts) is fetched
 * when a reader comes near the map (a pointer over it, focus inside it, a touch), as the popovers'
 * placement code is (base/floating.ts), so that it is usually here by the time a step's details open;
 * else when something asks for it (a selected step, the table view, a server render's preload). One
 * import for every map on the page.
 */
import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { lazy, OnDemand } from '../../../base/lazy.js';
import { adoptLate } from './late-styles.js';

export type Figures = typeof import('../view/figures.js');

const code = lazy(() => import('../view/figures.js'));
/** For a server render: the chunk, its styles among `element`'s before any renders (see late-styles.ts). */
export const preloadFigures = (element: typeof ReactiveElement): Promise<void> =>
  code
    .load()
    .then(({ figuresStyles }) => void (element.elementStyles.includes(figuresStyles) || element.elementStyles.push(figuresStyles)));

/**
 * Not awaited by the map's updateComplete as a whole: a keyboard move must not wait for the details a
 * focused step opens beside it, so the map waits for `pending` only where it shows the chunk.
 */
export class FiguresLoader extends OnDemand<Figures> implements ReactiveController {
  constructor(host: ReactiveControllerHost & HTMLElement, onFail: (error: unknown) => void) {
    super(host, code, 'the step details and table', { awaited: false, onFail });
    host.addController(this);
  }

  /** The chunk, once fetched (on this page, by any map), its styles then in this map's shadow root. */
  override get module(): Figures | undefined {
    const figures = super.module;
    if (figures) adoptLate(this.host, figures.figuresStyles);
    return figures;
  }

  hostConnected(): void {
    for (const type of ['pointerover', 'focusin', 'touchstart'])
      this.host.addEventListener(type, this.#warm, { once: true, passive: true });
  }

  hostDisconnected(): void {
    for (const type of ['pointerover', 'focusin', 'touchstart']) this.host.removeEventListener(type, this.#warm);
  }

  readonly #warm = (): void => void this.want();
}
