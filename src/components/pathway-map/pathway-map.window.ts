/**
 * Drawing only what can be seen. A big map (hundreds of steps) is drawn for the part of it in view plus a
 * margin, snapped outward to a grid so that small pans draw nothing new; the whole map is a few thousand
 * SVG elements the browser would otherwise lay out and paint on every change. Small maps are drawn whole.
 */
import type { Box, Layout } from './pathway-map.layout.js';
import type { View } from './pathway-map.zoom.js';

/** Maps with fewer steps are always drawn whole. */
export const CULL_AT = 150;
const GRID = 512;

export interface Area {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The map area to draw for `view` in a `size` box: what shows, half a box more on each side, on the grid. */
export function areaOf(view: View, size: { readonly width: number; readonly height: number }): Area {
  const mx = size.width / view.k / 2;
  const my = size.height / view.k / 2;
  const snap = (value: number, up: boolean) => (up ? Math.ceil(value / GRID) : Math.floor(value / GRID)) * GRID;
  return {
    x0: snap(-view.x / view.k - mx, false),
    y0: snap(-view.y / view.k - my, false),
    x1: snap((size.width - view.x) / view.k + mx, true),
    y1: snap((size.height - view.y) / view.k + my, true),
  };
}

/** Whether `box` reaches into `area`. */
export const meets = (box: Box, area: Area) => box.x < area.x1 && box.x + box.w > area.x0 && box.y < area.y1 && box.y + box.h > area.y0;

const edgeBoxes = new WeakMap<Layout, Box[]>();
/** Each edge's bounding box, from its points (an arc bulges up to 40px beside them). */
function boxesOf(layout: Layout): Box[] {
  let boxes = edgeBoxes.get(layout);
  if (!boxes) {
    boxes = layout.edges.map(({ points }) => {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const [x, y] = [Math.min(...xs) - 40, Math.min(...ys) - 40];
      return { x, y, w: Math.max(...xs) + 40 - x, h: Math.max(...ys) + 40 - y };
    });
    edgeBoxes.set(layout, boxes);
  }
  return boxes;
}

export interface Shown {
  readonly nodes: readonly number[];
  readonly edges: readonly number[];
}

/** The nodes and edges of `layout` that meet `area`, plus the nodes in `keep` (the Tab stop, the selection). */
export function shownIn(layout: Layout, area: Area, keep: readonly (number | undefined)[]): Shown {
  const wanted = new Set(keep.filter((i): i is number => i !== undefined && i >= 0));
  const nodes = layout.nodes.flatMap((box, i) => (meets(box, area) || wanted.has(i) ? [i] : []));
  const edges = boxesOf(layout).flatMap((box, e) => (meets(box, area) ? [e] : []));
  return { nodes, edges };
}

/** A key that changes exactly when the drawn set would. */
export const areaKey = (area: Area | undefined) => (area ? `${area.x0},${area.y0},${area.x1},${area.y1}` : 'all');
