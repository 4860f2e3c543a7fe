/**
 * SVG and PNG export for the element. The export module loads on first use: most readers never export,
 * and it is the map's drawing code twice over (issue 18). The promise is kept, so it is fetched once.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PathwayDocument } from '../../../schema/types.js';
import type { Measure } from '../layout/card.js';
import type { Layout } from '../layout/layout.js';

let loading: Promise<typeof import('./export.js')> | undefined;
const load = () => (loading ??= import('./export.js'));

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: ParentNode;
}

/** What an export draws: the document shown, its layout, the language and the measure it was laid out with. */
export interface Exportable {
  readonly doc: PathwayDocument;
  readonly layout: Layout;
  readonly lang: string;
  readonly measure: Measure;
}

export class MapExporter {
  /** True while an export draws the whole map: all of a big one, and a map shown as stacked sections too. */
  drawingAll = false;
  readonly #host: Host;
  readonly #what: () => Exportable | undefined;

  constructor(host: Host, what: () => Exportable | undefined) {
    [this.#host, this.#what] = [host, what];
  }

  /** The map as a standalone SVG document; undefined when no map is shown. */
  async svg() {
    const what = this.#what();
    if (!what) return undefined;
    const { exportMap } = await load();
    const host = this.#host;
    this.drawingAll = true;
    host.requestUpdate();
    await host.updateComplete;
    // Text hidden at a far zoom is part of the picture on paper.
    const layer = host.renderRoot.querySelector('.layer');
    const far = !!layer?.hasAttribute('data-far');
    layer?.removeAttribute('data-far');
    try {
      return exportMap(host, host.renderRoot, what.doc, what.layout, what.lang, what.measure);
    } finally {
      layer?.toggleAttribute('data-far', far);
      this.drawingAll = false;
      host.requestUpdate();
    }
  }

  /** A PNG of `svg`; rejects when the page does not allow drawing it (a strict img-src policy). */
  async png(svg: { root: SVGSVGElement; width: number; height: number }): Promise<Blob> {
    return (await load()).toPng(svg.root, svg.width, svg.height);
  }

  /** A PNG of the map shown; `notice(blocked)` is told whether the page refused to draw it, then it rejects. */
  async pngOf(svg: Awaited<ReturnType<MapExporter['svg']>>, notice: (blocked: boolean) => void): Promise<Blob> {
    if (!svg) throw new Error('no map is shown');
    try {
      const png = await this.png(svg);
      notice(false);
      return png;
    } catch (error) {
      notice(true);
      throw error;
    }
  }

  async download(blob: Blob, name: string): Promise<void> {
    (await load()).download(blob, name);
  }
}
