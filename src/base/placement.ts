/**
 * Where a popover goes beside its anchor: @floating-ui's position on the preferred side, or, when the
 * caller names boxes to keep clear (the steps a map has just highlighted), the side that covers least of
 * them. Part of the code fetched on the first open (floating-parts.ts), with @floating-ui itself.
 */
import { computePosition, flip, offset, shift, size, type Placement, type ReferenceElement } from '@floating-ui/dom';

/** A box in viewport pixels; `weight` says how much covering it costs (1 by default). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly weight?: number;
}

const SIDES: readonly Placement[] = ['right', 'right-start', 'right-end', 'left', 'left-start', 'left-end', 'bottom', 'top'];

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

function compute(anchor: ReferenceElement, floating: HTMLElement, placement: Placement) {
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

/** The place (fixed, in viewport pixels) for `floating` beside `anchor`: `placement`, unless another side covers less of `avoid`. */
export async function placeBeside(
  anchor: ReferenceElement,
  floating: HTMLElement,
  placement: Placement,
  avoid: readonly Rect[],
): Promise<{ x: number; y: number; placement: Placement }> {
  const tries = avoid.length ? [placement, ...SIDES.filter((side) => side !== placement)] : [placement];
  const found = await Promise.all(tries.map((side) => compute(anchor, floating, side)));
  const box = { width: floating.offsetWidth, height: floating.offsetHeight };
  return found[
    leastCovering(
      found.map(({ x, y }) => ({ x, y, ...box })),
      avoid,
    )
  ]!;
}
