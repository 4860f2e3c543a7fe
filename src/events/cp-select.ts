import type { NodeKind } from '../schema/types.js';

/** Which visual item was selected. */
export type SelectItem = 'node' | 'rung' | 'occupation';

/**
 * Fired when the user selects an item by pointer, Enter or Space. `id` is the node id (or SOC code in the
 * occupation explorer); `kind` is what it is (`occupation`, `credential`…); `item` says what was picked.
 */
export type CpSelectEvent = CustomEvent<{ id: string; kind: NodeKind; item: SelectItem }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-select': CpSelectEvent;
  }
}
