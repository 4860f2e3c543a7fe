/**
 * Template types for Svelte 5: with svelte-check or Svelte's editor extension, `<cp-pathway-map
 * data={doc} oncp-select={(e) => e.detail.id} />` type-checks and completes. Load it once in a Svelte
 * project (for example in src/app.d.ts):
 *
 *   import type {} from 'career-pathway-elements/svelte';
 *
 * Svelte 5 sets an attribute of a custom element as a property whenever the element has that property
 * (`data={doc}` arrives as the object), and an `on<event>` attribute adds a listener for `<event>` as
 * written: `oncp-select` listens for `cp-select`. Svelte asks libraries to extend `svelteHTML.
 * IntrinsicElements` for custom elements (its own svelte-html.d.ts says so), which is what this does.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { CpElementOf, CpEvents, CpProperties, CpTag } from './elements.js';

/** `oncp-load`, `oncp-error`, `oncp-select`: listeners typed with each event's detail. */
type EventAttributes<Element> = {
  [Type in keyof CpEvents as `on${Type}`]?: ((event: CpEvents[Type] & { currentTarget: Element }) => void) | null;
};

/** Everything a tag of the element accepts in markup: Svelte's HTML attributes, its properties, its events. */
export type CpSvelteAttributes<Tag extends CpTag> = Omit<HTMLAttributes<CpElementOf<Tag>>, keyof CpProperties<Tag>> &
  CpProperties<Tag> &
  EventAttributes<CpElementOf<Tag>>;

declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
      'cp-pathway-map': CpSvelteAttributes<'cp-pathway-map'>;
      'cp-credential-ladder': CpSvelteAttributes<'cp-credential-ladder'>;
      'cp-campaign-meter': CpSvelteAttributes<'cp-campaign-meter'>;
      'cp-occupation-explorer': CpSvelteAttributes<'cp-occupation-explorer'>;
    }
  }
}
