import type { AnyDocument } from '../schema/types.js';

/** Fired after valid data has rendered. */
export type CpLoadEvent<T extends AnyDocument = AnyDocument> = CustomEvent<{ document: T }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-load': CpLoadEvent;
  }
}
