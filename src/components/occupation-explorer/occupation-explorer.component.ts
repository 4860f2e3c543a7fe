/*
 * Why the list is a bounded page of rows ("Show 50 more", the total announced) and not
 * @lit-labs/virtualizer. Both were built and measured on 10,000 rows (synthetic copies of the real
 * catalogue) in headless Chromium, production builds, 2 shared cores (load average 3-4), typing "nurse"
 * and deleting it three times:
 * - Size: the virtualizer adds 8.9 KB gzip to the standalone element (56.7 KB against 47.7 KB), a
 *   seventh of the whole embed's budget.
 * - Speed: key press to updated list, chart and canvas, median 6.1 ms (p90 19) for the page; the
 *   virtualized list's own update is as quick (5.9 ms), but it draws its rows in a later layout pass:
 *   key press to the last DOM change, p90 34 ms against 27 ms. Rendering 50 rows is the cheap part;
 *   filtering 10,000 rows and placing their points is the same work either way.
 * - Accessibility: a page of rows stays a real <table> (headers with aria-sort, row headers, screen reader
 *   table commands, find in page); a virtualized list holds only the rows in view.
 * The page wins on size and semantics at no cost in speed.
 */
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { CpElement } from '../../base/cp-element.js';
import { failureOf, type LoadFailure } from '../../base/document-loader.js';
import { renderSources } from '../../base/parts.js';
import { popoverStyles } from '../../base/popover.js';
import { localeOf, translate } from '../../i18n/translate.js';
import { formatMoney } from '../../lib/format.js';
import { localize, proseLang, sectorLabel } from '../../schema/localize.js';
import type { EducationLevel, OccupationsDocument } from '../../schema/types.js';
import { drawCloud, readPalette, renderChart, type LegendItem } from './occupation-explorer.chart.js';
import { chartStyles } from './occupation-explorer.chart.styles.js';
import { describeChart, describeOrder, describeResults, describeTopJobs, figureLabels, rowText, wageBasis, type FigureLabels, type RowText } from './occupation-explorer.describe.js';
import { renderDetails } from './occupation-explorer.details.js';
import { activeFilters, benchmarkOf, facets, filterRows, prepare, sortRows, type Benchmark, type Criteria, type Row, type SortKey, type SortOrder } from './occupation-explorer.filter.js';
import { GREY, sectorColours } from './occupation-explorer.colours.js';
import { labelCandidates, placeLabels, type ChartLabel } from './occupation-explorer.labels.js';
import { renderFilters } from './occupation-explorer.filters.js';
import { chartLayout, type ChartLayout, type Point } from './occupation-explorer.layout.js';
import { messages } from './occupation-explorer.messages.js';
import { Interaction } from './occupation-explorer.interaction.js';
import { readOptions } from './occupation-explorer.options.js';
import { styles } from './occupation-explorer.styles.js';
import { PAGE, renderTable } from './occupation-explorer.table.js';
import { fetchPart, isFailure, isIndex, mergeParts, partsFor } from './occupation-explorer.parts.js';
import { SizeController } from '../../base/size-controller.js';

/** Text attributes that disappear when emptied, so a reflected deep link stays short. */
const text = { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null };
const FILTERS = ['query', 'sector', 'education', 'topJobs', 'minWage', 'maxWage', 'sort', 'order'] as const;


/**
 * Occupations to search, filter, sort and compare: a sortable table beside a chart of wage against growth
 * (circle size by openings, colour by sector), with each occupation's figures and sources on selection.
 * Filters start from attributes and reflect the user's changes, so a page can deep-link a view.
 *
 * **Default order** (`sort="demand"`), for the people a college or campaign page serves, said on screen in
 * words above the list ("Sorted: Top Jobs first, then …"):
 * 1. Top Jobs (occupations a cited source marks `topJob`);
 * 2. then occupations whose yearly wage is at least the document's all-occupations wage
 *    (`allOccupations.wage`; in the bundled data the Colorado mean for all occupations, BLS OEWS May 2023),
 *    compared on the same basis (a mean against the mean);
 * 3. then the rest, an occupation without a wage included.
 * Within each group, the most openings a year first (missing openings last), ties by title. A document
 * without `allOccupations` gets Top Jobs first, then the rest, by openings. The other orders (`wage`,
 * `growth`, `openings`, `title`) are a column heading or a menu choice away.
 *
 * **Search** matches each word of the query at the beginning of a word of the title, as typed or by a
 * simple stem, in English and Spanish ("nurse" finds Nursing Assistants, "electric" Electricians,
 * "enfermera" Enfermeros), and SOC codes with or without their hyphen.
 *
 * **Chart colours**: at most eight. A chosen sector is coloured and every other sector grey, for
 * comparison; with none chosen, the sectors with the most occupations on the document's pathways (then the
 * most occupations) are coloured, up to seven (eight when there are no more), and the rest are grey. The
 * first listed rows and the extremes are named on the chart. On wide screens the chart stays in view
 * while the list scrolls; on phones it sits above the list, whose rows become cards with every figure.
 *
 * @summary Search, filter, sort and compare occupations, with a chart of wage against growth.
 * @tagname cp-occupation-explorer
 * @fires {CustomEvent<{ id: string; kind: 'occupation'; item: 'occupation' }>} cp-select - An occupation was selected by pointer, Enter or Space. `detail: { id: soc, kind: 'occupation', item: 'occupation' }`.
 * @csspart title - The document's title.
 * @csspart filters - The search box and the filter panel.
 * @csspart list - The list section: result count, table and "Show more".
 * @csspart table - The table of occupations.
 * @csspart more - The "Show more" button.
 * @csspart no-results - The message shown when no occupation matches.
 * @csspart chart - The chart figure with its caption and legend.
 * @csspart legend - The sector legend under the chart.
 * @csspart details - The popover with a selected occupation's figures and sources.
 * @cssprop [--cp-color-series-1=#0b6fa4] - First sector colour (and the chosen sector's).
 * @cssprop [--cp-color-series-2=#c4490a] - Second sector colour.
 * @cssprop [--cp-color-series-3=#1a7f4b] - Third sector colour.
 * @cssprop [--cp-color-series-4=#a3337b] - Fourth sector colour.
 * @cssprop [--cp-color-series-5=#6c4fb3] - Fifth sector colour.
 * @cssprop [--cp-color-series-6=#8a6a00] - Sixth sector colour.
 * @cssprop [--cp-color-series-7=#0f7f86] - Seventh sector colour.
 * @cssprop [--cp-color-series-8=#b3262f] - Eighth sector colour.
 * @cssprop [--cp-color-context=#8995a3] - The grey of sectors the chart does not colour.
 */
export class OccupationExplorer extends CpElement<OccupationsDocument> {
  protected static override documentTypes = ['occupations'] as const;
  static override styles = [...CpElement.styles, popoverStyles, styles, chartStyles];

  /** Search text, matched against titles and SOC codes, ignoring case and accents. */
  @property({ reflect: true, converter: text }) query = '';
  /** Only occupations of this sector (as the document spells it). */
  @property({ reflect: true, converter: text }) sector = '';
  /** Only occupations whose typical entry education is at most this level, e.g. `associate-degree`. */
  @property({ reflect: true, converter: text }) education = '';
  /** Only occupations marked as Top Jobs. */
  @property({ type: Boolean, reflect: true, attribute: 'top-jobs' }) topJobs = false;
  /** Lowest yearly wage, in dollars. */
  @property({ type: Number, reflect: true, attribute: 'min-wage' }) minWage: number | undefined;
  /** Highest yearly wage, in dollars. */
  @property({ type: Number, reflect: true, attribute: 'max-wage' }) maxWage: number | undefined;
  /**
   * Sort by `demand` (default: Top Jobs, then jobs paying at least the all-occupations wage, then the rest,
   * each by openings), `wage`, `growth`, `openings` or `title`.
   */
  @property({ reflect: true }) sort: SortKey = 'demand';
  /** Sort order: `desc` (default) or `asc`; `demand` has one order. Missing figures always come last. */
  @property({ reflect: true }) order: SortOrder = 'desc';
  /**
   * Link to an occupation's pathway; `{id}` stands for the pathway id, e.g. `/pathways/{id}/`. Unset, the
   * details show no pathway link: only the page knows where its pathways are.
   */
  @property({ attribute: 'pathway-href' }) pathwayHref = '';

  @state() private limit = PAGE;
  @state() private filtersOpen = false;
  @state() private announcement = '';

  // Derived in willUpdate, each only when its inputs change.
  private rows: Row[] = [];
  private matched: Row[] = [];
  private listed: Row[] = [];
  private marks: Point[] = [];
  /** What the chart plots: the matched rows, or with a sector chosen, every sector (the others grey). */
  private plotted: Row[] = [];
  private chartLabels: ChartLabel[] = [];
  private benchmark: Benchmark | undefined;
  /** Sector colours when no sector is chosen: ranked once per document. */
  private documentColours = new Map<string, number>();
  private orderText = '';
  private topJobsText: string | undefined;
  private layout: ChartLayout | undefined;
  private linkedPoint: Point | undefined;
  private legend: LegendItem[] = [];
  private summary = '';
  private footer: TemplateResult | undefined;
  private sorted = new Map<string, Row[]>();
  private texts = new Map<Row, RowText>();
  private choices = { sectors: [] as string[], levels: [] as EducationLevel[] };
  private series = new Map<string, number>();
  private labels!: FigureLabels;
  private collator = new Intl.Collator('en');
  private criteria: Criteria = { query: '' };
  private view: { sort: SortKey; order: SortOrder } = { sort: 'wage', order: 'desc' };
  private revision = -1;
  private currentLang = '';
  private issues = '';
  private ownFailure: LoadFailure | undefined;
  private lastLinked: string | undefined;
  private drawn: unknown[] = [];
  private colours: { key: string; values: string[] } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Rendered on a server, or hydrating a server's markup: the chart is drawn at its default width before
   * it is measured (a server cannot measure), and the first render in the browser repeats the server's
   * exactly, so hydration adopts it instead of finding values it did not write.
   */
  private readonly prerendered = isServer || !!this.shadowRoot;
  /** The chart's width, from a zero-height sizer (the figure's own height changes with every layout). */
  private readonly chartSize = new SizeController(this, false);
  private readonly pick = new Interaction(this, () => ({ listed: this.listed, marks: this.marks, layout: this.layout }), (row) => {
    this.announcement = translate(messages, this.currentLang, 'selected', { title: row.occupation.title });
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** The index this view's occupations come from (a catalogue split by sector), with its address. */
  #index: { doc: OccupationsDocument; base: string } | undefined;
  /** Parts fetched so far, by absolute URL; a view merges every part it has. */
  #parts = new Map<string, OccupationsDocument>();
  /** The document merged from the parts, as the loader holds it. */
  #merged: OccupationsDocument | undefined;
  #partsRequest: AbortController | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const doc = this.loader.document;
    if (!doc) return;
    const index = this.#index?.doc;
    if (doc !== this.#merged && doc !== index) {
      this.#partsRequest?.abort();
      this.#parts.clear();
      this.#merged = undefined;
      this.#index = isIndex(doc) ? { doc, base: this.data === undefined && this.src ? new URL(this.src, document.baseURI).href : document.baseURI } : undefined;
      if (this.#index) void this.#loadParts();
    } else if (this.#index && changed.has('sector')) void this.#loadParts();
    if (doc === this.#index?.doc) return;
    const lang = this.language.lang;
    const fresh = this.loader.revision !== this.revision;
    const relang = lang !== this.currentLang;
    if (fresh) {
      this.revision = this.loader.revision;
      this.rows = prepare(doc.occupations);
      this.benchmark = benchmarkOf(doc.allOccupations?.wage);
      this.documentColours = sectorColours(this.rows);
      this.issues = '';
    }
    if (fresh || relang) {
      this.currentLang = lang;
      this.collator = new Intl.Collator(localeOf(lang), { numeric: true });
      this.sorted.clear();
      this.texts.clear();
      this.choices = facets(this.rows, this.collator);
      // From an index, every sector can be chosen, also those whose part is not fetched yet.
      const named = this.#index?.doc.parts?.map((part) => part.sector) ?? [];
      if (named.length) this.choices.sectors = [...new Set([...this.choices.sectors, ...named])].sort(this.collator.compare);
      this.topJobsText = describeTopJobs(this.rows, doc.source, lang);
      this.labels = figureLabels(doc.source, wageBasis(doc.occupations), lang);
      this.footer = renderSources(doc.source, lang, doc.sample);
    }
    const edited = FILTERS.some((key) => changed.has(key));
    const refilter = fresh || relang || edited;
    if (refilter) {
      this.readAttributes();
      const key = `${this.view.sort} ${this.view.order}`;
      let rows = this.sorted.get(key);
      if (!rows) this.sorted.set(key, (rows = sortRows(this.rows, this.view.sort, this.view.order, this.collator, this.benchmark)));
      this.matched = filterRows(rows, this.criteria);
      // A chosen sector is coloured against the others in grey, so the chart keeps them, for comparison.
      const chosen = this.criteria.sector;
      this.plotted = chosen ? filterRows(rows, { ...this.criteria, sector: undefined }) : this.matched;
      this.series = chosen ? sectorColours(this.rows, chosen) : this.documentColours;
      this.orderText = describeOrder(this.view.sort, this.view.order, this.benchmark, doc.source, lang);
      if (edited && !fresh) {
        this.limit = PAGE;
        this.announceSoon();
      }
    }
    const width = Math.round(this.chartSize.value?.width ?? 0) || 480;
    const relayout = refilter || width !== this.layout?.width;
    if (relayout) {
      // Room for the longest wage label at 11 px (about 6.5 px a character), and a little air.
      const tickGap = Math.max(56, formatMoney(300000, lang, 'USD', true).length * 6.5 + 14);
      const layout = (this.layout = chartLayout(this.plotted, width, this.seriesOf, tickGap));
      this.summary = describeChart(layout, this.labels, lang);
      const coloured = [...this.series].sort((a, b) => a[1] - b[1]).map(([name, series]) => ({ name: this.sectorName(name), series, count: layout.counts.get(series) ?? 0 }));
      const other = translate(messages, lang, this.criteria.sector ? 'otherSectorsContext' : 'otherSectors');
      this.legend = [...coloured, { name: other, series: GREY, count: layout.counts.get(GREY) ?? 0 }].filter((item) => item.count);
    }
    if (relayout || changed.has('limit')) {
      this.listed = this.matched.slice(0, this.limit);
      // The layout keeps row order and the listed rows are the first matched ones, so their points lead
      // the layout's: no pass over every point on each key press.
      const listed = new Set(this.listed);
      const points = this.layout!.points;
      if (this.plotted === this.matched) {
        let count = 0;
        while (count < points.length && listed.has(points[count]!.row)) count++;
        this.marks = points.slice(0, count);
      } else {
        // The grey context interleaves with the listed rows: one pass, only while a sector is chosen.
        this.marks = points.filter((p) => listed.has(p.row));
      }
    }
    // A server skips controllers' hostUpdate; the Tab stops it sets must be in the server's markup too, or
    // hydration would keep every row at tabindex -1.
    if (isServer) this.pick.hostUpdate();
    const linked = this.pick.linked;
    if (relayout || changed.has('limit') || linked !== this.lastLinked) {
      this.lastLinked = linked;
      this.linkedPoint = linked === undefined ? undefined : this.layout!.points.find((p) => p.row.soc === linked);
      const narrow = this.layout!.width < 480;
      const inScope = this.criteria.sector ? (p: Point) => p.series !== GREY : undefined;
      this.chartLabels = placeLabels(this.layout!, labelCandidates(this.layout!, this.marks, narrow ? 2 : 3, inScope), linked, { limit: narrow ? 3 : 6 });
    }
  }

  /** Fetches the parts the chosen sector needs that are not here yet, then shows every part fetched so far. */
  async #loadParts(): Promise<void> {
    const index = this.#index!;
    const wanted = partsFor(index.doc, this.sector).map((part) => new URL(part.href, index.base).href);
    const missing = wanted.filter((url) => !this.#parts.has(url));
    if (!missing.length && this.#merged) return;
    this.#partsRequest?.abort();
    const request = (this.#partsRequest = new AbortController());
    this.requestUpdate();
    try {
      const parts = await Promise.all(missing.map((url) => fetchPart(url, request.signal, this.language.lang)));
      if (request.signal.aborted) return;
      missing.forEach((url, i) => this.#parts.set(url, parts[i]!));
      this.loader.fromData(mergeParts(index.doc, [...this.#parts.values()]));
      this.#merged = this.loader.document;
    } catch (error) {
      if (!request.signal.aborted && isFailure(error)) this.loader.fail(error);
    } finally {
      if (this.#partsRequest === request) this.#partsRequest = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    // An index is not yet the document shown: no cp-load for it, and busy while its parts arrive.
    if (this.loader.document === this.#index?.doc && this.#index && !this.loader.failure) {
      this.setAttribute('aria-busy', 'true');
      return;
    }
    super.updated(changed);
    if (this.#partsRequest) this.setAttribute('aria-busy', 'true');
    this.chartSize.observe(this.renderRoot.querySelector('.sizer') ?? undefined);
    const canvas = this.renderRoot.querySelector('canvas');
    const inputs = [canvas, this.layout, this.marks, this.theme, this.ratio];
    if (!canvas || !this.layout || inputs.every((value, i) => value === this.drawn[i])) return;
    this.drawn = inputs;
    // Computed style is read only when the theme may have changed: reading it forces a style pass.
    const key = `${this.theme} ${matchMedia('(prefers-color-scheme: dark)').matches} ${matchMedia('(forced-colors: active)').matches}`;
    if (this.colours?.key !== key) this.colours = { key, values: readPalette(canvas) };
    drawCloud(canvas, this.layout, new Set(this.marks), this.colours.values, this.ratio);
  }

  /** Canvas pixels per CSS pixel; 1 on the server and while hydrating its markup (see `prerendered`). */
  private get ratio(): number {
    if (this.prerendered && !this.hasUpdated) return 1;
    return Math.min(2, window.devicePixelRatio || 1);
  }

  /** The filters as attributes set them; a value that cannot be used is reported by name, then ignored. */
  private readAttributes(): void {
    const { criteria, sort, order, issues } = readOptions(this, this.choices.sectors);
    [this.criteria, this.view] = [criteria, { sort, order }];
    const key = JSON.stringify(issues);
    if (key === this.issues) return;
    this.issues = key;
    if (issues.length) this.loader.fail((this.ownFailure = failureOf(issues)));
    else if (this.ownFailure) this.loader.clear(this.ownFailure);
  }

  /** The count, spoken once the user pauses (not on every key press). */
  private announceSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const text = describeResults(this.matched.length, this.rows.length, this.listed.length, this.currentLang);
      // The same words twice would not be spoken again; a trailing no-break space makes them new.
      this.announcement = text === this.announcement.trim() ? `${text}\u00a0` : text;
    }, 500);
  }

  protected override errorTitle(): string {
    const own = this.ownFailure !== undefined && this.loader.failure === this.ownFailure;
    return translate(messages, this.language.lang, own ? 'settingsTitle' : 'errorTitle');
  }

  /** A sector's name in the reader's language, from the document's translations (the filter's value
   * stays the sector as written). */
  private readonly sectorName = (sector: string): string => {
    const doc = this.loader.document;
    return doc ? sectorLabel(doc, this.currentLang, sector) : sector;
  };

  protected override renderDocument(doc: OccupationsDocument): TemplateResult {
    if (doc === this.#index?.doc) return this.loader.failure ? html`` : this.renderLoading();
    const lang = this.currentLang;
    const { pick } = this;
    const open = pick.open;
    const details = open
      ? renderDetails({ lang, row: open.row, labels: this.labels, sources: doc.source, pathwayHref: this.pathwayHref, onToggle: pick.onToggle, onClose: pick.close })
      : nothing;
    const table = renderTable({
      lang,
      rows: this.listed,
      matched: this.matched.length,
      ...this.view,
      labels: this.labels,
      active: pick.activeRow,
      linked: pick.linked,
      selected: open?.row.soc,
      orderText: this.orderText,
      seriesOf: this.seriesOf,
      sectorName: this.sectorName,
      text: this.text,
      details: open?.origin === 'list' ? details : nothing,
      onSort: this.onSort,
      onMore: this.more,
      onClear: this.clear,
      onKey: pick.onKey,
      onClick: pick.onRowClick,
      onFocus: pick.onFocus,
      onBlur: pick.onBlur,
      onLeave: pick.onLeave,
      onOver: pick.onRowOver,
    });
    const chart = renderChart({
      lang,
      layout: this.layout!,
      measured: this.chartSize.value !== undefined || this.prerendered,
      xLabel: this.labels.wage,
      yLabel: this.labels.growth,
      summary: this.summary,
      marks: this.marks,
      name: (row) => this.text(row).spoken,
      active: pick.activePoint,
      linked: this.linkedPoint,
      legend: this.legend,
      labels: this.chartLabels,
      ratio: this.ratio,
      details: open?.origin === 'chart' ? details : nothing,
      onKey: pick.onKey,
      onFocus: pick.onFocus,
      onBlur: pick.onBlur,
      onLeave: pick.onLeave,
      onMove: pick.onPlotMove,
      onClick: pick.onPlotClick,
    });
    return html`<div class="explorer">
      ${doc.title ? html`<h2 class="title" part="title" lang=${ifDefined(proseLang(doc, lang))}>${localize(doc, lang).title}</h2>` : nothing}
      ${renderFilters({
        lang,
        criteria: this.criteria,
        ...this.view,
        sectors: this.choices.sectors,
        sectorName: this.sectorName,
        levels: this.choices.levels,
        active: activeFilters(this.criteria),
        open: this.filtersOpen,
        topJobsNote: this.topJobsText,
        matched: this.matched.length,
        onInput: this.onInput,
        onToggle: this.toggleFilters,
        onClear: this.clear,
      })}
      <div class="body">${this.matched.length ? chart : nothing}${table}</div>
      <p class="sr-only" role="status">${this.announcement}</p>
      <details class="help">
        <summary>${this.t('keyboardHelp')}</summary>
        <ul>${(['help1', 'help2', 'help3', 'help4'] as const).map((key) => html`<li>${translate(messages, lang, key)}</li>`)}</ul>
      </details>
      ${this.footer}
    </div>`;
  }

  private toggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  private seriesOf = (row: Row): number => this.series.get(row.occupation.sector ?? '') ?? GREY;

  /** A row's text, formatted once per language: rows come back on every key press. */
  private text = (row: Row): RowText => {
    let text = this.texts.get(row);
    if (!text) this.texts.set(row, (text = rowText(row, this.labels, this.currentLang)));
    return text;
  };

  private onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const { name, value } = input;
    if (name === 'query' || name === 'sector' || name === 'education') this[name] = value;
    else if (name === 'topJobs') this.topJobs = input.checked;
    else if (name === 'minWage' || name === 'maxWage') this[name] = Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : undefined;
    else if (name === 'sort') [this.sort, this.order] = value.split('-') as [SortKey, SortOrder];
  };

  private onSort = (event: Event): void => {
    const key = (event.currentTarget as HTMLElement).dataset.key as SortKey;
    if (key === this.view.sort) this.order = this.view.order === 'asc' ? 'desc' : 'asc';
    else [this.sort, this.order] = [key, key === 'title' ? 'asc' : 'desc'];
  };

  private clear = async (): Promise<void> => {
    [this.query, this.sector, this.education, this.topJobs, this.minWage, this.maxWage] = ['', '', '', false, undefined, undefined];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name="query"]')?.focus();
  };

  /** Shows the next page and moves focus to its first row, so keyboard users read on from there. */
  private more = async (): Promise<void> => {
    const first = this.listed.length;
    this.limit += PAGE;
    await this.updateComplete;
    const soc = this.listed[first]?.soc;
    if (soc) this.pick.focus('tr', soc);
    this.announcement = translate(messages, this.currentLang, 'showing', { shown: this.listed.length, count: this.matched.length });
  };
}
