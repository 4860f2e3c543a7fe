/**
 * The marks the element sets on drawn steps and edges without re-rendering them: emphasis (`data-on`),
 * the chosen step (`data-focal`), the selected one (`aria-pressed`) and the one Tab stop (`tabindex`).
 * Re-highlighting a thousand-step map costs a loop over flags and touches only the marks that change.
 */
import type { Emphasis } from '../model/graph.js';

const NONE = new Uint8Array(0);

export class Marks {
  /** Each drawn step: an SVG group on the drawn map, a list item in the stacked sections. */
  readonly #steps = new Map<number, Element>();
  readonly #edges = new Map<number, SVGElement>();
  #painted: { nodes: Uint8Array; edges: Uint8Array } | undefined;
  /** The step each single mark is on (-1: none). */
  readonly #at = { focal: -1, pressed: -1, stop: -1 };

  /** Takes the elements of a new drawing, by the index each carries in `data-i`, and forgets old marks
   * (Lit keeps the elements of steps whose ids stay, with whatever marks they had). */
  collect(layer: Element): void {
    this.#steps.clear();
    this.#edges.clear();
    for (const step of layer.querySelectorAll<HTMLElement | SVGGElement>('.step')) {
      this.#steps.set(Number(step.dataset.i), step);
      step.removeAttribute('data-focal');
      step.firstElementChild!.setAttribute('aria-pressed', 'false');
      step.firstElementChild!.setAttribute('tabindex', '-1');
    }
    for (const edge of layer.querySelectorAll<SVGElement>('.edge')) this.#edges.set(Number(edge.dataset.i), edge);
    this.#painted = undefined;
    this.#at.focal = this.#at.pressed = this.#at.stop = -1;
  }

  /** The focusable button of step `i`, if it is drawn. */
  node(i: number): HTMLElement | SVGGElement | undefined {
    return this.#steps.get(i)?.firstElementChild as HTMLElement | SVGGElement | undefined;
  }

  /** The index of the step an event happened in, or -1. */
  indexOf(target: EventTarget | null): number {
    const step = (target as Element | null)?.closest?.('.step') as HTMLElement | SVGGElement | null;
    return step ? Number(step.dataset.i) : -1;
  }

  paint(layer: Element, emphasis: Emphasis | undefined, pressed: number, stop: number): void {
    layer.toggleAttribute('data-emphasis', !!emphasis);
    const mark = (elements: Map<number, Element>, flags: Uint8Array, before: Uint8Array | undefined) => {
      for (const [i, el] of elements) {
        const on = flags[i] ?? 0;
        if (!before || (before[i] ?? 0) !== on) el.toggleAttribute('data-on', !!on);
      }
    };
    const now = { nodes: emphasis?.nodes ?? NONE, edges: emphasis?.edges ?? NONE };
    mark(this.#steps, now.nodes, this.#painted?.nodes);
    mark(this.#edges, now.edges, this.#painted?.edges);
    this.#painted = now;
    this.#swap('focal', emphasis?.focal ?? -1, (i, on) => this.#steps.get(i)?.toggleAttribute('data-focal', on));
    this.#swap('pressed', pressed, (i, on) => this.node(i)?.setAttribute('aria-pressed', String(on)));
    this.#swap('stop', stop, (i, on) => this.node(i)?.setAttribute('tabindex', on ? '0' : '-1'));
  }

  #swap(mark: 'focal' | 'pressed' | 'stop', next: number, set: (i: number, on: boolean) => void): void {
    if (this.#at[mark] === next && (next < 0 || this.#steps.has(next))) return;
    set(this.#at[mark], false);
    set(next, true);
    this.#at[mark] = next;
  }
}
