import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { common } from '../i18n/messages.js';
import { translate } from '../i18n/translate.js';
import { issue } from '../schema/messages.js';
import { formatIssue, validateDocument } from '../schema/validate.js';
import type { AnyDocument, Issue } from '../schema/types.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface LoadFailure {
  /** `fetch`: the document could not be read at all; `invalid`: it was read and has problems. */
  kind: 'fetch' | 'invalid';
  message: string;
  issues: Issue[];
}

type Host = ReactiveControllerHost & HTMLElement;

export interface Fetched {
  response: Response;
  url: string;
}

/**
 * Loads a document from a URL (`src`) or an object (`data`), validates it, and keeps the last good one.
 * Whichever was set last wins; setting either aborts a fetch still in flight. A fetch cut short by
 * disconnecting is started again when the element is connected again (moved in the page).
 */
/** A failure whose message is the first issue (and how many more there are). */
export function failureOf(issues: Issue[]): LoadFailure {
  const first = issues[0];
  const summary = first ? formatIssue(first) : '';
  return { kind: 'invalid', message: issues.length > 1 ? `${summary} (and ${issues.length - 1} more)` : summary, issues };
}

export class DocumentLoader<T extends AnyDocument> implements ReactiveController {
  state: LoadState = 'idle';
  /** The last valid document: kept while a later load fails, so the view does not go blank. */
  document: T | undefined;
  failure: LoadFailure | undefined;
  /** What validation found that does not stop the document showing (figures no source covers). */
  warnings: Issue[] = [];
  /** Incremented on every successful load, so hosts can tell a new document from a re-render. */
  revision = 0;

  private controller: AbortController | undefined;
  private pending: string | undefined;

  constructor(
    private readonly host: Host,
    private readonly accepted: readonly T['type'][],
    private readonly language: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.pending !== undefined && !this.controller) void this.fetch(this.pending);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Validates and takes `data` at once. */
  fromData(data: unknown): void {
    this.abort();
    this.accept(data);
  }

  /** Fetches `url` (relative to the page), aborting any earlier fetch. */
  fromUrl(url: string): Promise<void> {
    this.abort();
    this.pending = url;
    return this.fetch(url);
  }

  /** Reports a failure found by the element itself (a bad attribute, say). */
  fail(failure: LoadFailure): void {
    this.state = 'error';
    this.failure = failure;
    this.host.requestUpdate();
  }

  /** Withdraws a failure the element reported itself (a bad attribute, since corrected). */
  clear(failure: LoadFailure): void {
    if (this.failure !== failure) return;
    this.failure = undefined;
    this.state = this.document ? 'ready' : 'idle';
    this.host.requestUpdate();
  }

  /** Parses and checks a fetched response body; used by `fromUrl` and by pollers. */
  async read({ response, url }: Fetched): Promise<void> {
    const lang = this.language();
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return this.fail({ kind: 'fetch', message: translate(common, lang, 'httpError', { status, url }), issues: [{ path: url, message: `HTTP ${status}` }] });
    }
    const body = await response.text();
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      const reason = (error as Error).message;
      return this.fail({ kind: 'fetch', message: translate(common, lang, 'notJson', { url, reason }), issues: [issue(url, 'notJson', { reason })] });
    }
    this.accept(data);
  }

  private abort(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.pending = undefined;
  }

  private async fetch(url: string): Promise<void> {
    const controller = (this.controller = new AbortController());
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (controller.signal.aborted) return;
      await this.read({ response, url });
    } catch (error) {
      if (controller.signal.aborted) return;
      const reason = (error as Error).message || String(error);
      this.fail({ kind: 'fetch', message: translate(common, this.language(), 'networkError', { url, reason }), issues: [{ path: url, message: reason }] });
    } finally {
      if (this.controller === controller) {
        this.controller = undefined;
        this.pending = undefined;
      }
    }
  }

  private accept(data: unknown): void {
    const result = validateDocument<T>(data, this.accepted);
    if (!result.valid) return this.fail(failureOf(result.issues));
    this.state = 'ready';
    this.failure = undefined;
    this.document = result.document;
    this.warnings = result.warnings;
    this.revision++;
    this.host.requestUpdate();
  }
}
