#!/usr/bin/env node
// Pre-renders an element for a static page (see prerender.mjs, exported as career-pathway-elements/ssr):
//   npx cp-prerender cp-credential-ladder pathway.json ladder=nursing > ladder.html
import { readFileSync } from 'node:fs';
import { ELEMENTS, prerender } from './prerender.mjs';

const USAGE = `usage: cp-prerender <tag> <document.json | -> [attribute=value …]

Prints the element as HTML with its shadow root (declarative shadow DOM) and its
document inside, so a page shows it before JavaScript runs. Load
career-pathway-elements/embed-hydrate.js on the page to make it interactive.
Needs @lit-labs/ssr installed. "-" renders without a document (a meter from
its attributes). Boolean attributes: name=true.

Tags and their attributes (and theme for each):
${Object.entries(ELEMENTS)
  .map(([tag, { attributes }]) => `  ${tag}: ${attributes.join(', ')}`)
  .join('\n')}

Example:
  npx cp-prerender cp-occupation-explorer occupations.json sector=Healthcare > explorer.html`;

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const [tag, file, ...pairs] = args;
if (!tag || !file || pairs.some((pair) => !pair.includes('='))) {
  console.error(USAGE);
  process.exit(2);
}
if (!ELEMENTS[tag.startsWith('cp-') ? tag : `cp-${tag}`]) {
  console.error(`cp-prerender: unknown tag "${tag}" (expected ${Object.keys(ELEMENTS).join(', ')})`);
  process.exit(2);
}
let document;
if (file !== '-') {
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`cp-prerender: ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    process.exit(1);
  }
}
const attributes = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
try {
  process.stdout.write(`${await prerender(tag, document, attributes)}\n`);
} catch (error) {
  console.error(`cp-prerender: ${error.message}`);
  process.exit(error.message.startsWith('prerender supports') || error.message.startsWith('unknown attribute') ? 2 : 1);
}
