import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A measured box: its content width and height, and its font size (1em) in px. */
export interface Size {
  readonly width: number;
  readonly height: number;
  readonly em: number;
}

/** The content box of a connected element, read directly; undefined while it is not displayed. */
function measure(element: Element): Size | undefined {
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.display === 'contents') return undefined;
  const width = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const height = element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  return width > 0 ? { width, height: Math.max(height, 0), em: parseFloat(style.fontSize) || 16 } : undefined;
}

/**
 * The size of the host (or of another element, with `observe()`), kept current by a ResizeObserver.
 * Unlike @lit-labs/observers' ResizeController, it re-renders on the next animation frame rather than
 * inside the observer's callback, and starting to observe asks for no update by itself: an element
 * whose height follows its width (a ladder that turns horizontal, a map that refits) would otherwise
 * resize itself during the observation and the browser reports "ResizeObserver loop completed with
 * undelivered notifications". Does nothing on the server; released on disconnect, resumed on connect.
 */
export class SizeController implements ReactiveController {
  /** The last measured size, or undefined until first measured (and on the server). */
  value: Size | undefined;
  private observer: ResizeObserver | undefined;
  private target: Element | undefined;
  private frame = 0;
  private connected = false;

  /** `observeHost: false` measures nothing until `observe(element)` is called. */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    observeHost = true,
  ) {
    if (observeHost) this.target = host;
    host.addController(this);
  }

  /** Measures `target` from now on (or nothing, when it is undefined). */
  observe(target: Element | undefined): void {
    if (target === this.target) return;
    if (this.target) this.observer?.unobserve(this.target);
    this.target = target;
    if (target && this.connected && typeof ResizeObserver !== 'undefined') this.#observer().observe(target);
  }

  hostConnected(): void {
    this.connected = true;
    if (typeof ResizeObserver === 'undefined' || !this.target) return;
    // The host's size is read once now, so the first render is laid out at the right size instead of
    // rendering blind and again a frame later (a layout read here costs less than a second render).
    if (!this.value && this.target === this.host) this.value = measure(this.host);
    this.#observer().observe(this.target);
  }

  /** Made on first use: an element that measures nothing (a banner) costs no observer. */
  #observer(): ResizeObserver {
    return (this.observer ??= new ResizeObserver((entries) => {
      const entry = entries.at(-1);
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const em = parseFloat(getComputedStyle(entry.target).fontSize) || 16;
      if (width === this.value?.width && height === this.value.height && em === this.value.em) return;
      this.value = { width, height, em };
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    }));
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
