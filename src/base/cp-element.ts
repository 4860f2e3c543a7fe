import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../events/emit.js';
import { common, type CommonKey } from '../i18n/messages.js';
import { languageOf, translate, type Language, type Params } from '../i18n/translate.js';
import { issueIn } from '../schema/say.js';
import { formatIssue } from '../schema/finding.js';
import type { DocumentRules } from '../schema/semantic.js';
import type { AnyDocument, Issue } from '../schema/types.js';
import { hostStyles } from '../styles/tokens.js';
import { baseStyles } from './base.styles.js';
import { chromeStyles } from './chrome.styles.js';
import { DocumentLoader, failureOf, validator, type LoadFailure } from './document-loader.js';
import type { Lazy } from './lazy.js';
import { codeUnderWay } from './under-way.js';
import { LangController } from './lang-controller.js';
import { renderFailure, renderPlaceholder } from './parts.js';
import { SizeController } from './size-controller.js';

const SWITCHED = Symbol('switched source');
/** Warnings already shown in the console: a page with five maps of one document says each once. */
const warned = new Set<string>();

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every element shares: `src` / `data` loading (the last set wins), the loading placeholder with
 * `aria-busy`, the error alert and `cp-load` / `cp-error` events, the nearest `lang`, the theme, and (for
 * elements that set `observeSize`) the element's size. The base owns the element's life: subclasses never
 * override `render()`; they render a valid document in `renderDocument()`, report problems with their own
 * attributes through `attributeIssues()`, and may make a document from attributes alone in
 * `documentFromAttributes()`. Only the base fires `cp-load` and `cp-error`.
 *
 * @fires {CustomEvent<{ document: AnyDocument; warnings: Issue[] }>} cp-load - Valid data has rendered. `detail: { document, warnings }`: `warnings` lists figures no source covers (`[{ path, message }]`, also shown once in the console).
 * @fires {CustomEvent<{ message: string; issues: Issue[] }>} cp-error - The data cannot be shown. `detail: { message, issues: [{ path, message }] }`.
 * @csspart error - The `role="alert"` message listing what is wrong and where.
 * @csspart sources - The source line under the view.
 * @csspart sample - The notice that figures are samples, when the document says so.
 * @csspart placeholder - The quiet block shown while loading.
 * @csspart empty - The message shown before any data is set.
 * @cssprop [--cp-font-family=inherit] - Font of all text (inherits the host page's by default).
 * @cssprop [--cp-font-size=16px] - Base font size; everything inside scales from it.
 * @cssprop [--cp-color-text=#1b2430] - Text colour.
 * @cssprop [--cp-color-muted=#4a5663] - Secondary text colour.
 * @cssprop [--cp-color-background=#ffffff] - Background colour.
 * @cssprop [--cp-color-surface=#f3f5f8] - Background of cards and panels.
 * @cssprop [--cp-color-border=#8995a3] - Borders.
 * @cssprop [--cp-color-accent=#005a8c] - Links, selection and emphasis.
 * @cssprop [--cp-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--cp-color-focus=#c2410c] - The focus ring.
 * @cssprop [--cp-color-positive=#1a6b3c] - Gains and "on pace".
 * @cssprop [--cp-color-negative=#a8281e] - Losses, "behind" and errors.
 * @cssprop [--cp-color-error-background=#fdf0ef] - Background of the error message (#3a1715 in the dark theme).
 * @cssprop [--cp-color-occupation=#1a6b3c] - Occupations (always with a shape and a text badge too).
 * @cssprop [--cp-color-credential=#005a8c] - Credentials.
 * @cssprop [--cp-color-course=#6b4c00] - Courses.
 * @cssprop [--cp-color-experience=#7b3f8c] - Work experience.
 * @cssprop [--cp-color-other=#4a5663] - Competencies, assessments and milestones.
 * @cssprop [--cp-radius=8px] - Corner radius.
 * @cssprop [--cp-spacing=12px] - Base gap between parts.
 */
export abstract class CpElement<T extends AnyDocument> extends LitElement {
  static override styles = [hostStyles, baseStyles, chromeStyles];

  /**
   * The documents this element shows (a CTDL pathway counts as a pathway): each type's rules from
   * `src/schema/documents/`, so the element carries those and no others.
   */
  protected static documents: readonly DocumentRules[] = [];

  /**
   * Whether `size` measures the host and re-renders when it resizes. Off by default: it costs a layout
   * read on every first render and a render on every resize, which only elements laid out from their
   * box (the map, the ladder, the explorer) need; others narrow with container queries.
   */
  protected static observeSize = false;

  /**
   * The element's strings in each language beside English (its `<name>.messages.es.ts`, which brings the
   * shared ones too), loaded when an element of the class first speaks it: most pages are in English.
   */
  protected static translations: Partial<Record<Exclude<Language, 'en'>, Lazy<unknown>>> = {};

  /** URL of the JSON document to show (relative to the page). */
  @property({ reflect: true })
  get src(): string | undefined {
    return this.#src;
  }
  set src(value: string | undefined) {
    // Switching from data back to the same src still counts as a change: the last one set wins.
    const old = this.#lastSet === 'src' ? this.#src : SWITCHED;
    this.#src = value ?? undefined;
    this.#lastSet = 'src';
    this.requestUpdate('src', old);
  }

  /**
   * The document as an object. Setting it (or `src`) loads it; the last one set wins.
   * @type {AnyDocument}
   */
  @property({ attribute: false })
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    const old = this.#lastSet === 'data' ? this.#data : SWITCHED;
    this.#data = value;
    this.#lastSet = 'data';
    this.requestUpdate('data', old);
  }

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  #src: string | undefined;
  #data: unknown;
  #lastSet: 'src' | 'data' | undefined;
  #announcedRevision = 0;
  #announcedFailure: LoadFailure | undefined;
  /** The attributes' issues as last reported (JSON), and the failure made of them. */
  #attributeKey = '';
  #attributeFailure: LoadFailure | undefined;

  protected readonly language = new LangController(this);
  protected readonly loader = new DocumentLoader<T>(
    this,
    (this.constructor as typeof CpElement).documents as readonly DocumentRules<T>[],
    () => this.language.lang,
  );
  /**
   * The element's content box, kept current by a ResizeObserver (undefined until first measured), when
   * the class sets `observeSize`; otherwise it measures only what it is asked to `observe()`.
   */
  protected readonly size = new SizeController(this, (this.constructor as typeof CpElement).observeSize);

  /** A shared string in the element's language. */
  protected t(key: CommonKey, params?: Params): string {
    return translate(common, this.language.lang, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A document written inside the element (`<script type="application/json">`) is its data, unless
    // src or data was set: pages pre-rendered on a server carry their data this way, so the first
    // render in the browser matches the server's and hydrates cleanly.
    // An element upgraded while the parser is still inside it (an async module that arrived early) may not
    // have its children yet: look again once the document is parsed.
    if (!this.#readInline() && document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', this.#readLate, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this.#readLate);
  }

  readonly #readLate = (): void => void this.#readInline();

  /** Takes an inline document as data, unless src or data was set; whether there was one. */
  #readInline(): boolean {
    if (this.#lastSet) return true;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (!inline) return false;
    try {
      this.data = JSON.parse(inline.textContent ?? '');
    } catch (error) {
      this.loader.fail(
        failureOf([issueIn(common, '<script type="application/json">', 'notJsonIssue', { reason: (error as Error).message })]),
      );
    }
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('data')) {
      if (this.#lastSet === 'data' && this.#data !== undefined) this.loader.fromData(this.#data);
      else if (this.#src) void this.loader.fromUrl(this.#src);
    }
    if (!this.#src && this.#data === undefined) {
      const made = this.documentFromAttributes();
      if (made && made !== this.loader.document) this.loader.take(made);
    }
    // A server render calls willUpdate and render only, never update(): the issues are read here there.
    if (isServer) this.#readAttributes();
  }

  /**
   * Problems with the element's own attributes (an unknown id, a date that is not one), each in English
   * with the attribute as its path, made with `issueIn()` so that the alert can say it in the reader's
   * language. Read after every `willUpdate`, so it may return what that derived. The base shows them
   * (after any problem with the document itself), fires `cp-error` once for each new set of them with the
   * English detail, and withdraws the alert once the hook returns none.
   */
  protected attributeIssues(): readonly Issue[] {
    return [];
  }

  /**
   * A document made from attributes alone, for an element that can show one without `src` or `data` (the
   * meter's `goal`, `value`, `start` and `deadline`); undefined when the attributes make none. Read in
   * `willUpdate` while neither `src` nor `data` is set; a new object is a new document: it is shown and
   * announced with `cp-load` like a loaded one, so return the same object while the figures are the same.
   */
  protected documentFromAttributes(): T | undefined {
    return undefined;
  }

  protected override update(changed: PropertyValues): void {
    // After willUpdate, where the subclass derived its view, and before render, which shows the alert.
    this.#readAttributes();
    super.update(changed);
  }

  #readAttributes(): void {
    const issues = this.attributeIssues();
    const key = issues.length ? JSON.stringify(issues) : '';
    if (key === this.#attributeKey) return;
    this.#attributeKey = key;
    this.#attributeFailure = key ? failureOf([...issues]) : undefined;
  }

  /** What the alert shows: a problem with the document first, else one with the attributes. */
  #failure(): LoadFailure | undefined {
    return this.loader.failure ?? this.#attributeFailure;
  }

  /**
   * False while the element holds its document but has not drawn it yet: an element whose first view is
   * costly may lay it out in one task and draw it in the next, so that neither blocks input for long, and
   * show its placeholder in between. Meanwhile the host stays `aria-busy` and `cp-load` waits; the element
   * asks for an update once it has drawn.
   */
  protected get drawn(): boolean {
    return true;
  }

  protected override updated(_changed: PropertyValues): void {
    const { state, revision, document } = this.loader;
    const failure = this.#failure();
    if (state === 'loading' || (document && !this.drawn)) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    if (document && revision !== this.#announcedRevision && this.drawn) {
      this.#announcedRevision = revision;
      const { warnings } = this.loader;
      emit(this, 'cp-load', { document, warnings });
      const fresh = warnings.map((w) => `${document.id ?? document.type}: ${formatIssue(w)}`).filter((line) => !warned.has(line));
      fresh.forEach((line) => warned.add(line));
      if (fresh.length) console.warn(`<${this.localName}>: figures without a source\n  ${fresh.join('\n  ')}`);
    }
    if (failure && failure !== this.#announcedFailure) {
      this.#announcedFailure = failure;
      emit(this, 'cp-error', { message: failure.message, issues: failure.issues });
    }
  }

  /**
   * Fetches now the code this element otherwise loads on first need: the full validator, which says what
   * is wrong with a document, and its strings in every language. For a server render, which cannot wait
   * for them; elements add their own.
   */
  static preload(): Promise<void> {
    return Promise.all([validator.load(), ...Object.values(this.translations).map((strings) => strings.load())]).then(() => undefined);
  }

  /**
   * Before drawing in a language whose strings are not here yet, waits for them, so that a Spanish page
   * never shows English first; if they cannot be fetched, the element speaks English.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const language = languageOf(this.language.lang);
    const strings = language === 'en' ? undefined : (this.constructor as typeof CpElement).translations[language];
    if (!strings || strings.loaded) return super.scheduleUpdate();
    return strings.load().then(
      () => super.scheduleUpdate(),
      (error: unknown) => {
        console.warn(`<${this.localName}>: its "${language}" strings could not be loaded; showing English`, error);
        return super.scheduleUpdate();
      },
    );
  }

  /** Also waits for data that went to the full validator (see DocumentLoader) and for code fetched on a
   * reader's demand (see OnDemand), so that after `await el.updateComplete` the element shows the result. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let next = this.loader.validating ?? codeUnderWay(this); next; next = this.loader.validating ?? codeUnderWay(this)) {
      await next;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override render(): TemplateResult {
    const { state, document } = this.loader;
    const failure = this.#failure();
    const lang = this.language.lang;
    let body: TemplateResult | typeof nothing = nothing;
    if (document) body = this.renderDocument(document);
    else if (state === 'loading') body = this.renderLoading();
    else if (!failure) body = this.renderEmpty();
    const alert = failure
      ? renderFailure(failure, lang, this.errorTitle(failure === this.#attributeFailure ? 'attributes' : 'document'))
      : nothing;
    return html`${alert}${body}`;
  }

  /** The view of a valid document. */
  protected abstract renderDocument(document: T): TemplateResult;

  /** Shown before any data is set. */
  protected renderEmpty(): TemplateResult {
    return html`<p class="empty" part="empty">${this.t('empty')}</p>`;
  }

  /** Shown while loading: a quiet block the size of the final view. */
  protected renderLoading(): TemplateResult {
    return renderPlaceholder(this.language.lang);
  }

  /**
   * The heading of the error alert, e.g. "This pathway could not be shown"; `source` says whether the
   * problem is with the document or with the element's own attributes.
   */
  protected errorTitle(_source: 'document' | 'attributes' = 'document'): string {
    return this.t('errorTitle');
  }
}
