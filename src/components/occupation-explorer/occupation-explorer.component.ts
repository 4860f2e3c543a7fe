import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CpElement } from '../../base/cp-element.js';
import { memo } from '../../base/memo.js';
import { renderSources } from '../../base/parts.js';
import { popoverStyles } from '../../base/popover.js';
import { SizeController } from '../../base/size-controller.js';
import { translate } from '../../i18n/translate.js';
import type { Issue, OccupationsDocument } from '../../schema/types.js';
import { Announcer } from './occupation-explorer.announcer.js';
import { drawCloud, readPalette } from './occupation-explorer.chart.js';
import { chartStyles } from './occupation-explorer.chart.styles.js';
import { Deferral } from './occupation-explorer.deferral.js';
import { createDerive, type ViewModel } from './occupation-explorer.derive.js';
import { describeResults } from './occupation-explorer.describe.js';
import type { SortKey, SortOrder } from './occupation-explorer.filter.js';
import { Interaction } from './occupation-explorer.interaction.js';
import { messages, spanish } from './occupation-explorer.messages.js';
import { CLEARED, editOf, headingSort } from './occupation-explorer.options.js';
import { SectorParts } from './occupation-explorer.parts.js';
import { styles } from './occupation-explorer.styles.js';
import { PAGE } from './occupation-explorer.table.js';
import { renderExplorer } from './occupation-explorer.view.js';
import { occupationsRules } from '../../schema/documents/occupations.js';
import { lazy, OnDemand } from '../../base/lazy.js';

/** An occupation's details (figures with their bases and sources), fetched when a reader first opens one. */
const details = lazy(() => import('./occupation-explorer.details.js'));

/** Text attributes that disappear when emptied, so a reflected deep link stays short. */
const text = { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null };
const FILTERS = ['query', 'sector', 'education', 'topJobs', 'minWage', 'maxWage', 'sort', 'order'] as const;
/** Before any document: nothing listed, nothing plotted. */
const NONE = { listed: [], marks: [], layout: undefined };

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
  protected static override documents = [occupationsRules];
  protected static override translations = { es: lazy(spanish) };
  protected static override observeSize = true;
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

  // Lit's decorators cannot take #names; these two are the element's own reactive state.
  @state() private limit = PAGE;
  @state() private filtersOpen = false;

  #derive = createDerive();
  /** The view model this render shows (see occupation-explorer.derive.ts). */
  #vm: ViewModel | undefined;
  /** The document #vm was derived from. */
  #shown: OccupationsDocument | undefined;
  #footer = memo((doc: OccupationsDocument, lang: string) => renderSources(doc.source, lang, doc.sample));
  /** Draws the faint points once per canvas, layout, marks, theme and ratio: a re-render for focus does not. */
  #draw = memo((canvas: HTMLCanvasElement, vm: ViewModel, _theme: string, ratio: number) => {
    // Computed style is read only when the theme may have changed: reading it forces a style pass.
    const colours = this.#palette(
      `${this.theme} ${matchMedia('(prefers-color-scheme: dark)').matches} ${matchMedia('(forced-colors: active)').matches}`,
      canvas,
    );
    drawCloud(canvas, vm.layout, new Set(vm.marks), colours, ratio);
  });
  #palette = memo((_key: string, canvas: HTMLCanvasElement) => readPalette(canvas));
  /**
   * Rendered on a server, or hydrating a server's markup: the chart is drawn at its default width before
   * it is measured (a server cannot measure), and the first render in the browser repeats the server's
   * exactly, so hydration adopts it instead of finding values it did not write.
   */
  #prerendered = isServer || !!this.shadowRoot;
  /** The chart's width, from a zero-height sizer (the figure's own height changes with every layout). */
  #chartSize = new SizeController(this, false);
  #parts = new SectorParts(
    this.loader,
    () => this.language.lang,
    () => this.requestUpdate(),
  );
  /** A large new document waits a task before it is derived (occupation-explorer.deferral.ts). */
  #deferral = new Deferral(this);
  #announcer = new Announcer(this);
  #pick = new Interaction(
    this,
    () => (this.#vm && !this.#waiting ? this.#vm : NONE),
    (row) => {
      // A reader opened one: its code, fetched again if it failed before.
      void this.#details.ask();
      this.#announcer.say(translate(messages, this.language.lang, 'selected', { title: row.occupation.title }));
    },
  );
  /** The details popover's content, fetched on the first selection. */
  #details = new OnDemand(this, details, "an occupation's details");

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const doc = this.loader.document;
    if (!doc) return;
    this.#parts.update(doc, this.sector, changed.has('sector'), () =>
      this.data === undefined && this.src ? new URL(this.src, document.baseURI).href : document.baseURI,
    );
    // Not on a server, nor while hydrating: the first render must be the server's.
    const now = isServer || (this.#prerendered && !this.hasUpdated);
    if (this.#parts.waiting || (doc !== this.#shown && this.#deferral.wait(doc, now))) return;
    // An edit of the filters starts the list again from its first page, and says the count once typing pauses.
    if (this.#vm && doc === this.#shown && FILTERS.some((key) => changed.has(key))) {
      this.limit = PAGE;
      this.#announcer.soon(() => {
        const { matched, rows, listed, lang } = this.#vm!;
        return describeResults(matched.length, rows.length, listed.length, lang);
      });
    }
    this.#shown = doc;
    const { query, sector, education, topJobs, minWage, maxWage, sort, order } = this;
    this.#vm = this.#derive({
      ...{ doc, lang: this.language.lang, sectors: this.#parts.sectors, query, sector, education, topJobs, minWage, maxWage, sort, order },
      width: Math.round(this.#chartSize.value?.width ?? 0) || 480,
      limit: this.limit,
      linked: this.#pick.linked,
    });
    // A server skips controllers' hostUpdate; the Tab stops it sets must be in the server's markup too, or
    // hydration would keep every row at tabindex -1.
    if (isServer) this.#pick.hostUpdate();
  }

  /** The document is not shown yet: an index waiting for its parts, or a large one for its turn. */
  get #waiting(): boolean {
    return this.#parts.waiting || this.#deferral.pending;
  }

  protected override updated(changed: PropertyValues): void {
    // Nothing shown yet: no cp-load, and busy until the view is there.
    if (this.#waiting && !this.loader.failure) return void this.setAttribute('aria-busy', 'true');
    super.updated(changed);
    if (this.#parts.busy) this.setAttribute('aria-busy', 'true');
    this.#chartSize.observe(this.renderRoot.querySelector('.sizer') ?? undefined);
    const canvas = this.renderRoot.querySelector('canvas');
    if (canvas && this.#vm) this.#draw(canvas, this.#vm, this.theme, this.#ratio);
  }

  /** Canvas pixels per CSS pixel; 1 on the server and while hydrating its markup (see #prerendered). */
  get #ratio(): number {
    if (this.#prerendered && !this.hasUpdated) return 1;
    return Math.min(2, window.devicePixelRatio || 1);
  }

  /** Filter values that cannot be used are reported by name (the base's alert and cp-error), then ignored. */
  protected override attributeIssues(): readonly Issue[] {
    return this.#vm?.issues ?? [];
  }

  protected override errorTitle(source?: 'document' | 'attributes'): string {
    return translate(messages, this.language.lang, source === 'attributes' ? 'settingsTitle' : 'errorTitle');
  }

  protected override renderDocument(doc: OccupationsDocument): TemplateResult {
    if (this.#waiting) return this.loader.failure ? html`` : this.renderLoading();
    return renderExplorer({
      vm: this.#vm!,
      doc,
      pick: this.#pick,
      details: this.#details.module,
      pathwayHref: this.pathwayHref,
      measured: this.#chartSize.value !== undefined || this.#prerendered,
      ratio: this.#ratio,
      filtersOpen: this.filtersOpen,
      announcement: this.#announcer.text,
      keyboardHelp: this.t('keyboardHelp'),
      footer: this.#footer(doc, this.#vm!.lang),
      onSort: this.#onSort,
      onMore: this.#more,
      onClear: this.#clear,
      onInput: this.#onInput,
      onToggle: this.#toggleFilters,
    });
  }

  #toggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  #onInput = (event: Event): void => void Object.assign(this, editOf(event.target as HTMLInputElement));

  #onSort = (event: Event): void => {
    const key = (event.currentTarget as HTMLElement).dataset.key as SortKey;
    Object.assign(this, headingSort(key, this.#vm!.view));
  };

  #clear = async (): Promise<void> => {
    Object.assign(this, CLEARED);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name="query"]')?.focus();
  };

  /** Shows the next page and moves focus to its first row, so keyboard users read on from there. */
  #more = async (): Promise<void> => {
    const first = this.#vm!.listed.length;
    this.limit += PAGE;
    await this.updateComplete;
    const { listed, matched, lang } = this.#vm!;
    const soc = listed[first]?.soc;
    if (soc) this.#pick.focus('tr', soc);
    this.#announcer.say(translate(messages, lang, 'showing', { shown: listed.length, count: matched.length }));
  };
}
