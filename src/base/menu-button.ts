/**
 * A menu button (the WAI-ARIA Authoring Practices pattern): a button that opens a menu of actions.
 * The menu is a native `popover="auto"` the button names with `popovertarget`, so it sits in the top layer
 * (no `overflow: hidden` ancestor clips it) and the browser closes it on a click outside or on Escape,
 * and never reopens it from the click on its own button that closed it. Keys follow the pattern: Enter,
 * Space or ArrowDown open it on the first item and ArrowUp on the last; in the menu the arrows move
 * (wrapping), Home and End jump, a letter moves to the next item starting with it, Escape closes it back
 * onto the button and Tab closes it. Choosing an item closes the menu, puts focus back on the button, then
 * runs the item. Placed with @floating-ui/dom below the button and kept inside the viewport.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { floatingUi } from './floating.js';

export interface MenuItem {
  readonly label: string;
  readonly run: () => void;
  /** Makes the item a `menuitemcheckbox`: whether it is on. */
  readonly checked?: boolean;
}

export interface MenuButtonInput {
  /** The button's text (and name). */
  readonly label: string;
  readonly items: readonly MenuItem[];
  /** `part` names for the button and the menu. */
  readonly parts?: { readonly button?: string; readonly menu?: string };
}

type Host = ReactiveControllerHost & HTMLElement;

export class MenuButtonController implements ReactiveController {
  /** Whether the menu is open (aria-expanded follows it). */
  open = false;
  /** Which item to focus once the menu is open. */
  #focusOn: 'first' | 'last' = 'first';
  #cleanup: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    /** The menu's id, unique in the host's shadow root. */
    readonly id: string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#stop();
    this.open = false;
  }

  /** The button and its menu. Render it where the button should be; the menu floats. */
  render({ label, items, parts = {} }: MenuButtonInput): TemplateResult {
    return html`<button class="button menu-button" part=${parts.button ?? nothing} type="button" aria-haspopup="menu" aria-expanded=${String(this.open)}
        aria-controls=${this.id} popovertarget=${this.id} @keydown=${this.#onButtonKey}>
        ${label}<span class="menu-caret" aria-hidden="true">▾</span>
      </button>
      <div id=${this.id} class="menu" part=${parts.menu ?? nothing} role="menu" aria-label=${label} popover="auto" @toggle=${this.#onToggle} @keydown=${this.#onMenuKey}>
        ${items.map(
          (
            item,
          ) => html`<button type="button" class="menu-item" tabindex="-1" role=${item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
            aria-checked=${item.checked === undefined ? nothing : String(item.checked)} @click=${() => this.#choose(item)}>
            <span class="menu-check" aria-hidden="true"></span>${item.label}
          </button>`,
        )}
      </div>`;
  }

  /** Closes the menu; with `refocus`, focus goes back to its button. */
  close(refocus = false): void {
    const menu = this.#menu();
    if (menu?.matches(':popover-open')) menu.hidePopover();
    if (refocus) this.button?.focus();
  }

  #root(): ShadowRoot | HTMLElement {
    return this.host.shadowRoot ?? this.host;
  }

  #menu(): HTMLElement | null {
    return this.#root().querySelector<HTMLElement>(`#${this.id}`);
  }

  /** The menu's button, where the menu (and anything an item opens) is placed. */
  get button(): HTMLButtonElement | null {
    return this.#root().querySelector<HTMLButtonElement>(`[aria-controls="${this.id}"]`);
  }

  #items(): HTMLElement[] {
    return [...(this.#menu()?.querySelectorAll<HTMLElement>('.menu-item') ?? [])];
  }

  readonly #onButtonKey = (event: KeyboardEvent): void => {
    // Enter and Space click the button, which toggles the menu (popovertarget); the arrows open it.
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.#focusOn = event.key === 'ArrowUp' ? 'last' : 'first';
    const menu = this.#menu();
    if (menu?.matches(':popover-open')) this.#focusItem(this.#focusOn === 'first' ? 0 : -1);
    else menu?.showPopover();
  };

  readonly #onToggle = (event: ToggleEvent): void => {
    const menu = event.currentTarget as HTMLElement;
    this.open = event.newState === 'open';
    this.host.requestUpdate();
    this.#stop();
    if (!this.open) return void (this.#focusOn = 'first');
    const button = this.button;
    if (button) {
      // Placed once @floating-ui/dom is here (fetched on the first open, see floating.ts).
      void floatingUi().then(({ autoUpdate }) => {
        if (this.open && !this.#cleanup) this.#cleanup = autoUpdate(button, menu, () => void placeBelow(button, menu));
      });
    }
    this.#focusItem(this.#focusOn === 'first' ? 0 : -1);
  };

  readonly #onMenuKey = (event: KeyboardEvent): void => {
    const items = this.#items();
    const at = items.indexOf(event.target as HTMLElement);
    const key = event.key;
    if (key === 'Tab') return this.close();
    if (key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      return this.close(true);
    }
    let next: number | undefined;
    if (key === 'ArrowDown') next = at + 1;
    else if (key === 'ArrowUp') next = at - 1;
    else if (key === 'Home') next = 0;
    else if (key === 'End') next = -1;
    else if (key.length === 1 && key.trim() && !event.ctrlKey && !event.metaKey && !event.altKey) next = nextStartingWith(items, at, key);
    if (next === undefined) return;
    event.preventDefault();
    this.#focusItem(next);
  };

  /** Focuses the item at `index`, counted from the end when negative and wrapping past either end. */
  #focusItem(index: number): void {
    const items = this.#items();
    if (!items.length) return;
    items[((index % items.length) + items.length) % items.length]!.focus();
  }

  #choose(item: MenuItem): void {
    this.close(true);
    item.run();
  }

  #stop(): void {
    this.#cleanup?.();
    this.#cleanup = undefined;
  }
}

/** The index of the next item after `from` whose label starts with `char` (wrapping), if any. */
function nextStartingWith(items: readonly HTMLElement[], from: number, char: string): number | undefined {
  const wanted = char.toLocaleLowerCase();
  for (let step = 1; step <= items.length; step++) {
    const i = (from + step) % items.length;
    if (items[i]!.textContent!.trim().toLocaleLowerCase().startsWith(wanted)) return i;
  }
  return undefined;
}

/** Places `floating` below `anchor`, end edges aligned, flipped above when there is no room, kept on screen.
 * Also for a popover an item opens (a help panel), placed by the button once the menu has closed. */
export async function placeBelow(anchor: Element, floating: HTMLElement): Promise<void> {
  const { computePosition, flip, offset, shift, size } = await floatingUi();
  const { x, y } = await computePosition(anchor, floating, {
    strategy: 'fixed',
    placement: 'bottom-end',
    middleware: [
      offset(4),
      flip(),
      shift({ padding: 8 }),
      size({ padding: 8, apply: ({ availableHeight }) => floating.style.setProperty('max-height', `${Math.max(availableHeight, 120)}px`) }),
    ],
  });
  // Written through the CSSOM, which a strict style-src policy allows.
  Object.assign(floating.style, { left: `${x}px`, top: `${y}px` });
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
