/**
 * Templates of the ladder: a rung and what it opens (a rung's details and the table view, shown only on
 * asking, are in credential-ladder.extras.ts). Functions of the derived view only (no element state), so
 * the class keeps to properties, lifecycle and handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { common } from '../../i18n/messages.js';
import { translate, type Params } from '../../i18n/translate.js';
import { describeWage, formatCost, formatDuration } from '../../lib/format.js';
import { nameLang } from '../../schema/localize.js';
import { addsTexts, costText, sameText, timeText, typeText, type Totals } from './credential-ladder.describe.js';
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

export function renderOpens(opens: readonly Opening[], lang: string, limit = Infinity, label?: string): TemplateResult {
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
