/**
 * The element's whole view, as one template of its derived view model (model/derive.ts) and its state:
 * the header, the map (drawn, or stacked sections), the details popover, the toolbar, the route finder,
 * the legend, the sources and the keyboard help. No `this`: the element passes what it holds and the
 * handlers to call. The map comes first, so that it is the element's first Tab stop; the tools follow it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssVars } from '../../../base/css-vars.js';
import type { MenuButtonController } from '../../../base/menu-button.js';
import { renderSources } from '../../../base/parts.js';
import { translate } from '../../../i18n/translate.js';
import { nameLang, proseLang } from '../../../schema/localize.js';
import { figuresOf } from '../layout/card.js';
import type { Layout } from '../layout/layout.js';
import type { Shown } from '../layout/window.js';
import type { MapView } from '../model/derive.js';
import { messages, type MessageKey } from '../pathway-map.messages.js';
import type { Finder } from '../controllers/finder-loader.js';
import { renderFinderShell, type End } from './finder-shell.js';
import { leadsOf, renderList } from './list.js';
import type { Figures } from '../controllers/figures-loader.js';
import { renderLegend, renderToolbar } from './panels.js';
import { renderScene } from './scene.js';

type Handler<E extends Event = Event> = (event: E) => void;

export interface MapViewInput {
  readonly v: MapView;
  readonly lang: string;
  /** The table shows once its code is here (with a step's details, view/figures.ts); the map until then. */
  readonly view: 'map' | 'table';
  readonly figures: Figures | undefined;
  /** The figures' code could not be fetched: the details and the keyboard help say so instead. */
  readonly figuresFailed: boolean;
  readonly status: string;
  readonly notice: string;
  /** Zoomed out below readable text: the note with the way back shows. */
  readonly small: boolean;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly shownRoute: number;
  readonly finderOpen: boolean;
  /** The route finder's chunk, once here (controllers/finder-loader.ts), and whether fetching it failed. */
  readonly finder: Finder | undefined;
  readonly finderFailed: boolean;
  /** While an export is made, a map shown as stacked sections is drawn too, out of sight. */
  readonly exporting: boolean;
  /** The drawn map's box height, and what of a big map is drawn (all when undefined). */
  readonly height: number;
  readonly shown: Shown | undefined;
  /** The step whose details the popover shows. */
  readonly details: number | undefined;
  readonly menu: MenuButtonController;
  readonly on: {
    readonly key: Handler<KeyboardEvent>;
    readonly click: Handler<MouseEvent>;
    readonly listClick: Handler<MouseEvent>;
    readonly focus: Handler<FocusEvent>;
    /** The details popover's pointer and focus handlers (controllers/details.ts). */
    readonly hovered: Handler;
    readonly left: Handler;
    readonly blurred: Handler<FocusEvent>;
    readonly keep: () => void;
    readonly closeSoon: () => void;
    readonly actualSize: () => void;
    readonly fit: () => void;
    readonly zoom: (factor: number) => void;
    readonly toggleTable: () => void;
    readonly help: () => void;
    readonly download: (kind: 'svg' | 'png') => void;
    readonly finderToggle: (open: boolean) => void;
    readonly pick: (end: End, id: string | undefined) => void;
    readonly showRoute: (route: number) => void;
  };
}

const t = (lang: string, key: MessageKey) => translate(messages, lang, key);

function renderStacked(input: MapViewInput): TemplateResult {
  const { v, lang, on, figures } = input;
  const { doc, graph, model, chosen } = v;
  const list = html`<div class="list" part="map" role="group" aria-roledescription=${t(lang, 'roleMap')} aria-label=${doc.title} aria-describedby="summary"
    @keydown=${on.key} @click=${on.listClick} @focusin=${on.focus}>
    ${guard([model, lang, chosen, figures, input.figuresFailed], () =>
      renderList({
        // A selected card opens once its details are here (or to say they could not be fetched).
        ...{ doc, graph, model, lang, open: figures || input.figuresFailed ? chosen : undefined },
        figures: (i) => figuresOf(doc.nodes[i]!, lang, doc.region),
        leads: (i) => leadsOf(graph, i),
        details: (i) => renderDetails(input, i),
      }),
    )}
  </div>`;
  // An export draws the map, so while one is made the drawing is there too, out of sight.
  return input.exporting && model.layout
    ? html`${list}<div class="offstage" aria-hidden="true">${renderDrawn(input, model.layout)}</div>`
    : list;
}

function renderDrawn(input: MapViewInput, layout: Layout): TemplateResult {
  const { v, lang, on, shown } = input;
  const { doc, model } = v;
  return html`<div class="viewport" part="map" ${cssVars({ '--_h': `${input.height}px` })}>
    ${
      input.small
        ? html`<p class="zoom-note" part="zoom-note">${t(lang, 'smallText')} <button class="button" type="button" @click=${on.actualSize}>${t(lang, 'actualSize')}</button></p>`
        : nothing
    }
    <svg class="map" tabindex="-1" role="group" aria-roledescription=${t(lang, 'roleMap')} aria-label=${doc.title} aria-describedby="summary"
      @keydown=${on.key} @click=${on.click} @pointerover=${on.hovered} @pointerout=${on.left} @focusin=${on.focus} @focusout=${on.blurred}>
      <g class="layer">
        ${guard([model, shown], () => renderScene({ doc, layout, cards: model.cards, label: model.label, stages: model.stages, shown }))}
      </g>
    </svg>
  </div>`;
}

/** A step's details, from the figures' code; its title and why not, if that code could not be fetched. */
function renderDetails({ v: { doc, graph }, lang, figures, figuresFailed }: MapViewInput, i: number) {
  if (figures) return figures.renderDetails(doc, graph, i, lang);
  if (!figuresFailed) return nothing;
  return html`<h3 lang=${ifDefined(nameLang(lang))}>${graph.nodes[i]!.title}</h3>
    <p>${t(lang, 'detailsFailed')}</p>`;
}

export function renderMapView(input: MapViewInput): TemplateResult {
  const { v, lang, on, menu } = input;
  const { doc, graph, model, list, routes } = v;
  const written = proseLang(doc, lang);
  const figures = input.figures;
  const table = input.view === 'table' ? figures?.renderTable : undefined;
  const map = !table;
  const body = model.layout
    ? html`${table ? guard([doc, lang, model, list], () => table(doc, graph, model.order, lang, list)) : list ? renderStacked(input) : renderDrawn(input, model.layout)}
        <div id="details" class="details" part="details" popover="manual" @pointerenter=${on.keep} @pointerleave=${on.closeSoon}>
          ${input.details !== undefined && graph.nodes[input.details] ? renderDetails(input, input.details) : nothing}
        </div>
        ${renderToolbar({ lang, map, zoomable: !list, notice: input.notice, menu, fit: on.fit, download: on.download, zoom: on.zoom, toggle: on.toggleTable, help: on.help })}
        ${guard([doc, lang, input.from, input.to, routes, input.shownRoute, input.finderOpen, input.finder, input.finderFailed], () =>
          renderFinderShell({
            ...{ lang, open: input.finderOpen, from: input.from, to: input.to, failed: input.finderFailed, onToggle: on.finderToggle },
            body: input.finder?.renderFinder({
              ...{ doc, graph, lang, from: input.from, to: input.to, routes: routes as number[][], shown: input.shownRoute },
              ...{ onPick: on.pick, onShow: on.showRoute },
            }),
          }),
        )}
        ${guard([doc, lang], () => renderLegend(doc, lang))}`
    : html`<p class="empty" part="empty">${t(lang, 'emptyPathway')}</p>`;
  return html`<header class="head">
      <h2 class="heading" part="title" lang=${ifDefined(written)}>${doc.title}</h2>
      ${doc.summary ? html`<p class="about" part="description" lang=${ifDefined(written)}>${doc.summary}</p>` : nothing}
      <p class="summary" part="summary" id="summary">${model.summary}</p>
    </header>
    ${body} ${renderSources(doc.source, lang, doc.sample)}
    <p class="sr-only" role="status">${input.status}</p>
    <div id="keys" class="keys" part="keyboard-help" popover>${guard([lang, list, figures, input.figuresFailed], () =>
      figures ? figures.renderHelp(lang, !list) : input.figuresFailed ? html`<p>${t(lang, 'helpFailed')}</p>` : nothing,
    )}</div>`;
}
