import { isServer, type CSSResult, type ReactiveElement } from 'lit';

/**
 * Styles that come with a chunk fetched on first use (issue 18), for what only that chunk renders: they
 * join the element class's, so maps made later (and a server render, which writes out the class's styles
 * before it renders) start with them, and `host`'s shadow root, beside the sheets it has. Called before
 * the chunk's first render in `host`, so nothing shows unstyled.
 */
export function adoptLate(host: HTMLElement, styles: CSSResult): void {
  const { elementStyles } = host.constructor as typeof ReactiveElement;
  if (!elementStyles.includes(styles)) elementStyles.push(styles);
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (!isServer && root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
