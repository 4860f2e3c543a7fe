import { isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AfterPaint, nextTask } from '../../base/after-paint.js';
import { CpElement } from '../../base/cp-element.js';
import { memo } from '../../base/memo.js';
import { MenuButtonController, menuButtonStyles, placeBelow } from '../../base/menu-button.js';
import { popoverStyles } from '../../base/popover.js';
import { translate, type Params } from '../../i18n/translate.js';
import { formatMoney, formatPercent } from '../../lib/format.js';
import type { Issue, PathwayDocument } from '../../schema/types.js';
import { DetailsController } from './controllers/details.js';
import { FiguresLoader, preloadFigures } from './controllers/figures-loader.js';
import { FinderLoader, preloadFinder, type Finder } from './controllers/finder-loader.js';
import { MapDrawing } from './controllers/drawing.js';
import { MapExporter } from './export/exporter.js';
import { MapKeyboard } from './controllers/keyboard.js';
import type { MapState, UrlStateController } from './controllers/url-state.js';
import { canvasMeasure, estimate, type Measure } from './layout/card.js';
import { createDerive, type MapView } from './model/derive.js';
import { nearOf } from './model/graph.js';
import { messages, spanish, type MessageKey } from './pathway-map.messages.js';
import { listStyles } from './view/list.styles.js';
import { renderMapView, type MapViewInput } from './view/map-view.js';
import { styles } from './view/styles.js';
import { pathwayRules } from '../../schema/documents/pathway.js';
import { lazy, OnDemand } from '../../base/lazy.js';

/**
 * The server's measure (layout/metrics.ts, a table of font metrics): only a server render and a hydrating
 * browser's first render, which must lay the map out as the server did, use it (issue 18). A server has it
 * from `preload()`; a map that arrived as declarative shadow DOM waits for it before its first render.
 */
const metrics = lazy(() => import('./layout/metrics.js'));
/** The URL fragment's state (controllers/url-state.ts), fetched only for a map with `sync-url` (issue 18). */
const urlState = lazy(() => import('./controllers/url-state.js'));

/**
 * A career pathway as a map: where you can start, which credentials lead to which jobs, what each pays,
 * and how to move up. Stages are columns of cards drawn at full size, links are arrows; on a phone the
 * stages are stacked sections of cards that say where each step leads. Details on hover or focus, a
 * route finder, a table view, and SVG and PNG export.
 *
 * @summary The picture of a career pathway: steps by stage, the routes between them, and what they pay.
 * @tagname cp-pathway-map
 * @fires {CustomEvent<{ id: string; kind: NodeKind; item: 'node' }>} cp-select - A step was selected by pointer, Enter or Space. `detail: { id, kind, item: 'node' }`.
 * @csspart title - The pathway's title.
 * @csspart description - The pathway's own summary, from the document's `summary` (as text).
 * @csspart summary - The plain-language summary generated from the data.
 * @csspart toolbar - The tools below the map: the zoom buttons and the "More" menu button.
 * @csspart more-button - The toolbar's "More" button, which opens a menu of the table view, export and keyboard help.
 * @csspart more-menu - The menu the "More" button opens.
 * @csspart route-finder - The route finder (a disclosure with two pickers and the routes found).
 * @csspart route - One route found, with its steps and totals.
 * @csspart map - The box holding the drawn map, or the stacked sections on a phone.
 * @csspart zoom-note - The note, over a map zoomed out below readable text, with the way back to actual size.
 * @csspart table - The table view of the same pathway.
 * @csspart legend - The legend of step kinds and link kinds.
 * @csspart details - The popover with one step's details (on a phone, the details inside a selected card).
 * @csspart keyboard-help - The popover listing the keys.
 * @csspart notice - A message about an export that could not be made.
 * @cssprop [--cp-pathway-map-height=auto] - Height of the drawn map's box, and the most the table view grows to (by default as tall as the map; at most 640px for maps of 150 steps or more). Formerly `--cp-map-height`, which still works.
 * @cssprop [--cp-map-height] - Deprecated: the earlier name of `--cp-pathway-map-height`, still read.
 */
export class PathwayMap extends CpElement<PathwayDocument> {
  protected static override documents = [pathwayRules];
  protected static override translations = { es: lazy(spanish) };
  protected static override observeSize = true;
  static override styles = [...CpElement.styles, popoverStyles, menuButtonStyles, styles, listStyles];

  /** Id of a step whose routes in and out are emphasised (the rest is dimmed). Escape clears it, attribute too. */
  @property({ reflect: true }) highlight: string | undefined;
  /** `auto` (stage columns from 600px wide, stacked sections below), `horizontal` (always columns) or `vertical` (always stacked sections). */
  @property({ reflect: true }) orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';
  /** Id of the selected step; the reader's choice, or set it to select one. */
  @property({ reflect: true }) selected: string | undefined;
  /** Id of the route finder's starting step. */
  @property() from: string | undefined;
  /** Id of the route finder's goal. */
  @property() to: string | undefined;
  /** Keeps the selected step and route in the URL fragment (under the element's id, else the pathway's), and restores them from it. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** `map`, or `table` to show the same pathway as a data table. */
  @property({ reflect: true }) view: 'map' | 'table' = 'map';

  @state() private status = '';
  @state() private notice = '';
  @state() private shownRoute = 0;
  @state() private finderOpen = false;
  /** Whether the reader has zoomed out so far that the map's text is drawn below its readable size. */
  @state() private small = false;

  /** What the map shows, derived from what it reads (model/derive.ts). */
  readonly #derive = createDerive();
  #v: MapView | undefined;
  #revision = -1;
  /** The page's font, read again when the document, the language or the width changes. */
  readonly #family = memo((_revision: number, _lang: string, _width: number) => getComputedStyle(this).fontFamily);
  /**
   * Whether the map is laid out as a server would: text measured by `metricMeasure`, the width unknown.
   * True on the server, and in the browser for the first render of a map that arrived as declarative
   * shadow DOM (the server's markup, which a hydrating render must match node for node). Once that is on
   * screen (#settle), the map measures with a canvas in the page's font and its own width.
   */
  #estimated = isServer || !!this.shadowRoot;
  #measure: Measure = estimate;
  /** The route a link asked to show (an index), taken once its routes are found. */
  #wantRoute: number | undefined;
  /**
   * The first view of a document is made over several tasks, the placeholder staying meanwhile (issue 18):
   * made in the task that brought the data, the layout and the drawing blocked input for about 75 ms, 300 ms
   * on a phone's slower CPU. `#waiting` says which step is still to come ('layout', then 'draw'), #held
   * settles once the drawing is asked for, and #shown is set once a view has been drawn: new data for a map
   * on screen is drawn at once (the placeholder would replace the map, and shift the page).
   */
  #waiting: 'layout' | 'draw' | undefined;
  #held: Promise<void> | undefined;
  #shown = false;
  #highlightChanged = false;
  readonly #exporter = new MapExporter(this, () => {
    const v = this.#v;
    return v?.model.layout && { doc: v.doc, layout: v.model.layout, lang: this.language.lang, measure: this.#measure };
  });
  readonly #drawing = new MapDrawing(
    this,
    () => (this.#estimated ? 0 : (this.size.value?.width ?? 0)),
    (small) => (this.small = small),
  );
  readonly #marks = this.#drawing.marks;
  /** A step's details and the table's chunk, fetched as a reader comes near or asks for either. */
  readonly #figures = new FiguresLoader(this, () => {
    if (this.view !== 'table') return;
    this.view = 'map';
    this.status = this.#t('tableFailed');
  });
  /** The route finder's chunk, fetched on the finder's first open or when a route is asked for. */
  readonly #finder = new FinderLoader(this);

  /** The toolbar's "More" menu (table, export, keyboard help). */
  readonly #more = new MenuButtonController(this, 'more-menu');
  /** After a hydrated first render: the page's own measures from now on. */
  readonly #settle = new AfterPaint(this, () => {
    this.#estimated = false;
    this.requestUpdate();
  });
  readonly #details = new DetailsController(
    this,
    () => this.renderRoot,
    this.#marks,
    (i) => nearOf(this.#v!.graph, this.#v!.emphasis, i),
    // Each step a reader opens may try a failed fetch again.
    () => this.#figures.ask(),
  );
  readonly #nav = new MapKeyboard(this, {
    ...{ view: () => this.#v!, drawing: this.#drawing, details: this.#details, t: (key, params) => this.#t(key, params) },
    ...{
      say: (text) => (this.status = text),
      zoomBy: (factor) => this.#zoomBy(factor),
      fit: () => this.fit(),
      actualSize: () => this.#actualSize(),
    },
  });
  /** With `sync-url`, once its code is here: the state in the URL fragment. */
  #url: UrlStateController | undefined;
  readonly #urlCode = new OnDemand(this, urlState, 'the URL state', { awaited: false });

  /** Fits the whole map in its box. */
  fit(): void {
    this.#drawing.fit();
  }

  /** The map as a standalone SVG document, with its title, legend and sources ('' in table view). */
  async toSvg(): Promise<string> {
    return (await this.#exporter.svg())?.svg ?? '';
  }

  /** The map as a PNG image. Rejects when the page does not allow drawing it (a strict img-src policy),
   * and then says so in the element, as the Download PNG button does. */
  async toPng(): Promise<Blob> {
    return this.#exporter.pngOf(await this.#exporter.svg(), (blocked) => (this.notice = blocked ? this.#t('pngBlocked') : ''));
  }

  /**
   * Also waits for a first view still to be drawn, and for the route finder's chunk when it is on its way
   * (the routes it finds are part of the update).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // The figures' chunk only where the view shows it (the table, a selected card's details): a keyboard
    // move waits for this, and must not wait for the details a focused step opens beside it.
    const figures = () => (this.view === 'table' || (this.selected !== undefined && this.#v?.list) ? this.#figures.pending : undefined);
    // (The route finder's fetch the base's waits for: see OnDemand.)
    const next = () => this.#held ?? figures();
    for (let wait = next(); wait; wait = next()) {
      await wait;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Waits for the chunks a view must not be drawn without (issue 18), each fetched as soon as it is known
   * to be needed, so usually here before the document: with `sync-url`, the URL's state, so that a link
   * opens its step and route on the first paint; for a hydrating render, the server's measure.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const url = this.#syncUrl();
    // What a first view shows from the figures' chunk (the table, a selected card's details) waits for it
    // behind the placeholder (or, hydrating, the server's markup): a map on screen stays as it is until then.
    const first = (this.#estimated && !isServer) || (this.loader.document && !this.#shown);
    const figures = (this.view === 'table' || this.selected !== undefined) && first ? this.#figures.want() : undefined;
    // A hydrating first render measures as the server did, and finds the routes it found.
    const measure = this.#estimated && !isServer && !metrics.loaded ? metrics.load().catch(() => undefined) : undefined;
    if (this.#estimated && !isServer && (this.from || this.to)) this.#finder.want();
    const finder = this.#estimated && !isServer ? this.#finder.pending : undefined;
    const waits = [this.loader.document ? url : undefined, figures, measure, finder].filter(Boolean);
    return waits.length ? Promise.all(waits).then(() => (this.#syncUrl(), super.scheduleUpdate())) : super.scheduleUpdate();
  }

  /**
   * Also fetches what a server render needs: its measure (layout/metrics.ts), and what it may show of the
   * figures' chunk (the table view, a selected card's details), and the route finder for a map asked for a
   * route, for a server cannot wait for a chunk. (The URL state and the menu it never shows.)
   */
  static override preload(): Promise<void> {
    return Promise.all([super.preload(), preloadFigures(this), metrics.load(), preloadFinder()]).then(() => undefined);
  }

  /** Makes the URL state's controller once its code is here, else asks for the code (once) and returns the wait. */
  #syncUrl(): Promise<void> | undefined {
    if (!this.syncUrl || this.#url) return undefined;
    const code = this.#urlCode.module;
    if (!code) return this.#urlCode.want();
    this.#url = new code.UrlStateController(this, {
      enabled: () => this.syncUrl,
      namespace: () => this.id || this.loader.document?.id || 'map',
      apply: (state, mirror) => this.#applyUrl(state, mirror),
    });
    return undefined;
  }

  protected override get drawn(): boolean {
    return !this.#waiting;
  }

  /** A first view, one step a task: the data has come (this task); what the layout starts with; the layout; the drawing. */
  async #firstView(): Promise<void> {
    this.#waiting = 'layout';
    // Each in a task of its own, what the layout would otherwise start with: the page's first number
    // format, which loads the browser's number data for the language (about 20 ms; on a phone a long task
    // by itself), and the page's font, read from a style the browser may have to recalculate first.
    const lang = this.language.lang;
    const width = this.size.value?.width ?? 0;
    for (const step of [() => formatMoney(0, lang), () => canvasMeasure(this.#family(this.loader.revision, lang, width))]) {
      await nextTask();
      step();
    }
    await nextTask();
    this.#waiting = 'draw';
    // Lays out within this task (an update is a microtask); the drawing comes in the next one.
    this.requestUpdate();
    await nextTask();
    this.#waiting = undefined;
    this.#held = undefined;
    this.requestUpdate();
  }

  protected override errorTitle(): string {
    return this.#t('errorTitle');
  }

  #derived(): MapView {
    const width = this.size.value?.width ?? 0;
    const lang = this.language.lang;
    // getComputedStyle and canvas exist only in a browser; the server's measure is the hydrating render's.
    // (`estimate` only if a server skipped preload(); a hydrating browser has waited for the metrics.)
    this.#measure = this.#estimated
      ? (metrics.loaded?.metricMeasure ?? estimate)
      : canvasMeasure(this.#family(this.loader.revision, lang, width));
    return (this.#v = this.#derive({
      ...{
        document: this.loader.document!,
        revision: this.loader.revision,
        lang,
        width,
        estimated: this.#estimated,
        measure: this.#measure,
      },
      ...{
        orientation: this.orientation,
        selected: this.selected,
        highlight: this.highlight,
        from: this.from,
        to: this.to,
        route: this.shownRoute,
        findRoutes: this.#finderCode?.findRoutes,
      },
    }));
  }

  /**
   * The route finder's code, where the view may use it: on the server and while hydrating, only for a map
   * asked for a route (`from`, `to`), which both render with it (preload() fetches it for the server, and
   * the hydrating render waits for it), so a reader without JavaScript sees the routes too; else never
   * there, as the server's markup has the closed disclosure alone.
   */
  get #finderCode(): Finder | undefined {
    return this.#estimated && !(this.from || this.to) ? undefined : this.#finder.module;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.loader.document) return;
    if (this.#revision !== this.loader.revision && !this.#shown && !this.#estimated && !this.#held) this.#held = this.#firstView();
    this.#highlightChanged ||= changed.has('highlight');
    if (this.#waiting === 'layout') return;
    const routes = this.#v?.routes;
    let v = this.#derived();
    const fresh = this.#revision !== this.loader.revision;
    if (fresh) {
      this.#revision = this.loader.revision;
      if (this.syncUrl && this.#url) {
        this.#url.read();
        v = this.#derived();
      }
      this.#nav.restore(v);
    }
    // The finder's chunk comes when it is opened or a route is asked for (by attribute or by link).
    const asked = this.from && this.to;
    if (!isServer && (this.#estimated ? this.from || this.to : this.finderOpen || this.from || this.to)) this.#finder.want();
    // A step's details (hovered, focused or selected) and the table come from the figures' chunk.
    if (this.view === 'table' || this.selected !== undefined || this.#details.index !== undefined) this.#figures.want();
    if (v.routes !== routes || this.#wantRoute !== undefined) {
      // A route a link asked for waits for the search that finds the routes.
      const ready = !asked || !!this.#finder.module;
      const want = ready ? (this.#wantRoute ?? 0) : 0;
      if (ready) this.#wantRoute = undefined;
      this.shownRoute = want < v.routes.length ? want : 0;
      v = this.#derived();
    }
    // Nothing is drawn while the drawing waits: what to draw is chosen when it is drawn (a big map's first
    // drawing is only what shows, the margin coming once that is on screen).
    if (this.#waiting) return;
    const keep = [this.#nav.active, v.chosen, v.highlighted];
    this.#drawing.prepare(v, { highlighted: this.#highlightChanged, all: this.#exporter.drawingAll, keep });
    this.#highlightChanged = false;
  }

  /** An id attribute naming no step is shown like any other fault (the base's alert), and cleared once fixed. */
  protected override attributeIssues(): readonly Issue[] {
    return this.#v?.issues ?? [];
  }

  protected override renderDocument(): TemplateResult {
    if (this.#waiting) return this.renderLoading();
    const details = this.#details;
    return renderMapView({
      ...{ v: this.#v!, lang: this.language.lang, view: this.view, figures: this.#figures.module, figuresFailed: this.#figures.failed },
      ...{ status: this.status, notice: this.notice, small: this.small },
      ...{ from: this.from, to: this.to, shownRoute: this.shownRoute, finderOpen: this.finderOpen, exporting: this.#exporter.drawingAll },
      ...{ finder: this.#finderCode, finderFailed: this.#finder.failed },
      ...{ height: this.#drawing.height, shown: this.#drawing.window.shown, details: details.index, menu: this.#more },
      on: this.#on,
    });
  }

  /** The view's handlers, made once (a new function each render would re-bind every listener). */
  readonly #on: MapViewInput['on'] = {
    ...{
      key: (e) => this.#nav.onKey(e),
      click: (e) => this.#nav.onClick(e),
      listClick: (e) => this.#nav.onListClick(e),
      focus: (e) => this.#nav.onFocus(e),
    },
    ...{
      hovered: (e) => this.#details.hovered(e as PointerEvent),
      left: (e) => this.#details.left(e as PointerEvent),
      blurred: (e) => this.#details.blurred(e),
    },
    ...{
      keep: () => this.#details.keep(),
      closeSoon: () => this.#details.closeSoon(),
      actualSize: () => this.#actualSize(),
      fit: () => this.fit(),
    },
    ...{
      zoom: (factor) => this.#zoomBy(factor),
      toggleTable: () => {
        this.#figures.retry();
        this.view = this.view === 'map' ? 'table' : 'map';
      },
      help: () => void this.#showHelp(),
    },
    ...{
      download: (kind) => void this.#download(kind),
      finderToggle: (open) => {
        if (open) this.#finder.retry();
        this.finderOpen = open;
      },
      pick: (end, id) => (this[end] = id),
    },
    showRoute: (route) => (this.shownRoute = route),
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#estimated && this.loader.document) this.#settle.schedule();
    if (
      this.syncUrl &&
      (changed.has('selected') || changed.has('from') || changed.has('to') || (changed as Map<unknown, unknown>).has('shownRoute'))
    ) {
      this.#url?.write({
        node: this.selected,
        from: this.from,
        to: this.to,
        route: this.shownRoute ? String(this.shownRoute + 1) : undefined,
      });
    }
    if (this.loader.document && !this.#waiting) this.#shown = true;
    this.#nav.remember(this.#v);
    this.#drawing.paint(this.#nav.active);
  }

  /** Back to scale 1 about the middle of the box, where every text can be read. */
  readonly #actualSize = (): void => this.#zoomBy(1 / this.#drawing.scale);

  #t(key: MessageKey, params?: Params): string {
    return translate(messages, this.language.lang, key, params);
  }

  #zoomBy(factor: number): void {
    const k = this.#drawing.zoomBy(factor);
    this.status = this.#t('zoomed', { value: formatPercent(k, this.language.lang) });
  }

  /** The keyboard help, from the toolbar's menu: placed by the menu's button, which keeps focus. Its words
   * come with the figures' chunk, asked for now if need be (a reader asking again may retry a failed one). */
  async #showHelp(): Promise<void> {
    await this.#figures.ask();
    await this.updateComplete;
    const keys = this.renderRoot.querySelector<HTMLElement>('#keys');
    const anchor = this.#more.button;
    if (!keys?.childElementCount || !anchor) return;
    keys.showPopover();
    void placeBelow(anchor, keys);
  }

  /** Takes ids from the URL that name steps of this pathway; ignores the rest. */
  #applyUrl(state: MapState, mirror: boolean): void {
    const graph = this.#v?.graph;
    const code = urlState.loaded;
    if (!graph || !code) return;
    const { route, ...ids } = code.choiceFromUrl(state, mirror, (id) => graph.index.has(id));
    Object.assign(this, ids);
    if (route === undefined) return;
    this.#wantRoute = route;
    this.requestUpdate();
  }

  async #download(kind: 'svg' | 'png'): Promise<void> {
    const name = `${this.loader.document?.id || 'pathway'}.${kind}`;
    try {
      const blob = kind === 'svg' ? new Blob([await this.toSvg()], { type: 'image/svg+xml' }) : await this.toPng();
      await this.#exporter.download(blob, name);
      this.notice = '';
      this.status = this.#t('downloaded', { name });
    } catch {
      // toPng() has put the notice up; the live region says it too.
      this.status = this.#t('pngBlocked');
    }
  }
}
