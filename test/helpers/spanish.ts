/**
 * The Spanish strings of every element and the shared ones. An element loads its own when it first
 * speaks Spanish; pure tests call the functions that speak without an element, so they load them here.
 */
import { spanish as meter } from '../../src/components/campaign-meter/campaign-meter.messages.js';
import { spanish as ladder } from '../../src/components/credential-ladder/credential-ladder.messages.js';
import { spanish as explorer } from '../../src/components/occupation-explorer/occupation-explorer.messages.js';
import { spanish as map } from '../../src/components/pathway-map/pathway-map.messages.js';

await Promise.all([meter(), ladder(), explorer(), map()]);
