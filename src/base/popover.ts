import type { Placement, ReferenceElement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { floatingUi } from './floating.js';

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
    const avoid = this.avoid?.() ?? [];
    const tries = avoid.length ? [this.placement, ...SIDES.filter((side) => side !== this.placement)] : [this.placement];
    const found = await Promise.all(tries.map((placement) => this.compute(anchor, floating, placement)));
    const size = { width: floating.offsetWidth, height: floating.offsetHeight };
    const best = leastCovering(
      found.map(({ x, y }) => ({ x, y, ...size })),
      avoid,
    );
    const { x, y, placement } = found[best]!;
    if (this.anchor !== anchor) return;
    Object.assign(floating.style, { left: `${x}px`, top: `${y}px` });
    floating.dataset.placement = placement;
  }

  private async compute(anchor: ReferenceElement, floating: HTMLElement, placement: Placement) {
    const { computePosition, flip, offset, shift, size } = await floatingUi();
    return computePosition(anchor, floating, {
      strategy: 'fixed',
      placement,
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
  }
}

const warm = () => void floatingUi();

const SIDES: readonly Placement[] = ['right', 'right-start', 'right-end', 'left', 'left-start', 'left-end', 'bottom', 'top'];

/** A box in viewport pixels; `weight` says how much covering it costs (1 by default). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly weight?: number;
}

/** The area two boxes share. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The index of the candidate box that covers the least of `avoid` (the first of equals). */
export function leastCovering(candidates: readonly Rect[], avoid: readonly Rect[]): number {
  let best = 0;
  let least = Infinity;
  candidates.forEach((box, i) => {
    const covered = avoid.reduce((sum, rect) => sum + overlap(box, rect) * (rect.weight ?? 1), 0);
    if (covered < least) [best, least] = [i, covered];
  });
  return best;
}

/** Styles for a popover element: fixed in the top layer, positioned by the controller. */
export { popoverStyles } from './popover.styles.js';
