/**
 * What a reader sees only on asking: a rung's details and the table view. A chunk of its own, fetched on
 * the first selection or the first switch to the table (issue 18): most visits read the ladder as drawn.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderDataTable } from '../../base/parts.js';
import { common } from '../../i18n/messages.js';
import { translate, type Params } from '../../i18n/translate.js';
import { formatCost, formatDuration, formatMoney } from '../../lib/format.js';
import { safeUrl } from '../../lib/safe-url.js';
import { basisText, costText, sameText, timeText, typeText } from './credential-ladder.describe.js';
import { messages, type MessageKey } from './credential-ladder.messages.js';
import type { Rung } from './credential-ladder.model.js';
import { renderOpens, type View } from './credential-ladder.parts.js';

const say = (lang: string, key: MessageKey, params?: Params) => translate(messages, lang, key, params);

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
