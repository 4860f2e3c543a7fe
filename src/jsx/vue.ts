/**
 * Template types for Vue 3: with vue-tsc or Vue's editor extension, `<cp-pathway-map :data="doc"
 * @cp-select="(e) => e.detail.id" />` type-checks and completes. Load it once in a Vue project:
 *
 *   import type {} from 'career-pathway-elements/vue';
 *
 * The shape follows Vue's guide ("Non-Vue Web Components and TypeScript"): each tag is added to
 * `GlobalComponents` as a constructor whose `$props` are the element's properties and whose `$emit`
 * lists its events. Vue itself needs `compilerOptions.isCustomElement: (tag) => tag.startsWith('cp-')`
 * so it does not look for Vue components of those names; it then sets a binding as a property whenever
 * the element has one (`:data` arrives as the object) and `@cp-select` adds a listener for `cp-select`.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { CpElementOf, CpEvents, CpProperties, CpTag } from './elements.js';

/** A custom element as Vue's template checker reads it. `$props` and `$emit` exist only in the types. */
export type CpVueElement<Tag extends CpTag> = new () => CpElementOf<Tag> & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: Omit<HTMLAttributes, keyof CpProperties<Tag>> & CpProperties<Tag> & PublicProps;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<{ [Type in keyof CpEvents]: (event: CpEvents[Type]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'cp-pathway-map': CpVueElement<'cp-pathway-map'>;
    'cp-credential-ladder': CpVueElement<'cp-credential-ladder'>;
    'cp-campaign-meter': CpVueElement<'cp-campaign-meter'>;
    'cp-occupation-explorer': CpVueElement<'cp-occupation-explorer'>;
  }
}
