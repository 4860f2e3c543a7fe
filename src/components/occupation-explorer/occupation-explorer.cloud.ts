/**
 * What the chart's canvas draws: the plotted points that are not listed marks, by colour, each circle once
 * per device pixel. Pure: a layout in, flat runs of numbers out; `drawCloud()` only replays them.
 *
 * Why once per pixel: each colour is one path filled once (non-zero rule), so a circle drawn twice fills no
 * more pixels than once, yet the canvas still scan-converts every copy. At 10,000 rows most points land on
 * a spot already taken (the same wage and growth, or within a pixel of it), and filling ten thousand arcs
 * was about 13 ms of a key press, most of it on pixels already covered. A circle is skipped when one of the
 * same colour, whose centre rounds to the same device pixel and whose radius rounds to the same half
 * device pixel, is already in the run: its edge would move by less than a device pixel. That is a
 * deliberate trade for a faint, aria-hidden backdrop; the listed rows are SVG marks drawn exactly, and the
 * table carries every figure.
 */
import { COLOURS, GREY } from './occupation-explorer.colours.js';
import { RADIUS, type ChartLayout, type Point } from './occupation-explorer.layout.js';

/** One colour's circles as a flat `[x, y, r, x, y, r, …]` run in CSS px. */
export interface CloudRun {
  readonly circles: readonly number[];
}

/** The order runs are painted in: grey context first, so coloured points sit on top of it. */
export const PAINT_ORDER: readonly number[] = [GREY, ...Array.from({ length: COLOURS }, (_, i) => i)];

/**
 * The runs to draw, one per series (the eight colours, then grey), points in layout order. `skip` holds
 * the points drawn as marks; `ratio` is the canvas's device pixels per CSS px.
 */
export function cloudOf(layout: ChartLayout, skip: ReadonlySet<Point>, ratio = 1): CloudRun[] {
  const runs = Array.from({ length: GREY + 1 }, () => ({ circles: [] as number[] }));
  const seen = Array.from({ length: GREY + 1 }, () => new Set<number>());
  // A whole number per (centre pixel, radius step), unique within the canvas: small enough to stay an
  // integer V8 hashes cheaply, and no string built per point.
  const rows = Math.ceil(layout.height * ratio) + 1;
  const radii = Math.ceil(RADIUS[1] * ratio * 2) + 1;
  for (const point of layout.points) {
    if (skip.has(point)) continue;
    const { x, y, r } = point;
    const series = Math.min(point.series, GREY);
    const key = (Math.round(x * ratio) * rows + Math.round(y * ratio)) * radii + Math.min(radii - 1, Math.round(r * ratio * 2));
    const keys = seen[series]!;
    if (keys.has(key)) continue;
    keys.add(key);
    runs[series]!.circles.push(x, y, r);
  }
  return runs;
}
