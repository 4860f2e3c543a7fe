/**
 * JSX types for React 19: `<cp-pathway-map data={doc} oncp-select={(e) => e.detail.id} />` type-checks and
 * completes. Load it once in a React project:
 *
 *   import type {} from 'career-pathway-elements/react';
 *   // or, in a .d.ts or tsconfig "types": "career-pathway-elements/react"
 *
 * How React 19 passes props to a custom element (react-dom, `setPropOnCustomElement`):
 * - a prop whose name is a property of the element (`name in element`) is set as that property, so objects
 *   such as `data` arrive intact (define the element, by importing it, before React renders it);
 *   any other prop becomes an attribute;
 * - a prop `on<event>` whose value is a function adds a listener for `<event>` exactly as written (case-
 *   sensitive, no camel-casing): `oncp-select` listens for `cp-select`. `onCpSelect` would listen for an
 *   event named "CpSelect", which never fires, so it is deliberately not declared.
 * `className` sets the class; `ref` gives the element instance, typed as its class.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CpElementOf, CpEvents, CpProperties, CpTag } from './elements.js';

/** `oncp-load`, `oncp-error`, `oncp-select`: listeners typed with each event's detail. */
type EventProps<Element> = {
  [Type in keyof CpEvents as `on${Type}`]?: (event: CpEvents[Type] & { currentTarget: Element }) => void;
};

/** Everything a JSX tag of the element accepts: React's HTML props, its properties and its events. */
export type CpReactProps<Tag extends CpTag> = Omit<
  DetailedHTMLProps<HTMLAttributes<CpElementOf<Tag>>, CpElementOf<Tag>>,
  keyof CpProperties<Tag>
> &
  CpProperties<Tag> &
  EventProps<CpElementOf<Tag>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cp-pathway-map': CpReactProps<'cp-pathway-map'>;
      'cp-credential-ladder': CpReactProps<'cp-credential-ladder'>;
      'cp-campaign-meter': CpReactProps<'cp-campaign-meter'>;
      'cp-occupation-explorer': CpReactProps<'cp-occupation-explorer'>;
    }
  }
}
