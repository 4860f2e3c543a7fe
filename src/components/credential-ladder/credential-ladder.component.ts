import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CpElement } from '../../base/cp-element.js';
import { renderSources } from '../../base/parts.js';
import { PopoverController, popoverStyles } from '../../base/popover.js';
import { emit } from '../../events/emit.js';
import { translate, type Params } from '../../i18n/translate.js';
import { itemLang, localize } from '../../schema/localize.js';
import { issue, type IssueParams } from '../../schema/messages.js';
import type { Issue, PathwayDocument } from '../../schema/types.js';
import { renderChart } from './credential-ladder.chart.js';
import { carryText, describeChart, describeLadder, describeNext, describeRung, flatNotes, type Totals } from './credential-ladder.describe.js';
import { chartLayout, orientationFor, type Orientation, type OrientationOption } from './credential-ladder.layout.js';
import { messages, type MessageKey } from './credential-ladder.messages.js';
import { buildLadder, pickLadder, type LadderModel } from './credential-ladder.model.js';
import { axisFits, shortNames } from './credential-ladder.names.js';
import { renderDetails, renderRung, renderTable, type View } from './credential-ladder.parts.js';
import { figureStyles } from './credential-ladder.figure.styles.js';
import { styles } from './credential-ladder.styles.js';
import { cumulativeTotals } from './credential-ladder.totals.js';
import { wageLift } from './credential-ladder.wages.js';

/** Chart width before the element is first measured (it is redrawn at its real width). */
const CHART_FALLBACK_WIDTH = 480;

/**
 * Whether the page fixed the element's height (a length, or a percentage of an ancestor whose height is
 * fixed), so its measured height says how much room there is rather than how tall its content is. Read
 * from the computed value (Typed OM): `auto` and the content keywords follow the content. Browsers without
 * Typed OM (Firefox) answer false, and `auto` orientation then goes by the width alone, as before.
 */
function fixedHeight(element: Element, depth = 0): boolean {
  if (depth > 8 || !('computedStyleMap' in element)) return false;
  const value = String(element.computedStyleMap().get('height') ?? 'auto');
  if (/^(auto|min-content|max-content|fit-content)/.test(value)) return false;
  if (!value.includes('%')) return true;
  const parent = element.parentElement ?? (element.getRootNode() as Partial<ShadowRoot>).host;
  // A percentage of the root's height is a share of the viewport: fixed.
  return parent ? fixedHeight(parent, depth + 1) : true;
}

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
 * @cssprop [--cp-ladder-rise=1.25em] - How much each step climbs when the rungs run left to right.
 * @cssprop [--cp-ladder-rail-color=var(--cp-color-border)] - The ladder's rail and connectors.
 * @cssprop [--cp-ladder-current-color=var(--cp-color-accent)] - The learner's rung and the chart's line.
 */
export class CredentialLadder extends CpElement<PathwayDocument> {
  protected static override documentTypes = ['pathway'] as const;
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

  #view: View | undefined;
  #texts: { summary: string; rungs: string[]; next?: string } = { summary: '', rungs: [] };
  #derived: { revision: number; lang: string; ladder?: string; current?: string } = { revision: -1, lang: '' };
  #issues: Issue[] = [];
  #orientation: Orientation = 'vertical';
  /** The rung, direction and width the horizontal ladder was last scrolled to show. */
  #shown = '';
  #width = 0;
  #height = 0;
  #layout = false;
  #shownFor: Element | undefined;
  #focusAfterUpdate = false;

  readonly #popover = new PopoverController(this, () => this.renderRoot.querySelector<HTMLElement>('#details'));

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const lang = this.language.lang;
    // The document's own prose in the reader's language where it has it (its translations).
    const loaded = this.loader.document;
    const doc = loaded && localize(loaded, lang);
    const d = this.#derived;
    if (doc && (d.revision !== this.loader.revision || d.lang !== lang || d.ladder !== this.ladder || d.current !== this.current)) {
      this.#derived = { revision: this.loader.revision, lang, ladder: this.ladder, current: this.current };
      this.#derive(doc, lang);
    }
    // SizeController reports a new width on the frame after the observer saw it, so laying out here
    // cannot make the ResizeObserver loop.
    const measured = Math.round(this.size.value?.width ?? 0);
    const tall = Math.round(this.size.value?.height ?? 0);
    if (this.#view && (this.#layout || measured !== this.#width || tall !== this.#height || changed.has('orientation'))) {
      this.#layout = false;
      const width = (this.#width = measured);
      this.#height = tall;
      const em = width ? parseFloat(getComputedStyle(this).fontSize) || 16 : 16;
      // The height counts only when the page fixed it; see orientationFor().
      const room = this.orientation === 'auto' && tall > 0 && fixedHeight(this) ? tall : undefined;
      this.#orientation = orientationFor(this.orientation, width, this.#view.model.rungs.length, em, room);
      const chart = chartLayout(this.#view.lift, width || CHART_FALLBACK_WIDTH);
      const step = chart && chart.columns.length > 1 ? chart.columns[1]!.x - chart.columns[0]!.x : Infinity;
      this.#view = { ...this.#view, chart, stagger: !axisFits(this.#view.names, step) };
    }
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
    const key = `${current}|${this.#orientation}|${this.#width}`;
    if (key === this.#shown) return;
    this.#shown = key;
    const list = this.renderRoot.querySelector<HTMLElement>('ol.ladder.horizontal');
    const rung = list?.querySelector<HTMLElement>('.rung.is-current');
    if (!list || !rung || list.scrollWidth <= list.clientWidth) return;
    const [box, item] = [list.getBoundingClientRect(), rung.getBoundingClientRect()];
    // Physical pixels either way: scrollLeft grows to the right in right-to-left boxes too.
    list.scrollLeft += item.left + item.width / 2 - (box.left + box.width / 2);
  }

  #say(key: MessageKey, params?: Params): string {
    return translate(messages, this.language.lang, key, params);
  }

  /** Builds the ladder for the current document and attributes, or reports what is wrong with them. */
  #derive(doc: PathwayDocument, lang: string): void {
    const picked = pickLadder(doc, this.ladder);
    if ('problem' in picked) {
      const known = picked.known.map((id) => `"${id}"`).join(', ');
      const path = picked.problem === 'noLadders' ? 'ladders' : 'ladder';
      return this.#fail(path, picked.problem, { id: this.ladder ?? '', known });
    }
    const model: LadderModel = buildLadder(doc, picked.ladder);
    const rungIds = model.rungs.map((rung) => rung.node.id);
    const current = this.current ? rungIds.indexOf(this.current) : -1;
    const changedLadder = this.#view?.model.ladder !== model.ladder;
    const totals: Totals[] = cumulativeTotals(model.rungs.map((rung) => rung.node));
    const lift = wageLift(model.rungs);
    const names = shortNames(model.rungs.map((rung) => rung.node.title));
    const said = {
      chart: describeChart(model, lift, names, lang),
      chartNotes: flatNotes(model, lift, names, lang),
      carry: carryText(model, names, lang),
    };
    this.#view = { model, totals, lift, current, names, said };
    this.#texts = {
      summary: describeLadder(model, lift, lang),
      rungs: model.rungs.map((_, i) => describeRung(model, i, totals[i]!, lang, i === current)),
      next: current >= 0 ? describeNext(model, lift, current, lang) : undefined,
    };
    this.#layout = true;
    if (changedLadder) {
      this.#popover.close();
      this.selected = -1;
      this.focusIndex = Math.max(0, current);
    }
    if (this.current && current < 0) {
      const known = rungIds.map((id) => `"${id}"`).join(', ');
      return this.#fail('current', 'unknownCurrent', { id: this.current, ladder: model.ladder.id, known });
    }
    this.#issues = [];
  }

  /** An attribute problem: shown (in the element's language) and fired (in English, as every cp-error
   * detail is) by the base, like bad data. */
  #fail(path: string, key: 'noLadders' | 'unknownLadder' | 'unknownCurrent', params: IssueParams): void {
    this.#issues = [issue(path, key, params, messages)];
  }

  protected override attributeIssues(): Issue[] {
    return this.#issues;
  }

  protected override errorTitle(): string {
    return this.#say('errorTitle');
  }

  protected override renderDocument(doc: PathwayDocument): TemplateResult {
    const view = this.#view;
    if (!view) return html``;
    const { model } = view;
    const lang = this.language.lang;
    // The view toggle keeps one name and flips aria-pressed: a label that flipped too would read
    // "Show as chart, pressed", which contradicts itself.
    return html`<section class="view">
      <header class="head">
        <h2 id="title" part="title" lang=${ifDefined(itemLang(model.ladder, lang))}>${model.ladder.title}</h2>
        ${model.ladder.description ? html`<p class="description" lang=${ifDefined(itemLang(model.ladder, lang))}>${model.ladder.description}</p>` : nothing}
        <div class="tools">
          <button type="button" class="button" part="view-toggle" aria-pressed=${this.table} @click=${this.#toggleTable}>${this.t('showTable')}</button>
          <details class="help">
            <summary>${this.t('keyboardHelp')}</summary>
            <p id="keys">${this.#say('keys')}</p>
          </details>
        </div>
      </header>
      <p id="summary" class="summary">${this.#texts.summary}</p>
      ${model.timed && model.costed
        ? nothing
        : html`<p class="note">${this.#say(model.timed ? 'noCost' : model.costed ? 'noTime' : 'noFigures')}</p>`}
      ${view.said.carry && !this.table ? html`<p class="note carry-line ${this.#orientation === 'horizontal' ? 'across' : ''}"><span class="carry-key" aria-hidden="true"></span>${view.said.carry}</p>` : nothing}
      ${this.table ? renderTable(view, lang) : this.#renderLadder(view)}
      <p class="sr-only" role="status">${this.announcement}</p>
      ${renderSources(doc.source, lang, doc.sample)}
    </section>`;
  }

  #renderLadder(view: View): TemplateResult {
    const { model, current } = view;
    const lang = this.language.lang;
    const selected = model.rungs[this.selected];
    return html`<ol
        class=${classMap({ ladder: true, [this.#orientation]: true })}
        part="ladder"
        aria-labelledby="title"
        aria-describedby="summary keys"
        @click=${this.#onClick}
        @keydown=${this.#onKeydown}
      >
        ${model.rungs.map((rung, i) =>
          renderRung(view, rung, {
            label: this.#texts.rungs[i]!,
            tabindex: i === this.focusIndex ? 0 : -1,
            expanded: i === this.selected,
            next: current >= 0 && i === current + 1,
          }, lang),
        )}
      </ol>
      <div id="details" popover="auto" role="dialog" aria-labelledby="details-title" part="popover" @toggle=${this.#onToggle} @keydown=${this.#onKeydown}>
        ${selected ? renderDetails(view, selected, lang, () => this.#close(true)) : nothing}
      </div>
      ${this.#texts.next
        ? html`<aside class="next-step" part="next-step" aria-label=${this.#say('nextRung')}><p>${this.#texts.next}</p></aside>`
        : nothing}
      ${renderChart(view, lang)}`;
  }

  #button(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`li[data-index="${index}"] .rung-button`);
  }

  #toggleTable(): void {
    this.#close(false);
    this.table = !this.table;
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
    const moves: Record<string, number> = {
      ArrowUp: this.focusIndex + 1,
      ArrowRight: this.focusIndex + 1,
      ArrowDown: this.focusIndex - 1,
      ArrowLeft: this.focusIndex - 1,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.focusIndex = Math.min(count - 1, Math.max(0, target));
    this.#focusAfterUpdate = true;
  }
}
