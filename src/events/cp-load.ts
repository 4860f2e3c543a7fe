import type { AnyDocument, Issue } from '../schema/types.js';

/** Fired after valid data has rendered. `warnings`: figures no source covers (the document still shows). */
export type CpLoadEvent<T extends AnyDocument = AnyDocument> = CustomEvent<{ document: T; warnings?: Issue[] }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-load': CpLoadEvent;
  }
}
