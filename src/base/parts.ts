/** Templates every element shares: the error alert, the source line, the loading placeholder. */
import { html, nothing, type TemplateResult } from 'lit';
import { common } from '../i18n/messages.js';
import { translate } from '../i18n/translate.js';
import { formatDate } from '../lib/format.js';
import { safeUrl } from '../lib/safe-url.js';
import { issueText } from '../schema/messages.js';
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
    ${failure.kind === 'invalid'
      ? html`<p>${translate(common, lang, 'errorCount', { count: issues.length })}</p>
          <ul>
            ${listed.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issueText(issue, lang)}</li>`)}
          </ul>
          ${issues.length > MAX_LISTED
            ? html`<p>${translate(common, lang, 'moreIssues', { count: issues.length - MAX_LISTED })}</p>`
            : nothing}`
      : html`<p>${failure.message}</p>`}
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
 * The attribution line: each source with its date, linked when the link is safe. Source notes can run
 * long (how figures were derived), so they sit in a closed disclosure rather than crowd a narrow view.
 */
export function renderSources(sources: readonly SourceRef[], lang: string, sample = false): TemplateResult {
  const label = translate(common, lang, sources.length === 1 ? 'source' : 'sources');
  const notes = sources.filter((source) => source.note);
  return html`<footer class="sources" part="sources">
    ${sample ? html`<p class="sample" part="sample"><strong>${translate(common, lang, 'sample')}</strong></p>` : nothing}
    ${sources.length
      ? html`<span class="sources-label">${label}:</span>
          <ul class="sources-list">
            ${sources.map((source) => {
              const href = safeUrl(source.url);
              const name = href ? html`<a href=${href} rel="noopener" target="_blank">${source.name}</a>` : source.name;
              return html`<li>${name}${source.date ? html`, ${formatDate(source.date, lang)}` : nothing}</li>`;
            })}
          </ul>`
      : nothing}
    ${notes.length
      ? html`<details class="source-notes">
          <summary>${translate(common, lang, 'aboutFigures')}</summary>
          <ul>
            ${notes.map((source) => html`<li><strong>${source.name}:</strong> ${source.note}</li>`)}
          </ul>
        </details>`
      : nothing}
  </footer>`;
}

/** A quiet block of the final size, so the page does not shift when the data arrives. */
export function renderPlaceholder(lang: string): TemplateResult {
  return html`<div class="placeholder" part="placeholder">
    <span class="sr-only" role="status">${translate(common, lang, 'loading')}</span>
  </div>`;
}
