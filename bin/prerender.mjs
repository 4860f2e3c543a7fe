// career-pathway-elements/ssr: pre-renders an element to declarative shadow DOM with @lit-labs/ssr, so a
// static page shows its content before any JavaScript runs; dist/embed-hydrate.js then takes it over in place
// (hydration). Node only. Plain JavaScript beside the bin that uses it, because it runs the package's built
// modules (dist/) as they ship rather than being built itself. Types: prerender.d.mts.
import { pathToFileURL } from 'node:url';

/**
 * Each tag, the module in dist/ that defines it, and the attributes a server can set (what the element
 * reads from attributes; `theme`, `lang` and `id` for every one). Booleans are present or absent. `lang` is
 * set on the element itself: a server sees no ancestors, so the page's own `lang` does not reach it.
 */
export const ELEMENTS = {
  'cp-pathway-map': { module: 'pathway-map', attributes: ['highlight', 'orientation', 'selected', 'from', 'to', 'view'] },
  'cp-credential-ladder': { module: 'credential-ladder', attributes: ['ladder', 'current', 'orientation'] },
  'cp-campaign-meter': {
    module: 'campaign-meter',
    attributes: ['variant', 'goal', 'value', 'start', 'deadline', 'label', 'unit', 'as-of', 'stale-after', 'sample'],
    booleans: ['sample'],
  },
  'cp-occupation-explorer': {
    module: 'occupation-explorer',
    attributes: ['query', 'sector', 'education', 'top-jobs', 'min-wage', 'max-wage', 'sort', 'order', 'pathway-href'],
    booleans: ['top-jobs'],
  },
};
const SHARED = ['theme', 'lang', 'id'];

/** `<script type="application/json">` content must not be able to close the script. */
const scriptSafe = (json) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** `cp-credential-ladder` or `credential-ladder`: the full tag. */
const tagOf = (name) => (String(name).startsWith('cp-') ? String(name) : `cp-${name}`);

/** Where the built elements are: this package's dist/, or $CP_DIST (relative to the working directory). */
const distUrl = () =>
  process.env.CP_DIST ? pathToFileURL(`${process.env.CP_DIST.replace(/\/$/, '')}/`) : new URL('../dist/', import.meta.url);

/** @lit-labs/ssr, with the DOM shim installed before any element code runs. */
async function ssr() {
  try {
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
    const [{ render }, { collectResult }, { html, unsafeStatic }, { nothing }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit/static-html.js'),
      import('lit'),
    ]);
    return { render, collectResult, html, unsafeStatic, nothing };
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr/.test(error.message)) {
      throw new Error('prerender needs @lit-labs/ssr: npm install --save-dev @lit-labs/ssr', { cause: error });
    }
    throw error;
  }
}

/**
 * Renders `<tag>` with `attributes` and `document` (an object, or undefined for a meter fed by attributes
 * alone) to an HTML string: the tag, its shadow root as `<template shadowrootmode="open">`, and its
 * document as a `<script type="application/json">` child, so the browser's first render uses the same
 * data and hydrates without a second fetch. Throws on an unknown tag or attribute.
 */
export async function prerender(tag, document, attributes = {}) {
  const name = tagOf(tag);
  const element = ELEMENTS[name];
  if (!element) throw new Error(`prerender supports ${Object.keys(ELEMENTS).join(', ')}, not "${tag}"`);
  const allowed = [...element.attributes, ...SHARED];
  const unknown = Object.keys(attributes).filter((key) => !allowed.includes(key));
  if (unknown.length) throw new Error(`unknown attribute(s) for ${name}: ${unknown.join(', ')} (expected ${allowed.join(', ')})`);
  const { render, collectResult, html, unsafeStatic, nothing } = await ssr();
  await import(new URL(`${element.module}.js`, distUrl()).href);
  // What the element loads on first need (the validator's words for a document with a problem, the meter's
  // full view): a server render cannot wait for it, so it is fetched first.
  await customElements.get(name)?.preload?.();
  const value = (key) => {
    const given = attributes[key];
    if (element.booleans?.includes(key)) return given === true || (given !== false && given != null && given !== 'false') ? '' : nothing;
    return given == null ? nothing : String(given);
  };
  // Names come only from the table above, so they may be static; values are bound, so they are escaped.
  const names = allowed.filter((key) => key in attributes);
  const strings = ['<', ...names.map((key) => ` ${key}=`), ' .data=', '></', '>'];
  const template = html(strings, unsafeStatic(name), ...names.map(value), document, unsafeStatic(name));
  // The outer template's own markers are not needed: only the element hydrates, from its shadow root.
  let markup = (await collectResult(render(template)))
    .replace(/^(<!--lit-part[^>]*-->(<!--lit-node \d+-->)?)+/, '')
    .replace(/(<!--\/lit-part-->)+$/, '');
  if (document !== undefined) {
    const close = markup.lastIndexOf(`</${name}>`);
    const json = `<script type="application/json">${scriptSafe(JSON.stringify(document))}</script>`;
    markup = markup.slice(0, close) + json + markup.slice(close);
  }
  return markup;
}
