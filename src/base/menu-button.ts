/**
 * A menu button (the WAI-ARIA Authoring Practices pattern): a button that opens a menu of actions.
 * Only the button comes with the element; what the menu does (its items, keys, focus and placement,
 * menu-behavior.ts) is fetched on the button's first use (issue 18), as most readers never open it. The
 * gesture that wakes it is not lost: the first click, Enter or Space opens the menu on its first item,
 * the first ArrowDown on its first and ArrowUp on its last, once the code is here (one round trip).
 * Until then the button reads as it always does: a button named by its label that has a menu, collapsed.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { floatingUi } from './floating.js';
import { lazy } from './lazy.js';
import type { MenuBehavior } from './menu-behavior.js';
import type { MenuButtonInput } from './menu-items.js';

export type { MenuButtonInput, MenuItem } from './menu-items.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One copy for the page, shared by every menu button on it. */
const behavior = lazy(() => import('./menu-behavior.js'));

/** Places `floating` below `anchor`, end edges aligned, flipped above when there is no room, kept on screen
 * (menu-behavior.ts). For a popover a menu item opens (a help panel), placed by the button. */
export const placeBelow = async (anchor: Element, floating: HTMLElement): Promise<void> =>
  (await behavior.load()).placeBelow(floatingUi, anchor, floating);

export class MenuButtonController implements ReactiveController {
  /** This button's menu, once its first use has fetched the code: each button wakes on its own use, so a
   * server-rendered one hydrates as the server drew it (the button alone). */
  #menu: MenuBehavior | undefined;
  #waking = false;

  constructor(
    private readonly host: Host,
    /** The menu's id, unique in the host's shadow root. */
    readonly id: string,
  ) {
    host.addController(this);
  }

  /** Whether the menu is open (aria-expanded follows it). */
  get open(): boolean {
    return !!this.#menu?.open;
  }

  hostDisconnected(): void {
    this.#menu?.stop();
    if (this.#menu) this.#menu.open = false;
  }

  /** The button and, once woken, its menu. Render it where the button should be; the menu floats. */
  render(input: MenuButtonInput): TemplateResult {
    const { label, parts = {} } = input;
    const menu = this.#menu;
    const id = menu ? this.id : nothing;
    return html`<button id=${`${this.id}-button`} class="button menu-button" part=${parts.button ?? nothing} type="button" aria-haspopup="menu"
        aria-expanded=${String(this.open)} aria-controls=${id} popovertarget=${id} @click=${this.#onClick} @keydown=${this.#onKey}>
        ${label}<span class="menu-caret" aria-hidden="true">▾</span>
      </button>
      ${menu ? menu.render(input) : nothing}`;
  }

  /** Closes the menu; with `refocus`, focus goes back to its button. */
  close(refocus = false): void {
    this.#menu?.close(refocus);
  }

  /** The menu's button, where the menu (and anything an item opens) is placed. */
  get button(): HTMLButtonElement | null {
    return (this.host.shadowRoot ?? this.host).querySelector<HTMLButtonElement>(`#${this.id}-button`);
  }

  /** Once woken, a click toggles the menu through popovertarget, without this. The waking click is
   * cancelled: with the code already here, the menu and its popovertarget are rendered in the click's own
   * microtasks, and the browser's toggle after them would close the menu it has just opened. */
  readonly #onClick = (event: MouseEvent): void => {
    if (this.#menu) return;
    event.preventDefault();
    this.#wake('first');
  };

  readonly #onKey = (event: KeyboardEvent): void => {
    if (this.#menu) return this.#menu.onButtonKey(event);
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.#wake(event.key === 'ArrowUp' ? 'last' : 'first');
  };

  /** Fetches the menu's code, then renders the menu and opens it, unless the reader has moved on meanwhile. */
  #wake(focusOn: 'first' | 'last'): void {
    if (this.#waking) return;
    this.#waking = true;
    const focused = focusPath();
    behavior.load().then(
      async ({ MenuBehavior }) => {
        this.#waking = false;
        if (!this.host.isConnected) return;
        this.#menu ??= new MenuBehavior(this.host, this.id, () => this.button, floatingUi, { html, nothing });
        this.host.requestUpdate();
        await this.host.updateComplete;
        if (focusPath() === focused) this.#menu.show(focusOn);
      },
      (error: unknown) => {
        // Forgotten by lazy(): the next use tries again.
        this.#waking = false;
        console.warn(`<${this.host.localName}>: its menu could not be loaded`, error);
      },
    );
  }
}

/** Where focus is, through open shadow roots, as one value to compare. */
function focusPath(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Styles for the menu button and its menu; adopt them beside popoverStyles, which they refine. */
export const menuButtonStyles = css`
  .menu-caret {
    font-size: 0.8em;
  }
  .menu[popover] {
    width: max-content;
    min-width: 11em;
    max-width: calc(100vw - 16px);
    padding: 0.25em;
  }
  .menu-item {
    display: flex;
    align-items: center;
    gap: 0.35em;
    width: 100%;
    min-height: 36px;
    padding: 0.35em 0.75em 0.35em 0.4em;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .menu-check {
    display: inline-block;
    width: 1.1em;
    text-align: center;
  }
  /* The tick is drawn by CSS so that an item's text stays its label, for the letter keys. */
  .menu-item[aria-checked='true'] .menu-check::before {
    content: '✓';
  }
  .menu-item:hover {
    background: var(--_surface);
  }
  .menu-item:focus {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
    background: var(--_surface);
  }
  @media (pointer: coarse) {
    .menu-item {
      min-height: 44px;
    }
  }
  @media (forced-colors: active) {
    .menu-item:focus {
      outline-color: Highlight;
    }
  }
`;
