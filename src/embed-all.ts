/**
 * dist/embed.all.js: the self-contained embed for hosts that can copy only one file. Defines all four
 * elements at once (what dist/embed.js did before it became a loader); heavier for a page that shows one.
 */
import './index.js';
