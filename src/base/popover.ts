import { autoUpdate, computePosition, flip, offset, shift, size, type Placement, type ReferenceElement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly floating: () => HTMLElement | null | undefined,
    private readonly placement: Placement = 'top',
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
    this.cleanup?.();
    this.cleanup = autoUpdate(anchor, floating, () => void this.position(anchor, floating));
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

  hostDisconnected(): void {
    this.close();
  }

  private async position(anchor: ReferenceElement, floating: HTMLElement): Promise<void> {
    const { x, y, placement } = await computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: this.placement,
      middleware: [
        offset(8),
        flip(),
        shift({ padding: 8, crossAxis: true }),
        // A tall popover on a short screen scrolls inside itself rather than running off the page.
        size({
          padding: 8,
          apply: ({ availableHeight }) => floating.style.setProperty('max-height', `${Math.max(availableHeight, 120)}px`),
        }),
      ],
    });
    if (this.anchor !== anchor) return;
    Object.assign(floating.style, { left: `${x}px`, top: `${y}px` });
    floating.dataset.placement = placement;
  }
}

/** Styles for a popover element: fixed in the top layer, positioned by the controller. */
export { popoverStyles } from './popover.styles.js';
