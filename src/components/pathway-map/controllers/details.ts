/**
 * The map's popovers. A step's details open beside it on hover or focus, stay while the pointer moves into
 * them (to follow a link), and close on Escape, when focus leaves the map, or shortly after the pointer
 * leaves. (The keyboard help, opened from the More menu, is placed by the element: see #showHelp.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PopoverController } from '../../../base/popover.js';
import type { Marks } from './marks.js';

type Host = ReactiveControllerHost & HTMLElement;

export class DetailsController implements ReactiveController {
  /** The index of the step shown, if any. */
  index: number | undefined;
  readonly #popover: PopoverController;
  #closing: ReturnType<typeof setTimeout> | undefined;
  /** Counts opens and closes, so that an open waiting for the details' code is dropped by a later one. */
  #turn = 0;

  readonly #host: Host;
  readonly #root: () => ParentNode;
  readonly #marks: Marks;

  constructor(
    host: Host,
    root: () => ParentNode,
    /** The drawn steps, to find the one an event happened in and the button to anchor beside. */
    marks: Marks,
    /** The steps step i's details should leave in view, each with how much covering it costs. */
    near: (i: number) => ReadonlyMap<number, number> = () => new Map(),
    /** The wait for the details' code (view/figures.ts) while it is on its way, so that the popover opens
     * with its content rather than empty (undefined once it is here). */
    private readonly ready: () => Promise<void> | undefined = () => undefined,
  ) {
    [this.#host, this.#root, this.#marks] = [host, root, marks];
    host.addController(this);
    const avoid = () =>
      this.index === undefined
        ? []
        : [...near(this.index)].flatMap(([j, weight]) => {
            const box = this.#marks.node(j)?.getBoundingClientRect();
            return box ? [{ x: box.x, y: box.y, width: box.width, height: box.height, weight }] : [];
          });
    this.#popover = new PopoverController(host, () => root().querySelector<HTMLElement>('#details'), 'right', avoid);
    host.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented && this.isOpen) this.close();
    });
  }

  get isOpen(): boolean {
    return this.#popover.isOpen;
  }

  open(index: number): void {
    this.keep();
    this.index = index;
    this.#host.requestUpdate();
    const anchor = this.#marks.node(index);
    if (!anchor || this.#popover.anchor === anchor) return;
    const turn = ++this.#turn;
    const wait = this.ready();
    if (!wait) return void this.#popover.open(anchor);
    void wait.then(() => {
      if (turn === this.#turn && this.#marks.node(index) === anchor) void this.#popover.open(anchor);
    });
  }

  close(): void {
    this.keep();
    this.#turn++;
    this.#popover.close();
  }

  readonly keep = (): void => clearTimeout(this.#closing);

  readonly closeSoon = (): void => {
    this.keep();
    this.#closing = setTimeout(() => {
      if (!this.#root().querySelector('#details:hover, .node:focus')) this.close();
    }, 200);
  };

  /** The pointer moved over a step. */
  readonly hovered = (event: PointerEvent): void => {
    const i = this.#marks.indexOf(event.target);
    if (i >= 0) this.open(i);
  };

  /** The pointer left a step. */
  readonly left = (event: PointerEvent): void => {
    const step = (event.target as Element).closest('.step');
    if (step && !step.contains(event.relatedTarget as Node | null)) this.closeSoon();
  };

  /** Focus left something in the map: close unless it went into the details or stayed in the map. */
  readonly blurred = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(this.#root().querySelector('#details')?.contains(next) || (event.currentTarget as Node).contains(next))) this.close();
  };

  hostDisconnected(): void {
    this.keep();
  }
}
