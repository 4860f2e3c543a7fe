/**
 * The full variant's view: head, toolbar, chart or table, legend, breakdown and sources. With the chart's
 * templates, layout and styles it is what only `variant="full"` needs, so the element imports this module
 * when a full meter is first shown (issue 18), and a page with only the banner never downloads it.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { renderHelp, renderSources } from '../../base/parts.js';
import { PopoverController } from '../../base/popover.js';
import { emit } from '../../events/emit.js';
import { translate } from '../../i18n/translate.js';
import {
  commonText,
  renderBreakdown,
  renderChart,
  renderLegend,
  renderPointDetails,
  renderTable,
  type ChartHandlers,
} from './campaign-meter.chart.js';
import { chartStyles } from './campaign-meter.chart.styles.js';
import { summary } from './campaign-meter.describe.js';
import type { Model } from './campaign-meter.model.js';
import { chartLayout, defaultChartSize, type ChartGeometry, type ChartSize } from './campaign-meter.layout.js';
import { messages } from './campaign-meter.messages.js';
import { renderFullHead, type ViewContext } from './campaign-meter.parts.js';

export { chartLayout, chartStyles, summary };

/**
 * The full chart's size before its box exists, from the host's width and font size (one layout read),
 * so the chart is drawn in the first frame rather than a frame later. Undefined when the page sets its
 * own chart height or the host is not displayed: then the chart waits for its measurement, which
 * replaces the estimate whenever they differ.
 */
export function estimateSize(host: HTMLElement): ChartSize | undefined {
  if (typeof getComputedStyle !== 'function' || !host.isConnected) return undefined;
  const style = getComputedStyle(host);
  if (style.getPropertyValue('--cp-campaign-meter-chart-height').trim()) return undefined;
  const width = host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return width > 0 ? defaultChartSize(width, parseFloat(style.fontSize) || 16) : undefined;
}

/**
 * The full view's state and handlers: the chart's geometry and spoken summary (set by the element as it
 * derives them), the count that is the Tab stop, the table toggle and the count's details popover.
 */
export class FullView {
  geometry: ChartGeometry | undefined;
  summary: string | undefined;
  /** The count that is the chart's Tab stop. */
  active = 0;
  table = false;
  readonly #points: PopoverController;
  #model: Model | undefined;

  constructor(private readonly host: LitElement) {
    this.#points = new PopoverController(host, () => host.renderRoot.querySelector<HTMLElement>('.point-popover'), 'top');
  }

  /** New figures start on the latest count; a resize keeps the place (markers may have been thinned). */
  show(model: Model, geometry: ChartGeometry | undefined, summary: string): void {
    if (model !== this.#model) this.active = Infinity;
    this.#model = model;
    [this.geometry, this.summary] = [geometry, summary];
    if (geometry) this.active = Math.max(0, Math.min(this.active, geometry.markers.length - 1));
  }

  render(ctx: ViewContext): TemplateResult {
    return renderFull(ctx, this);
  }

  #point(index: number): SVGElement | null {
    return this.host.renderRoot.querySelector<SVGElement>(`.point[data-index="${index}"]`);
  }

  async #focusPoint(index: number): Promise<void> {
    this.active = index;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#point(index)?.focus();
  }

  #select(index: number): void {
    const point = this.geometry?.markers[index];
    if (!point) return;
    void this.#focusPoint(index);
    emit(this.host, 'cp-select', { id: point.date, kind: 'progress', item: 'point' });
  }

  get open(): boolean {
    return this.#points.isOpen;
  }

  readonly handlers: ChartHandlers = {
    keydown: (event) => {
      const last = (this.geometry?.markers.length ?? 0) - 1;
      const steps: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
      let next: number;
      if (event.key in steps) next = Math.min(last, Math.max(0, this.active + steps[event.key]!));
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = last;
      else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        return this.#select(this.active);
      } else if (event.key === 'Escape' && this.#points.isOpen) {
        event.stopPropagation();
        return this.#points.close();
      } else return;
      event.preventDefault();
      if (last >= 0) void this.#focusPoint(next);
    },
    focus: (index) => {
      this.active = index;
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
      const focusInside =
        event.type === 'focusout' ? next !== null && svg.contains(next) : svg.contains((this.host.renderRoot as ShadowRoot).activeElement);
      if (!focusInside) this.#points.close();
    },
  };

  readonly toggleTable = (): void => {
    this.table = !this.table;
    this.#points.close();
    this.host.requestUpdate();
  };
}

/** What the full view shows of the element's state. */
type FullState = Pick<FullView, 'geometry' | 'summary' | 'active' | 'table' | 'open' | 'handlers' | 'toggleTable'>;

function renderFull(ctx: ViewContext, state: FullState): TemplateResult {
  const { model, lang, text: words } = ctx;
  const { geometry: g, table } = state;
  const open = state.open ? g?.markers[state.active] : undefined;
  // Before the first count there is nothing to chart: the head's goal, deadline and time left say it all.
  if (!words.valueText) {
    return html`<section class="meter full" part="meter" aria-labelledby=${words.title ? 'title' : nothing}>
      ${renderFullHead(ctx)} ${renderSources(model.campaign.source, lang, model.campaign.sample)}
    </section>`;
  }
  return html`<section class="meter full" part="meter" aria-labelledby=${words.title ? 'title' : nothing}>
    ${renderFullHead(ctx)}
    <div class="toolbar">
      <button class="button" aria-pressed=${String(table)} @click=${state.toggleTable}>${commonText(lang, 'showTable')}</button>
      ${renderHelp(commonText(lang, 'keyboardHelp'), html`<p id="chart-help">${translate(messages, lang, 'chartHelp')}</p>`)}
    </div>
    <div class="chart ${table ? 'as-table' : ''}">
      ${table ? renderTable(model, lang) : g ? renderChart(g, model, lang, state.active, state.handlers) : nothing}
    </div>
    ${g && !table ? renderLegend(g, lang) : html`<ul class="legend"></ul>`}
    ${table ? nothing : html`<div class="print-table">${renderTable(model, lang)}</div>`}
    <p id="summary" hidden>${state.summary}</p>
    ${renderBreakdown(model.counted.length === model.campaign.progress.length ? model.campaign.breakdown : [], model, lang, words.asOf!)}
    ${renderSources(model.campaign.source, lang, model.campaign.sample)}
    <div class="point-popover" popover="manual" aria-hidden="true">${renderPointDetails(open, model, lang)}</div>
  </section>`;
}
