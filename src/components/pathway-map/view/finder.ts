/**
 * The route finder: pick where you start and where you want to go, and see up to two routes side by side:
 * what to earn and where it leads, what each step usually needs, and the total time, cost and wage gain
 * where they are known (one line where they are not).
 *
 * This module is the finder's own chunk, with the route search and totals it alone uses: it loads when the
 * finder is first opened, or at once when `from`/`to` or a link ask for a route (controllers/finder-loader.ts).
 * The disclosure around it, which every map shows closed, is in view/finder-shell.ts.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { translate } from '../../../i18n/translate.js';
import { NAME, nameLang } from '../../../schema/localize.js';
import type { PathwayDocument } from '../../../schema/types.js';
import type { Graph } from '../model/graph.js';
import { messages } from '../pathway-map.messages.js';
import { kindSwatch } from './panels.js';
import { formatTotals, routeSteps, routeTotals, stepNotes } from '../model/routes.js';
import type { End } from './finder-shell.js';

export { findRoutes } from '../model/routes.js';

/**
 * The pickers' and routes' styles, which come with them: a map adopts them when this chunk is here, before
 * it renders what they style (controllers/finder-loader.ts). The closed disclosure's are the element's own.
 */
export const finderStyles = css`
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0.5em 0;
  }
  .pickers label {
    display: grid;
    /* minmax(0, …): a select sized by its longest option must not push the label past the element. */
    grid-template-columns: minmax(0, 1fr);
    min-width: 0;
    flex: 1 1 14em;
    gap: 0.25em;
    font-size: 0.875em;
  }
  select {
    min-height: 2.25em;
    width: 100%;
    max-width: 100%;
    padding: 0.25em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .routes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
    gap: var(--_gap);
  }
  .route {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .route h3 {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
  .route ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .route dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.75em;
    margin: 0.5em 0;
    font-size: 0.875em;
  }
  .route dt {
    color: var(--_muted);
  }
  .route dd {
    margin: 0;
  }
`;

export interface FinderInput {
  readonly doc: PathwayDocument;
  readonly graph: Graph;
  readonly lang: string;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly routes: readonly (readonly number[])[];
  /** The route drawn on the map. */
  readonly shown: number;
  readonly onPick: (end: End, id: string | undefined) => void;
  readonly onShow: (route: number) => void;
}

/** What the open disclosure holds: the two pickers, then the routes found (or the sentence saying there is none). */
export function renderFinder(input: FinderInput): TemplateResult {
  const { doc, graph, lang, routes } = input;
  const t = (key: keyof typeof messages.en, params = {}) => translate(messages, lang, key, params);
  // Names stay as published: in a view in another language they are marked English, also inside a sentence.
  const nameLanguage = ifDefined(nameLang(lang));
  const name = (title: string) => html`<span lang=${nameLanguage}>${title}</span>`;
  // Each name's place in the sentence is found by a marker of its own: languages may order them differently.
  const sentence = (key: keyof typeof messages.en, titles: Record<string, string>) => {
    const names = Object.values(titles);
    const marked = t(key, Object.fromEntries(Object.keys(titles).map((k, n) => [k, `${NAME}${n}`])));
    return html`${marked.split(new RegExp(`${NAME}(\\d)`)).map((part, k) => (k % 2 ? name(names[Number(part)]!) : part))}`;
  };
  const picker = (end: End) => {
    const current = input[end];
    return html`<label>${t(end === 'from' ? 'start' : 'goal')}
      <select @change=${(event: Event) => input.onPick(end, (event.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${!current}>${t('choose')}</option>
        ${doc.stages.map(
          (stage, s) => html`<optgroup label=${stage.label}>
            ${doc.nodes.map((node, i) => (graph.stage[i] === s ? html`<option value=${node.id} ?selected=${node.id === current} lang=${nameLanguage}>${node.title}</option>` : nothing))}
          </optgroup>`,
        )}
      </select>
    </label>`;
  };
  const title = (id: string | undefined) => doc.nodes[graph.index.get(id ?? '') ?? -1]?.title ?? '';
  let results: TemplateResult | typeof nothing = nothing;
  if (input.from && input.to) {
    results = routes.length
      ? html`<p class="note">${t('totalsNote')}</p><div class="routes">
          ${routes.map((route, r) => {
            const totals = formatTotals(routeTotals(graph, route), lang);
            const steps = routeSteps(graph, route);
            // The start is where the reader is, not a step to take: it heads the list, so the count matches it.
            return html`<section class="route" part="route" aria-labelledby=${`route-${r}`}>
              <h3 id=${`route-${r}`}>${t('route', { n: r + 1 })}: ${t('steps', { count: steps.length })}</h3>
              ${steps.some((step) => step.related) ? html`<p class="note">${t('routeRelated')}</p>` : nothing}
              <p class="note route-start">${sentence('routeFrom', { title: graph.nodes[route[0]!]!.title })}</p>
              <ol>
                ${steps.map((step) => {
                  const node = graph.nodes[step.node]!;
                  const notes = stepNotes(graph, step, lang);
                  const verb = node.kind === 'credential' ? t('doEarn') : node.kind === 'occupation' ? t('doWork') : t(node.kind);
                  return html`<li data-id=${node.id}>${kindSwatch(node.kind)} ${verb}: ${name(node.title)}${notes.length ? html` <span class="step-note">(${notes.join('; ')})</span>` : nothing}</li>`;
                })}
              </ol>
              <dl>
                ${totals.time ? html`<dt>${t('totalTime')}</dt><dd>${totals.time}</dd>` : nothing}
                ${totals.cost ? html`<dt>${t('totalCost')}</dt><dd>${totals.cost}</dd>` : nothing}
                <dt>${t('wageGain')}</dt><dd>${totals.wage}</dd>
              </dl>
              ${totals.unpublished ? html`<p class="note">${totals.unpublished}</p>` : nothing}
              ${
                routes.length > 1
                  ? html`<button class="button" aria-pressed=${input.shown === r ? 'true' : 'false'} @click=${() => input.onShow(r)}>${t('showRoute', { n: r + 1 })}</button>`
                  : nothing
              }
            </section>`;
          })}
        </div>`
      : html`<p class="no-route">${sentence('noRoute', { from: title(input.from), to: title(input.to) })}</p>`;
  }
  return html`<div class="pickers">${picker('from')}${picker('to')}</div>${results}`;
}
