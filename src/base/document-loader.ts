import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { common } from '../i18n/messages.js';
import { translate } from '../i18n/translate.js';
import { formatIssue } from '../schema/finding.js';
import { quickValidate } from '../schema/quick.js';
import { issueIn } from '../schema/say.js';
import type { DocumentRules } from '../schema/semantic.js';
import type { AnyDocument, Issue } from '../schema/types.js';
import { takeEarly } from './early-fetch.js';
import { lazy } from './lazy.js';

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

/** A response body read once and handed to every element that asked for the same URL. */
interface Shared {
  status: number;
  statusText: string;
  body: string;
}

interface Entry {
  promise: Promise<Shared>;
  /** Elements waiting for it; when the last one gives up, the request is aborted. */
  waiting: number;
  /** Elements showing what it read; while one does, another asking for the same URL is given it. */
  holders: number;
  controller: AbortController;
}

/**
 * Documents in flight and shown, by absolute URL, shared by every element on the page (issue 18): a ladder
 * and a map naming the same pathway make one request, also when the map's code arrives after the ladder's
 * fetch has finished (the one-tag embed loads each element's code when its tag appears). A document is kept
 * while an element that read it still holds it (until that element loads something else or leaves the
 * page); after that, the same src is fetched again. Failed responses are not kept. Polling (the meter's
 * `poll`) makes its own requests and never reads from here.
 */
const documents = new Map<string, Entry>();
/** Statuses whose Response may not have a body. */
const NULL_BODY = [101, 204, 205, 304];

/**
 * The body of `url`, fetched once for all who ask while it is in flight or held. `signal` gives up this
 * caller's interest only, and aborts the request when no one else is waiting for it. The caller then holds
 * the document until it calls `release`.
 */
export function fetchShared(url: string, signal: AbortSignal): Promise<{ shared: Shared; release: () => void }> {
  const key = new URL(url, document.baseURI).href;
  let entry = documents.get(key);
  if (!entry) {
    const controller = new AbortController();
    const request = () => fetch(key, { signal: controller.signal, headers: { Accept: 'application/json' } });
    // The loader may have asked already (early-fetch.ts); if that failed, ask once more ourselves.
    const early = takeEarly(key);
    const created: Entry = {
      waiting: 0,
      holders: 0,
      controller,
      promise: (early ? early.catch(request) : request()).then(async (response) => {
        const shared = { status: response.status, statusText: response.statusText, body: await response.text() };
        if (!response.ok && documents.get(key) === created) documents.delete(key);
        return shared;
      }),
    };
    created.promise.catch(() => documents.get(key) === created && documents.delete(key));
    documents.set(key, (entry = created));
  }
  const shared = entry;
  const forget = () => {
    if (shared.waiting === 0 && shared.holders === 0 && documents.get(key) === shared) {
      documents.delete(key);
      shared.controller.abort();
    }
  };
  shared.waiting++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      shared.waiting--;
    };
    const onAbort = () => {
      leave();
      forget();
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    shared.promise.then(
      (value) => {
        leave();
        shared.holders++;
        let held = true;
        const release = () => {
          if (!held) return;
          held = false;
          shared.holders--;
          forget();
        };
        resolve({ shared: value, release });
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}

/**
 * The full validator: its messages in both languages, the walk that finds every problem, CTDL conversion.
 * Valid documents of our own never need it (`quickValidate` passes them), so it comes on first need.
 */
export const validator = lazy(() => import('../schema/judge.js'));

/** A failure whose message is the first issue (and how many more there are). */
export function failureOf(issues: Issue[]): LoadFailure {
  const first = issues[0];
  const summary = first ? formatIssue(first) : '';
  return { kind: 'invalid', message: issues.length > 1 ? `${summary} (and ${issues.length - 1} more)` : summary, issues };
}

/**
 * Loads a document from a URL (`src`) or an object (`data`), validates it, and keeps the last good one.
 * Whichever was set last wins; setting either aborts a fetch still in flight. A fetch cut short by
 * disconnecting is started again when the element is connected again (moved in the page).
 */
export class DocumentLoader<T extends AnyDocument> implements ReactiveController {
  state: LoadState = 'idle';
  /** The last valid document: kept while a later load fails, so the view does not go blank. */
  document: T | undefined;
  failure: LoadFailure | undefined;
  /** What validation found that does not stop the document showing (figures no source covers). */
  warnings: Issue[] = [];
  /** Incremented on every successful load, so hosts can tell a new document from a re-render. */
  revision = 0;
  /** While data waits for the full validator: settles once it has been judged (see `accept`). */
  validating: Promise<void> | undefined;

  private controller: AbortController | undefined;
  private pending: string | undefined;
  private release: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    /** The documents the element shows: their types, schemas and rules. */
    private readonly documents: readonly DocumentRules<T>[],
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
    this.forget();
  }

  /** Stops holding the shared document this element last read (see fetchShared). */
  private forget(): void {
    this.release?.();
    this.release = undefined;
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

  /**
   * Shows a document the element made itself rather than loaded (the meter's attributes): it is taken as
   * it is (its maker checked it), with no warnings, and counts as a new revision like any load.
   */
  take(document: T): void {
    this.show(document, []);
  }

  /** Parses and checks a fetched response body; used by `fromUrl` and by pollers. */
  async read({ response, url }: Fetched): Promise<void> {
    const lang = this.language();
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return this.fail({
        kind: 'fetch',
        message: translate(common, lang, 'httpError', { status, url }),
        issues: [{ path: url, message: `HTTP ${status}` }],
      });
    }
    const body = await response.text();
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      const reason = (error as Error).message;
      return this.fail({
        kind: 'fetch',
        message: translate(common, lang, 'notJson', { url, reason }),
        issues: [issueIn(common, url, 'notJsonIssue', { reason })],
      });
    }
    this.accept(data);
    // So that `fromUrl` settles once the document is judged, also when that took the full validator.
    await this.validating;
  }

  private abort(): void {
    this.validating = undefined;
    this.controller?.abort();
    this.controller = undefined;
    this.pending = undefined;
    this.forget();
  }

  private async fetch(url: string): Promise<void> {
    const controller = (this.controller = new AbortController());
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      const { shared, release } = await fetchShared(url, controller.signal);
      if (controller.signal.aborted) return release();
      this.release?.();
      this.release = release;
      const { status, statusText, body } = shared;
      // A Response of its own for each element, so read() (shared with the meter's poller) stays as it is.
      await this.read({ response: new Response(NULL_BODY.includes(status) ? null : body, { status, statusText }), url });
    } catch (error) {
      if (controller.signal.aborted) return;
      const reason = (error as Error).message || String(error);
      this.fail({
        kind: 'fetch',
        message: translate(common, this.language(), 'networkError', { url, reason }),
        issues: [{ path: url, message: reason }],
      });
    } finally {
      if (this.controller === controller) {
        this.controller = undefined;
        this.pending = undefined;
      }
    }
  }

  /**
   * Shows valid data at once. Data with something to say (a problem, a figure without a source, CTDL to
   * convert) waits, busy, for the full validator; whatever is set after it wins over it.
   */
  private accept(data: unknown): void {
    const valid = quickValidate<T>(data, this.documents);
    if (valid) return this.show(valid, []);
    if (validator.loaded) return this.judge(validator.loaded.judge, data);
    this.state = 'loading';
    this.host.requestUpdate();
    const judging: Promise<void> = validator.load().then(
      ({ judge }) => {
        if (this.validating === judging) this.judge(judge, data);
      },
      (error: unknown) => {
        if (this.validating !== judging) return;
        const reason = (error as Error).message || String(error);
        this.fail({
          kind: 'fetch',
          message: translate(common, this.language(), 'networkError', { url: 'judge.js', reason }),
          issues: [],
        });
      },
    );
    this.validating = judging;
    void judging.finally(() => this.validating === judging && (this.validating = undefined));
  }

  private judge(judge: typeof import('../schema/judge.js').judge, data: unknown): void {
    const result = judge<T>(data, this.documents);
    if (!result.valid) return this.fail(failureOf(result.issues));
    this.show(result.document, result.warnings);
  }

  private show(document: T, warnings: Issue[]): void {
    this.state = 'ready';
    this.failure = undefined;
    this.document = document;
    this.warnings = warnings;
    this.revision++;
    this.host.requestUpdate();
  }
}
