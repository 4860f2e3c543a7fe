/**
 * The parts around the drawn map: the legend and the toolbar. Plain Lit templates of the data; the route
 * finder is in view/finder.ts; a step's details, the data table and the keyboard help in view/figures.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MenuButtonController, MenuItem } from '../../../base/menu-button.js';
import { renderLegendList } from '../../../base/parts.js';
import { common } from '../../../i18n/messages.js';
import { translate } from '../../../i18n/translate.js';
import type { EdgeKind, NodeKind, PathwayDocument } from '../../../schema/types.js';
import { EDGE_KINDS, NODE_KINDS } from '../../../schema/types.js';
import { glyphPath } from '../layout/shapes.js';
import { messages, type MessageKey } from '../pathway-map.messages.js';

const t = (lang: string, key: MessageKey) => translate(messages, lang, key);

export const kindSwatch = (kind: NodeKind) =>
  html`<svg class="swatch" data-kind=${kind} width="14" height="14" aria-hidden="true"><path class="glyph" transform="translate(1 1)" d=${glyphPath(kind, 12)}></path></svg>`;
// The legend draws its own arrowhead: the map's markers are not there in the table view.
const edgeSwatch = (kind: EdgeKind) =>
  html`<svg class="swatch" width="36" height="14" aria-hidden="true"><path class="edge" data-kind=${kind} d="M1,7H28"></path><path class="arrow" d="M35,7L28,2.5V11.5Z"></path></svg>`;

/** The legend's words for a kind of link: a link from O*NET Related Occupations is named a related job. */
const linkLabel = (kind: EdgeKind, related: boolean): MessageKey =>
  !related ? kind : kind === 'advances' ? 'advancesRelated' : kind === 'lateral' ? 'lateralRelated' : 'relatedJobs';

/** The kinds of step and of link the pathway uses, each with its shape or line, and the Top Job mark. */
export function renderLegend(doc: PathwayDocument, lang: string): TemplateResult {
  const kinds = NODE_KINDS.filter((kind) => doc.nodes.some((node) => node.kind === kind));
  // A kind can appear twice: once as a route the document states, once as O*NET related jobs.
  const links = EDGE_KINDS.flatMap((kind) =>
    [false, true]
      .filter((related) => doc.edges.some((edge) => edge.kind === kind && (edge.basis === 'related-occupations') === related))
      .map((related) => [kind, related] as const),
  );
  return renderLegendList(
    [
      ...kinds.map((kind) => html`${kindSwatch(kind)}<span>${t(lang, kind)}</span>`),
      ...links.map(([kind, related]) => {
        // Related jobs are drawn only for a chosen step (pathway-map/view/styles.ts): the legend says so.
        const label = related ? translate(messages, lang, 'shownOnSelect', { link: t(lang, linkLabel(kind, related)) }) : t(lang, kind);
        return html`${edgeSwatch(kind)}<span>${label}</span>`;
      }),
      ...(doc.nodes.some((node) => node.topJob)
        ? [html`<span class="star" aria-hidden="true">★</span><span>${translate(common, lang, 'topJob')}</span>`]
        : []),
    ],
    t(lang, 'legend'),
  );
}

export interface ToolbarInput {
  readonly lang: string;
  /** True while the map (not the table) is shown. */
  readonly map: boolean;
  /** False for the stacked sections, which scroll with the page and have nothing to zoom. */
  readonly zoomable?: boolean;
  /** A message about an export that could not be made. */
  readonly notice: string;
  /** The "More" menu button's controller, which keeps its open state and keys. */
  readonly menu: MenuButtonController;
  readonly zoom: (factor: number) => void;
  readonly fit: () => void;
  readonly toggle: () => void;
  readonly download: (kind: 'svg' | 'png') => void;
  /** Opens the keyboard help. */
  readonly help: () => void;
}

/**
 * Below the map, one row even on a phone: the zoom buttons, then everything else behind one "More" menu
 * (the table view, export, the keyboard help). In the table view the zoom buttons and export go; the menu
 * stays, to come back to the map.
 */
export function renderToolbar({
  lang,
  map,
  zoomable = true,
  notice,
  menu,
  zoom,
  fit,
  toggle,
  download,
  help,
}: ToolbarInput): TemplateResult {
  const button = (key: MessageKey, action: () => void, content: unknown = t(lang, key)) =>
    html`<button class="button" type="button" aria-label=${t(lang, key)} @click=${action}>${content}</button>`;
  const items: MenuItem[] = [
    { label: translate(common, lang, 'showTable'), checked: !map, run: toggle },
    ...(map
      ? [
          { label: t(lang, 'downloadSvg'), run: () => download('svg') },
          { label: t(lang, 'downloadPng'), run: () => download('png') },
        ]
      : []),
    { label: translate(common, lang, 'keyboardHelp'), run: help },
  ];
  return html`<div class="toolbar" part="toolbar">
    ${map && zoomable ? html`<span class="zoom">${button('zoomOut', () => zoom(0.8), '−')}${button('zoomIn', () => zoom(1.25), '+')}${button('fit', fit)}</span>` : nothing}
    ${menu.render({ label: t(lang, 'moreTools'), items, parts: { button: 'more-button', menu: 'more-menu' } })}
    ${notice ? html`<p class="notice" part="notice">${notice}</p>` : nothing}
  </div>`;
}
