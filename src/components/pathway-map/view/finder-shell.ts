/**
 * The route finder's disclosure, as every map shows it: its summary button, with what it holds only once
 * opened. What it holds (the pickers and the routes) is its own chunk (view/finder.ts), fetched on the first
 * open, so the closed button looks and reads the same without it, and opening it never waits on more than
 * that chunk.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { translate } from '../../../i18n/translate.js';
import { messages, type MessageKey } from '../pathway-map.messages.js';

export type End = 'from' | 'to';

export interface FinderShellInput {
  readonly lang: string;
  /** Whether the reader opened it; `from` or `to` set open it too. */
  readonly open: boolean;
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** The pickers and routes, once their chunk is here (undefined until then). */
  readonly body: TemplateResult | undefined;
  /** The chunk could not be fetched: the disclosure says so, and opening it again tries again. */
  readonly failed: boolean;
  readonly onToggle: (open: boolean) => void;
}

export function renderFinderShell(input: FinderShellInput): TemplateResult {
  const t = (key: MessageKey) => translate(messages, input.lang, key);
  const open = input.open || !!(input.from || input.to);
  const content = input.body ?? (input.failed ? html`<p class="note" role="status">${t('finderFailed')}</p>` : nothing);
  return html`<details class="finder" part="route-finder" ?open=${open} @toggle=${(event: Event) => input.onToggle((event.target as HTMLDetailsElement).open)}>
    <summary>${t('routeFinder')}</summary>
    ${open ? content : nothing}
  </details>`;
}
