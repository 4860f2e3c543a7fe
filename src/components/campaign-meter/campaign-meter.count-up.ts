import type { ReactiveController, ReactiveControllerHost } from 'lit';

const DURATION_MS = 900;
const easeOut = (t: number) => 1 - (1 - t) ** 3;

/**
 * Counts the shown figure up to a new value over a moment, one host update per frame. Only the visible
 * digits move: the accessible value is always the final one. Under `prefers-reduced-motion: reduce`,
 * when the element is not connected (or on the server), and for the first figure of an element that
 * arrived pre-rendered (it is already on screen), the figure jumps straight to its value.
 */
export class CountUp implements ReactiveController {
  /** The figure to draw this frame (undefined when there is no count). */
  shown: number | undefined;

  #target: number | undefined;
  #frame = 0;
  #connected = false;
  /** Declarative shadow DOM from a server: its figures are already shown, so do not count up to them. */
  #prerendered: boolean;

  constructor(private readonly host: ReactiveControllerHost & Partial<Pick<Element, 'shadowRoot'>>) {
    host.addController(this);
    this.#prerendered = !!host.shadowRoot;
  }

  /** Moves toward `target` from the figure shown now (from 0 the first time). */
  to(target: number | undefined): void {
    if (target === this.#target) return;
    this.#target = target;
    if (this.#frame) cancelAnimationFrame(this.#frame);
    const from = this.shown ?? 0;
    const first = this.#prerendered && this.shown === undefined;
    const still = first || !this.#connected || target === undefined || matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (still || from === target) {
      this.shown = target;
      return;
    }
    const begin = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - begin) / DURATION_MS);
      this.shown = t < 1 ? from + (target - from) * easeOut(t) : target;
      this.host.requestUpdate();
      if (t < 1) this.#frame = requestAnimationFrame(step);
    };
    this.shown = from;
    this.#frame = requestAnimationFrame(step);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.shown = this.#target;
  }
}
