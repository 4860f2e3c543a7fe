/**
 * The Spanish strings of every element and the shared ones. An element loads its own when it first
 * speaks Spanish; pure tests call the functions that speak without an element, so they load them here.
 */
import '../../src/i18n/messages.es.js';
import '../../src/components/campaign-meter/campaign-meter.messages.es.js';
import '../../src/components/credential-ladder/credential-ladder.messages.es.js';
import '../../src/components/occupation-explorer/occupation-explorer.messages.es.js';
