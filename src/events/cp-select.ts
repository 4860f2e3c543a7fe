import type { NodeKind } from '../schema/types.js';

/** Which visual item was selected. */
export type SelectItem = 'node' | 'rung' | 'occupation' | 'point';

/**
 * Fired when the user selects an item by pointer, Enter or Space. `id` is the node id (the SOC code in
 * the occupation explorer, the date of a count in the campaign meter); `kind` is what it is
 * (`occupation`, `credential`…, or `progress` for a count); `item` says what was picked.
 */
export type CpSelectEvent = CustomEvent<{ id: string; kind: NodeKind | 'progress'; item: SelectItem }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cp-select': CpSelectEvent;
  }
}
