/**
 * The one-file embed for pages pre-rendered with `scripts/prerender.mjs`: Lit's hydration support, then
 * every element. Elements that arrive as declarative shadow DOM take over the server's markup in place
 * instead of rendering it again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './index.js';
