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
import type { Box } from '../layout/box.js';
import { MAX_SCALE, MIN_SCALE, revealShift, type Size, type View } from '../layout/viewport.js';

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;

export class ZoomController implements ReactiveController {
  #behavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  #svg: SVGSVGElement | undefined;
  #layer: SVGGElement | undefined;
  /** True while `reveal` moves the view, so that its own zoom event does not end the glide it starts. */
  #gliding = false;

  readonly #host: ReactiveControllerHost;
  /** Told of every new view (a pan, a zoom, a fit). */
  readonly #onZoom: (view: View) => void;

  constructor(host: ReactiveControllerHost, onZoom: (view: View) => void) {
    [this.#host, this.#onZoom] = [host, onZoom];
    host.addController(this);
  }

  /** Moved in the page: the next update attaches to the map again. */
  hostConnected(): void {
    this.#host.requestUpdate();
  }

  /** The current scale. */
  get scale(): number {
    return this.#svg ? zoomTransform(this.#svg).k : 1;
  }

  /** The viewport's size, as the host laid it out (d3 would otherwise measure the <svg>, forcing a layout). */
  #view: Size = { width: 0, height: 0 };

  /** Starts pan and zoom on `svg`, moving `layer`, within `content` (plus a margin), in a `view`-sized box. */
  attach(svg: SVGSVGElement, layer: SVGGElement, content: Size, view: Size): void {
    this.#view = view;
    if (this.#svg !== svg) {
      this.hostDisconnected();
      this.#svg = svg;
      this.#layer = layer;
      layer.addEventListener('transitionend', this.#landed);
      layer.addEventListener('transitioncancel', this.#landed);
      this.#behavior = zoom<SVGSVGElement, unknown>()
        .scaleExtent([MIN_SCALE, MAX_SCALE])
        // The box's size as the host knows it. d3's default reads the <svg>'s size, which forces a layout
        // of the whole map (costly at a thousand steps) and throws while the element is not rendered.
        .extent(() => [[0, 0], [this.#view.width, this.#view.height]])
        .clickDistance(4)
        .filter((event: Event) => {
          if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
          if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length > 1;
          return !(event as MouseEvent).button;
        })
        .on('zoom', ({ transform }) => {
          // Any other move ends a glide at once: a drag must follow the pointer, not ease after it.
          if (!this.#gliding) this.#landed();
          layer.setAttribute('transform', transform.toString());
          this.#onZoom({ x: transform.x, y: transform.y, k: transform.k });
        });
      select(svg).call(this.#behavior).on('dblclick.zoom', null);
    }
    const m = 48;
    this.#behavior!.translateExtent([[-m, -m], [content.width + m, content.height + m]]);
  }

  /** Moves to `view` at once. */
  set(view: View): void {
    if (this.#svg) select(this.#svg).interrupt().call(this.#behavior!.transform, zoomIdentity.translate(view.x, view.y).scale(view.k));
  }

  /** Zooms by `factor` about the centre, smoothly unless the reader prefers reduced motion. */
  by(factor: number): void {
    if (!this.#svg) return;
    const selection = select(this.#svg);
    if (reducedMotion()) selection.call(this.#behavior!.scaleBy, factor);
    else selection.transition().duration(200).call(this.#behavior!.scaleBy, factor);
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
    if (!this.#svg) return false;
    const t = zoomTransform(this.#svg);
    const { dx, dy } = revealShift(t, box, view);
    if (!dx && !dy) return false;
    const glide = smooth && Math.abs(dx) <= view.width / 2 && Math.abs(dy) <= view.height / 2 && !reducedMotion();
    this.#layer?.toggleAttribute('data-glide', glide);
    this.#gliding = glide;
    select(this.#svg).interrupt().call(this.#behavior!.translateBy, dx / t.k, dy / t.k);
    this.#gliding = false;
    return glide;
  }

  /** The glide is over (or was cut short by the reader's own pan or zoom). */
  readonly #landed = (event?: Event): void => {
    if (event && event.target !== event.currentTarget) return;
    if (!this.#layer?.hasAttribute('data-glide')) return;
    this.#layer.removeAttribute('data-glide');
  };

  hostDisconnected(): void {
    if (this.#svg) select(this.#svg).interrupt().on('.zoom', null);
    this.#layer?.removeEventListener('transitionend', this.#landed);
    this.#layer?.removeEventListener('transitioncancel', this.#landed);
    this.#layer?.removeAttribute('data-glide');
    this.#svg = undefined;
    this.#layer = undefined;
    this.#behavior = undefined;
  }
}
