/**
 * The one-tag embed: `<script type="module" src=".../embed.js"></script>` makes every `cp-*` tag on the page
 * work, loading each element's code from `elements/` beside embed.js when its tag first appears (see
 * loader.ts). Loading it twice (two partners' widgets on one page) defines each tag once and does not throw.
 * Hosts that can copy only one file use dist/embed.all.js, which holds all four elements.
 */
export { discover, ready } from './loader.js';
