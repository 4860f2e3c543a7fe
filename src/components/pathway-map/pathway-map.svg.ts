/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A new SVG element with `attributes`, and `text` as its text, appended to `parent` when one is given.
 * Values are set as text (`setAttribute`, `textContent`), never read as markup.
 */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  parent?: Element,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  parent?.append(element);
  return element;
}
