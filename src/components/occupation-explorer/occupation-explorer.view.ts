/**
 * The explorer's view of a view model: title, filters, chart beside the list, status, keyboard help and
 * sources. A template function only: what it shows is derived in occupation-explorer.derive.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderHelp } from '../../base/parts.js';
import { translate } from '../../i18n/translate.js';
import { localize, proseLang } from '../../schema/localize.js';
import type { OccupationsDocument } from '../../schema/types.js';
import { renderChart } from './occupation-explorer.chart.js';
import type { ViewModel } from './occupation-explorer.derive.js';
import { activeFilters } from './occupation-explorer.filter.js';
import { renderFilters } from './occupation-explorer.filter-panel.js';
import type { Interaction } from './occupation-explorer.interaction.js';
import { messages } from './occupation-explorer.messages.js';
import { renderTable } from './occupation-explorer.table.js';

export interface ExplorerView {
  vm: ViewModel;
  doc: OccupationsDocument;
  pick: Interaction;
  pathwayHref: string;
  /** False until the chart's width is known (and not pre-rendered). */
  measured: boolean;
  ratio: number;
  filtersOpen: boolean;
  announcement: string;
  keyboardHelp: string;
  footer: TemplateResult | typeof nothing;
  onSort: (event: Event) => void;
  onMore: () => void;
  onClear: () => void;
  onInput: (event: Event) => void;
  onToggle: () => void;
  /** The details popover's code, once fetched (on the first selection). */
  details: typeof import('./occupation-explorer.details.js') | undefined;
}

export function renderExplorer(v: ExplorerView): TemplateResult {
  const { vm, doc, pick } = v;
  const { lang } = vm;
  const open = pick.open;
  const details =
    open && v.details
      ? v.details.renderDetails({
          lang,
          row: open.row,
          labels: vm.labels,
          sources: doc.source,
          pathwayHref: v.pathwayHref,
          onToggle: pick.onToggle,
          onClose: pick.close,
        })
      : nothing;
  const shared = { lang, onKey: pick.onKey, onFocus: pick.onFocus, onBlur: pick.onBlur, onLeave: pick.onLeave };
  const table = renderTable({
    ...shared,
    ...vm.view,
    rows: vm.listed,
    matched: vm.matched.length,
    labels: vm.labels,
    active: pick.activeRow,
    linked: pick.linked,
    selected: open?.row.soc,
    orderText: vm.orderText,
    seriesOf: vm.seriesOf,
    sectorName: vm.sectorName,
    text: vm.text,
    details: open?.origin === 'list' ? details : nothing,
    onSort: v.onSort,
    onMore: v.onMore,
    onClear: v.onClear,
    onClick: pick.onRowClick,
    onOver: pick.onRowOver,
  });
  const chart = renderChart({
    ...shared,
    layout: vm.layout,
    measured: v.measured,
    xLabel: vm.labels.wage,
    yLabel: vm.labels.growth,
    summary: vm.summary,
    marks: vm.marks,
    name: (row) => vm.text(row).spoken,
    active: pick.activePoint,
    linked: vm.linkedPoint,
    legend: vm.legend,
    labels: vm.chartLabels,
    ratio: v.ratio,
    details: open?.origin === 'chart' ? details : nothing,
    onMove: pick.onPlotMove,
    onClick: pick.onPlotClick,
  });
  return html`<div class="explorer">
    ${doc.title ? html`<h2 class="title" part="title" lang=${ifDefined(proseLang(doc, lang))}>${localize(doc, lang).title}</h2>` : nothing}
    ${renderFilters({
      lang,
      criteria: vm.criteria,
      ...vm.view,
      sectors: vm.choices.sectors,
      sectorName: vm.sectorName,
      levels: vm.choices.levels,
      active: activeFilters(vm.criteria),
      open: v.filtersOpen,
      topJobsNote: vm.topJobsText,
      matched: vm.matched.length,
      onInput: v.onInput,
      onToggle: v.onToggle,
      onClear: v.onClear,
    })}
    <div class="body">${vm.matched.length ? chart : nothing}${table}</div>
    <p class="sr-only" role="status">${v.announcement}</p>
    ${renderHelp(v.keyboardHelp, html`<ul>${(['help1', 'help2', 'help3', 'help4'] as const).map((key) => html`<li>${translate(messages, lang, key)}</li>`)}</ul>`)}
    ${v.footer}
  </div>`;
}
