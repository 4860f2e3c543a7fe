import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CpElement } from '../../base/cp-element.js';
import { memo } from '../../base/memo.js';
import { renderSources } from '../../base/parts.js';
import { PopoverController, popoverStyles } from '../../base/popover.js';
import { translate } from '../../i18n/translate.js';
import type { CampaignDocument, Issue } from '../../schema/types.js';
import { CountUp } from './campaign-meter.count-up.js';
import { FullCode, loadFull, type Full } from './campaign-meter.full-code.js';
import { attributeCampaign, attributeDocument, deriveMeter, settingsOf, type MeterView } from './campaign-meter.derive.js';
import { staleText } from './campaign-meter.describe.js';
import { sameDocument, STALE_AFTER_MONTHS } from './campaign-meter.model.js';
import type { ChartSize } from './campaign-meter.layout.js';
import { messages, spanish, type MessageKey } from './campaign-meter.messages.js';
import { today } from './campaign-meter.pace.js';
import type { Poller, PollerOptions } from './campaign-meter.poller.js';
import { styles } from './campaign-meter.styles.js';
import { VARIANTS, type Variant } from './campaign-meter.variant.js';
import { renderBanner, renderCompact, renderSkeleton, type ViewContext } from './campaign-meter.parts.js';
import { campaignRules } from '../../schema/documents/campaign.js';
import { lazy, OnDemand } from '../../base/lazy.js';

const pollerCode = lazy(() => import('./campaign-meter.poller.js'));

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
 * @cssprop [--cp-campaign-meter-fill-color=var(--cp-color-accent)] - Colour of the progress bar's fill and the counted line (formerly `--cp-campaign-meter-fill`, which still works).
 * @cssprop [--cp-campaign-meter-fill] - Deprecated: the earlier name of `--cp-campaign-meter-fill-color`, still read.
 * @cssprop [--cp-campaign-meter-bar-height=0.75em] - Thickness of the progress bar.
 * @cssprop [--cp-campaign-meter-chart-height=clamp(12.5em, 45cqi, 22em)] - Height of the full view's chart.
 */
export class CampaignMeter extends CpElement<CampaignDocument> {
  protected static override documents = [campaignRules];
  protected static override translations = { es: lazy(spanish) };
  static override styles = [...CpElement.styles, popoverStyles, styles];
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

  readonly #settings = memo(settingsOf);
  readonly #attributes = memo(attributeCampaign);
  /**
   * Keyed on the figures, not the language: a language change is no new campaign (no second cp-load), so
   * a document without `label` keeps the title of the language it was first shown in.
   */
  readonly #document = memo(
    (
      goal: number,
      start: string,
      deadline: string,
      value: number | undefined,
      asOf: string,
      label: string | null | undefined,
      unit: string | null | undefined,
      sample: boolean,
    ) =>
      attributeDocument(
        { goal, start, deadline, progress: value === undefined ? [] : [{ date: asOf, value }] },
        { label, unit, sample, title: this.#say('chartTitle') },
      ),
  );
  readonly #derive = memo(deriveMeter);
  readonly #summary = memo((full: Full, ...args: Parameters<Full['summary']>) => full.summary(...args));
  readonly #layout = memo((full: Full, model: MeterView['model'], width: number, height: number, em?: number) =>
    full.chartLayout(model, { width, height, em }),
  );

  #view: MeterView | undefined;
  /** The full view's state, once a full meter is shown. */
  #chart: InstanceType<Full['FullView']> | undefined;
  /** The chart's size before it is measured (full view); see estimateSize(). */
  #estimated: ChartSize | undefined;
  /** The sources popover's content is made once it is first opened, not for every meter shown. */
  #sourcesOpened = false;
  /** Declarative shadow DOM from a server is attached before the constructor runs. */
  readonly #prerendered = !!this.shadowRoot;
  #revision = -1;
  #fromSrc = false;
  #announcement = '';
  #stale: string | undefined;

  readonly #fullCode = new FullCode(this);
  readonly #counter = new CountUp(this);
  readonly #sources = new PopoverController(this, () => this.renderRoot.querySelector<HTMLElement>('.sources-popover'), 'bottom-start');
  /** Made once this meter first polls: its code is fetched then (see #syncPoller). */
  #poller: Poller | undefined;
  readonly #pollerCode = new OnDemand(this, pollerCode, 'polling', { awaited: false });
  /** When the figures on screen were loaded, for the poller's staleness. */
  #loadedAt: number | undefined;
  readonly #pollerOptions: PollerOptions = {
    url: () => (this.#fromSrc ? this.src : undefined),
    interval: () => (this.poll > 0 ? Math.max(this.poll, (this.constructor as typeof CampaignMeter).pollFloor) : 0),
    busy: () => this.loader.state === 'loading',
    changed: (body, url) => this.#polled(body, url),
    random: () => (this.constructor as typeof CampaignMeter).random(),
  };

  #say(key: MessageKey, params?: Record<string, string>): string {
    return translate(messages, this.language.lang, key, params);
  }

  #now() {
    return this.#settings(this.asOf, this.variant, today());
  }

  /** Attributes-only mode: neither src nor data, so the figures come from the attributes. */
  #own() {
    return !this.src && this.data === undefined
      ? this.#attributes(this.goal, this.value, this.start, this.deadline, this.#now().asOf)
      : undefined;
  }

  protected override documentFromAttributes(): CampaignDocument | undefined {
    const campaign = this.#own()?.campaign;
    if (!campaign) return undefined;
    const { goal, start, deadline, progress } = campaign;
    return this.#document(goal, start, deadline, progress[0]?.value, this.#now().asOf, this.label, this.unit, this.sample);
  }

  protected override attributeIssues(): readonly Issue[] {
    const { issues } = this.#now();
    const own = this.#own()?.issues ?? [];
    return own.length ? [...issues, ...own] : issues;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The base starts a fetch (state "loading") when src won, or takes data at once.
    if (changed.has('src') || changed.has('data')) this.#fromSrc = this.loader.state === 'loading';
    if (changed.has('src') || changed.has('poll')) this.#pollerCode.retry();
    if (this.loader.revision !== this.#revision) {
      this.#revision = this.loader.revision;
      this.#loadedAt = Date.now();
      if (this.#poller) this.#poller.updatedAt = this.#loadedAt;
    }
    const lang = this.language.lang;
    const doc = this.loader.document;
    const before = this.#view;
    const made = doc !== undefined && doc === this.documentFromAttributes();
    const view = (this.#view =
      doc && this.#derive(doc, made, lang, this.variant, this.#now().asOf, this.label, this.unit, this.sample, this.staleAfter));
    const after = view?.text.valueText;
    // New figures are spoken; the same figures in another language are not news.
    if (before && view && view !== before && after && after !== before.text.valueText && before.lang === lang) {
      this.#announcement = this.#say('updated', { text: after });
    }
    const updatedAt = this.#poller?.stale && this.#poller.updatedAt;
    this.#stale = updatedAt ? staleText(updatedAt, Date.now(), lang) : undefined;
    const full = this.variant === 'full' ? this.#fullCode.get() : undefined;
    if (full && view) {
      const size = this.size.value ?? (this.#estimated ??= full.estimateSize(this));
      const geometry = size && this.#layout(full, view.model, size.width, size.height, size.em);
      (this.#chart ??= new full.FullView(this)).show(view.model, geometry, this.#summary(full, view.model, lang));
    }
    this.#counter.to(view?.model.pace.latest?.value);
  }

  /**
   * A full meter with figures to show waits for its chart's code (asked for as it first rendered, so
   * usually here by then): meanwhile the placeholder holds the size, and `cp-load` follows the chart
   * itself. A meter rendered on a server waits before its first render, so that it takes over the
   * server's chart (hydrates) instead of replacing it with a placeholder.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const figures =
      this.loader.document ?? (this.data !== undefined || (this.#prerendered && !this.hasUpdated) || this.documentFromAttributes());
    const wait = this.variant === 'full' && figures ? this.#fullCode.wait() : undefined;
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Fetches the full view's code now (and the base's), for a server render or a page that will show a full meter. */
  static override preload(): Promise<void> {
    return Promise.all([super.preload(), loadFull()]).then(() => undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncPoller();
    this.size.observe(this.renderRoot.querySelector('.chart') ?? undefined);
  }

  /**
   * Polling's code is fetched when a meter first has a `src` to poll (issue 18): most banners never poll, so
   * their page does not download it. A failed fetch is tried again when `src` or `poll` changes.
   */
  #syncPoller(): void {
    if (!this.#poller) {
      if (!(this.poll > 0) || !this.#fromSrc) return;
      const code = this.#pollerCode.module;
      // Once here, the update it asks for comes back to this point.
      if (!code) return void this.#pollerCode.want();
      this.#poller = new code.Poller(this, this.#pollerOptions);
      this.#poller.updatedAt = this.#loadedAt;
    }
    this.#poller.sync();
  }

  /** A 200 from the poller: new only when the document differs; `read()` validates it like any load. */
  async #polled(body: string, url: string): Promise<boolean> {
    if (sameDocument(body, this.loader.document)) return true;
    await this.loader.read({ response: new Response(body, { status: 200 }), url });
    return this.loader.state !== 'error';
  }

  /** The current view, from the document, loaded or made from the attributes (the view model is its). */
  protected override renderDocument(_document: CampaignDocument): TemplateResult {
    const view = this.#view!;
    const { model, text, lang } = view;
    const ctx: ViewContext = { model, text, lang, shown: this.#counter.shown, stale: this.#stale, sources: nothing };
    let body: TemplateResult;
    if (this.variant !== 'full') {
      ctx.sources = this.#renderSourcesButton(view);
      body = this.variant === 'banner' ? renderBanner(ctx) : renderCompact(ctx);
    } else if (this.#chart) body = this.#chart.render(ctx);
    else if (this.#fullCode.failed) body = renderCompact({ ...ctx, sources: this.#renderSourcesButton(view) });
    else body = this.renderLoading();
    return html`${body}<div class="sr-only" role="status">${this.#announcement}</div>`;
  }

  protected override renderLoading(): TemplateResult {
    return renderSkeleton(VARIANTS.includes(this.variant) ? this.variant : 'compact', this.t('loading'));
  }

  protected override errorTitle(): string {
    return this.#say('errorTitle');
  }

  #renderSourcesButton({ model: { campaign }, lang }: MeterView): TemplateResult | typeof nothing {
    if (!campaign.source.length && !campaign.sample) return nothing;
    return html`<button class="sources-button" part="sources-button" popovertarget="sources-popover">${this.t('sources')}</button>
      <div id="sources-popover" class="sources-popover" popover="auto" @beforetoggle=${this.#onSourcesBeforeToggle} @toggle=${this.#onSourcesToggle}>
        ${this.#sourcesOpened ? renderSources(campaign.source, lang, campaign.sample, { disclosure: false }) : nothing}
      </div>`;
  }

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
