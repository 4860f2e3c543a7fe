import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content box, kept current by a ResizeObserver. Unlike @lit-labs/observers'
 * ResizeController, it re-renders on the next animation frame rather than inside the observer's
 * callback: an element whose height follows its width (a ladder that turns horizontal, a map that
 * refits) would otherwise resize itself during the observation and the browser reports
 * "ResizeObserver loop completed with undelivered notifications". Released on disconnect.
 */
export class SizeController implements ReactiveController {
  /** The content box, or undefined until first measured (and on the server). */
  value: DOMRectReadOnly | undefined;
  private observer: ResizeObserver | undefined;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const rect = entries.at(-1)?.contentRect;
      if (!rect || (rect.width === this.value?.width && rect.height === this.value?.height)) return;
      this.value = rect;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
