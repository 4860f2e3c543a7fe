/**
 * The main entry: defines every element and exports their classes, the schema and the event types.
 * Side effects (element registration) live here and in each element's own entry only.
 */
export { CampaignMeter } from './components/campaign-meter/campaign-meter.js';
export { CredentialLadder } from './components/credential-ladder/credential-ladder.js';
export { OccupationExplorer } from './components/occupation-explorer/occupation-explorer.js';
export { PathwayMap } from './components/pathway-map/pathway-map.js';
export * from './schema/index.js';
export type * from './events/index.js';
