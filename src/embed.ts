/**
 * The one-file embed: `<script type="module" src=".../embed.js"></script>` defines every element.
 * Loading it twice (two partners' widgets on one page) defines each tag once and does not throw.
 */
import './index.js';
