import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CpElement } from '../../base/cp-element.js';
import { renderHelp, renderSources } from '../../base/parts.js';
import { PopoverController, popoverStyles } from '../../base/popover.js';
import { emit } from '../../events/emit.js';
import { memo } from '../../base/memo.js';
import { translate, type Params } from '../../i18n/translate.js';
import { itemLang, localize } from '../../schema/localize.js';
import type { Issue, PathwayDocument } from '../../schema/types.js';
import { centreCurrent, fixedHeight } from './credential-ladder.dom.js';
import { deriveLadder, placeLadder, type LadderTexts } from './credential-ladder.derive.js';
import { rungAfter, type Orientation, type OrientationOption } from './credential-ladder.layout.js';
import { messages, spanish, type MessageKey } from './credential-ladder.messages.js';
import type { View } from './credential-ladder.parts.js';
import { renderRungs } from './credential-ladder.rungs.js';
import { figureStyles } from './credential-ladder.chart.styles.js';
import { styles } from './credential-ladder.styles.js';
import { pathwayRules } from '../../schema/documents/pathway.js';
import { lazy, OnDemand } from '../../base/lazy.js';

/** A rung's details and the table view, fetched when a reader first asks for either. */
const extras = lazy(() => import('./credential-ladder.extras.js'));

/**
 * One stack of credentials, rung by rung: what each rung is, costs and takes, the occupations it opens
 * with their wages, the running totals, and a chart of the wage lift from rung to rung. Reads the
 * `ladders` of a pathway document.
 *
 * @summary A credential stack drawn as a ladder, with the jobs and the wage lift each rung opens.
 * @tagname cp-credential-ladder
 * @fires {CustomEvent<{ id: string; kind: NodeKind; item: 'rung' }>} cp-select - A rung was selected by pointer, Enter or Space. `detail: { id, kind, item: 'rung' }`.
 * @csspart title - The ladder's title.
 * @csspart ladder - The ordered list of rungs.
 * @csspart rung - Each rung (list item); the learner's rung also has part `current`, the one above it `next`.
 * @csspart current - The learner's rung (`current` attribute).
 * @csspart next - The rung above the learner's.
 * @csspart carry - The arrow between two rungs whose credits carry forward (the sentence saying so is above the ladder, once).
 * @csspart next-step - The panel saying what the next rung adds.
 * @csspart chart - The wage-lift chart (a `figure`).
 * @csspart table - The table view.
 * @csspart popover - A rung's details.
 * @csspart view-toggle - The button that switches between the ladder and the table.
 * @cssprop [--cp-credential-ladder-rise=1.25em] - How much each step climbs when the rungs run left to right (formerly `--cp-ladder-rise`, which still works).
 * @cssprop [--cp-credential-ladder-rail-color=var(--cp-color-border)] - The ladder's rail and connectors (formerly `--cp-ladder-rail-color`, which still works).
 * @cssprop [--cp-credential-ladder-current-color=var(--cp-color-accent)] - The learner's rung and the chart's line (formerly `--cp-ladder-current-color`, which still works).
 * @cssprop [--cp-ladder-rise] - Deprecated: the earlier name of `--cp-credential-ladder-rise`, still read.
 * @cssprop [--cp-ladder-rail-color] - Deprecated: the earlier name of `--cp-credential-ladder-rail-color`, still read.
 * @cssprop [--cp-ladder-current-color] - Deprecated: the earlier name of `--cp-credential-ladder-current-color`, still read.
 */
export class CredentialLadder extends CpElement<PathwayDocument> {
  protected static override documents = [pathwayRules];
  protected static override translations = { es: lazy(spanish) };
  protected static override observeSize = true;
  static override styles = [...CpElement.styles, popoverStyles, styles, figureStyles];

  /** Id of the ladder to show (default: the document's first). */
  @property() ladder?: string;

  /** Id of the learner's rung (a step of the ladder): marked "you are here", with what the next rung adds. */
  @property() current?: string;

  /**
   * `auto` (default): a bottom-up ladder when the page gives the element a fixed height with room for every
   * rung standing up; else left-to-right steps when every rung fits the width, else a bottom-up ladder.
   */
  @property({ reflect: true }) orientation: OrientationOption = 'auto';

  @state() private table = false;
  @state() private focusIndex = 0;
  @state() private selected = -1;
  @state() private announcement = '';

  readonly #derive = memo(deriveLadder);
  readonly #place = memo(placeLadder);
  /** The height the page fixed for the element, read (from computed style) only when the box changed. */
  readonly #room = memo((_width: number, height: number, option: OrientationOption) =>
    option === 'auto' && height > 0 && fixedHeight(this) ? height : undefined,
  );
  /** The ladder as derived, before it is laid out at a width: the last good one while an attribute is wrong. */
  #base: View | undefined;
  #view: View | undefined;
  #texts: LadderTexts = { summary: '', rungs: [] };
  #orientation: Orientation = 'vertical';
  /** The rung, direction and width the horizontal ladder was last scrolled to show. */
  #shown = '';
  #shownFor: Element | undefined;
  #focusAfterUpdate = false;

  readonly #extras = new OnDemand(this, extras, 'the details and the table view');
  readonly #popover = new PopoverController(this, () => this.renderRoot.querySelector<HTMLElement>('#details'));

  /** The ladder for the current document (its prose in the reader's language), `ladder` and `current`. */
  #ladderView() {
    const loaded = this.loader.document;
    const lang = this.language.lang;
    return loaded && this.#derive(localize(loaded, lang), lang, this.ladder, this.current);
  }

  protected override attributeIssues(): readonly Issue[] {
    return this.#ladderView()?.issues ?? [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const derived = this.#ladderView();
    if (derived?.view && derived.view !== this.#base) {
      if (this.#base?.model.ladder !== derived.view.model.ladder) {
        this.#popover.close();
        this.selected = -1;
        this.focusIndex = Math.max(0, derived.view.current);
      }
      [this.#base, this.#texts] = [derived.view, derived.texts!];
    }
    if (!this.#base) return;
    // SizeController reports a new width on the frame after the observer saw it, so laying out here
    // cannot make the ResizeObserver loop.
    const width = Math.round(this.size.value?.width ?? 0);
    const tall = Math.round(this.size.value?.height ?? 0);
    const em = width ? (this.size.value?.em ?? 16) : 16;
    // The height counts only when the page fixed it; see orientationFor().
    const placed = this.#place(this.#base, this.orientation, width, em, this.#room(width, tall, this.orientation));
    [this.#orientation, this.#view] = [placed.orientation, placed.view];
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusAfterUpdate) {
      this.#focusAfterUpdate = false;
      this.#button(this.focusIndex)?.focus();
    }
    this.#showCurrent();
  }

  /** A horizontal ladder wider than its box scrolls inside it: the reader's own rung is brought into
   * view, centred, once for each rung, direction and width, without scrolling the page. */
  #showCurrent(): void {
    const current = this.#view?.current ?? -1;
    const key = `${current}|${this.#orientation}|${Math.round(this.size.value?.width ?? 0)}`;
    if (key === this.#shown) return;
    this.#shown = key;
    centreCurrent(this.renderRoot.querySelector<HTMLElement>('ol.ladder.horizontal'));
  }

  #say(key: MessageKey, params?: Params): string {
    return translate(messages, this.language.lang, key, params);
  }

  protected override errorTitle(): string {
    return this.#say('errorTitle');
  }

  protected override renderDocument(doc: PathwayDocument): TemplateResult {
    const view = this.#view;
    if (!view) return html``;
    const { model } = view;
    const lang = this.language.lang;
    // The table's code comes on the first switch to it; until then (or if it cannot come) the ladder stays.
    const extras = this.#extras.module;
    const table = this.table && !this.#extras.failed;
    // The view toggle keeps one name and flips aria-pressed: a label that flipped too would read
    // "Show as chart, pressed", which contradicts itself.
    return html`<section class="view">
      <header class="head">
        <h2 id="title" part="title" lang=${ifDefined(itemLang(model.ladder, lang))}>${model.ladder.title}</h2>
        ${model.ladder.description ? html`<p class="description" lang=${ifDefined(itemLang(model.ladder, lang))}>${model.ladder.description}</p>` : nothing}
        <div class="tools">
          <button type="button" class="button" part="view-toggle" aria-pressed=${table} @click=${this.#toggleTable}>${this.t('showTable')}</button>
          ${renderHelp(this.t('keyboardHelp'), html`<p id="keys">${this.#say('keys')}</p>`)}
        </div>
      </header>
      <p id="summary" class="summary">${this.#texts.summary}</p>
      ${
        model.timed && model.costed
          ? nothing
          : html`<p class="note">${this.#say(model.timed ? 'noCost' : model.costed ? 'noTime' : 'noFigures')}</p>`
      }
      ${view.said.carry && !(table && extras) ? html`<p class="note carry-line ${this.#orientation === 'horizontal' ? 'across' : ''}"><span class="carry-key" aria-hidden="true"></span>${view.said.carry}</p>` : nothing}
      ${table && extras ? extras.renderTable(view, lang) : this.#renderLadder(view)}
      <p class="sr-only" role="status">${this.announcement}</p>
      ${renderSources(doc.source, lang, doc.sample)}
    </section>`;
  }

  #renderLadder(view: View): TemplateResult {
    return renderRungs({
      ...{
        view,
        lang: this.language.lang,
        orientation: this.#orientation,
        texts: this.#texts,
        focusIndex: this.focusIndex,
        selected: this.selected,
      },
      ...{
        nextLabel: this.#say('nextRung'),
        onClick: this.#onClick,
        onKeydown: this.#onKeydown,
        onToggle: this.#onToggle,
        close: () => this.#close(true),
        extras: this.#extras.module,
      },
    });
  }

  #button(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`li[data-index="${index}"] .rung-button`);
  }

  #toggleTable(): void {
    this.#close(false);
    this.table = !this.table;
    if (this.table) void this.#extras.ask();
    this.announcement = this.t(this.table ? 'showTable' : 'showChart');
  }

  #onClick(event: Event): void {
    const item = (event.target as Element).closest<HTMLElement>('li[data-index]');
    if (item) this.#select(Number(item.dataset.index));
  }

  /** Selects rung `index`: fires cp-select and opens its details beside it. */
  #select(index: number): void {
    const rung = this.#view?.model.rungs[index];
    if (!rung) return;
    this.focusIndex = index;
    this.selected = index;
    this.announcement = rung.node.title;
    emit(this, 'cp-select', { id: rung.node.id, kind: rung.node.kind, item: 'rung' });
    void this.#extras.ask();
    const anchor = this.renderRoot.querySelector(`li[data-index="${index}"] .card`);
    if (anchor) void this.#popover.open(anchor);
  }

  #close(refocus: boolean): void {
    if (this.selected < 0 && !this.#popover.isOpen) return;
    this.#popover.close();
    this.selected = -1;
    this.#shownFor = undefined;
    if (refocus) this.#focusAfterUpdate = true;
  }

  /** The popover also closes itself (a click elsewhere, Escape): keep the controller in step. */
  #onToggle(event: ToggleEvent): void {
    if (event.newState === 'open') {
      this.#shownFor = this.#popover.anchor as Element | undefined;
      return;
    }
    // Ignore the close of a popover already re-opened for another rung (its open is still pending).
    if (this.#popover.anchor !== this.#shownFor) return;
    this.#close((event.target as HTMLElement).contains(this.shadowRoot!.activeElement));
  }

  #onKeydown(event: KeyboardEvent): void {
    const count = this.#view?.model.rungs.length ?? 0;
    if (event.key === 'Escape') {
      if (this.selected < 0 && !this.#popover.isOpen) return;
      event.preventDefault();
      return this.#close(true);
    }
    if (!(event.target as Element).classList.contains('rung-button')) return;
    const target = rungAfter(event.key, this.focusIndex, count);
    if (target === undefined) return;
    event.preventDefault();
    this.focusIndex = target;
    this.#focusAfterUpdate = true;
  }
}
