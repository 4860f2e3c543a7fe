/** Helpers for cp-pathway-map's browser tests: a map of a given width, once drawn, and its parts. */
import { fixture, html } from './testing.js';
import '../../src/components/pathway-map/pathway-map.js';
import type { PathwayMap } from '../../src/components/pathway-map/pathway-map.component.js';
import type { PathwayDocument } from '../../src/schema/types.js';
import { frames, nextEvent } from './index.js';

export const SMALL = new URL('../fixtures/pathway-small.json', import.meta.url).href;
export const COLORADO = ['healthcare', 'information-technology', 'construction', 'business-operations', 'cybersecurity'] as const;
export const colorado = (name: (typeof COLORADO)[number]) => `/data/colorado/pathway-${name}.json`;

export const load = async (url = SMALL): Promise<PathwayDocument> => (await fetch(url)).json();

/** A map of `doc`, `width` wide, once it has drawn. */
export async function mapOf(doc: unknown, width = 1000, attributes: Record<string, string> = {}): Promise<PathwayMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><cp-pathway-map></cp-pathway-map></div>`);
  const el = wrapper.querySelector('cp-pathway-map')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = nextEvent(el, 'cp-load');
  el.data = doc;
  await loaded;
  await settle(el);
  return el;
}

/** Waits for the first measure of the element's size (a frame), the re-render it brings, and the fit. */
export async function settle(el: PathwayMap): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await frames(2);
  }
}

export const $ = <T extends Element = Element>(el: PathwayMap, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = Element>(el: PathwayMap, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const step = (el: PathwayMap, id: string) => $<SVGGElement>(el, `.step[data-id="${id}"]`)!;
export const button = (el: PathwayMap, id: string) => step(el, id).querySelector<SVGGElement>('.node')!;
export const focusedId = (el: PathwayMap) => el.shadowRoot!.activeElement?.closest('.step')?.getAttribute('data-id');
export const onIds = (el: PathwayMap) =>
  $$(el, '.step[data-on]')
    .map((s) => s.getAttribute('data-id'))
    .sort();
export const status = (el: PathwayMap) => $(el, '[role="status"]')!.textContent!.trim();
export const scale = (el: PathwayMap) => Number(/scale\(([\d.]+)/.exec($(el, '.layer')!.getAttribute('transform') ?? '')?.[1] ?? 1);
export const buttonNamed = (el: PathwayMap, name: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name)!;

/** Resolves once `ready()` is true, checking every frame (or fails after `timeout` ms). */
export async function until(ready: () => boolean, what = 'the condition', timeout = 4000): Promise<void> {
  const end = performance.now() + timeout;
  while (!ready()) {
    if (performance.now() > end) throw new Error(`${what} did not happen within ${timeout} ms`);
    await frames(1);
  }
}

/** The "More" menu, once its code has come (on the button's first use). */
export const moreMenu = (el: PathwayMap) => $<HTMLElement>(el, '[role="menu"]');

/**
 * The "More" menu's item named `name`, with the menu open: the menu comes on its button's first use, so
 * it is opened first, by a click, as a reader would.
 */
export async function menuItem(el: PathwayMap, name: string): Promise<HTMLButtonElement> {
  if (!moreMenu(el)?.matches(':popover-open')) {
    $<HTMLButtonElement>(el, '[part="more-button"]')!.click();
    await until(() => !!moreMenu(el)?.matches(':popover-open'), 'the menu opening');
  }
  const item = $$<HTMLButtonElement>(el, '[role^="menuitem"]').find((b) => b.textContent!.trim() === name);
  if (!item) throw new Error(`no menu item "${name}"`);
  return item;
}

/** Resolves once a step's details are open, with their content: it comes with view/figures.ts, fetched on first use. */
export const detailsShown = (el: PathwayMap) =>
  until(() => !!$(el, '#details h3') && $<HTMLElement>(el, '#details')!.matches(':popover-open'), 'the details opening');
