import type { Issue } from '../schema/types.js';

/** Fired when data cannot be shown: `message` sums it up, `issues` say what is wrong and where. */
export type CpErrorEvent = CustomEvent<{ message: string; issues: Issue[] }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-error': CpErrorEvent;
  }
}
