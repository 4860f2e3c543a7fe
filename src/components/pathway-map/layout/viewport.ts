/**
 * The map's view as numbers: which part of the map a box shows, at which scale. Pure, so the element
 * can choose its first view (and the server its markup) without loading the pan and zoom behaviour.
 */
import type { Box } from './box.js';

export interface View {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 3;

/** The view showing `content` in `view` at a scale between `minK` and `maxK`: centred where it fits,
 * from its top-left corner where it does not. */
export function fitView(content: Size, view: Size, minK: number, maxK = 1): View {
  const k = Math.max(minK, Math.min(maxK, view.width / content.width, view.height / content.height));
  const place = (room: number, size: number) => (size * k <= room ? (room - size * k) / 2 : 0);
  return { k, x: place(view.width, content.width), y: place(view.height, content.height) };
}

/**
 * The first view of a map (on load and when its box changes width). Where the whole map fits at `minK`
 * or larger, that fit, centred. Where it does not, it starts at `minK`, the smallest scale whose card
 * text can be read, rather than fitting: a legible part beats an unreadable whole, and the reader can
 * zoom out (0 fits all). It then shows the map's start: along an axis the map overruns, `focus` (the first
 * stage's steps, where a reader starts) is centred when it fits, kept inside the map's edges, and the
 * map's top or left edge shows when it does not. In columns that puts the first column at the left with
 * its steps centred top to bottom; in rows, the first row at the top with its steps centred across.
 */
export function openingView(content: Size, view: Size, minK: number, focus: Box | undefined): View {
  const fit = fitView(content, view, minK);
  const { k } = fit;
  const place = (at: number, room: number, size: number, start: number, extent: number) =>
    size * k <= room || extent * k > room ? at : Math.min(0, Math.max(room - size * k, room / 2 - (start + extent / 2) * k));
  return focus
    ? { k, x: place(fit.x, view.width, content.width, focus.x, focus.w), y: place(fit.y, view.height, content.height, focus.y, focus.h) }
    : fit;
}

/** The box around the steps of the first stage that has any. */
export function firstStageBox(nodes: readonly (Box & { readonly stage: number })[]): Box | undefined {
  let first = Infinity;
  for (const node of nodes) first = Math.min(first, node.stage);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { stage, x, y, w, h } of nodes) {
    if (stage !== first) continue;
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + w), Math.max(y1, y + h)];
  }
  return x0 < Infinity ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : undefined;
}

/** The viewport height for a map `content` fitted to `width` (never below `minK`), within [min, max]. */
export function viewHeight(content: Size, width: number, minK: number, min = 240, max = 640): number {
  const k = Math.max(minK, Math.min(1, width / content.width));
  return Math.round(Math.max(min, Math.min(max, content.height * k)));
}

/** The least pan (in viewport pixels) that brings `box` (in map coordinates) inside a `size` viewport
 * seen through `view`, `margin` pixels in from its edges where it fits; where it does not fit, its start
 * comes into view. Zero on an axis where it is inside already. */
export function revealShift(view: View, box: Box, size: Size, margin = 16): { dx: number; dy: number } {
  const shift = (start: number, extent: number, room: number, offset: number) => {
    const a = start * view.k + offset;
    const b = a + extent * view.k;
    return a < margin ? margin - a : b > room - margin ? Math.max(margin - a, room - margin - b) : 0;
  };
  return { dx: shift(box.x, box.w, size.width, view.x), dy: shift(box.y, box.h, size.height, view.y) };
}

/** `view` moved so that `content` (plus `margin` around it) covers as much of a `size` box as it can: the
 * same rule as d3-zoom's default constrain with a translate extent, so a move made before d3-zoom has
 * loaded lands where d3-zoom would put it. */
export function constrain(view: View, size: Size, content: Size, margin: number): View {
  const invert = (at: number, offset: number) => (at - offset) / view.k;
  const dx0 = invert(0, view.x) + margin;
  const dx1 = invert(size.width, view.x) - (content.width + margin);
  const dy0 = invert(0, view.y) + margin;
  const dy1 = invert(size.height, view.y) - (content.height + margin);
  const shift = (d0: number, d1: number) => (d1 > d0 ? (d0 + d1) / 2 : Math.min(0, d0) || Math.max(0, d1));
  return { k: view.k, x: view.x + view.k * shift(dx0, dx1), y: view.y + view.k * shift(dy0, dy1) };
}

/** `view` zoomed by `factor` (within the scale limits) about the middle of a `size` box, as d3-zoom's scaleBy. */
export function scaledBy(view: View, factor: number, size: Size): View {
  const k = Math.max(MIN_SCALE, Math.min(MAX_SCALE, view.k * factor));
  const [cx, cy] = [size.width / 2, size.height / 2];
  return { k, x: cx - ((cx - view.x) / view.k) * k, y: cy - ((cy - view.y) / view.k) * k };
}
