import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CpElement } from '../../base/cp-element.js';
import { failureOf, type LoadFailure } from '../../base/document-loader.js';
import { renderFailure, renderSources } from '../../base/parts.js';
import { PopoverController, popoverStyles } from '../../base/popover.js';
import { emit } from '../../events/emit.js';
import { translate } from '../../i18n/translate.js';
import type { CampaignDocument, Issue } from '../../schema/types.js';
import { commonText, renderBreakdown, renderChart, renderLegend, renderPointDetails, renderTable, type ChartHandlers } from './campaign-meter.chart.js';
import { SizeController } from '../../base/size-controller.js';
import { CountUp } from './campaign-meter.count-up.js';
import { staleText, summary, textsOf, type Texts } from './campaign-meter.describe.js';
import { localize } from '../../schema/localize.js';
import { campaignFromAttributes, campaignOf, dateIssue, modelOf, STALE_AFTER_MONTHS, type Campaign, type Model } from './campaign-meter.input.js';
import { chartLayout, defaultChartSize, sameSize, type ChartGeometry, type ChartSize } from './campaign-meter.layout.js';
import { attributeMessages, messages } from './campaign-meter.messages.js';
import { issue } from '../../schema/messages.js';
import { today } from './campaign-meter.pace.js';
import { Poller } from './campaign-meter.poller.js';
import { chartStyles } from './campaign-meter.chart.styles.js';
import { styles } from './campaign-meter.styles.js';
import { renderBanner, renderCompact, renderFullHead, renderSkeleton, type Variant, type ViewContext } from './campaign-meter.views.js';

const VARIANTS: readonly Variant[] = ['banner', 'compact', 'full'];
const INPUTS = ['goal', 'value', 'start', 'deadline', 'label', 'unit', 'asOf', 'staleAfter', 'sample', 'variant', 'src', 'data'] as const;
const text = (value: unknown) => (value == null ? null : String(value));

/**
 * Progress toward a credential goal by a deadline, and the pace needed: a one-line `banner` for a site
 * header, a `compact` card, or a `full` view with a chart of the counts against the straight line to the
 * goal, the projection at the pace so far, a table view and the breakdown (which, being undated, is shown only
 * when `as-of` includes the latest count). Fed by a campaign document
 * (`src` or `data`), or by attributes alone (`goal`, `value`, `start`, `deadline`, `label`). With no count
 * published yet it says so, never 0%.
 *
 * @summary Progress toward a credential goal by a deadline: banner, compact card or full chart.
 * @tagname cp-campaign-meter
 * @fires {CustomEvent<{ id: string; kind: 'progress'; item: 'point' }>} cp-select - A count in the full chart was chosen by pointer, Enter or Space. `detail: { id: <the count's date>, kind: 'progress', item: 'point' }`.
 * @csspart meter - The view of each variant (`.banner`, `.compact` or `.full`).
 * @csspart title - The campaign's title (a link when the document has a safe `url`).
 * @csspart figure - The count (it counts up when new figures arrive, unless motion is reduced).
 * @csspart bar - The progress bar (`role="progressbar"`), with a tick where the pace line stands.
 * @csspart status - The pace state: on pace, ahead, behind, goal reached, deadline passed…
 * @csspart figures - The key figures: percent of the goal, needed a year, projection.
 * @csspart stale - The quiet "not updated since" mark shown while polling fails.
 * @csspart sources-button - The button that opens the sources (banner and compact).
 * @csspart chart - The full view's chart (SVG).
 * @csspart legend - The chart's legend.
 * @csspart table - The table view of the chart.
 * @csspart breakdown - The breakdown bars, when the document has a breakdown.
 * @cssprop [--cp-campaign-meter-fill=var(--cp-color-accent)] - Colour of the progress bar's fill and the counted line.
 * @cssprop [--cp-campaign-meter-bar-height=0.75em] - Thickness of the progress bar.
 * @cssprop [--cp-campaign-meter-chart-height=clamp(12.5em, 45cqi, 22em)] - Height of the full view's chart.
 */
export class CampaignMeter extends CpElement<CampaignDocument> {
  protected static override documentTypes = ['campaign'] as const;
  static override styles = [...CpElement.styles, popoverStyles, styles, chartStyles];
  /** Polls are never more often than this many seconds apart. Tests lower it in a subclass. */
  protected static pollFloor = 30;
  /** The jitter source; tests replace it in a subclass to make delays predictable. */
  protected static random: () => number = Math.random;

  /** `banner` (one line), `compact` (a card; the default) or `full` (chart, table and breakdown). */
  @property({ reflect: true }) variant: Variant = 'compact';
  /** Attributes-only mode: the goal, a number above 0 (ignored when `src` or `data` is set). */
  @property() goal?: number | string | null;
  /** Attributes-only mode: the count on the `as-of` date; leave it out when no count is published. */
  @property() value?: number | string | null;
  /** Attributes-only mode: the campaign's start, YYYY-MM-DD (the pace line starts at zero here). */
  @property() start?: string | null;
  /** Attributes-only mode: the deadline, YYYY-MM-DD, after the start. */
  @property() deadline?: string | null;
  /** The heading; defaults to the document's title. */
  @property() label?: string | null;
  /** What is counted; defaults to the document's unit, or "credentials" in the reader's language. */
  @property() unit?: string | null;
  /** The reporting date, YYYY-MM-DD (default: today): counts after it are ignored, time left runs from it. */
  @property({ attribute: 'as-of' }) asOf?: string | null;
  /**
   * Months after which the latest count is old (default 12; 0: never). While the campaign runs, an old count
   * shows its age ("Count 14 months old") where the pace state would be, since "on pace" would describe a
   * past date. Every variant says the count's month beside it ("as of June 2025") whatever its age.
   */
  @property({ attribute: 'stale-after', type: Number }) staleAfter = STALE_AFTER_MONTHS;
  /** Seconds between re-fetches of `src` (0: never). Never more often than every 30 seconds. */
  @property({ type: Number }) poll = 0;
  /** Marks attribute figures as samples: the sample notice is shown. */
  @property({ type: Boolean }) sample = false;

  #model: Model | undefined;
  #text: Texts | undefined;
  #textLang = '';
  /** The language the document's prose was last taken in. */
  #proseLang = '';
  /** The chart's spoken summary: the full view's only, so made only for it. */
  #summary: string | undefined;
  #summaryFor: [Model, string] | undefined;
  #geometry: ChartGeometry | undefined;
  #geometryFor: [Model, ChartSize] | undefined;
  /** The chart's size before it is measured (full view); see defaultChartSize(). */
  #estimated: ChartSize | undefined;
  /** The sources popover's content is made once it is first opened, not for every meter shown. */
  #sourcesOpened = false;
  #revision = -1;
  #attributeFailure: LoadFailure | undefined;
  #issuesKey = '';
  #fromSrc = false;
  #active = 0;
  #showTable = false;
  #announcement = '';
  #stale: string | undefined;
  /** Attributes-only mode: the campaign document the attributes make, fired with `cp-load` once shown. */
  #attributeDoc: CampaignDocument | undefined;
  #attributeKey = '';
  #announcedKey = '';

  readonly #counter = new CountUp(this);
  readonly #points = new PopoverController(this, () => this.renderRoot.querySelector<HTMLElement>('.point-popover'), 'top');
  readonly #sources = new PopoverController(this, () => this.renderRoot.querySelector<HTMLElement>('.sources-popover'), 'bottom-start');
  readonly #chartSize = new SizeController(this, false);
  readonly #poller = new Poller(this, {
    url: () => (this.#fromSrc ? this.src : undefined),
    interval: () => (this.poll > 0 ? Math.max(this.poll, (this.constructor as typeof CampaignMeter).pollFloor) : 0),
    busy: () => this.loader.state === 'loading',
    changed: (body, url) => this.#polled(body, url),
    random: () => (this.constructor as typeof CampaignMeter).random(),
  });

  constructor() {
    super();
    // The base measures the host and re-renders when it resizes; nothing here is laid out from the host's
    // box (the banner and card narrow with container queries, the chart has its own SizeController), so
    // that would be a forced layout on every first render and a second render for nothing.
    this.removeController(this.size);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The base starts a fetch (state "loading") when src won, or takes data at once.
    if (changed.has('src') || changed.has('data')) this.#fromSrc = this.loader.state === 'loading';
    if (this.loader.revision !== this.#revision) this.#poller.updatedAt = Date.now();
    const lang = this.language.lang;
    // A new language re-derives too: the document's own prose (title, unit, breakdown) comes in it.
    if (this.loader.revision !== this.#revision || INPUTS.some((key) => changed.has(key)) || (this.loader.document && lang !== this.#proseLang)) {
      this.#proseLang = lang;
      this.#derive();
    }
    const model = this.#model;
    if (model && (this.#text === undefined || lang !== this.#textLang)) this.#setText(model, lang);
    this.#stale = this.#poller.stale && this.#poller.updatedAt ? staleText(this.#poller.updatedAt, Date.now(), lang) : undefined;
    const full = this.variant === 'full' && model !== undefined;
    if (full && (this.#summaryFor?.[0] !== model || this.#summaryFor[1] !== lang)) {
      this.#summary = summary(model, lang);
      this.#summaryFor = [model, lang];
    }
    const size = this.#chartSize.value ?? (full ? (this.#estimated ??= this.#estimate()) : undefined);
    if (full && size && (this.#geometryFor?.[0] !== model || !sameSize(this.#geometryFor[1], size))) {
      const fresh = this.#geometryFor?.[0] !== model;
      this.#geometry = chartLayout(model, size);
      this.#geometryFor = [model, size];
      // New figures start on the latest count; a resize keeps the place (markers may have been thinned).
      const last = Math.max(0, this.#geometry.markers.length - 1);
      this.#active = fresh ? last : Math.min(this.#active, last);
    }
    this.#counter.to(model?.pace.latest?.value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#poller.sync();
    // The base fires cp-load for loaded documents only; a meter made of attributes is valid data too.
    const doc = this.#attributeDoc;
    if (doc && this.#attributeKey !== this.#announcedKey && !this.loader.failure && this.#model) {
      this.#announcedKey = this.#attributeKey;
      emit(this, 'cp-load', { document: doc });
    }
    this.#chartSize.observe(this.renderRoot.querySelector('.chart') ?? undefined);
  }

  /**
   * The full chart's size before its box exists, from the host's width and font size (one layout read, as
   * the base's size controller makes for other elements), so the chart is drawn in the first frame rather
   * than a frame later. Undefined when the page sets its own chart height or the host is not displayed:
   * then the chart waits for its measurement, which replaces the estimate whenever they differ.
   */
  #estimate(): ChartSize | undefined {
    if (typeof getComputedStyle !== 'function' || !this.isConnected) return undefined;
    const style = getComputedStyle(this);
    if (style.getPropertyValue('--cp-campaign-meter-chart-height').trim()) return undefined;
    const width = this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return width > 0 ? defaultChartSize(width, parseFloat(style.fontSize) || 16) : undefined;
  }

  /** The model from the document or the attributes; bad attributes are reported and the last view kept. */
  #derive(): void {
    this.#revision = this.loader.revision;
    const issues: Issue[] = [];
    const asOfIssue = dateIssue(this.asOf, 'as-of', false);
    if (asOfIssue) issues.push(asOfIssue);
    if (!VARIANTS.includes(this.variant)) {
      issues.push(issue('variant', 'variant', { value: this.variant }, attributeMessages));
    }
    const asOf = asOfIssue || !this.asOf ? today() : this.asOf;
    const doc = this.loader.document;
    const attributes = [this.goal, this.value, this.start, this.deadline].some((v) => v != null);
    let campaign: Campaign | undefined;
    this.#attributeDoc = undefined;
    if (doc) campaign = campaignOf(localize(doc, this.language.lang));
    else if (this.src == null && this.data === undefined && attributes) {
      const result = campaignFromAttributes({ goal: text(this.goal), value: text(this.value), start: this.start, deadline: this.deadline }, asOf);
      issues.push(...result.issues);
      campaign = result.campaign;
      if (campaign) this.#attributeDoc = this.#documentOf(campaign);
    }
    this.#report(issues);
    if (!campaign) {
      if (!doc && !attributes) this.#model = undefined;
      return;
    }
    const { label, unit } = this;
    const model = modelOf({ ...campaign, title: label ?? campaign.title, unit: unit ?? campaign.unit, sample: campaign.sample || this.sample }, asOf, this.#staleAfter());
    const before = this.#text?.valueText;
    this.#setText(model, this.language.lang);
    const after = this.#text!.valueText;
    if (this.#model && after && after !== before) this.#announcement = translate(messages, this.#textLang, 'updated', { text: after });
    this.#model = model;
  }

  /**
   * The contract's campaign document for attribute figures. Its title is the `label`, else the chart's
   * title in the reader's language; the key leaves that default out, so a language change is no new campaign.
   */
  #documentOf({ goal, start, deadline, progress }: Campaign): CampaignDocument {
    const { label, unit, sample } = this;
    this.#attributeKey = JSON.stringify([goal, start, deadline, progress, label, unit, sample]);
    const title = label || translate(messages, this.language.lang, 'chartTitle');
    return { type: 'campaign', version: 1, id: 'attributes', title, goal, ...(unit ? { unit } : {}), start, deadline, progress: [...progress], source: [], ...(sample ? { sample } : {}) };
  }

  /** `stale-after` as a number of months; anything that is not one falls back to the default. */
  #staleAfter(): number {
    const months = Number(this.staleAfter);
    return Number.isFinite(months) ? months : STALE_AFTER_MONTHS;
  }

  #setText(model: Model, lang: string): void {
    this.#text = textsOf(model, lang, this.variant);
    this.#textLang = lang;
  }

  /** Attribute problems go through the loader, so the alert and `cp-error` work as for bad data. */
  #report(issues: Issue[]): void {
    const key = JSON.stringify(issues);
    if (issues.length) {
      if (key === this.#issuesKey && this.loader.failure === this.#attributeFailure) return;
      this.#issuesKey = key;
      this.#attributeFailure = failureOf(issues);
      this.loader.fail(this.#attributeFailure);
    } else if (this.#attributeFailure) {
      // Fixed attributes withdraw their own alert.
      this.loader.clear(this.#attributeFailure);
      this.#attributeFailure = undefined;
      this.#issuesKey = '';
    }
  }

  /** A 200 from the poller: new only when the document differs; `read()` validates it like any load. */
  async #polled(body: string, url: string): Promise<boolean> {
    try {
      if (JSON.stringify(JSON.parse(body)) === JSON.stringify(this.loader.document)) return true;
    } catch {
      // Not JSON: read() reports it.
    }
    await this.loader.read({ response: new Response(body, { status: 200 }), url });
    return this.loader.state !== 'error';
  }

  override render(): TemplateResult {
    const { failure, state } = this.loader;
    const lang = this.language.lang;
    let body: TemplateResult | typeof nothing = nothing;
    if (this.#model) body = this.renderDocument();
    else if (state === 'loading') body = this.renderLoading();
    else if (!failure) body = this.renderEmpty();
    return html`${failure ? renderFailure(failure, lang, this.errorTitle()) : nothing}${body}
      <div class="sr-only" role="status">${this.#announcement}</div>`;
  }

  /** The current model's view (the model comes from the document or from the attributes). */
  protected override renderDocument(_document?: CampaignDocument): TemplateResult {
    const model = this.#model!;
    const lang = this.#textLang;
    const ctx: ViewContext = { model, text: this.#text!, lang, shown: this.#counter.shown, stale: this.#stale, sources: nothing };
    if (this.variant === 'full') return this.#renderFull(ctx);
    ctx.sources = this.#renderSourcesButton(model, lang);
    return this.variant === 'banner' ? renderBanner(ctx) : renderCompact(ctx);
  }

  protected override renderLoading(): TemplateResult {
    return renderSkeleton(VARIANTS.includes(this.variant) ? this.variant : 'compact', this.t('loading'));
  }

  protected override errorTitle(): string {
    return translate(messages, this.language.lang, 'errorTitle');
  }

  #renderSourcesButton({ campaign }: Model, lang: string): TemplateResult | typeof nothing {
    if (!campaign.source.length && !campaign.sample) return nothing;
    return html`<button class="sources-button" part="sources-button" popovertarget="sources-popover">${this.t('sources')}</button>
      <div id="sources-popover" class="sources-popover" popover="auto" @beforetoggle=${this.#onSourcesBeforeToggle} @toggle=${this.#onSourcesToggle}>
        ${this.#sourcesOpened ? renderSources(campaign.source, lang, campaign.sample, { disclosure: false }) : nothing}
      </div>`;
  }

  #renderFull(ctx: ViewContext): TemplateResult {
    const { model, lang, text: words } = ctx;
    const g = this.#geometry;
    const table = this.#showTable;
    const open = this.#points.isOpen ? g?.markers[this.#active] : undefined;
    // Before the first count there is nothing to chart: the head's goal, deadline and time left say it all.
    if (!words.valueText) {
      return html`<section class="meter full" part="meter" aria-labelledby=${words.title ? 'title' : nothing}>
        ${renderFullHead(ctx)} ${renderSources(model.campaign.source, lang, model.campaign.sample)}
      </section>`;
    }
    return html`<section class="meter full" part="meter" aria-labelledby=${words.title ? 'title' : nothing}>
      ${renderFullHead(ctx)}
      <div class="toolbar">
        <button class="button" aria-pressed=${String(table)} @click=${this.#toggleTable}>${commonText(lang, 'showTable')}</button>
        <details class="help"><summary>${commonText(lang, 'keyboardHelp')}</summary>
          <p id="chart-help">${translate(messages, lang, 'chartHelp')}</p></details>
      </div>
      <div class="chart ${table ? 'as-table' : ''}">
        ${table ? renderTable(model, lang) : g ? renderChart(g, model, lang, this.#active, this.#handlers) : nothing}
      </div>
      ${g && !table ? renderLegend(g, lang) : html`<ul class="legend"></ul>`}
      ${table ? nothing : html`<div class="print-table">${renderTable(model, lang)}</div>`}
      <p id="summary" hidden>${this.#summary}</p>
      ${renderBreakdown(model.counted.length === model.campaign.progress.length ? model.campaign.breakdown : [], model, lang, words.asOf!)}
      ${renderSources(model.campaign.source, lang, model.campaign.sample)}
      <div class="point-popover" popover="manual" aria-hidden="true">${renderPointDetails(open, model, lang)}</div>
    </section>`;
  }

  #point(index: number): SVGElement | null {
    return this.renderRoot.querySelector<SVGElement>(`.point[data-index="${index}"]`);
  }

  async #focusPoint(index: number): Promise<void> {
    this.#active = index;
    this.requestUpdate();
    await this.updateComplete;
    this.#point(index)?.focus();
  }

  #select(index: number): void {
    const point = this.#geometry?.markers[index];
    if (!point) return;
    void this.#focusPoint(index);
    emit(this, 'cp-select', { id: point.date, kind: 'progress', item: 'point' });
  }

  readonly #handlers: ChartHandlers = {
    keydown: (event) => {
      const last = (this.#geometry?.markers.length ?? 0) - 1;
      const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
      let next: number;
      if (event.key in steps) next = Math.min(last, Math.max(0, this.#active + steps[event.key]!));
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = last;
      else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        return this.#select(this.#active);
      } else if (event.key === 'Escape' && this.#points.isOpen) {
        event.stopPropagation();
        return this.#points.close();
      } else return;
      event.preventDefault();
      if (last >= 0) void this.#focusPoint(next);
    },
    focus: (index) => {
      this.#active = index;
      const anchor = this.#point(index);
      if (anchor) void this.#points.open(anchor);
    },
    hover: (index) => {
      const anchor = this.#point(index);
      if (anchor) void this.#points.open(anchor);
    },
    select: (index) => this.#select(index),
    leave: (event) => {
      const svg = event.currentTarget as SVGElement;
      const next = (event as FocusEvent).relatedTarget as Node | null;
      const focusInside = event.type === 'focusout' ? next !== null && svg.contains(next) : svg.contains((this.renderRoot as ShadowRoot).activeElement);
      if (!focusInside) this.#points.close();
    },
  };

  #toggleTable = (): void => {
    this.#showTable = !this.#showTable;
    this.#points.close();
    this.requestUpdate();
  };

  /** A closed popover shows nothing, so its content is rendered as it opens (before it is painted). */
  #onSourcesBeforeToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState !== 'open' || this.#sourcesOpened) return;
    this.#sourcesOpened = true;
    this.requestUpdate();
  };

  #onSourcesToggle = (event: Event): void => {
    const button = this.renderRoot.querySelector<HTMLElement>('.sources-button');
    if ((event as ToggleEvent).newState === 'open' && button) void this.#sources.open(button);
    else this.#sources.close();
  };
}
