/**
 * The map on a phone: the stages as stacked sections, each step a full-width card saying what it is, the
 * figure that matters and where it leads. A narrow screen gets a layout of its own rather than the
 * desktop picture in a pan window (DESIGN.md: "the layout changes, not everything shrinks").
 *
 * Each card's button is named by what it shows (title, kind, figure), so speech input finds it by
 * what is on screen; the section heading says the stage. It is the same map to the element: each
 * `.step` carries `data-i` and holds its focusable `.node` first, so the marks (emphasis, selection, the one Tab stop) and the keyboard walk along the links work
 * on it unchanged. "Leads to" names each next step as a button that moves focus there; the buttons are
 * out of the Tab order (the arrow keys walk the same links) but a screen reader's reading cursor and a
 * finger reach them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { nameLang } from '../../../schema/localize.js';
import { common } from '../../../i18n/messages.js';
import { translate } from '../../../i18n/translate.js';
import type { PathwayDocument } from '../../../schema/types.js';
import type { Graph } from '../model/graph.js';
import { messages, type MessageKey } from '../pathway-map.messages.js';
import type { MapModel } from '../model/model.js';
import { kindSwatch } from './panels.js';

export interface ListInput {
  readonly doc: PathwayDocument;
  readonly graph: Graph;
  readonly model: MapModel;
  readonly lang: string;
  /** The figure line of step i: its wage with its basis, or its type, time and cost. */
  readonly figures: (i: number) => readonly string[];
  /** Where a step leads, grouped under a heading each (see `leadsOf`). */
  readonly leads: (i: number) => readonly Lead[];
  /** The step whose details show inside its card, if any. */
  readonly open: number | undefined;
  /** The details of step i. */
  readonly details: (i: number) => TemplateResult | typeof nothing;
}

/** One group of next steps: a heading ("Leads to", "Related jobs (O*NET)") and the steps' indices. */
export interface Lead {
  readonly label: MessageKey;
  readonly to: readonly number[];
}

const t = (lang: string, key: MessageKey) => translate(messages, lang, key);

function card(input: ListInput, i: number): TemplateResult {
  const { doc, lang, graph } = input;
  const node = doc.nodes[i]!;
  const leads = input.leads(i);
  // Names stay as published: in a Spanish view they are marked English, so they are said as such.
  const name = ifDefined(nameLang(lang));
  return html`<li class="step" data-i=${i} data-id=${node.id} data-kind=${node.kind}>
    <div class="node" role="button" tabindex="-1" aria-pressed="false">
      <span class="kind-mark">${kindSwatch(node.kind)}</span>
      <span class="step-title"><span lang=${name}>${node.title}</span><span class="sr-only">, ${t(lang, node.kind)}</span></span>
      ${input.figures(i).map((line) => html`<span class="step-figure"><span class="sr-only">, </span>${line}</span>`)}
      ${node.topJob ? html`<span class="step-figure step-top"><span class="sr-only">, </span><span aria-hidden="true">★ </span>${translate(common, lang, 'topJob')}</span>` : nothing}
    </div>
    ${leads.map(
      (lead, k) => html`<div class="leads">
        <span class="leads-label" id=${`leads-${i}-${k}`}>${t(lang, lead.label)}:</span>
        <ul class="leads-list" aria-labelledby=${`leads-${i}-${k}`}>
          ${lead.to.map((j) => html`<li><button class="lead" type="button" tabindex="-1" data-to=${j} lang=${name}>${graph.nodes[j]!.title}</button></li>`)}
        </ul>
      </div>`,
    )}
    ${input.open === i ? html`<div class="inline-details" part="details">${input.details(i)}</div>` : nothing}
  </li>`;
}

/** The stacked map: one section per stage with a sticky heading, its steps in reading order. */
export function renderList(input: ListInput): TemplateResult {
  const { doc, model } = input;
  return html`${doc.stages.map(
    (stage, s) => html`<section class="stage-section" aria-labelledby=${`stage-${s}`}>
      <h3 class="stage-title" id=${`stage-${s}`}>${stage.label}</h3>
      ${
        model.byStage[s]!.length
          ? html`<ul class="cards">
            ${repeat(
              model.byStage[s]!,
              (i) => doc.nodes[i]!.id,
              (i) => card(input, i),
            )}
          </ul>`
          : html`<p class="stage-empty">${t(input.lang, 'none')}</p>`
      }
    </section>`,
  )}`;
}

/** Where step i leads: the steps its links go to, in document order, and apart from them the jobs that
 * O*NET only lists as related (similar work, not a step up), which are not advice to move on. */
export function leadsOf(graph: Graph, i: number): Lead[] {
  const next: number[] = [];
  const related: number[] = [];
  for (const e of graph.out[i]!) (graph.related[e] ? related : next).push(graph.to[e]!);
  const leads: Lead[] = [];
  if (next.length) leads.push({ label: 'next', to: next });
  if (related.length) leads.push({ label: 'relatedJobs', to: related });
  return leads;
}
