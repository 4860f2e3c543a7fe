import type { Placement, ReferenceElement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { floatingUi } from './floating.js';
import type { Rect } from './placement.js';

export type { Rect } from './placement.js';

/**
 * Places a details popover beside an anchor with @floating-ui/dom and keeps it there while the page
 * scrolls or resizes. The popover element uses the Popover API (`popover="manual"`) so it sits in the top
 * layer and no `overflow: hidden` ancestor clips it. Position is written through the CSSOM, which a
 * strict style-src policy allows. Released on disconnect.
 */
export class PopoverController implements ReactiveController {
  /** The anchor the popover is open for, if any. */
  anchor: ReferenceElement | undefined;
  private cleanup: (() => void) | undefined;
  private placed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly floating: () => HTMLElement | null | undefined,
    private readonly placement: Placement = 'top',
    /** Boxes (in viewport pixels) the popover should not cover, such as the steps a map has just
     * highlighted: of the places beside the anchor it can go, the one that covers least of them. */
    private readonly avoid?: () => readonly Rect[],
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.anchor !== undefined;
  }

  /** Opens (or moves) the popover beside `anchor`, after the host has rendered its content. */
  async open(anchor: ReferenceElement): Promise<void> {
    this.anchor = anchor;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const floating = this.floating();
    if (!floating || this.anchor !== anchor) return;
    if (!floating.matches(':popover-open')) floating.showPopover();
    // Fetched on the first open only (see floating.ts); transparent until placed rather than shown in a
    // corner (opacity, not visibility, so what inside can take focus meanwhile).
    const loaded = floatingUi();
    const first = !this.placed;
    if (first) floating.style.opacity = '0';
    const { autoUpdate } = await loaded;
    if (this.anchor !== anchor) return;
    this.cleanup?.();
    this.cleanup = autoUpdate(
      anchor,
      floating,
      () => void this.position(anchor, floating).then(() => first && floating.style.removeProperty('opacity')),
    );
    this.placed = true;
  }

  close(): void {
    if (!this.anchor) return;
    this.anchor = undefined;
    this.cleanup?.();
    this.cleanup = undefined;
    const floating = this.floating();
    if (floating?.matches(':popover-open')) floating.hidePopover();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Fetch @floating-ui/dom when a reader comes near (a pointer over the element, focus inside it), so it
    // is usually here by the time they open something, without costing a page where no one does.
    const host = this.host as unknown as HTMLElement;
    if (!(host instanceof HTMLElement)) return;
    for (const type of ['pointerover', 'focusin', 'touchstart']) host.addEventListener(type, warm, { once: true, passive: true });
  }

  hostDisconnected(): void {
    this.close();
  }

  private async position(anchor: ReferenceElement, floating: HTMLElement): Promise<void> {
    const { placeBeside } = await floatingUi();
    const { x, y, placement } = await placeBeside(anchor, floating, this.placement, this.avoid?.() ?? []);
    if (this.anchor !== anchor) return;
    Object.assign(floating.style, { left: `${x}px`, top: `${y}px` });
    floating.dataset.placement = placement;
  }
}

const warm = () => void floatingUi();

/** Styles for a popover element: fixed in the top layer, positioned by the controller. */
export { popoverStyles } from './popover.styles.js';
