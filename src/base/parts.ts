/** Templates every element shares: the error alert, the source line, the loading placeholder, and the
 * chrome styled once in chrome.styles.ts (legend, data table, keyboard help). */
import { html, nothing, type TemplateResult } from 'lit';
import { common } from '../i18n/messages.js';
import { translate } from '../i18n/translate.js';
import { formatDate } from '../lib/format.js';
import { safeUrl } from '../lib/safe-url.js';
import { issueText } from '../schema/say.js';
import type { SourceRef } from '../schema/types.js';
import type { LoadFailure } from './document-loader.js';

const MAX_LISTED = 8;

/** `role="alert"`: what went wrong, then each issue as `path` and message, in the element's language
 * (the `cp-error` detail keeps the English messages). */
export function renderFailure(failure: LoadFailure, lang: string, title: string): TemplateResult {
  const { issues } = failure;
  const listed = issues.slice(0, MAX_LISTED);
  return html`<div class="failure" role="alert" part="error">
    <p class="failure-title"><strong>${title}</strong></p>
    ${
      failure.kind === 'invalid'
        ? html`<p>${translate(common, lang, 'errorCount', { count: issues.length })}</p>
          <ul>
            ${listed.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issueText(issue, lang)}</li>`)}
          </ul>
          ${
            issues.length > MAX_LISTED
              ? html`<p>${translate(common, lang, 'moreIssues', { count: issues.length - MAX_LISTED })}</p>`
              : nothing
          }`
        : html`<p>${failure.message}</p>`
    }
  </div>`;
}

/**
 * The sources behind some of a document's fields: those whose `covers` names one of `fields`, and those
 * without `covers`, which stand for the whole document (the contract's sources need not say what they
 * cover). In the document's order.
 */
export function sourcesFor(sources: readonly SourceRef[], fields: readonly string[]): SourceRef[] {
  return sources.filter((source) => !source.covers || source.covers.some((field) => fields.includes(field)));
}

/**
 * The sources, once, in small type under the element: one disclosure, "Sources (n)", closed on one line,
 * holding each source (linked when the link is safe, with its date) and its note on how the figures were
 * made. The "sample figures" label stays outside it, always in view: it says the figures are not real.
 * `disclosure: false` gives the list alone, for a place that is already a disclosure (a popover a
 * "Sources" button opens).
 */
export function renderSources(sources: readonly SourceRef[], lang: string, sample = false, { disclosure = true } = {}): TemplateResult {
  const list = html`<ul class="sources-list">
    ${sources.map((source) => {
      const href = safeUrl(source.url);
      const name = href ? html`<a href=${href} rel="noopener" target="_blank">${source.name}</a>` : source.name;
      return html`<li>
        ${name}${source.date ? html`, ${formatDate(source.date, lang)}` : nothing}
        ${source.note ? html`<p class="source-note">${source.note}</p>` : nothing}
      </li>`;
    })}
  </ul>`;
  const label = translate(common, lang, 'sourcesCount', { count: sources.length });
  return html`<footer class="sources" part="sources">
    ${sample ? html`<p class="sample" part="sample"><strong>${translate(common, lang, 'sample')}</strong></p>` : nothing}
    ${
      !sources.length
        ? nothing
        : disclosure
          ? html`<details class="sources-details"><summary>${label}</summary>${list}</details>`
          : html`<p class="sources-label">${label}</p>${list}`
    }
  </footer>`;
}

/** A quiet block of the final size, so the page does not shift when the data arrives. */
export function renderPlaceholder(lang: string): TemplateResult {
  return html`<div class="placeholder" part="placeholder">
    <span class="sr-only" role="status">${translate(common, lang, 'loading')}</span>
  </div>`;
}

/**
 * The keyboard help: one disclosure, closed by default, whose summary names it and whose body lists the
 * keys (styled in chrome.styles.ts). A disclosure rather than a popover, so the help stays readable
 * while the reader tries the keys.
 */
export function renderHelp(label: string, body: TemplateResult): TemplateResult {
  return html`<details class="help"><summary>${label}</summary>${body}</details>`;
}

/** A legend: what each mark of a chart or map means, one item each, as a list a screen reader can walk. */
export function renderLegendList(items: readonly TemplateResult[], label?: string): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${label ?? nothing}>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/**
 * The same figures as a table, in a region the keyboard can reach and scroll (a wide table scrolls
 * sideways inside it rather than the page), named by the table's caption.
 */
export function renderDataTable(caption: string, columns: readonly (string | TemplateResult)[], rows: unknown): TemplateResult {
  return html`<div class="table-wrap" part="table" role="region" aria-label=${caption} tabindex="0">
    <table>
      <caption>${caption}</caption>
      <thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}
