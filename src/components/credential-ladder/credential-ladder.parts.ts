/**
 * Templates of the ladder: a rung, a rung's details, and the table view. Functions of the derived view
 * only (no element state), so the class keeps to properties, lifecycle and handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderDataTable } from '../../base/parts.js';
import { common } from '../../i18n/messages.js';
import { translate, type Params } from '../../i18n/translate.js';
import { describeWage, formatCost, formatDuration, formatMoney } from '../../lib/format.js';
import { safeUrl } from '../../lib/safe-url.js';
import { nameLang } from '../../schema/localize.js';
import { addsTexts, basisText, costText, sameText, timeText, typeText, type Totals } from './credential-ladder.describe.js';
import type { ChartGeometry } from './credential-ladder.layout.js';
import { messages, type MessageKey } from './credential-ladder.messages.js';
import type { LadderModel, Opening, Rung } from './credential-ladder.model.js';
import type { WageLift } from './credential-ladder.wages.js';

/** Everything the templates need, derived in willUpdate. */
export interface View {
  readonly model: LadderModel;
  readonly totals: readonly Totals[];
  readonly lift: WageLift;
  /** Index of the learner's rung, or -1. */
  readonly current: number;
  /** Short names of the rungs (names.ts), for the chart's axis and the carry sentence. */
  readonly names: readonly string[];
  /** Text derived with the view: the chart's accessible description, its notes on flat steps, the carry line. */
  readonly said: { readonly chart: string; readonly chartNotes: readonly string[]; readonly carry: string };
  readonly chart?: ChartGeometry;
  /** The axis's names do not fit side by side: they take two rows, alternately (names.ts axisFits). */
  readonly stagger?: boolean;
}

/** Rungs show this many occupations; the details show them all. */
const OPENS_SHOWN = 3;

const say = (lang: string, key: MessageKey, params?: Params) => translate(messages, lang, key, params);

function renderOpening(open: Opening, lang: string): TemplateResult {
  return html`<li>
    <span class="occupation" lang=${ifDefined(nameLang(lang))}>${open.node.title}</span>
    <span class="wage">${open.wage ? describeWage(open.wage, lang, open.national) : nothing}</span>
    ${open.node.topJob ? html`<span class="top-job">${translate(common, lang, 'topJob')}</span>` : nothing}
  </li>`;
}

function renderOpens(opens: readonly Opening[], lang: string, limit = Infinity, label?: string): TemplateResult {
  if (!opens.length) return html`<p class="opens-none">${say(lang, 'opensNothing')}</p>`;
  const more = opens.length - limit;
  // A flat step says so where "Opens" would be: the same jobs, named again with their wages.
  return html`${label ? html`<p class="same">${label}</p>` : html`<p class="opens-label">${say(lang, 'opens')}</p>`}
    <ul class="opens">
      ${opens.slice(0, limit).map((open) => renderOpening(open, lang))}
      ${more > 0 ? html`<li class="more">${say(lang, 'moreOpens', { count: more })}</li>` : nothing}
    </ul>`;
}

/** Time, cost and the totals so far; left out when no rung of the ladder states them (a note says so). */
function renderFacts({ model, totals }: View, { node, index }: Rung, lang: string): TemplateResult | typeof nothing {
  if (!model.timed && !model.costed) return nothing;
  const total = totals[index]!;
  const so = [model.timed ? timeText(total.time, lang) : '', model.costed ? costText(total.cost, lang) : ''];
  return html`<dl class="facts">
    ${model.timed ? html`<div><dt>${say(lang, 'time')}</dt><dd>${formatDuration(node.duration, lang)}</dd></div>` : nothing}
    ${model.costed ? html`<div><dt>${say(lang, 'cost')}</dt><dd>${formatCost(node.cost, lang)}</dd></div>` : nothing}
    <div><dt>${say(lang, 'soFar')}</dt><dd>${so.filter(Boolean).join(' · ')}</dd></div>
  </dl>`;
}

export interface RungOptions {
  /** The button's accessible name, from describeRung(). */
  readonly label: string;
  readonly tabindex: number;
  readonly expanded: boolean;
  readonly next: boolean;
}

export function renderRung(view: View, rung: Rung, options: RungOptions, lang: string): TemplateResult {
  const { node, index } = rung;
  const here = index === view.current;
  const type = typeText(node, lang);
  const meta = [type, node.provider].filter(Boolean).join(' · ');
  const parts = `rung${here ? ' current' : ''}${options.next ? ' next' : ''}`;
  return html`<li class="rung ${here ? 'is-current' : ''} ${options.next ? 'is-next' : ''}" part=${parts} data-index=${index} aria-current=${here ? 'step' : nothing}>
    <div class="card">
      <div class="who">
        <div class="card-head">
          <span class="num" aria-hidden="true">${index + 1}</span>
          <button type="button" class="rung-button" tabindex=${options.tabindex} aria-label=${options.label} aria-haspopup="dialog" aria-expanded=${options.expanded} aria-controls="details">${node.title}</button>
        </div>
        ${here ? html`<p class="badge">${say(lang, 'youAreHere')}</p>` : options.next ? html`<p class="badge badge-next">${say(lang, 'nextRung')}</p>` : nothing}
        ${meta ? html`<p class="meta">${meta}</p>` : nothing}
        ${renderFacts(view, rung, lang)}
      </div>
      <div class="what">
        ${renderOpens(rung.opens, lang, OPENS_SHOWN, rung.same ? sameText(rung, lang) : undefined)}
        ${rung.same ? addsTexts(rung, lang).map((text) => html`<p class="adds-note">${text}</p>`) : nothing}
      </div>
    </div>
    ${rung.carries ? html`<span class="carry" part="carry" aria-hidden="true"></span>` : nothing}
  </li>`;
}

export function renderDetails(view: View, rung: Rung, lang: string, close: () => void): TemplateResult {
  const { node, index } = rung;
  const totals = view.totals[index]!;
  const href = safeUrl(node.url);
  const meta = [typeText(node, lang), node.provider, say(lang, 'rungOf', { n: index + 1, count: view.model.rungs.length })];
  return html`<h3 id="details-title">${node.title}</h3>
    <p class="meta">${meta.filter(Boolean).join(' · ')}</p>
    ${node.description ? html`<p>${node.description}</p>` : nothing}
    ${rung.same ? html`<p class="same">${sameText(rung, lang)}</p>` : nothing}
    ${
      view.model.timed || view.model.costed
        ? html`<dl>
          <dt>${say(lang, 'time')}</dt><dd>${formatDuration(node.duration, lang)}</dd>
          <dt>${say(lang, 'cost')}</dt><dd>${formatCost(node.cost, lang)}</dd>
          <dt>${say(lang, 'totalTimeColumn')}</dt><dd>${timeText(totals.time, lang)}</dd>
          <dt>${say(lang, 'totalCostColumn')}</dt><dd>${costText(totals.cost, lang)}</dd>
        </dl>`
        : nothing
    }
    ${renderOpens(rung.opens, lang)}
    ${rung.carries ? html`<p class="carry-note">${say(lang, 'carries')}</p>` : nothing}
    <p class="details-actions">
      ${href ? html`<a href=${href} rel="noopener" target="_blank">${say(lang, 'more')}</a>` : nothing}
      <button type="button" class="button" @click=${close}>${translate(common, lang, 'close')}</button>
    </p>`;
}

export function renderTable(view: View, lang: string): TemplateResult {
  const { model, totals, lift } = view;
  const basis = lift.key ? basisText(lift.key, model.area, lang) : undefined;
  return renderDataTable(
    model.ladder.title,
    [
      say(lang, 'rungColumn'),
      say(lang, 'credentialColumn'),
      say(lang, 'typeColumn'),
      say(lang, 'time'),
      say(lang, 'cost'),
      say(lang, 'totalTimeColumn'),
      say(lang, 'totalCostColumn'),
      say(lang, 'opens'),
      ...(basis ? [say(lang, 'bestColumn', { basis })] : []),
    ],
    model.rungs.map((rung, i) => {
      const step = lift.steps[i];
      const best = step?.best === undefined ? translate(common, lang, 'notAvailable') : formatMoney(step.best, lang);
      return html`<tr class=${i === view.current ? 'is-current' : ''} aria-current=${i === view.current ? 'step' : nothing}>
            <th scope="row">${i + 1}</th>
            <td>
              ${rung.node.title}${rung.node.provider ? html`<br /><span class="muted">${rung.node.provider}</span>` : nothing}
              ${i === view.current ? html`<br /><strong>${say(lang, 'youAreHere')}</strong>` : nothing}
              ${rung.carries ? html`<br /><span class="muted">${say(lang, 'carries')}</span>` : nothing}
            </td>
            <td>${typeText(rung.node, lang) ?? ''}</td>
            <td>${formatDuration(rung.node.duration, lang)}</td>
            <td>${formatCost(rung.node.cost, lang)}</td>
            <td>${timeText(totals[i]!.time, lang)}</td>
            <td>${costText(totals[i]!.cost, lang)}</td>
            <td>${renderOpens(rung.opens, lang)}</td>
            ${basis ? html`<td>${best}${step?.lift ? html` (+${formatMoney(step.lift, lang)})` : nothing}</td>` : nothing}
          </tr>`;
    }),
  );
}
