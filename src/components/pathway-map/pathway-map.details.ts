/**
 * The map's popovers. A step's details open beside it on hover or focus, stay while the pointer moves into
 * them (to follow a link), and close on Escape, when focus leaves the map, or shortly after the pointer
 * leaves. The keyboard help is a native popover its button toggles; it is placed below the button.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { floatingUi } from '../../base/floating.js';
import { PopoverController } from '../../base/popover.js';
import type { Marks } from './pathway-map.marks.js';

type Host = ReactiveControllerHost & HTMLElement;

export class DetailsController implements ReactiveController {
  /** The index of the step shown, if any. */
  index: number | undefined;
  private readonly popover: PopoverController;
  private closing: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    private readonly root: () => ParentNode,
    /** The drawn steps, to find the one an event happened in and the button to anchor beside. */
    private readonly marks: Marks,
    /** The steps step i's details should leave in view, each with how much covering it costs. */
    near: (i: number) => ReadonlyMap<number, number> = () => new Map(),
  ) {
    host.addController(this);
    const avoid = () =>
      this.index === undefined
        ? []
        : [...near(this.index)].flatMap(([j, weight]) => {
            const box = this.marks.node(j)?.getBoundingClientRect();
            return box ? [{ x: box.x, y: box.y, width: box.width, height: box.height, weight }] : [];
          });
    this.popover = new PopoverController(host, () => root().querySelector<HTMLElement>('#details'), 'right', avoid);
    host.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented && this.isOpen) this.close();
    });
  }

  get isOpen(): boolean {
    return this.popover.isOpen;
  }

  open(index: number): void {
    this.keep();
    this.index = index;
    this.host.requestUpdate();
    const anchor = this.marks.node(index);
    if (anchor && this.popover.anchor !== anchor) void this.popover.open(anchor);
  }

  close(): void {
    this.keep();
    this.popover.close();
  }

  readonly keep = (): void => clearTimeout(this.closing);

  readonly closeSoon = (): void => {
    this.keep();
    this.closing = setTimeout(() => {
      if (!this.root().querySelector('#details:hover, .node:focus')) this.close();
    }, 200);
  };

  /** The pointer moved over a step. */
  readonly hovered = (event: PointerEvent): void => {
    const i = this.marks.indexOf(event.target);
    if (i >= 0) this.open(i);
  };

  /** The pointer left a step. */
  readonly left = (event: PointerEvent): void => {
    const step = (event.target as Element).closest('.step');
    if (step && !step.contains(event.relatedTarget as Node | null)) this.closeSoon();
  };

  /** The keyboard help opened (a native popover its button toggles): place it below the button. */
  readonly placeHelp = (event: ToggleEvent): void => {
    const anchor = this.root().querySelector('[popovertarget="keys"]');
    if (event.newState === 'open' && anchor) void placeBelow(anchor, event.target as HTMLElement);
  };

  /** Focus left something in the map: close unless it went into the details or stayed in the map. */
  readonly blurred = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !(this.root().querySelector('#details')?.contains(next) || (event.currentTarget as Node).contains(next))) this.close();
  };

  hostDisconnected(): void {
    this.keep();
  }
}

/** Places a popover opened by a button (`popovertarget`) below the button, kept on screen. */
async function placeBelow(anchor: Element, floating: HTMLElement): Promise<void> {
  const { computePosition, flip, offset, shift } = await floatingUi();
  const { x, y } = await computePosition(anchor, floating, { strategy: 'fixed', placement: 'bottom-end', middleware: [offset(6), flip(), shift({ padding: 8 })] });
  Object.assign(floating.style, { left: `${x}px`, top: `${y}px` });
}
