/**
 * Drawing only what can be seen. A big map (hundreds of steps) is drawn for the part of it in view plus a
 * margin, snapped outward to a grid, and what is drawn stays while the view moves inside it: pans draw
 * nothing new until they reach its edge. The whole map is a few thousand SVG elements the browser would
 * otherwise lay out and paint on every change. Small maps are drawn whole.
 *
 * A map's first drawing is what shows and no more (the margin holds more than twice as many cards as the
 * view, and a reader waits for none of them); the margin follows once that has been painted.
 */
import type { Box } from './box.js';
import type { Layout } from './layout.js';
import type { View } from './viewport.js';

const GRID = 512;

type Size = { readonly width: number; readonly height: number };

export interface Area {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The map area that `view` shows in a `size` box, and no more. */
export function seenArea(view: View, size: Size): Area {
  return { x0: -view.x / view.k, y0: -view.y / view.k, x1: (size.width - view.x) / view.k, y1: (size.height - view.y) / view.k };
}

/** The map area to draw for `view` in a `size` box: what shows, half a box more on each side, on the grid. */
export function areaOf(view: View, size: Size): Area {
  const seen = seenArea(view, size);
  const mx = size.width / view.k / 2;
  const my = size.height / view.k / 2;
  const snap = (value: number, up: boolean) => (up ? Math.ceil(value / GRID) : Math.floor(value / GRID)) * GRID;
  return { x0: snap(seen.x0 - mx, false), y0: snap(seen.y0 - my, false), x1: snap(seen.x1 + mx, true), y1: snap(seen.y1 + my, true) };
}

/** Whether all that `view` shows of the map in a `size` box lies inside `area`. */
export function holds(area: Area, view: View, size: Size): boolean {
  const seen = seenArea(view, size);
  return seen.x0 >= area.x0 && seen.y0 >= area.y0 && seen.x1 <= area.x1 && seen.y1 <= area.y1;
}

/** The area to draw for `view`: `drawn`, the area drawn now, while it holds all that shows and is no more
 * than twice the size of a fresh one (after zooming in a long way, less is drawn); else a fresh one. */
export function areaFor(view: View, size: Size, drawn?: Area): Area {
  const fresh = areaOf(view, size);
  const small = (area: Area) => area.x1 - area.x0 <= 2 * (fresh.x1 - fresh.x0) && area.y1 - area.y0 <= 2 * (fresh.y1 - fresh.y0);
  return drawn && holds(drawn, view, size) && small(drawn) ? drawn : fresh;
}

/** Whether `box` reaches into `area`, or comes within `pad` of it. */
export const meets = (box: Box, area: Area, pad = 0) =>
  box.x - pad < area.x1 && box.x + box.w + pad > area.x0 && box.y - pad < area.y1 && box.y + box.h + pad > area.y0;

/** How far an edge's curve may stray from the box of its points (an arc bulges up to 33px beside them). */
const BULGE = 40;

export interface Shown {
  readonly nodes: readonly number[];
  readonly edges: readonly number[];
}

/** The nodes and edges of `layout` that meet `area`, plus the nodes in `keep` (the Tab stop, the selection). */
export function shownIn(layout: Layout, area: Area, keep: readonly (number | undefined)[]): Shown {
  const wanted = new Set(keep.filter((i): i is number => i !== undefined && i >= 0));
  const nodes: number[] = [];
  const edges: number[] = [];
  layout.nodes.forEach((box, i) => (meets(box, area) || wanted.has(i)) && nodes.push(i));
  layout.edges.forEach(({ box }, e) => meets(box, area, BULGE) && edges.push(e));
  return { nodes, edges };
}

/** A key that changes exactly when the drawn set would. */
export const areaKey = (area: Area | undefined) => (area ? `${area.x0},${area.y0},${area.x1},${area.y1}` : 'all');
