/**
 * What a reader opens to read more, fetched on first use (issue 18): a step's details (in the popover
 * beside it on hover or focus, or inside its card on a phone once selected), the table view, which says
 * the same figures with the same bases, and the keyboard help. A page whose readers only look at the map
 * never downloads it; the element asks for it as a reader comes near (controllers/figures-loader.ts), and
 * shows nothing new until it is here.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderDataTable, sourcesFor } from '../../../base/parts.js';
import { common } from '../../../i18n/messages.js';
import { translate } from '../../../i18n/translate.js';
import {
  describeWage,
  formatCost,
  formatDate,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPercent,
  isFigure,
} from '../../../lib/format.js';
import { safeUrl } from '../../../lib/safe-url.js';
import { itemLang, nameLang } from '../../../schema/localize.js';
import type { PathwayDocument, PathwayNode } from '../../../schema/types.js';
import type { Graph } from '../model/graph.js';
import { messages, term, type MessageKey } from '../pathway-map.messages.js';
import { kindSwatch } from './panels.js';

const t = (lang: string, key: MessageKey) => translate(messages, lang, key);

/**
 * The styles of what this chunk renders, which come with it: a map adopts them before it renders any of it
 * (controllers/figures-loader.ts), and a server, which has this chunk from `preload()`, writes them out.
 */
export const figuresStyles = css`
  /* The details popover (shown once this is here). A fixed width, not a maximum: a shrink-to-fit popover changes size as it is moved near an edge, and
     changing size while floating-ui's ResizeObserver repositions it is a "ResizeObserver loop" error. */
  .details {
    width: min(24em, calc(100vw - 16px));
    max-width: none;
    font-size: 0.875em;
  }
  .details .description {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
  }
  th .description {
    display: block;
    margin-top: 0.25em;
    color: var(--_muted);
    font-weight: 400;
  }
  .details .kind {
    margin: 0;
    color: var(--_muted);
  }
  .details .from {
    color: var(--_muted);
  }
  .keys dt {
    white-space: nowrap;
  }
  kbd {
    padding: 0 0.35em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    font: inherit;
    font-size: 0.85em;
  }
  .table-wrap {
    max-height: var(--_map-height, 36em);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  caption {
    padding: 0.5em 0.6em;
  }
  /* A rule above each row, not below: the table sits in its own bordered box, which closes the last row,
     and the caption inside the box needs the rule under it. */
  th,
  td {
    border-top: 1px solid var(--_border);
    border-bottom: 0;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
  }
  /* A phone's width: each step a card, its name across, each figure under its column's name (the headings,
     which would not fit, go); an empty cell takes no room. The page scrolls, not a box inside it. */
  .stacked .table-wrap {
    max-height: none;
  }
  .stacked thead {
    display: none;
  }
  .stacked table,
  .stacked caption,
  .stacked tbody {
    display: block;
  }
  .stacked tbody tr {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.4em 1em;
    padding: 0.65em 0.6em;
    border-top: 1px solid var(--_border);
  }
  .stacked tbody th,
  .stacked tbody td {
    padding: 0;
    border: 0;
  }
  .stacked tbody th,
  .stacked tbody td.wide {
    grid-column: 1 / -1;
  }
  .stacked tbody td:empty {
    display: none;
  }
  .stacked tbody td::before {
    content: attr(data-label);
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
  }
`;

/**
 * The steps a node leads to, with each name marked as published (`lang="en"`
 * in a view in another language) and its link's note after it; `none` when there is none.
 */
function nextNames(graph: Graph, i: number, doc: PathwayDocument, related: boolean | undefined, lang: string): TemplateResult | string {
  const name = nameLang(lang);
  const links = graph.out[i]!.filter((e) => related === undefined || !!graph.related[e] === related);
  if (!links.length) return t(lang, 'none');
  return html`${links.map((e, k) => {
    const note = doc.edges[e]?.note;
    return html`${k ? '; ' : ''}<span lang=${ifDefined(name)}>${graph.nodes[graph.to[e]!]!.title}</span>${note ? html` (<span lang=${ifDefined(itemLang(doc.edges[e]!, lang))}>${note}</span>)` : ''}`;
  })}`;
}

/** The basis of each kind of figure, in words ("Colorado, May 2023", "national, 2024–34"). */
interface Bases {
  readonly wage: string;
  readonly wageNational: string;
  readonly growth: string;
  readonly openings: string;
}

/**
 * Read from the source that covers each field: its area ("United States" said as "national") and period (a
 * span such as "2024-34" in its name or note, else its date). Regional wages fall back to the document's
 * region, which the schema defines them for; nothing is said where no source says it.
 */
function basesOf(doc: PathwayDocument, lang: string): Bases {
  const of = (field: string, fallbackArea?: string, average = false) => {
    const source = doc.source.find((s) => s.covers?.includes(field));
    const area = source?.area ?? fallbackArea;
    const span = /(\d{4})\s*[-–]\s*(\d{2,4})\b/.exec(`${source?.name ?? ''} ${source?.note ?? ''}`);
    const period = span ? `${span[1]}–${span[2]}` : source?.date ? formatDate(source.date, lang) : '';
    const when = period && average ? translate(messages, lang, 'yearlyAverage', { period }) : period;
    const where = area && /^(United States|US|USA|national)$/i.test(area) ? translate(common, lang, 'national') : area;
    return [where, when].filter(Boolean).join(', ');
  };
  const national = doc.source.find((s) => s.covers?.includes('wageNational'))?.date;
  // The national wage already says "national" beside its figure; its basis adds only the period.
  return {
    wage: of('wage', doc.region),
    wageNational: national ? formatDate(national, lang) : '',
    growth: of('growth'),
    openings: of('openings', undefined, true),
  };
}
const based = (value: string, basis: string, lang: string) => (basis ? translate(messages, lang, 'withBasis', { value, basis }) : value);

/** What is known of one step, as [label key, value]: every figure it has, each with its basis. */
function facts(node: PathwayNode, lang: string, bases: Bases): [MessageKey, string][] {
  const rows: [MessageKey, string][] = [];
  const add = (key: MessageKey, value: string | undefined) => value && rows.push([key, value]);
  add('soc', node.soc);
  // Each wage (the region's, then the nation's) with its mean beside the median where it has both, and
  // its middle half (p25–p75) and middle 80% (p10–p90), each range labelled with the area it is for.
  for (const [wage, national] of [
    [node.wage, false],
    [node.wageNational, true],
  ] as const) {
    if (!wage) continue;
    const { mean, median, period, p10, p25, p75, p90 } = wage;
    const both = isFigure(median) && isFigure(mean) ? `; ${describeWage({ mean, period }, lang)}` : '';
    const basis = national ? bases.wageNational : bases.wage;
    add(national ? 'wageNational' : 'wage', based(describeWage(wage, lang, national) + both, basis, lang));
    const range = (low: number | undefined, high: number | undefined) =>
      isFigure(low) && isFigure(high)
        ? based(
            `${formatMoney(low, lang)}–${formatMoney(high, lang)} ${translate(common, lang, period === 'hour' ? 'perHour' : 'perYear')}`,
            basis,
            lang,
          )
        : undefined;
    add(national ? 'rangeNational' : 'range', range(p25, p75));
    add(national ? 'range80National' : 'range80', range(p10, p90));
  }
  if (isFigure(node.growth)) add('projected', based(formatPercent(node.growth, lang, true), bases.growth, lang));
  if (isFigure(node.openings)) add('openings', based(formatNumber(node.openings, lang), bases.openings, lang));
  if (node.education) add('education', term(node.education, lang));
  if (isFigure(node.jobZone)) add('jobZone', String(node.jobZone));
  if (node.credentialType) add('credentialType', term(node.credentialType, lang));
  add('provider', node.provider);
  if (node.duration) add('duration', formatDuration(node.duration, lang));
  if (node.cost) add('cost', formatCost(node.cost, lang));
  return rows;
}

/** The details popover's content for one step: its figures, where they come from, and its link. */
export function renderDetails(doc: PathwayDocument, graph: Graph, i: number, lang: string): TemplateResult {
  const node = graph.nodes[i]!;
  const stage = doc.stages[graph.stage[i]!]!.label;
  const fields = Object.keys(node);
  const sources = sourcesFor(doc.source, fields);
  const related = graph.out[i]!.some((e) => graph.related[e]);
  const link = safeUrl(node.url);
  return html`<h3 lang=${ifDefined(nameLang(lang))}>${node.title}</h3>
    <p class="kind" data-kind=${node.kind}>${kindSwatch(node.kind)} ${t(lang, node.kind)}${node.topJob ? html` · <span class="star">★</span> ${translate(common, lang, 'topJob')}` : nothing}</p>
    ${node.description ? html`<p class="description" lang=${ifDefined(itemLang(node, lang))}>${node.description}</p>` : nothing}
    <dl>
      ${[['stage', stage] as const, ...facts(node, lang, basesOf(doc, lang))].map(([key, value]) => html`<dt>${t(lang, key)}</dt><dd>${value}</dd>`)}
      <dt>${t(lang, 'next')}</dt><dd>${nextNames(graph, i, doc, false, lang)}</dd>
      ${related ? html`<dt>${t(lang, 'relatedJobs')}</dt><dd>${nextNames(graph, i, doc, true, lang)}</dd>` : nothing}
    </dl>
    ${link ? html`<p><a href=${link} target="_blank" rel="noopener">${t(lang, 'more')}</a></p>` : nothing}
    ${
      sources.length
        ? html`<p class="from">${t(lang, 'from')}: ${sources.map((source, k) => {
            const href = safeUrl(source.url);
            return html`${k ? '; ' : ''}${href ? html`<a href=${href} target="_blank" rel="noopener">${source.name}</a>` : source.name}`;
          })}</p>`
        : nothing
    }`;
}

const DETAILS: readonly MessageKey[] = ['soc', 'credentialType', 'provider', 'duration', 'cost'];

/**
 * The same pathway as a table: one row per step, in stage order. `stacked` (a phone's width, where the map
 * is the stacked sections too): each row a card, the step across, each figure under its column's name; the
 * page scrolls, not a box inside it. It stays a table for screen readers.
 */
export function renderTable(doc: PathwayDocument, graph: Graph, order: readonly number[], lang: string, stacked = false): TemplateResult {
  const caption = translate(messages, lang, 'tableCaption', { title: doc.title });
  const bases = basesOf(doc, lang);
  // Related jobs get their own column, so "Leads to" keeps to the routes the document states.
  const hasRelated = graph.related.includes(1);
  const columns: MessageKey[] = [
    'step',
    'kind',
    'stage',
    'wage',
    'projected',
    'details',
    'next',
    ...(hasRelated ? (['relatedJobs'] as const) : []),
  ];
  const label = columns.map((key) => t(lang, key));
  const table = renderDataTable(
    caption,
    label,
    order.map((i) => {
      const node = graph.nodes[i]!;
      const figures = facts(node, lang, bases).filter(([key]) => DETAILS.includes(key));
      const national = !node.wage && !!node.wageNational;
      return html`<tr data-id=${node.id}>
            <th scope="row"><span lang=${ifDefined(nameLang(lang))}>${node.title}</span>${node.description ? html`<span class="description" lang=${ifDefined(itemLang(node, lang))}>${node.description}</span>` : nothing}</th>
            <td data-label=${label[1]!}>${t(lang, node.kind)}${node.topJob ? html`, ${translate(common, lang, 'topJob')}` : nothing}</td>
            <td data-label=${label[2]!}>${doc.stages[graph.stage[i]!]!.label}</td>
            <td data-label=${label[3]!}>${node.kind === 'occupation' ? based(describeWage(node.wage ?? node.wageNational, lang, national), national ? bases.wageNational : bases.wage, lang) : ''}</td>
            <td data-label=${label[4]!}>${isFigure(node.growth) ? based(formatPercent(node.growth, lang, true), bases.growth, lang) : ''}</td>
            <td data-label=${label[5]!} class="wide">${figures.map(([key, value]) => `${t(lang, key)}: ${value}`).join('; ')}</td>
            <td data-label=${label[6]!} class="wide">${nextNames(graph, i, doc, hasRelated ? false : undefined, lang)}</td>
            ${hasRelated ? html`<td data-label=${label[7]!} class="wide">${nextNames(graph, i, doc, true, lang)}</td>` : nothing}
          </tr>`;
    }),
  );
  return stacked ? html`<div class="stacked">${table}</div>` : table;
}

/** The keyboard map, with the arrows that follow the map's direction (the stacked sections read top to
 * bottom, and have nothing to zoom). */
export function renderHelp(lang: string, horizontal: boolean): TemplateResult {
  const keys = (...names: string[]) => names.map((name) => html`<kbd>${name}</kbd> `);
  const [along, within] = horizontal
    ? [
        ['←', '→'],
        ['↑', '↓'],
      ]
    : [
        ['↑', '↓'],
        ['←', '→'],
      ];
  return html`<h3>${t(lang, 'keysTitle')}</h3>
    <dl>
      <dt>${keys(...along)}</dt><dd>${t(lang, 'keysMove')}</dd>
      <dt>${keys(...within)}</dt><dd>${t(lang, 'keysStage')}</dd>
      <dt>${keys('Home', 'End')}</dt><dd>${t(lang, 'keysEnds')}</dd>
      <dt>${keys('Enter', 'Space')}</dt><dd>${t(lang, 'keysSelect')}</dd>
      <dt>${keys('Esc')}</dt><dd>${t(lang, 'keysEscape')}</dd>
      ${horizontal ? html`<dt>${keys('+', '−', '0', '1')}</dt><dd>${t(lang, 'keysZoom')}</dd>` : nothing}
    </dl>`;
}
