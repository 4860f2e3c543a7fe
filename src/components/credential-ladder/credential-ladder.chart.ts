/**
 * The wage-lift chart: each occupation a rung opens as a dot, and the best wage the learner qualifies for
 * after each rung as a line, with the lift above it. Geometry comes from chartLayout(); this only binds it.
 * SVG presentation attributes and classes only (no style strings), so a strict CSP allows it.
 *
 * The axis under it names the rungs in HTML rather than SVG text: a name wraps onto lines of its own
 * column the way text does, which SVG cannot, so "Associate degree" stays readable at 390 px. Its columns
 * are equal, as chartLayout's point scale (padding 0.5) puts each rung in the middle of an equal band.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { translate, type Params } from '../../i18n/translate.js';
import { formatMoney } from '../../lib/format.js';
import { basisText } from './credential-ladder.describe.js';
import { messages, type MessageKey } from './credential-ladder.messages.js';
import type { View } from './credential-ladder.parts.js';

export function renderChart(view: View, lang: string): TemplateResult {
  const { lift, model, chart, names, said } = view;
  const say = (key: MessageKey, params?: Params) => translate(messages, lang, key, params);
  const excluded = lift.excluded.length;
  const notCharted = excluded ? html`<p class="muted">${say('notCharted', { count: excluded })}</p>` : nothing;
  // Nothing to compare: one sentence, not a heading over an empty frame.
  if (!chart) return html`<figure class="chart chart-none" part="chart"><p class="muted">${say('noWages')}</p>${notCharted}</figure>`;
  return html`<figure class="chart" part="chart">
    <figcaption>
      <strong>${say('chartTitle')}</strong>
      ${lift.key ? html`<span class="basis">${basisText(lift.key, model.area, lang)}</span>` : nothing}
    </figcaption>
    <svg role="img" aria-label=${said.chart} viewBox="0 0 ${chart.width} ${chart.height}" width=${chart.width} height=${chart.height}>
      ${chart.ticks.map(
        (tick) => svg`<line class="grid" x1=${chart.left} x2=${chart.right} y1=${tick.y} y2=${tick.y}></line>
          <text class="tick" x=${chart.left} y=${tick.y - 4}>${formatMoney(tick.value, lang, 'USD', true)}</text>`,
      )}
      <path class="best-line" d=${chart.path} fill="none"></path>
      ${repeat(
        chart.columns,
        (column) => column.index,
        (column) => svg`<g class="column">
          ${column.best ? svg`<circle class="best" cx=${column.x} cy=${column.best.y} r="8"></circle>` : nothing}
          ${column.dots.map((dot) => svg`<circle class="dot" cx=${dot.x} cy=${dot.y} r="4.5"></circle>`)}
          ${
            column.best && column.lift
              ? svg`<text class="lift" x=${column.x} y=${column.best.y - 14} text-anchor="middle">+${formatMoney(column.lift, lang, 'USD', true)}</text>`
              : nothing
          }
        </g>`,
      )}
    </svg>
    <div class="axis ${view.stagger ? 'stagger' : ''}" aria-hidden="true">
      ${model.rungs.map(
        (rung, i) => html`<div class=${i === view.current ? 'is-current' : ''}>
          <span class="axis-name">${names[i]}</span>
          ${rung.same && lift.steps[i]?.lift === 0 ? html`<span class="axis-same">${say('sameAxis')}</span>` : nothing}
        </div>`,
      )}
    </div>
    <p class="legend" aria-hidden="true">
      <span class="key"><span class="key-dot"></span>${say('legendDots')}</span>
      <span class="key"><span class="key-line"></span>${say('legendLine')}</span>
    </p>
    ${said.chartNotes.map((note) => html`<p class="chart-note">${note}</p>`)}
    ${notCharted}
  </figure>`;
}
