#!/usr/bin/env node
// Kept for old links and habits: the pre-renderer ships in the package now, as the function
// career-pathway-elements/ssr (bin/prerender.mjs) and the command cp-prerender (bin/cp-prerender.mjs).
//   node scripts/prerender.mjs credential-ladder data/colorado/pathway-healthcare.json ladder=nursing > ladder.html
// Needs `npm run build` first (it renders the built modules in dist/, or in $CP_DIST).
import { pathToFileURL } from 'node:url';

export { prerender } from '../bin/prerender.mjs';

if (import.meta.url === pathToFileURL(process.argv[1]).href) await import('../bin/cp-prerender.mjs');
