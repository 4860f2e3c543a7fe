/** The details popover of a selected occupation: each figure with its basis and area, and its sources. */
import { html, nothing, type TemplateResult } from 'lit';
import { common } from '../../i18n/messages.js';
import { translate } from '../../i18n/translate.js';
import { formatMoney, formatNumber, formatPercent, headlineWage, isFigure } from '../../lib/format.js';
import { sourcesFor } from '../../base/parts.js';
import { safeUrl } from '../../lib/safe-url.js';
import type { SourceRef, Wage } from '../../schema/types.js';
import { educationLabel, figureArea, jobZoneLabel, type FigureLabels } from './occupation-explorer.describe.js';
import type { Row } from './occupation-explorer.filter.js';
import { messages } from './occupation-explorer.messages.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { nameLang } from '../../schema/localize.js';

export interface DetailsView {
  lang: string;
  row: Row;
  labels: FigureLabels;
  sources: readonly SourceRef[];
  /** Link to a pathway, `{id}` standing for its id. */
  pathwayHref: string;
  onToggle: (event: ToggleEvent) => void;
  onClose: () => void;
}

const FIELDS = ['wage', 'wageNational', 'growth', 'openings', 'education', 'jobZone', 'topJob'] as const;

function amount(wage: Wage | undefined, lang: string): string {
  const headline = headlineWage(wage);
  if (!headline || !wage) return translate(common, lang, 'notAvailable');
  return `${formatMoney(headline.amount, lang)} ${translate(common, lang, wage.period === 'hour' ? 'perHour' : 'perYear')}`;
}

/** "Median wage (national)": the basis comes from the figures themselves, the area from its source. */
function nationalLabel(wage: Wage | undefined, sources: readonly SourceRef[], lang: string): string {
  const basis = translate(common, lang, headlineWage(wage)?.basis === 'mean' ? 'meanWage' : 'medianWage');
  const area = figureArea(sources, 'wageNational', lang) ?? translate(common, lang, 'national');
  return `${basis.charAt(0).toUpperCase()}${basis.slice(1)} (${area})`;
}

function middleHalf(wage: Wage | undefined, lang: string): string {
  if (!wage || !isFigure(wage.p25) || !isFigure(wage.p75)) return '';
  return `; ${translate(messages, lang, 'middleHalf', { low: formatMoney(wage.p25, lang), high: formatMoney(wage.p75, lang) })}`;
}

export function renderDetails(v: DetailsView): TemplateResult {
  const { lang, labels } = v;
  const o = v.row.occupation;
  const t = (key: 'soc' | 'typicalEducation' | 'jobZone') => translate(messages, lang, key);
  const pathway = o.pathway && v.pathwayHref ? safeUrl(v.pathwayHref.replace('{id}', encodeURIComponent(o.pathway))) : undefined;
  const more = safeUrl(o.url);
  const present = FIELDS.filter((field) => o[field] !== undefined);
  const cited = sourcesFor(v.sources, present);
  return html`<div popover="auto" class="details" part="details" role="dialog" aria-labelledby="details-title" @toggle=${v.onToggle}>
    <h3 id="details-title" lang=${ifDefined(nameLang(lang))}>${o.title}</h3>
    <p class="meta">
      ${t('soc')} ${o.soc}${o.sector ? ` · ${o.sector}` : ''}${o.topJob ? html` <span class="badge">${translate(common, lang, 'topJob')}</span>` : nothing}
    </p>
    <dl>
      <dt>${labels.wage}</dt>
      <dd>${amount(o.wage, lang)}</dd>
      ${
        o.wageNational
          ? html`<dt>${nationalLabel(o.wageNational, v.sources, lang)}</dt>
            <dd>${amount(o.wageNational, lang)}${middleHalf(o.wageNational, lang)}</dd>`
          : nothing
      }
      <dt>${labels.growth}</dt>
      <dd>${formatPercent(o.growth, lang, true)}</dd>
      <dt>${labels.openings}</dt>
      <dd>${formatNumber(o.openings, lang)}</dd>
      <dt>${t('typicalEducation')}</dt>
      <dd>${educationLabel(o.education, lang)}</dd>
      <dt>${t('jobZone')}</dt>
      <dd>${jobZoneLabel(o.jobZone, lang)}</dd>
    </dl>
    ${
      o.description
        ? html`<details class="description">
          <summary>${translate(messages, lang, 'about')}</summary>
          <p>${o.description}</p>
        </details>`
        : nothing
    }
    ${
      pathway || more
        ? html`<p class="links">
          ${pathway ? html`<a href=${pathway}>${translate(messages, lang, 'pathway')}</a>` : nothing}
          ${more ? html`<a href=${more} rel="noopener" target="_blank">${translate(messages, lang, 'moreInfo')}</a>` : nothing}
        </p>`
        : nothing
    }
    ${
      cited.length
        ? html`<p class="cited">${translate(common, lang, cited.length === 1 ? 'source' : 'sources')}:
          ${cited.map((source, i) => {
            const href = safeUrl(source.url);
            return html`${i ? ' · ' : ''}${href ? html`<a href=${href} rel="noopener" target="_blank">${source.name}</a>` : source.name}`;
          })}</p>`
        : nothing
    }
    <button type="button" class="button close" @click=${v.onClose}>${translate(common, lang, 'close')}</button>
  </div>`;
}
