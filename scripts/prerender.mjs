#!/usr/bin/env node
// Pre-renders an element to declarative shadow DOM with @lit-labs/ssr, so a static page shows it before
// any JavaScript runs; dist/embed-hydrate.js then takes it over in place (hydration).
//
//   node scripts/prerender.mjs credential-ladder data/colorado/pathway-healthcare.json ladder=nursing > ladder.html
//   node scripts/prerender.mjs campaign-meter data/colorado/campaign-sample.json variant=full as-of=2026-06-30
//   node scripts/prerender.mjs campaign-meter - goal=1000000 value=250000 start=2021-01-01 deadline=2030-12-31
//
// Prints the element's HTML: the tag, its shadow root as <template shadowrootmode="open">, and its
// document as a <script type="application/json"> child, so the browser's first render uses the same data.
// Needs `npm run build` first (it renders the built modules in dist/, or in $CP_DIST).
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ELEMENTS = {
  'credential-ladder': ['ladder', 'current', 'orientation', 'theme'],
  'campaign-meter': ['variant', 'goal', 'value', 'start', 'deadline', 'label', 'unit', 'as-of', 'theme'],
};

/** `<script type="application/json">` content must not be able to close the script. */
const scriptSafe = (json) => json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Renders `<cp-{name}>` with `attributes` and `document` (an object or undefined) to an HTML string. */
export async function prerender(name, document, attributes = {}) {
  const allowed = ELEMENTS[name];
  if (!allowed) throw new Error(`prerender supports ${Object.keys(ELEMENTS).join(' and ')}, not "${name}"`);
  const unknown = Object.keys(attributes).filter((key) => !allowed.includes(key));
  if (unknown.length) throw new Error(`unknown attribute(s) for cp-${name}: ${unknown.join(', ')}`);
  await import(pathToFileURL(`${process.env.CP_DIST ?? 'dist'}/${name}.js`).href);
  // The meter's full view loads its chart's code on first use; a server render needs it at once.
  if (attributes.variant === 'full') await customElements.get('cp-campaign-meter')?.preload?.();
  const a = (key) => attributes[key] ?? nothing;
  const template =
    name === 'credential-ladder'
      ? html`<cp-credential-ladder ladder=${a('ladder')} current=${a('current')} orientation=${a('orientation')} theme=${a('theme')} .data=${document}></cp-credential-ladder>`
      : html`<cp-campaign-meter variant=${a('variant')} goal=${a('goal')} value=${a('value')} start=${a('start')} deadline=${a('deadline')} label=${a('label')} unit=${a('unit')} as-of=${a('as-of')} theme=${a('theme')} .data=${document}></cp-campaign-meter>`;
  // The outer template's own markers are not needed: only the element hydrates, from its shadow root.
  let markup = (await collectResult(render(template)))
    .replace(/^<!--lit-part[^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '');
  if (document !== undefined) {
    const close = markup.lastIndexOf(`</cp-${name}>`);
    const json = `<script type="application/json">${scriptSafe(JSON.stringify(document))}</script>`;
    markup = markup.slice(0, close) + json + markup.slice(close);
  }
  return markup;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [name, file, ...pairs] = process.argv.slice(2);
  if (!name || !file) {
    console.error('usage: node scripts/prerender.mjs <credential-ladder|campaign-meter> <document.json|-> [attribute=value …]');
    process.exit(2);
  }
  const document = file === '-' ? undefined : JSON.parse(readFileSync(file, 'utf8'));
  const attributes = Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
  process.stdout.write(`${await prerender(name, document, attributes)}\n`);
}
