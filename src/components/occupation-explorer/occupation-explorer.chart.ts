/**
 * The chart: every matching occupation as a faint point on a canvas (10,000 SVG nodes would not redraw
 * within a frame), with the listed rows on top as outlined SVG marks that take focus and have names.
 * The canvas is aria-hidden; the table beside it holds the same figures.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssVars } from '../../base/css-vars.js';
import { formatMoney, formatNumber, formatPercent, shortWage } from '../../lib/format.js';
import { translate } from '../../i18n/translate.js';
import type { Row } from './occupation-explorer.filter.js';
import { cloudOf, isSquare } from './occupation-explorer.cloud.js';
import type { ChartLayout, Point } from './occupation-explorer.layout.js';
import { messages } from './occupation-explorer.messages.js';
import { swatch } from './occupation-explorer.table.js';

export interface LegendItem {
  name: string;
  series: number;
  count: number;
}

export interface ChartView {
  lang: string;
  layout: ChartLayout;
  /** False until the chart's width is known: the plot is drawn once, at its size. */
  measured: boolean;
  xLabel: string;
  yLabel: string;
  summary: string;
  /** Points of the listed rows: focusable, named, in list order. */
  marks: readonly Point[];
  /** A point's accessible name. */
  name: (row: Row) => string;
  active: string | undefined;
  linked: Point | undefined;
  legend: readonly LegendItem[];
  ratio: number;
  details: TemplateResult | typeof nothing;
  onKey: (event: KeyboardEvent) => void;
  onFocus: (event: FocusEvent) => void;
  onBlur: (event: FocusEvent) => void;
  onLeave: () => void;
  onMove: (event: PointerEvent) => void;
  onClick: (event: MouseEvent) => void;
}

function mark(p: Point, v: ChartView): TemplateResult {
  const soc = p.row.soc;
  const common = { tabindex: soc === v.active ? '0' : '-1', label: v.name(p.row) };
  const cls = `mark c${p.series % 8}${soc === v.linked?.row.soc ? ' linked' : ''}`;
  return isSquare(p.series)
    ? svg`<rect class=${cls} data-soc=${soc} x=${p.x - p.r * 0.9} y=${p.y - p.r * 0.9} width=${p.r * 1.8} height=${p.r * 1.8}
        tabindex=${common.tabindex} role="button" aria-label=${common.label}></rect>`
    : svg`<circle class=${cls} data-soc=${soc} cx=${p.x} cy=${p.y} r=${p.r}
        tabindex=${common.tabindex} role="button" aria-label=${common.label}></circle>`;
}

function axes(v: ChartView): TemplateResult {
  const { layout: l, lang } = v;
  return svg`<g class="axes" aria-hidden="true">
    ${l.yTicks.map((t) => svg`<line class="grid" x1=${l.left} x2=${l.right} y1=${t.at} y2=${t.at}></line>
      <text class="tick" x=${l.left - 6} y=${t.at} text-anchor="end" dominant-baseline="middle">${formatPercent(t.value, lang, true)}</text>`)}
    ${l.xTicks.map((t) => svg`<line class="grid" x1=${t.at} x2=${t.at} y1=${l.top} y2=${l.bottom}></line>
      <text class="tick" x=${t.at} y=${l.bottom + 16} text-anchor="middle">${formatMoney(t.value, lang, 'USD', true)}</text>`)}
    <line class="zero" x1=${l.left} x2=${l.right} y1=${l.zero} y2=${l.zero}></line>
    <text class="axis-title" x=${(l.left + l.right) / 2} y=${l.height - 6} text-anchor="middle">${v.xLabel}</text>
    <text class="axis-title" transform="rotate(-90)" x=${-(l.top + l.bottom) / 2} y="14" text-anchor="middle">${v.yLabel}</text>
  </g>`;
}

function tip(p: Point, v: ChartView): TemplateResult {
  const o = p.row.occupation;
  const below = p.y - p.r < 64;
  const x = Math.min(Math.max(p.x, 90), v.layout.width - 90);
  const y = below ? p.y + p.r + 6 : p.y - p.r - 6;
  return html`<div class=${below ? 'tip below' : 'tip'} aria-hidden="true" ${cssVars({ '--_tip-x': `${x}px`, '--_tip-y': `${y}px` })}>
    <strong>${o.title}</strong><br />${o.sector ? html`${o.sector}<br />` : nothing}${shortWage(o.wage, v.lang)} · ${formatPercent(o.growth, v.lang, true)}
  </div>`;
}

export function renderChart(v: ChartView): TemplateResult {
  const { layout: l, lang } = v;
  const title = translate(messages, lang, 'chart');
  return html`<figure class="chart" part="chart">
    <div class="sizer"></div>
    <figcaption>
      <strong class="chart-title">${title}</strong>
      <span class="summary" id="chart-summary">${v.summary}</span>
    </figcaption>
    ${!v.measured
      ? html`<div class="plot-pending"></div>`
      : l.points.length
      ? // Key and focus listeners sit on the div: Blink makes an SVG element with focus listeners focusable.
        html`<div class="plot" @pointermove=${v.onMove} @pointerleave=${v.onLeave} @click=${v.onClick} @keydown=${v.onKey} @focusin=${v.onFocus} @focusout=${v.onBlur}>
          <canvas aria-hidden="true" width=${Math.round(l.width * v.ratio)} height=${Math.round(l.height * v.ratio)}></canvas>
          <svg width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="group" aria-label=${title} aria-describedby="chart-summary">
            ${axes(v)}
            <g class="marks">
              ${repeat(v.marks, (p) => p.row.soc, (p) => mark(p, v))}
            </g>
            ${v.linked ? svg`<circle class="ring" cx=${v.linked.x} cy=${v.linked.y} r=${v.linked.r + 4}></circle>` : nothing}
          </svg>
          ${v.linked ? tip(v.linked, v) : nothing}
        </div>`
      : nothing}
    ${v.marks.length ? html`<p class="note">${translate(messages, lang, 'listedPoints')}</p>` : nothing}
    <ul class="legend" part="legend" aria-label=${translate(messages, lang, 'legend')}>
      ${v.legend.map((item) => html`<li>${swatch(item.series)}${item.name} <span class="n">${formatNumber(item.count, lang)}</span></li>`)}
    </ul>
    ${v.details}
  </figure>`;
}

/**
 * Draws the points that are not marks (`skip` holds the marks' points): one path and one fill per colour,
 * each shape once per device pixel (see occupation-explorer.cloud.ts). `colours` are the eight series
 * colours, read from CSS.
 */
export function drawCloud(canvas: HTMLCanvasElement, layout: ChartLayout, skip: ReadonlySet<Point>, colours: readonly string[], ratio: number): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, layout.width, layout.height);
  context.globalAlpha = 0.5;
  cloudOf(layout, skip, ratio, colours.length).forEach(({ circles, squares }, colour) => {
    if (!circles.length && !squares.length) return;
    context.beginPath();
    for (let i = 0; i < circles.length; i += 3) {
      const x = circles[i]!;
      const y = circles[i + 1]!;
      const r = circles[i + 2]!;
      context.moveTo(x + r, y);
      context.arc(x, y, r, 0, 2 * Math.PI);
    }
    for (let i = 0; i < squares.length; i += 3) {
      const r = squares[i + 2]!;
      context.rect(squares[i]! - r * 0.9, squares[i + 1]! - r * 0.9, r * 1.8, r * 1.8);
    }
    context.fillStyle = colours[colour]!;
    context.fill();
  });
}

/** The eight series colours as CSS resolves them here (theme, custom properties, forced colours). */
export function readPalette(element: Element): string[] {
  const style = getComputedStyle(element);
  return [0, 1, 2, 3, 4, 5, 6, 7].map((i) => style.getPropertyValue(`--_c${i}`).trim() || 'gray');
}

/** Where a faint point is drawn, as an anchor for the popover (it has no element of its own). */
export function pointAnchor(plot: Element, point: Point, width: number): { contextElement: Element; getBoundingClientRect(): DOMRect } {
  return {
    contextElement: plot,
    getBoundingClientRect: () => {
      const box = plot.getBoundingClientRect();
      const scale = box.width / (width || box.width);
      return new DOMRect(box.left + (point.x - point.r) * scale, box.top + (point.y - point.r) * scale, 2 * point.r * scale, 2 * point.r * scale);
    },
  };
}
