import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** The `lang` of the nearest ancestor that has one, looking through shadow roots to their hosts. */
export function nearestLang(element: Element): string {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || 'en';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

// One observer for the whole page: `lang` changes are rare, and a watcher per element would multiply
// observers on pages with many widgets.
const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

function watch(controller: LangController): void {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((host) => host.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LangController): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** Keeps `lang` equal to the element's nearest `lang`, and re-renders when it changes. */
export class LangController implements ReactiveController {
  #lang = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The element's language. A server never connects an element, and sees no ancestors: there it is the
   * element's own `lang` attribute, which the browser's first render then finds too, so hydration matches. */
  get lang(): string {
    return isServer ? this.host.getAttribute('lang') || 'en' : this.#lang;
  }

  hostConnected(): void {
    watch(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  refresh(): void {
    const lang = nearestLang(this.host);
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.host.requestUpdate();
    }
  }
}
