/**
 * What a menu button (menu-button.ts) does once woken, fetched on its first use (issue 18): the menu and
 * its items, its keys, its focus and its placement. Keys follow the WAI-ARIA menu button pattern: Enter,
 * Space or ArrowDown open it on the first item and ArrowUp on the last; in the menu the arrows move
 * (wrapping), Home and End jump, a letter moves to the next item starting with it, Escape closes it back
 * onto the button and Tab closes it. Choosing an item closes the menu, puts focus back on the button, then
 * runs the item. The menu is a native `popover="auto"` the button names with `popovertarget`, so it sits in
 * the top layer (no `overflow: hidden` ancestor clips it) and the browser closes it on a click outside or
 * on Escape, and never reopens it from the click on its own button that closed it. Placed with
 * @floating-ui/dom below the button and kept inside the viewport.
 */
import type { html as litHtml, nothing as litNothing, ReactiveControllerHost, TemplateResult } from 'lit';
import type { floatingUi } from './floating.js';
import type { MenuButtonInput, MenuItem } from './menu-items.js';

/** @floating-ui/dom on first use, handed in by menu-button.ts: imported here, the shared helper would be split
 * off the base chunk into a chunk of its own (one more request for every page). */
type Floating = typeof floatingUi;

type Host = ReactiveControllerHost & HTMLElement;

export class MenuBehavior {
  /** Whether the menu is open (the button's aria-expanded follows it). */
  open = false;
  /** Which item to focus once the menu is open. */
  #focusOn: 'first' | 'last' = 'first';
  #cleanup: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    private readonly id: string,
    /** The menu's button, where the menu (and anything an item opens) is placed. */
    private readonly button: () => HTMLButtonElement | null,
    private readonly floating: Floating,
    private readonly lit: { readonly html: typeof litHtml; readonly nothing: typeof litNothing },
  ) {}

  /** The menu, to render after its button. */
  render({ label, items, parts = {} }: MenuButtonInput): TemplateResult {
    const { html, nothing } = this.lit;
    return html`<div id=${this.id} class="menu" part=${parts.menu ?? nothing} role="menu" aria-label=${label} popover="auto" @toggle=${this.#onToggle} @keydown=${this.#onMenuKey}>
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

  /** Opens the menu with focus on its first or last item, or moves there when it is open. */
  show(focusOn: 'first' | 'last'): void {
    this.#focusOn = focusOn;
    const menu = this.#menu();
    if (menu?.matches(':popover-open')) this.#focusItem(focusOn === 'first' ? 0 : -1);
    else menu?.showPopover();
  }

  /** Closes the menu; with `refocus`, focus goes back to its button. */
  close(refocus = false): void {
    const menu = this.#menu();
    // The next open starts on the first item. Said here, not only when the toggle event says "closed": the
    // browser merges a close and an open that come close together (Escape, then Enter) into one event.
    this.#focusOn = 'first';
    if (menu?.matches(':popover-open')) menu.hidePopover();
    if (refocus) this.button()?.focus();
  }

  /** The button's keys: Enter and Space click it, which toggles the menu (popovertarget); the arrows open it. */
  readonly onButtonKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.show(event.key === 'ArrowUp' ? 'last' : 'first');
  };

  stop(): void {
    this.#cleanup?.();
    this.#cleanup = undefined;
  }

  #menu(): HTMLElement | null {
    return (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>(`#${this.id}`);
  }

  #items(): HTMLElement[] {
    return [...(this.#menu()?.querySelectorAll<HTMLElement>('.menu-item') ?? [])];
  }

  readonly #onToggle = (event: ToggleEvent): void => {
    const menu = event.currentTarget as HTMLElement;
    this.open = event.newState === 'open';
    this.host.requestUpdate();
    this.stop();
    if (!this.open) return void (this.#focusOn = 'first');
    const button = this.button();
    if (button) {
      // Placed once @floating-ui/dom is here (fetched on the first open, see floating.ts).
      void this.floating().then(({ autoUpdate }) => {
        if (this.open && !this.#cleanup) this.#cleanup = autoUpdate(button, menu, () => void placeBelow(this.floating, button, menu));
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
export async function placeBelow(floatingUi: Floating, anchor: Element, floating: HTMLElement): Promise<void> {
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
