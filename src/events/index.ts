export type { CpLoadEvent } from './cp-load.js';
export type { CpErrorEvent } from './cp-error.js';
export type { CpSelectEvent, SelectItem } from './cp-select.js';
export { emit } from './emit.js';
