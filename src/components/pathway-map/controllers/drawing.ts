/**
 * The drawn map after each render: the marks on its steps (emphasis, selection, the Tab stop), pan and
 * zoom, the first view and a fit still to apply, a highlighted step to pan to, the part of a big map that
 * is drawn, and the whole map fitted to the paper while printing. What the element derives (its MapView)
 * comes in; what is on screen goes out as attributes and transforms, never as a re-render of the cards.
 */
import type { ReactiveControllerHost } from 'lit';
import { AfterPaint } from '../../../base/after-paint.js';
import { PrintController } from '../../../base/print-controller.js';
import { FONTS } from '../layout/card.js';
import type { Layout } from '../layout/layout.js';
import { fitView, MAX_SCALE, MIN_SCALE, type Size, type View } from '../layout/viewport.js';
import type { Frame, MapView } from '../model/derive.js';
import { DrawnWindow } from './drawn-window.js';
import { Marks } from './marks.js';
import { ZoomController } from './zoom.js';

/** The smallest scale at which every text of the map is drawn at its readable size: titles at 12 px or
 * more, everything else at 11 px or more (DESIGN.md). The map opens at scale 1 and only the reader's own
 * zoom goes below this, and then the element says how to get back. */
const READABLE = Math.max(...Object.entries(FONTS).map(([role, font]) => (role === 'title' ? 12 : 11) / font.size));
/** Below this scale card text is too small to read, and is not drawn. */
const FAR = 0.35;

interface Host extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly shadowRoot: ShadowRoot | null;
}

export class MapDrawing {
  readonly marks = new Marks();
  readonly window = new DrawnWindow();
  readonly #host: Host;
  /** The element's width (0 while unknown), and told whether the text is now too small to read. */
  readonly #width: () => number;
  readonly #onSmall: (small: boolean) => void;
  readonly #print: PrintController;
  readonly #zoom: ZoomController;
  /** Draws the margin around a big map's first view, once that view is on screen. */
  readonly #margin: AfterPaint;
  #v: MapView | undefined;
  /** The frame the map was last fitted to, the current view, and a fit still to apply. */
  #frame: Frame | undefined;
  #view: View | undefined;
  #fit = false;
  /** A highlighted step to pan to once it is drawn. */
  #reveal: number | undefined;
  #drawn: unknown;
  #drawnIn: Element | undefined;
  #printed = false;

  constructor(host: Host, width: () => number, onSmall: (small: boolean) => void) {
    [this.#host, this.#width, this.#onSmall] = [host, width, onSmall];
    this.#print = new PrintController(host);
    this.#zoom = new ZoomController(host, (view) => this.#zoomed(view));
    this.#margin = new AfterPaint(host, () => host.requestUpdate());
  }

  /** The drawn map's box height at scale 1. */
  get height(): number {
    return this.#frame?.height ?? 0;
  }

  get scale(): number {
    return this.#zoom.scale;
  }

  /**
   * Before a render: a new frame fits the map again, a highlight set from outside pans to its step once
   * drawn, and a big map is drawn for the part in view plus the steps in `keep` (so that focus is not
   * lost while it moves on); an export or a print draws all.
   */
  prepare(v: MapView, options: { highlighted: boolean; all: boolean; keep: readonly (number | undefined)[] }): void {
    this.#v = v;
    if (v.frame !== this.#frame) {
      this.#frame = v.frame;
      if (v.frame) [this.#view, this.#fit] = [v.frame.opening, true];
    }
    const layout = v.model.layout;
    if (options.highlighted && v.highlighted !== undefined && layout) this.#reveal = v.highlighted;
    if (!layout || !this.#view) return;
    const focused = this.marks.indexOf(this.#host.shadowRoot?.activeElement ?? null);
    this.window.update(layout, this.#view, this.box(layout), v.big && !options.all && !this.#print.printing, v.model, [
      ...options.keep,
      focused,
    ]);
  }

  /** After a render: the marks on what is drawn, and on the drawn map its view. */
  paint(active: number): void {
    const v = this.#v;
    const root = this.#host.renderRoot;
    const chosen = v?.chosen ?? -1;
    const list = root.querySelector<HTMLElement>('.list');
    if (list && v) {
      // Lit keeps the cards of steps whose ids stay; the marks are read again after each render of them.
      this.#collect(list, v.model);
      this.marks.paint(list, v.emphasis, chosen, active);
      return void (this.#reveal = undefined);
    }
    const svg = root.querySelector<SVGSVGElement>('.viewport svg.map');
    const layout = v?.model.layout;
    if (!v || !svg || !layout) return void (this.#drawn = this.#reveal = undefined);
    const layer = svg.querySelector<SVGGElement>('.layer')!;
    this.#collect(layer, this.window.shown ?? v.model);
    this.#zoom.attach(svg, layer, layout, this.box(layout));
    const fitted = this.#fit;
    if (this.#fit) {
      this.#fit = false;
      this.#zoom.set(this.#view!);
    }
    const reveal = this.#reveal;
    this.#reveal = undefined;
    if (reveal !== undefined && !this.#print.printing && layout.nodes[reveal]) {
      // Smoothly, unless the map has only just been fitted (a first view is not a move).
      this.#zoom.reveal(layout.nodes[reveal]!, this.box(layout), !fitted);
    }
    this.#fitToPaper(svg, layer, layout);
    this.marks.paint(layer, v.emphasis, chosen, active);
    if (this.window.bare) this.#margin.schedule();
  }

  /** Fits the whole map in its box. */
  fit(): void {
    const layout = this.#v?.model.layout;
    if (layout) this.#zoom.set(fitView(layout, this.box(layout), MIN_SCALE));
  }

  /** Zooms by `factor` about the box's middle; answers the new scale. */
  zoomBy(factor: number): number {
    const k = Math.max(MIN_SCALE, Math.min(MAX_SCALE, this.#zoom.scale * factor));
    this.#zoom.by(factor);
    return k;
  }

  /** Pans step `i` into view (drawing it, on a big map, if it was out of view). */
  reveal(i: number): void {
    const layout = this.#v?.model.layout;
    if (layout?.nodes[i]) this.#zoom.reveal(layout.nodes[i]!, this.box(layout));
  }

  /** The map's box: the element's width (the map's own before it is measured) and the height it chose. */
  box(layout: Layout): Size {
    return { width: this.#width() || layout.width, height: this.height };
  }

  /** Takes the marks of a new drawing (or of the same one, moved into another container). */
  #collect(container: Element, drawing: unknown): void {
    if (this.#drawn === drawing && this.#drawnIn === container && container.isConnected) return;
    [this.#drawn, this.#drawnIn] = [drawing, container];
    this.marks.collect(container);
  }

  /** While printing, the whole map scales to the page width; afterwards the reader's view comes back. */
  #fitToPaper(svg: SVGSVGElement, layer: SVGGElement, layout: Layout): void {
    if (this.#print.printing) {
      svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
      layer.removeAttribute('transform');
      layer.removeAttribute('data-far');
      this.#printed = true;
    } else if (this.#printed) {
      this.#printed = false;
      svg.removeAttribute('viewBox');
      if (this.#view) this.#zoom.set(this.#view);
    }
  }

  /** After a pan or zoom: small text goes when it could not be read, and a big map draws what came into view. */
  #zoomed(view: View): void {
    this.#view = view;
    this.#onSmall(view.k < READABLE - 1e-6);
    this.#host.renderRoot.querySelector('.layer')?.toggleAttribute('data-far', view.k < FAR);
    const layout = this.#v?.model.layout;
    if (layout && this.#v!.big && this.window.outgrown(view, this.box(layout))) this.#host.requestUpdate();
  }
}
