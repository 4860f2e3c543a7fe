import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest wait between polls after failures: 30 minutes. */
export const MAX_BACKOFF_SECONDS = 30 * 60;

/**
 * Milliseconds to wait before the next poll. After a success: the interval plus up to 10% more, so pages
 * opened together drift apart. After `failures` failures in a row: full jitter over a window that doubles
 * each time (capped), but never sooner than the interval itself.
 */
export function nextDelay(intervalSeconds: number, failures: number, random: () => number, capSeconds = MAX_BACKOFF_SECONDS): number {
  if (failures === 0) return intervalSeconds * (1 + 0.1 * random()) * 1000;
  const window = Math.min(capSeconds, intervalSeconds * 2 ** failures);
  return Math.max(intervalSeconds, random() * window) * 1000;
}

export interface PollerOptions {
  /** The document to poll, or undefined when there is none (data set directly, no `src`). */
  url: () => string | undefined;
  /** Seconds between polls, already held to the floor; 0 stops polling. */
  interval: () => number;
  /** True while the element's own load is in flight: the poll waits for the next turn. */
  busy: () => boolean;
  /** A body unlike the last one seen: the host decides whether it is new and reads it; false when it was bad data. */
  changed: (body: string, url: string) => Promise<boolean>;
  random: () => number;
}

/**
 * Re-fetches a document politely: conditional requests made by the browser's HTTP cache, never more than
 * one in flight, backoff with jitter on failure, nothing while the page is hidden (one catch-up request
 * when it is shown again), and nothing while the element is out of the page.
 *
 * The poller sets no validator headers itself. If-None-Match and If-Modified-Since are not CORS-safelisted
 * request headers, so writing them from script turns a cross-origin poll into a preflighted request, which
 * a static data host (a bucket, a CDN, GitHub Pages) usually does not answer. `cache: 'no-cache'` asks the
 * browser to revalidate the copy it keeps: it adds the validators itself, without a preflight, and hands
 * back its stored body on a 304. That copy exists when the host lets it be stored (any Cache-Control but
 * `no-store`); a host that forbids storing gets a full request each time, which is still correct.
 */
export class Poller implements ReactiveController {
  /** When figures were last confirmed current (a load, a 200 or a 304), in ms since the epoch. */
  updatedAt: number | undefined;
  /** Failed polls in a row; the figures on screen are stale while this is above 0. */
  failures = 0;

  #url: string | undefined;
  #interval = 0;
  /** The body last seen, so an unchanged document (the browser's copy after a 304) is not re-read. */
  #body: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: AbortController | undefined;
  #due = false;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PollerOptions,
  ) {
    host.addController(this);
  }

  get stale(): boolean {
    return this.failures > 0;
  }

  /** Takes the current url and interval; a change restarts the schedule (and forgets the old body). */
  sync(): void {
    const url = this.options.url();
    const interval = this.options.interval();
    if (url === this.#url && interval === this.#interval) return;
    if (url !== this.#url) {
      this.#body = undefined;
      this.failures = 0;
    }
    this.#url = url;
    this.#interval = interval;
    this.#stop();
    this.#schedule();
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    this.#due = false;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#connected || !this.#url || !(this.#interval > 0) || this.#inFlight) return;
    this.#timer = setTimeout(this.#tick, nextDelay(this.#interval, this.failures, this.options.random));
  }

  #tick = (): void => {
    this.#timer = undefined;
    if (document.visibilityState === 'hidden') this.#due = true;
    else if (this.options.busy()) this.#schedule();
    else void this.#poll();
  };

  #onVisibility = (): void => {
    if (document.visibilityState !== 'hidden' && this.#due) {
      this.#due = false;
      void this.#poll();
    }
  };

  async #poll(): Promise<void> {
    const url = this.#url;
    if (!url || this.#inFlight) return;
    const controller = (this.#inFlight = new AbortController());
    try {
      // Accept with this value is safelisted, so the request stays a simple one (see the class comment).
      const response = await fetch(url, { headers: { Accept: 'application/json' }, signal: controller.signal, cache: 'no-cache' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = await response.text();
      if (controller.signal.aborted) return;
      if (body !== this.#body) {
        if (!(await this.options.changed(body, url))) throw new Error('bad data');
        this.#body = body;
      }
      this.failures = 0;
      this.updatedAt = Date.now();
    } catch {
      if (controller.signal.aborted) return;
      this.failures++;
    } finally {
      if (this.#inFlight === controller) {
        this.#inFlight = undefined;
        this.#schedule();
        this.host.requestUpdate();
      }
    }
  }
}
