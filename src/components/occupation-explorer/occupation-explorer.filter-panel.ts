/** The search box and filter panel. On narrow screens the panel folds behind a "Filters" button. */
import { html, nothing, type TemplateResult } from 'lit';
import { translate, type Params } from '../../i18n/translate.js';
import type { EducationLevel } from '../../schema/types.js';
import { educationLabel, sortLabel } from './occupation-explorer.describe.js';
import { SORT_KEYS, SORT_ORDERS, type Criteria, type SortKey, type SortOrder } from './occupation-explorer.filter.js';
import { messages, type MessageKey } from './occupation-explorer.messages.js';

export interface FiltersView {
  lang: string;
  criteria: Criteria;
  sort: SortKey;
  order: SortOrder;
  sectors: readonly string[];
  /** A sector's name in the reader's language. */
  sectorName: (sector: string) => string;
  levels: readonly EducationLevel[];
  /** Filters set besides the search, for the folded button's label. */
  active: number;
  open: boolean;
  /** What the Top Jobs marks cover; undefined when no occupation is marked (no filter then). */
  topJobsNote: string | undefined;
  /** How many occupations match: with none, the list's own "Clear filters" is the one offered. */
  matched: number;
  onInput: (event: Event) => void;
  onToggle: () => void;
  onClear: () => void;
}

export function renderFilters(v: FiltersView): TemplateResult {
  const t = (key: MessageKey, params?: Params) => translate(messages, v.lang, key, params);
  const { query, sector, education, topJobs, minWage, maxWage } = v.criteria;
  return html`<div class="controls" part="filters" @input=${v.onInput}>
    <div class="search-row">
      <label class="field search">
        <span class="label">${t('search')}</span>
        <input type="search" name="query" .value=${query} placeholder=${t('searchHint')} autocomplete="off" spellcheck="false" />
      </label>
      <button type="button" class="button toggle" aria-expanded=${v.open ? 'true' : 'false'} aria-controls="filters" @click=${v.onToggle}>
        ${v.active ? t('filtersActive', { count: v.active }) : t('filters')}
      </button>
    </div>
    <div id="filters" class=${v.open ? 'filters open' : 'filters'}>
      <div class="fields">
        <label class="field">
          <span class="label">${t('sector')}</span>
          <select name="sector">
            <option value="" ?selected=${!sector}>${t('allSectors')}</option>
            ${v.sectors.map((name) => html`<option value=${name} ?selected=${name === sector}>${v.sectorName(name)}</option>`)}
          </select>
        </label>
        <label class="field">
          <span class="label">${t('education')}</span>
          <select name="education">
            <option value="" ?selected=${!education}>${t('anyEducation')}</option>
            ${v.levels.map((level) => html`<option value=${level} ?selected=${level === education}>${educationLabel(level, v.lang)}</option>`)}
          </select>
        </label>
        <label class="field wage">
          <span class="label">${t('minWage')}</span>
          <input type="number" name="minWage" min="0" step="1000" inputmode="numeric" .value=${minWage === undefined ? '' : String(minWage)} />
        </label>
        <label class="field wage">
          <span class="label">${t('maxWage')}</span>
          <input type="number" name="maxWage" min="0" step="1000" inputmode="numeric" .value=${maxWage === undefined ? '' : String(maxWage)} />
        </label>
        <label class="field">
          <span class="label">${t('sortBy')}</span>
          <select name="sort">
            ${SORT_KEYS.flatMap((key) =>
              // The default order has one direction: the best choices first.
              (key === 'demand' ? (['desc'] as const) : SORT_ORDERS).map((order) => {
                const selected = key === v.sort && (key === 'demand' || order === v.order);
                return html`<option value="${key}-${order}" ?selected=${selected}>${sortLabel(key, order, v.lang)}</option>`;
              }),
            )}
          </select>
        </label>
      </div>
    ${
      v.topJobsNote !== undefined || topJobs || v.matched
        ? html`<div class="filters-end">
          ${
            v.topJobsNote !== undefined || topJobs
              ? html`<div class="top-jobs">
                <label class="check">
                  <input type="checkbox" name="topJobs" .checked=${!!topJobs} aria-describedby="top-jobs-note" />
                  <span>${t('topJobs')}</span>
                </label>
                <p class="note" id="top-jobs-note">${v.topJobsNote ?? ''}</p>
              </div>`
              : nothing
          }
          ${v.matched ? html`<button type="button" class="button clear" ?disabled=${!v.active && !query} @click=${v.onClear}>${t('clear')}</button>` : nothing}
        </div>`
        : nothing
    }
    </div>
  </div>`;
}
