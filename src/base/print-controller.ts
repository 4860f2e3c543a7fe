import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed. `matchMedia('print')` changes both when the reader prints and when
 * print is emulated; `beforeprint` comes first on a real print, so an element can redraw before the page
 * is laid out for paper (the map draws itself whole, fitted to the page width, while this is true).
 */
export class PrintController implements ReactiveController {
  printing = false;
  readonly #host: ReactiveControllerHost;
  #query: MediaQueryList | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  readonly #update = (printing: boolean) => {
    if (printing === this.printing) return;
    this.printing = printing;
    this.#host.requestUpdate();
  };
  readonly #onChange = (event: MediaQueryListEvent) => this.#update(event.matches);
  readonly #onBefore = () => this.#update(true);
  readonly #onAfter = () => this.#update(Boolean(this.#query?.matches));

  hostConnected(): void {
    if (typeof matchMedia === 'undefined') return;
    this.#query = matchMedia('print');
    this.#query.addEventListener('change', this.#onChange);
    addEventListener('beforeprint', this.#onBefore);
    addEventListener('afterprint', this.#onAfter);
    this.#update(this.#query.matches);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onChange);
    removeEventListener('beforeprint', this.#onBefore);
    removeEventListener('afterprint', this.#onAfter);
  }
}
