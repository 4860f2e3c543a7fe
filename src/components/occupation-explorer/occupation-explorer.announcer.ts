/**
 * The words of the explorer's live region. A count is spoken once the user pauses, not on every key
 * press; other news (a selection, a new page) is spoken at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PAUSE = 500;

export class Announcer implements ReactiveController {
  #text = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  get text(): string {
    return this.#text;
  }

  say(text: string): void {
    if (text === this.#text) return;
    this.#text = text;
    this.#host.requestUpdate();
  }

  /** Says `words()` once the user has paused; read then, so it counts what is shown by that time. */
  soon(words: () => string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const text = words();
      // The same words twice would not be spoken again; a trailing no-break space makes them new.
      this.say(text === this.#text.trim() ? `${text}\u00a0` : text);
    }, PAUSE);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
