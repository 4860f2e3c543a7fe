/**
 * The banner, the compact card and the head of the full view, as functions of a context the element
 * derives. Each row has a fixed minimum height, and the loading placeholder repeats the rows, so the page
 * does not move when the figures arrive.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { translate } from '../../i18n/translate.js';
import { formatDate } from '../../lib/format.js';
import { safeUrl } from '../../lib/safe-url.js';
import { cssVars } from '../../base/css-vars.js';
import { count, percentText, type Texts } from './campaign-meter.describe.js';
import type { Model } from './campaign-meter.model.js';
import { messages, type MessageKey } from './campaign-meter.messages.js';

import type { Variant } from './campaign-meter.variant.js';

export type { Variant };

export interface ViewContext {
  model: Model;
  text: Texts;
  lang: string;
  /** The figure drawn this frame of the count-up (the accessible value is always the final one). */
  shown: number | undefined;
  /** "Not updated since 10:42 AM" while polling fails. */
  stale: string | undefined;
  /** The sources: a button and popover (banner, compact) or nothing (full renders its footer). */
  sources: TemplateResult | typeof nothing;
}

/** A key figure over its caption, or a sentence in place of figures. */
type Cell = { value: TemplateResult | string; caption: string } | { note: string };

const say = (lang: string, key: MessageKey, params?: Record<string, string>) => translate(messages, lang, key, params);

/** A figure drawn at its final width (a hidden copy), so digits counting up never move what follows. */
function rolling(final: string, shown: string, part?: string): TemplateResult {
  return html`<span class="figure" part=${part ?? nothing}><span class="figure-final" aria-hidden="true">${final}</span><span
      class="figure-shown" aria-hidden="true">${shown}</span><span class="sr-only">${final}</span></span>`;
}

/** The count, drawn at its final width (a hidden copy) so the digits counting up never move the line. */
export function renderFigure(final: number, shown: number | undefined, lang: string): TemplateResult {
  const text = count(final, lang);
  return rolling(text, shown === undefined || shown === final ? text : count(shown, lang), 'figure');
}

/** The percent of the goal, counting up with the count: a figure and its percent never disagree on screen. */
export function renderPercent({ model, text, shown, lang }: ViewContext): TemplateResult | typeof nothing {
  const latest = model.pace.latest;
  if (!text.percent || !latest) return nothing;
  return rolling(
    text.percent,
    shown === undefined || shown === latest.value ? text.percent : percentText(shown, model.campaign.goal, lang),
  );
}

/** `role="progressbar"` with the spoken value; a dashed empty track (no role) when there is no count. */
export function renderBar({ model, text, shown, lang }: ViewContext): TemplateResult {
  const { pace, campaign } = model;
  if (!text.valueText || !pace.latest) return html`<div class="bar bar-empty" part="bar" aria-hidden="true"></div>`;
  const fill = Math.min(1, Math.max(0, (shown ?? pace.latest.value) / campaign.goal));
  const label = text.title ?? say(lang, 'chartTitle');
  return html`<div class="bar" part="bar" role="progressbar" aria-label=${label} aria-valuemin="0" aria-valuemax=${campaign.goal}
    aria-valuenow=${Math.min(pace.latest.value, campaign.goal)} aria-valuetext=${text.valueText}>
    <span class="fill" ${cssVars({ '--_fill': fill })}></span>
    ${
      pace.expected === undefined || pace.state === 'reached'
        ? nothing
        : html`<span class="pace-tick" ${cssVars({ '--_pace': Math.min(1, pace.expected / campaign.goal) })}></span>`
    }
  </div>`;
}

function renderTitle({ model, text }: ViewContext, tag: 'span' | 'p' | 'h2'): TemplateResult | typeof nothing {
  if (!text.title) return nothing;
  const href = safeUrl(model.campaign.url);
  const inner = href ? html`<a href=${href} rel="noopener" target="_blank">${text.title}</a>` : text.title;
  if (tag === 'h2') return html`<h2 class="title" id="title" part="title">${inner}</h2>`;
  return tag === 'p' ? html`<p class="title" part="title">${inner}</p>` : html`<span class="title" part="title">${inner}</span>`;
}

/** The pace state as a badge; none before a count exists (the goal and the time left greet the reader). */
const renderStatus = ({ model, text }: ViewContext) =>
  model.pace.state === 'no-data'
    ? nothing
    : html`<span class="status status-${model.old ? 'old' : model.pace.state}" part="status">${text.status}</span>`;
const renderStale = ({ stale }: ViewContext) => (stale ? html`<span class="stale" part="stale">${stale}</span>` : nothing);
const renderSample = ({ model, lang }: ViewContext) =>
  model.campaign.sample
    ? html`<span class="sample-badge"><span class="wide">${say(lang, 'sampleShort')}</span><span class="tight">${say(lang, 'sampleTiny')}</span></span>`
    : nothing;
const ofGoal = ({ model, text, lang }: ViewContext) =>
  say(lang, 'ofGoalShort', { goal: count(model.campaign.goal, lang), unit: text.unit });

function cells(ctx: ViewContext, full: boolean): Cell[] {
  const { model, text, lang, shown } = ctx;
  const { pace, campaign } = model;
  // Made only when shown: its date formatter is otherwise not needed at all.
  const goal = () => ({
    value: count(campaign.goal, lang),
    caption: say(lang, 'goalCaption', { date: formatDate(campaign.deadline, lang, true) }),
  });
  if (!text.valueText || !pace.latest) {
    const note =
      pace.state === 'before-start'
        ? `${text.timeLeft.charAt(0).toLocaleUpperCase()}${text.timeLeft.slice(1)}.`
        : say(lang, 'noCountYet', { unit: text.unit });
    return full ? [goal(), { note }] : [{ note }];
  }
  const list: Cell[] = [];
  if (full && text.asOf)
    list.push({ value: renderFigure(pace.latest.value, shown, lang), caption: `${say(lang, 'counted')}, ${text.asOf}` });
  list.push({ value: renderPercent(ctx) as TemplateResult, caption: say(lang, 'ofTheGoal') });
  list.push(text.needed ? { value: text.needed, caption: say(lang, 'neededCaption') } : goal());
  if (full && text.projected) list.push({ value: text.projected, caption: say(lang, 'projectedCaption') });
  return list;
}

export const renderCells = (ctx: ViewContext, full = false) =>
  html`<div class="figures" part="figures">
    ${cells(ctx, full).map((cell) =>
      'note' in cell
        ? html`<p class="cell note">${cell.note}</p>`
        : html`<dl class="cell"><dt>${cell.caption}</dt><dd>${cell.value}</dd></dl>`,
    )}
  </div>`;

/** "Goal 1,000,000 credentials by December 31, 2030", the headline before there is a count. */
const renderGoal = ({ model, text, lang }: ViewContext) =>
  html`<span class="of">${say(lang, 'goal')}</span> <span class="figure">${count(model.campaign.goal, lang)}</span>
    <span class="of">${say(lang, 'unitBy', { unit: text.unit, date: formatDate(model.campaign.deadline, lang, true) })}</span>`;

/**
 * A strip for a site header, in five slots: title; count and goal; bar, percent and state; the count's date
 * and the time left; sample mark and sources. Container queries arrange the slots in two rows when wide,
 * three on a tablet and five on a phone, each slot a fixed number of lines, so the placeholder (the same
 * slots, empty) has the same height at every width. Text wraps instead of being cut; the bar always shows.
 * Before a count exists the slots greet the reader with the goal, the deadline and the time left.
 */
export function renderBanner(ctx: ViewContext): TemplateResult {
  const { model, text, lang, shown } = ctx;
  const latest = text.valueText ? model.pace.latest : undefined;
  const { goal, deadline } = model.campaign;
  return html`<div class="meter banner" part="meter"><div class="row">
    <span class="slot-title">${renderTitle(ctx, 'span')}</span>
    <span class="slot-count">${
      latest
        ? html`<span class="count">${renderFigure(latest.value, shown, lang)}</span> <span class="of">${ofGoal(ctx)}</span>`
        : html`<span class="of">${say(lang, 'goal')}</span> <span class="figure">${count(goal, lang)}</span> <span class="of">${text.unit}</span>`
    }</span>
    <span class="slot-gauge">${
      latest
        ? html`${renderBar(ctx)}<span class="percent">${renderPercent(ctx)}</span>${renderStatus(ctx)}`
        : html`<span class="by">${say(lang, 'byDate', { date: formatDate(deadline, lang, true) })}</span>${renderStatus(ctx)}`
    }</span>
    <span class="slot-when">${text.asOf ? html`<span class="as-of">${text.asOf}</span>` : nothing}<span class="time">${text.timeLeft}</span></span>
    <span class="slot-extras">${renderSample(ctx)}${renderStale(ctx)}${ctx.sources}</span>
  </div></div>`;
}

/** A card: title and status, the count, the bar, two key figures, time left, the count's date and sources. */
export function renderCompact(ctx: ViewContext): TemplateResult {
  const { model, text, lang, shown } = ctx;
  const latest = model.pace.latest;
  const foot = [model.pace.state === 'before-start' ? undefined : text.timeLeft, text.asOf].filter(Boolean).join(' · ');
  return html`<div class="meter compact" part="meter">
    <div class="head">${renderTitle(ctx, 'p')}${renderStatus(ctx)}</div>
    <p class="headline">
      ${text.valueText && latest ? html`${renderFigure(latest.value, shown, lang)} <span class="of">${ofGoal(ctx)}</span>` : renderGoal(ctx)}
    </p>
    ${text.valueText ? renderBar(ctx) : html`<div class="bar-space"></div>`} ${renderCells(ctx)}
    <div class="foot"><span class="foot-text">${foot}</span>${renderSample(ctx)}${renderStale(ctx)}${ctx.sources}</div>
  </div>`;
}

/** The full view's head: title, status line, key figures and the bar. */
export function renderFullHead(ctx: ViewContext): TemplateResult {
  return html`<header class="head">${renderTitle(ctx, 'h2')}
      <p class="status-line">${renderStatus(ctx)} <span>${ctx.text.timeLeft}</span> ${renderSample(ctx)} ${renderStale(ctx)}</p>
    </header>
    ${renderCells(ctx, true)} ${ctx.text.valueText ? renderBar(ctx) : nothing}`;
}

/**
 * The placeholder: the variant's rows, empty, at their final heights. The full view's rows that vary with
 * the data (title, legend, breakdown, sources) are sized for the bundled sample campaign (see the styles).
 */
export function renderSkeleton(variant: Variant, loading: string): TemplateResult {
  const status = html`<span class="sr-only" role="status">${loading}</span>`;
  if (variant === 'banner') {
    return html`<div class="meter banner placeholder" part="placeholder">${status}<div class="row"><span class="slot-title"></span><span
      class="slot-count"></span><span class="slot-gauge"></span><span class="slot-when"></span><span class="slot-extras"></span></div></div>`;
  }
  const rows =
    variant === 'compact'
      ? html`<div class="head"></div><p class="headline"></p><div class="bar bar-empty"></div><div class="figures"></div><div class="foot"></div>`
      : html`<div class="head"><div class="title"></div><div class="status-line"></div></div><div class="figures"></div>
          <div class="bar bar-empty"></div><div class="toolbar"></div><div class="chart"></div><ul class="legend"></ul>
          <div class="breakdown"></div><div class="sources"></div>`;
  return html`<div class="meter ${variant} placeholder" part="placeholder">${status}${rows}</div>`;
}
