/**
 * The chart: every matching occupation as a faint point on a canvas (10,000 SVG nodes would not redraw
 * within a frame), with the listed rows on top as outlined SVG marks that take focus and have names.
 * The canvas is aria-hidden; the table beside it holds the same figures.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssVars } from '../../base/css-vars.js';
import { renderLegendList } from '../../base/parts.js';
import { formatMoney, formatNumber, formatPercent, shortWage } from '../../lib/format.js';
import { translate } from '../../i18n/translate.js';
import type { Row } from './occupation-explorer.filter.js';
import { cloudOf, PAINT_ORDER } from './occupation-explorer.cloud.js';
import { GREY } from './occupation-explorer.colours.js';
import type { ChartLabel } from './occupation-explorer.labels.js';
import type { ChartLayout, Point } from './occupation-explorer.layout.js';
import { messages } from './occupation-explorer.messages.js';
import { swatch } from './occupation-explorer.table.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { nameLang } from '../../schema/localize.js';

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
  /** Points named on the chart (see occupation-explorer.labels.ts). */
  labels: readonly ChartLabel[];
  ratio: number;
  details: TemplateResult | typeof nothing;
  onKey: (event: KeyboardEvent) => void;
  onFocus: (event: FocusEvent) => void;
  onBlur: (event: FocusEvent) => void;
  onLeave: () => void;
  onMove: (event: PointerEvent) => void;
  onClick: (event: MouseEvent) => void;
}

/** A series' colour class: `c0` to `c7`, or `cg` for grey. */
export const colourClass = (series: number) => (series >= GREY ? 'cg' : `c${series}`);

function mark(p: Point, v: ChartView): TemplateResult {
  const soc = p.row.soc;
  const cls = `mark ${colourClass(p.series)}${soc === v.linked?.row.soc ? ' linked' : ''}`;
  return svg`<circle class=${cls} data-soc=${soc} cx=${p.x} cy=${p.y} r=${p.r}
    tabindex=${soc === v.active ? '0' : '-1'} role="button" aria-label=${v.name(p.row)}></circle>`;
}

/** The direct labels: hidden from screen readers, which hear each point's own name. */
function labels(v: ChartView): TemplateResult {
  return svg`<g class="labels" aria-hidden="true">
    ${v.labels.map((label) => svg`<text class="label" text-anchor=${label.anchor}>${label.lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`)}
  </g>`;
}

function axes(v: ChartView): TemplateResult {
  const { layout: l, lang } = v;
  return svg`<g class="axes" aria-hidden="true">
    ${l.yTicks.map(
      (t) => svg`<line class="grid" x1=${l.left} x2=${l.right} y1=${t.at} y2=${t.at}></line>
      <text class="tick" x=${l.left - 6} y=${t.at} text-anchor="end" dominant-baseline="middle">${formatPercent(t.value, lang, true)}</text>`,
    )}
    ${l.xTicks.map(
      (t) => svg`<line class="grid" x1=${t.at} x2=${t.at} y1=${l.top} y2=${l.bottom}></line>
      <text class="tick" x=${t.at} y=${l.bottom + 16} text-anchor="middle">${formatMoney(t.value, lang, 'USD', true)}</text>`,
    )}
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
    <strong lang=${ifDefined(nameLang(v.lang))}>${o.title}</strong><br />${o.sector ? html`${o.sector}<br />` : nothing}${shortWage(o.wage, v.lang)} · ${formatPercent(o.growth, v.lang, true)}
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
    ${
      !v.measured
        ? html`<div class="plot-pending"></div>`
        : l.points.length
          ? // Key and focus listeners sit on the div: Blink makes an SVG element with focus listeners focusable.
            html`<div class="plot" @pointermove=${v.onMove} @pointerleave=${v.onLeave} @click=${v.onClick} @keydown=${v.onKey} @focusin=${v.onFocus} @focusout=${v.onBlur}>
          <canvas aria-hidden="true" width=${Math.round(l.width * v.ratio)} height=${Math.round(l.height * v.ratio)}></canvas>
          <svg width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="group" aria-label=${title} aria-describedby="chart-summary">
            ${axes(v)}
            <g class="marks">
              ${repeat(
                v.marks,
                (p) => p.row.soc,
                (p) => mark(p, v),
              )}
            </g>
            ${labels(v)}
            ${v.linked ? svg`<circle class="ring" cx=${v.linked.x} cy=${v.linked.y} r=${v.linked.r + 4}></circle>` : nothing}
          </svg>
          ${v.linked ? tip(v.linked, v) : nothing}
        </div>`
          : nothing
    }
    ${v.marks.length ? html`<p class="note">${translate(messages, lang, 'listedPoints')}</p>` : nothing}
    ${renderLegendList(
      v.legend.map((item) => html`${swatch(item.series)}${item.name} <span class="n">${formatNumber(item.count, lang)}</span>`),
      translate(messages, lang, 'legend'),
    )}
    ${v.details}
  </figure>`;
}

/**
 * Draws the points that are not marks (`skip` holds the marks' points): one path and one fill per colour,
 * each circle once per device pixel (see occupation-explorer.cloud.ts), grey first. `colours` are the
 * eight series colours and grey, read from CSS.
 */
export function drawCloud(
  canvas: HTMLCanvasElement,
  layout: ChartLayout,
  skip: ReadonlySet<Point>,
  colours: readonly string[],
  ratio: number,
): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, layout.width, layout.height);
  context.globalAlpha = 0.5;
  const runs = cloudOf(layout, skip, ratio);
  for (const colour of PAINT_ORDER) {
    const { circles } = runs[colour]!;
    if (!circles.length) continue;
    context.beginPath();
    for (let i = 0; i < circles.length; i += 3) {
      const x = circles[i]!;
      const y = circles[i + 1]!;
      const r = circles[i + 2]!;
      context.moveTo(x + r, y);
      context.arc(x, y, r, 0, 2 * Math.PI);
    }
    context.fillStyle = colours[colour] ?? 'gray';
    context.fill();
  }
}

/** The eight series colours and grey as CSS resolves them here (theme, custom properties, forced colours). */
export function readPalette(element: Element): string[] {
  const style = getComputedStyle(element);
  return ['--_c0', '--_c1', '--_c2', '--_c3', '--_c4', '--_c5', '--_c6', '--_c7', '--_cg'].map(
    (name) => style.getPropertyValue(name).trim() || 'gray',
  );
}

/** Where a faint point is drawn, as an anchor for the popover (it has no element of its own). */
export function pointAnchor(plot: Element, point: Point, width: number): { contextElement: Element; getBoundingClientRect(): DOMRect } {
  return {
    contextElement: plot,
    getBoundingClientRect: () => {
      const box = plot.getBoundingClientRect();
      const scale = box.width / (width || box.width);
      return new DOMRect(
        box.left + (point.x - point.r) * scale,
        box.top + (point.y - point.r) * scale,
        2 * point.r * scale,
        2 * point.r * scale,
      );
    },
  };
}
