/**
 * Templates of the full variant: the chart (bound from pure geometry), its legend, its table view and the
 * breakdown of shares. Functions of their arguments only; the element owns state and handlers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { common } from '../../i18n/messages.js';
import { translate } from '../../i18n/translate.js';
import { nice, ticks } from 'd3-array';
import { formatDate, formatNumber, formatPercent } from '../../lib/format.js';
import type { BreakdownItem } from '../../schema/types.js';
import { count, pointText, unitOf } from './campaign-meter.describe.js';
import { cssVars } from '../../base/css-vars.js';
import { renderLegendList } from '../../base/parts.js';
import type { Model } from './campaign-meter.model.js';
import type { ChartGeometry, ChartPoint } from './campaign-meter.layout.js';
import { messages } from './campaign-meter.messages.js';
import { dayOf, paceLine, today } from './campaign-meter.pace.js';

export interface ChartHandlers {
  keydown: (event: KeyboardEvent) => void;
  focus: (index: number) => void;
  hover: (index: number) => void;
  select: (index: number) => void;
  /** Focus or the pointer left the chart. */
  leave: (event: Event) => void;
}

const compact = (value: number, lang: string) => formatNumber(value, lang, { notation: 'compact', maximumFractionDigits: 1 });
const signed = (value: number, lang: string) => formatNumber(Math.round(value), lang, { signDisplay: 'exceptZero' });

/** The chart: one Tab stop (the active count), arrow keys between counts. */
export function renderChart(g: ChartGeometry, model: Model, lang: string, active: number, on: ChartHandlers): TemplateResult {
  const { plot } = g;
  const unit = unitOf(model.campaign, lang);
  return html`<svg class="chart-svg" part="chart" viewBox="0 0 ${g.width} ${g.height}" role="group" tabindex="-1"
    aria-label=${translate(messages, lang, 'chartTitle')} aria-describedby="summary chart-help"
    @keydown=${on.keydown} @focusout=${on.leave} @pointerleave=${on.leave}>
    <g aria-hidden="true">
      ${g.yTicks.map(
        (t) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${t.at} y2=${t.at}></line>
        <text class="tick" x=${plot.left - 6} y=${t.at} dy="0.32em" text-anchor="end">${compact(t.value, lang)}</text>`,
      )}
      ${g.xTicks.map((t) => svg`<text class="tick" x=${t.at} y=${plot.bottom + 18} text-anchor="middle">${t.value}</text>`)}
      <line class="axis" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
      <line class="goal-line" x1=${plot.left} x2=${plot.right} y1=${g.goalY} y2=${g.goalY}></line>
      <text class="goal-label" x=${plot.right} y=${g.goalY - 6} text-anchor="end">${translate(messages, lang, 'goal')} ${compact(model.campaign.goal, lang)}</text>
      ${
        g.asOfX === undefined
          ? nothing
          : svg`<line class="as-of" x1=${g.asOfX} x2=${g.asOfX} y1=${plot.top} y2=${plot.bottom}></line>
          <text class="as-of-label" x=${g.asOfX} y=${plot.top - 6} text-anchor=${g.asOfAnchor ?? 'middle'}>${asOfLabel(model.asOf, lang)}</text>`
      }
      <path class="pace" d=${g.paceLine}></path>
      <path class="progress" d=${g.progressLine}></path>
    </g>
    ${repeat(
      g.markers,
      (p) => p.date,
      (p, i) => svg`<g class="point" role="button" tabindex=${i === active ? 0 : -1}
      aria-label=${pointText(p, p.expected, { unit }, lang)} data-index=${i}
      @focus=${() => on.focus(i)} @pointerenter=${() => on.hover(i)} @click=${() => on.select(i)}>
      <circle class="hit" cx=${p.x} cy=${p.y} r="14"></circle>
      <circle class="ring" cx=${p.x} cy=${p.y} r="9"></circle>
      <circle class="dot" cx=${p.x} cy=${p.y} r="5"></circle>
    </g>`,
    )}
  </svg>`;
}

/** The details beside a count: date, count, pace line, difference. */
export function renderPointDetails(point: ChartPoint | undefined, model: Model, lang: string): TemplateResult | typeof nothing {
  if (!point) return nothing;
  const say = (key: 'paceLine' | 'difference') => translate(messages, lang, key);
  return html`<p class="popover-title"><strong>${formatDate(point.date, lang, true)}</strong></p>
    <dl>
      <dt>${translate(messages, lang, 'legendCounted')}</dt><dd>${count(point.value, lang)} ${unitOf(model.campaign, lang)}</dd>
      <dt>${say('paceLine')}</dt><dd>${count(point.expected, lang)}</dd>
      <dt>${say('difference')}</dt><dd>${signed(point.value - point.expected, lang)}</dd>
    </dl>`;
}

const swatch = (kind: string) =>
  html`<svg class="swatch" viewBox="0 0 24 8" aria-hidden="true"><line class=${kind} x1="1" x2="23" y1="4" y2="4"></line></svg>`;

/** The reporting date's label over its line: "Today", or the month of an `as-of` date in the past or future. */
export const asOfLabel = (asOf: string, lang: string, now = today()) =>
  asOf === now ? translate(messages, lang, 'legendToday') : formatDate(asOf, lang);

/** What each of the two lines means; the dash pattern tells them apart without colour. */
export function renderLegend(g: ChartGeometry, lang: string): TemplateResult {
  const say = (key: 'legendCounted' | 'legendPace') => translate(messages, lang, key);
  return renderLegendList([
    ...(g.points.length ? [html`${swatch('progress')}${say('legendCounted')}`] : []),
    html`${swatch('pace')}${say('legendPace')}`,
  ]);
}

/** The same data as a table: each count against the pace line, then the goal. */
export function renderTable(model: Model, lang: string): TemplateResult {
  const say = (key: 'chartTitle' | 'date' | 'legendCounted' | 'paceLine' | 'difference' | 'goal') => translate(messages, lang, key);
  const { campaign } = model;
  return html`<table class="table" part="table">
    <caption>${say('chartTitle')}</caption>
    <thead><tr><th scope="col">${say('date')}</th><th scope="col">${say('legendCounted')}</th><th scope="col">${say('paceLine')}</th><th scope="col">${say('difference')}</th></tr></thead>
    <tbody>
      ${model.counted.map((p) => {
        const expected = paceLine(campaign, dayOf(p.date)!);
        return html`<tr><th scope="row">${formatDate(p.date, lang, true)}</th><td>${count(p.value, lang)}</td>
          <td>${count(expected, lang)}</td><td>${signed(p.value - expected, lang)}</td></tr>`;
      })}
      <tr><th scope="row">${formatDate(campaign.deadline, lang, true)} (${say('goal')})</th><td>–</td><td>${count(campaign.goal, lang)}</td><td>–</td></tr>
    </tbody>
  </table>`;
}

/**
 * Each group's share of everything counted, on one labelled scale (0 to a round share above the largest):
 * bars of a whole, not progress tracks. The whole is the latest count, or the groups' sum if that is larger
 * (a breakdown may cover only some groups, and the data may add up to more than the count).
 */
export function renderBreakdown(
  items: readonly BreakdownItem[],
  model: Model,
  lang: string,
  asOf: string,
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const total = Math.max(
    model.pace.latest?.value ?? 0,
    items.reduce((sum, item) => sum + item.value, 0),
    1,
  );
  const largest = Math.max(...items.map((item) => item.value)) / total;
  const [, top = 1] = nice(0, largest, 4);
  const marks = ticks(0, top, 4);
  const say = (key: 'breakdown' | 'breakdownCaption', params?: Record<string, string>) => translate(messages, lang, key, params);
  return html`<section class="breakdown" part="breakdown" aria-labelledby="breakdown-title">
    <h3 id="breakdown-title">${say('breakdown')}</h3>
    <p class="breakdown-caption">${say('breakdownCaption', { total: count(total, lang), unit: unitOf(model.campaign, lang), date: asOf })}</p>
    <div class="breakdown-scale" aria-hidden="true"><span class="breakdown-ticks" ${cssVars({ '--_step': (marks[1] ?? top) / top })}>
      ${marks.map((mark) => html`<span class="breakdown-tick" ${cssVars({ '--_at': mark / top })}>${formatPercent(mark, lang)}</span>`)}
    </span></div>
    <ul>
      ${items.map(
        (item) => html`<li>
        <span class="breakdown-label">${item.label}</span>
        <span class="breakdown-value">${count(item.value, lang)}</span>
        <span class="breakdown-share">${formatPercent(item.value / total, lang)}</span>
        <span class="breakdown-bar" aria-hidden="true" ${cssVars({ '--_step': (marks[1] ?? top) / top })}><span ${cssVars({ '--_share': item.value / total / top })}></span></span>
      </li>`,
      )}
    </ul>
  </section>`;
}

/** A shared string (the table toggle's label). */
export const commonText = (lang: string, key: 'showTable' | 'showChart' | 'keyboardHelp') => translate(common, lang, key);
