/**
 * The two places the ladder reads the page's layout, kept out of the class: whether the page fixed its
 * height, and scrolling a horizontal ladder to the reader's rung.
 */

/**
 * Whether the page fixed the element's height (a length, or a percentage of an ancestor whose height is
 * fixed), so its measured height says how much room there is rather than how tall its content is. Read
 * from the computed value (Typed OM): `auto` and the content keywords follow the content. Browsers without
 * Typed OM (Firefox) answer false, and `auto` orientation then goes by the width alone, as before.
 */
export function fixedHeight(element: Element, depth = 0): boolean {
  if (depth > 8 || !('computedStyleMap' in element)) return false;
  const value = String(element.computedStyleMap().get('height') ?? 'auto');
  if (/^(auto|min-content|max-content|fit-content)/.test(value)) return false;
  if (!value.includes('%')) return true;
  const parent = element.parentElement ?? (element.getRootNode() as Partial<ShadowRoot>).host;
  // A percentage of the root's height is a share of the viewport: fixed.
  return parent ? fixedHeight(parent, depth + 1) : true;
}

/**
 * A horizontal ladder wider than its box scrolls inside it: the reader's own rung is brought into view,
 * centred, without scrolling the page.
 */
export function centreCurrent(list: HTMLElement | null): void {
  const rung = list?.querySelector<HTMLElement>('.rung.is-current');
  if (!list || !rung || list.scrollWidth <= list.clientWidth) return;
  const [box, item] = [list.getBoundingClientRect(), rung.getBoundingClientRect()];
  // Physical pixels either way: scrollLeft grows to the right in right-to-left boxes too.
  list.scrollLeft += item.left + item.width / 2 - (box.left + box.width / 2);
}
