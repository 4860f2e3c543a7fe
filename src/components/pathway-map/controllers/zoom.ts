/**
 * Pan and zoom. d3-zoom owns only the behaviour on the map's <svg>; the transform goes onto one <g> as an
 * attribute, so panning never re-renders the map. Started once per <svg> and torn down on disconnect.
 *
 * A map embedded in a page must not trap the page's scrolling: the wheel zooms only with Ctrl or ⌘ (a
 * trackpad pinch sends that), one finger scrolls the page on a phone and two fingers pinch the map.
 */
import { select } from 'd3-selection';
// d3-zoom loads d3-transition, which adds interrupt() and transition() to selections; this brings in
// the types of those additions only.
import type {} from 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Box } from '../layout/layout.js';

export interface View {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

interface Size {
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
  return focus ? { k, x: place(fit.x, view.width, content.width, focus.x, focus.w), y: place(fit.y, view.height, content.height, focus.y, focus.h) } : fit;
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

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;

export class ZoomController implements ReactiveController {
  private behavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  private svg: SVGSVGElement | undefined;
  private layer: SVGGElement | undefined;
  /** True while `reveal` moves the view, so that its own zoom event does not end the glide it starts. */
  private gliding = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Told of every new view (a pan, a zoom, a fit). */
    private readonly onZoom: (view: View) => void,
  ) {
    host.addController(this);
  }

  /** Moved in the page: the next update attaches to the map again. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  /** The current scale. */
  get scale(): number {
    return this.svg ? zoomTransform(this.svg).k : 1;
  }

  /** The viewport's size, as the host laid it out (d3 would otherwise measure the <svg>, forcing a layout). */
  private view: Size = { width: 0, height: 0 };

  /** Starts pan and zoom on `svg`, moving `layer`, within `content` (plus a margin), in a `view`-sized box. */
  attach(svg: SVGSVGElement, layer: SVGGElement, content: Size, view: Size): void {
    this.view = view;
    if (this.svg !== svg) {
      this.hostDisconnected();
      this.svg = svg;
      this.layer = layer;
      layer.addEventListener('transitionend', this.landed);
      layer.addEventListener('transitioncancel', this.landed);
      this.behavior = zoom<SVGSVGElement, unknown>()
        .scaleExtent([MIN_SCALE, MAX_SCALE])
        // The box's size as the host knows it. d3's default reads the <svg>'s size, which forces a layout
        // of the whole map (costly at a thousand steps) and throws while the element is not rendered.
        .extent(() => [[0, 0], [this.view.width, this.view.height]])
        .clickDistance(4)
        .filter((event: Event) => {
          if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
          if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length > 1;
          return !(event as MouseEvent).button;
        })
        .on('zoom', ({ transform }) => {
          // Any other move ends a glide at once: a drag must follow the pointer, not ease after it.
          if (!this.gliding) this.landed();
          layer.setAttribute('transform', transform.toString());
          this.onZoom({ x: transform.x, y: transform.y, k: transform.k });
        });
      select(svg).call(this.behavior).on('dblclick.zoom', null);
    }
    const m = 48;
    this.behavior!.translateExtent([[-m, -m], [content.width + m, content.height + m]]);
  }

  /** Moves to `view` at once. */
  set(view: View): void {
    if (this.svg) select(this.svg).interrupt().call(this.behavior!.transform, zoomIdentity.translate(view.x, view.y).scale(view.k));
  }

  /** Zooms by `factor` about the centre, smoothly unless the reader prefers reduced motion. */
  by(factor: number): void {
    if (!this.svg) return;
    const selection = select(this.svg);
    if (reducedMotion()) selection.call(this.behavior!.scaleBy, factor);
    else selection.transition().duration(200).call(this.behavior!.scaleBy, factor);
  }

  /**
   * Pans the least needed to bring `box` (in map coordinates) into a `view`-sized viewport. With `smooth`
   * the layer glides there, unless the reader prefers reduced motion: the view moves at once (so what is
   * drawn follows it in the same frame) and a CSS transition on the layer's transform eases the picture
   * after it, with no script in the frames between. Only a move of up to half the box glides: a big map is
   * drawn half a box beyond its view (pathway-map/layout/window.ts), so every view on the way is drawn; a longer
   * move, across map that is not drawn, is made at once. Returns whether it glides.
   */
  reveal(box: Box, view: Size, smooth = false): boolean {
    if (!this.svg) return false;
    const t = zoomTransform(this.svg);
    const { dx, dy } = revealShift(t, box, view);
    if (!dx && !dy) return false;
    const glide = smooth && Math.abs(dx) <= view.width / 2 && Math.abs(dy) <= view.height / 2 && !reducedMotion();
    this.layer?.toggleAttribute('data-glide', glide);
    this.gliding = glide;
    select(this.svg).interrupt().call(this.behavior!.translateBy, dx / t.k, dy / t.k);
    this.gliding = false;
    return glide;
  }

  /** The glide is over (or was cut short by the reader's own pan or zoom). */
  private readonly landed = (event?: Event): void => {
    if (event && event.target !== event.currentTarget) return;
    if (!this.layer?.hasAttribute('data-glide')) return;
    this.layer.removeAttribute('data-glide');
  };

  hostDisconnected(): void {
    if (this.svg) select(this.svg).interrupt().on('.zoom', null);
    this.layer?.removeEventListener('transitionend', this.landed);
    this.layer?.removeEventListener('transitioncancel', this.landed);
    this.layer?.removeAttribute('data-glide');
    this.svg = undefined;
    this.layer = undefined;
    this.behavior = undefined;
  }
}
