/**
 * Pan and zoom. d3-zoom owns only the behaviour on the map's <svg>; the transform goes onto one <g> as an
 * attribute, so panning never re-renders the map. Started once per <svg> and torn down on disconnect.
 *
 * A map embedded in a page must not trap the page's scrolling: the wheel zooms only with Ctrl or ⌘ (a
 * trackpad pinch sends that), one finger scrolls the page on a phone and two fingers pinch the map.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Box } from '../layout/box.js';
import { constrain, revealShift, scaledBy, type Size, type View } from '../layout/viewport.js';
import type { Behavior } from './zoom-behavior.js';

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;

/** d3-zoom, fetched once for the page on a first gesture (issue 18); undefined until it has come. */
let loading: Promise<typeof import('./zoom-behavior.js')> | undefined;
let loaded: typeof import('./zoom-behavior.js') | undefined;
const load = () => (loading ??= import('./zoom-behavior.js').then((module) => (loaded = module)));

/** The gestures d3-zoom answers (its filter): a pinch or Ctrl/⌘ + wheel, a main-button drag, two fingers. */
const gesture = (event: Event) =>
  event.type === 'wheel'
    ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
    : event.type === 'touchstart'
      ? (event as TouchEvent).touches.length > 1
      : !(event as MouseEvent).button;
const WAKE = ['wheel', 'mousedown', 'touchstart'] as const;

export class ZoomController implements ReactiveController {
  #behavior: Behavior | undefined;
  #svg: SVGSVGElement | undefined;
  #layer: SVGGElement | undefined;
  /** The view while d3-zoom has not loaded: the element moves it itself, by the same rules. */
  #t: View = { x: 0, y: 0, k: 1 };
  #content: Size = { width: 0, height: 0 };
  /** True while `reveal` moves the view, so that its own zoom event does not end the glide it starts. */
  #gliding = false;
  /** The last gesture that woke d3-zoom, given to it once it has loaded; cleared when a drag ends first. */
  #pending: Event | undefined;

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
    return this.#now().k;
  }

  /** The viewport's size, as the host laid it out (d3 would otherwise measure the <svg>, forcing a layout). */
  #view: Size = { width: 0, height: 0 };

  /** Starts pan and zoom on `svg`, moving `layer`, within `content` (plus a margin), in a `view`-sized box:
   * d3-zoom at once where it has loaded, else on the reader's first gesture. */
  attach(svg: SVGSVGElement, layer: SVGGElement, content: Size, view: Size): void {
    this.#view = view;
    this.#content = content;
    if (this.#svg !== svg) {
      this.hostDisconnected();
      this.#svg = svg;
      this.#layer = layer;
      layer.addEventListener('transitionend', this.#landed);
      layer.addEventListener('transitioncancel', this.#landed);
      if (loaded) this.#start(loaded);
      else for (const type of WAKE) svg.addEventListener(type, this.#wake, { passive: false });
    }
    this.#behavior?.content(content);
  }

  /** Moves to `view` at once. */
  set(view: View): void {
    if (this.#behavior) this.#behavior.set(view);
    else if (this.#svg) this.#apply(view);
  }

  /** Zooms by `factor` about the centre, smoothly unless the reader prefers reduced motion. */
  by(factor: number): void {
    if (!this.#svg) return;
    if (this.#behavior) return this.#behavior.by(factor, reducedMotion() ? 0 : 200);
    // Before d3-zoom has come: the same zoom, eased by the layer's CSS transition; d3-zoom loads meanwhile.
    void load();
    const smooth = !reducedMotion();
    this.#layer?.toggleAttribute('data-glide', smooth);
    this.#apply(constrain(scaledBy(this.#t, factor, this.#view), this.#view, this.#content, 48), smooth);
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
    const t = this.#now();
    const { dx, dy } = revealShift(t, box, view);
    if (!dx && !dy) return false;
    const glide = smooth && Math.abs(dx) <= view.width / 2 && Math.abs(dy) <= view.height / 2 && !reducedMotion();
    this.#layer?.toggleAttribute('data-glide', glide);
    this.#gliding = glide;
    if (this.#behavior) this.#behavior.translateBy(dx / t.k, dy / t.k);
    else this.#apply(constrain({ k: t.k, x: t.x + dx, y: t.y + dy }, this.#view, this.#content, 48), true);
    this.#gliding = false;
    return glide;
  }

  #now(): View {
    return this.#behavior?.view() ?? this.#t;
  }

  /** A move of the map, as d3-zoom's zoom event makes one. */
  #apply(view: View, gliding = this.#gliding): void {
    // Any other move ends a glide at once: a drag must follow the pointer, not ease after it.
    if (!gliding) this.#landed();
    this.#t = view;
    this.#layer?.setAttribute('transform', `translate(${view.x},${view.y}) scale(${view.k})`);
    this.#onZoom(view);
  }

  /** A first gesture: d3-zoom loads, takes over from the current view, and is handed the gesture. */
  readonly #wake = (event: Event): void => {
    if (!gesture(event)) return;
    // Ctrl + wheel would zoom the page meanwhile.
    if (event.type === 'wheel') event.preventDefault();
    const svg = this.#svg;
    if (!svg) return;
    this.#pending = event;
    if (event.type === 'mousedown') addEventListener('mouseup', () => (this.#pending = undefined), { once: true });
    void load().then((module) => {
      if (this.#svg !== svg || this.#behavior) return;
      this.#start(module);
      const pending = this.#pending;
      this.#pending = undefined;
      // The gesture again, for d3-zoom's own listeners (a drag only while the button is still down).
      try {
        if (pending) svg.dispatchEvent(new (pending.constructor as typeof Event)(pending.type, pending as unknown as EventInit));
      } catch {
        // A gesture that cannot be copied (touches, in some browsers) is lost; the next one pans.
      }
    });
  };

  #start(module: typeof import('./zoom-behavior.js')): void {
    const svg = this.#svg!;
    for (const type of WAKE) svg.removeEventListener(type, this.#wake);
    this.#behavior = module.behave(
      svg,
      this.#t,
      () => this.#view,
      (view) => this.#apply(view),
    );
    this.#behavior.content(this.#content);
  }

  /** The glide is over (or was cut short by the reader's own pan or zoom). */
  readonly #landed = (event?: Event): void => {
    if (event && event.target !== event.currentTarget) return;
    if (!this.#layer?.hasAttribute('data-glide')) return;
    this.#layer.removeAttribute('data-glide');
  };

  hostDisconnected(): void {
    this.#behavior?.detach();
    for (const type of WAKE) this.#svg?.removeEventListener(type, this.#wake);
    this.#layer?.removeEventListener('transitionend', this.#landed);
    this.#layer?.removeEventListener('transitioncancel', this.#landed);
    this.#layer?.removeAttribute('data-glide');
    this.#svg = undefined;
    this.#layer = undefined;
    this.#behavior = undefined;
  }
}
