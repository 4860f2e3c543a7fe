// custom-elements.json is generated from each element class's JSDoc (npm run analyze). The test
// command regenerates it in memory and fails when the committed file is stale.
//
// Editors, Storybook and the Lit language server read it from the installed package, so it must describe
// what ships: module paths name files in dist/, each tag is defined by the module whose import defines
// it, every event has a type, and `data` has the element's own document type.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, posix } from 'node:path';

/** Keeps the public API only: drops private, protected and #private members and `_`-prefixed names. */
function publicOnly() {
  const isPublic = (member) =>
    !member.privacy || member.privacy === 'public' ? !member.name.startsWith('_') && !member.name.startsWith('#') : false;
  return {
    name: 'public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || isPublic({ name: a.fieldName }));
        }
      }
    },
  };
}

/** The TypeScript name of each document type an element can accept (`static documents`: `[pathwayRules]`). */
const DOCUMENT_TYPE_NAMES = { pathway: 'PathwayDocument', campaign: 'CampaignDocument', occupations: 'OccupationsDocument' };

/**
 * The type of each public event, read from src/events: the `GlobalEventHandlersEventMap` entry names an
 * alias (`'cp-select': CpSelectEvent`), and the alias is a one-line `CustomEvent<…>`. A generic alias is
 * taken at its default (`CpLoadEvent<T = AnyDocument>`).
 */
function eventTypes(dir = 'src/events') {
  const aliases = new Map();
  const events = new Map();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    for (const [, name, params, body] of text.matchAll(/export type (\w+)(<[^=>]*(?:=[^>]*)?>)?\s*=\s*(CustomEvent<.*>);/g)) {
      let type = body;
      for (const [, param, fallback] of (params ?? '').matchAll(/(\w+)\s+extends\s+\w+\s*=\s*(\w+)/g)) {
        type = type.replace(new RegExp(`\\b${param}\\b`, 'g'), fallback);
      }
      aliases.set(name, type);
    }
    for (const [, event, alias] of text.matchAll(/'(cp-[a-z-]+)':\s*(\w+)/g)) events.set(event, alias);
  }
  return new Map([...events].map(([event, alias]) => [event, aliases.get(alias)]).filter(([, type]) => type));
}

/**
 * Types for tools: an event whose `@fires` gives no `{type}` gets the one from src/events, and the base
 * class's `AnyDocument` (in `data` and `cp-load`) becomes the element's own document type, read from its
 * `static documents` (the rules of each type it shows, `[campaignRules]`). Runs before public-only, which
 * drops that protected static.
 */
function documentTypes() {
  return {
    name: 'document-types',
    packageLinkPhase({ customElementsManifest }) {
      const known = eventTypes();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (!event.type?.text && known.has(event.name)) event.type = { text: known.get(event.name) };
          }
          const accepted = declaration.members?.find((m) => m.name === 'documents' && m.static)?.default;
          const names = [...(accepted ?? '').matchAll(/\b(\w+)Rules\b/g)].map(([, type]) => {
            if (!DOCUMENT_TYPE_NAMES[type]) throw new Error(`${declaration.name}: no TypeScript name for document type "${type}"`);
            return DOCUMENT_TYPE_NAMES[type];
          });
          if (!declaration.customElement || !names.length) continue;
          const own = names.join(' | ');
          for (const item of [...(declaration.members ?? []), ...(declaration.events ?? [])]) {
            if (item.type?.text) item.type = { ...item.type, text: item.type.text.replace(/\bAnyDocument\b/g, own) };
          }
        }
      }
    },
  };
}

/**
 * Where each source module ships, from package.json "exports": an entry's own source (`types`
 * dist/types/X.d.ts ↔ src/X.ts) ships as its `default` file, and so does a module that entry re-exports
 * (the element class re-exported by the element's entry). Anything else is not importable on its own;
 * its declaration file is what ships.
 */
function shippedPaths() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const entries = Object.values(pkg.exports)
    .filter((target) => typeof target === 'object' && target.types?.startsWith('./dist/types/') && target.default?.endsWith('.js'))
    .map((target) => ({ source: target.types.replace(/^\.\/dist\/types\/(.*)\.d\.ts$/, 'src/$1.ts'), file: target.default.slice(2) }))
    .filter(({ source }) => existsSync(source));
  const shipped = new Map(entries.map(({ source, file }) => [source, file]));
  const names = (list) =>
    list
      .split(',')
      .map((name) => name.trim().split(/\s+as\s+/)[0])
      .filter(Boolean);
  for (const { source, file } of entries) {
    const text = readFileSync(source, 'utf8');
    // `export { A } from './a.js'`, or `import { A } from './a.js'` with a later `export { A }`.
    const exported = new Set([...text.matchAll(/export\s*\{([^}]*)\}/g)].flatMap(([, list]) => names(list)));
    for (const [, keyword, list, from] of text.matchAll(/(export|import)\s*\{([^}]*)\}\s*from\s*'(\.[^']+)\.js'/g)) {
      if (keyword === 'import' && !names(list).some((name) => exported.has(name))) continue;
      const target = posix.join(dirname(source), `${from}.ts`);
      if (!shipped.has(target)) shipped.set(target, file);
    }
  }
  const path = (source) => {
    const clean = source.replace(/^\//, '').replace(/^(src\/.*)\.js$/, '$1.ts');
    if (shipped.has(clean)) return shipped.get(clean);
    return clean.startsWith('src/') ? clean.replace(/^src\/(.*)\.ts$/, 'dist/types/$1.d.ts') : source;
  };
  return { entries, path };
}

/**
 * Module paths for the installed package (src/ does not ship) and the tag definitions. The elements
 * register through src/base/define.ts (which skips a tag another copy already defined), a call the
 * analyzer does not recognise, so each entry's `define('cp-…', Class)` is read here and recorded on the
 * module that makes it: importing that file is what defines the tag.
 */
function shippedModules() {
  return {
    name: 'shipped-modules',
    packageLinkPhase({ customElementsManifest }) {
      const { entries, path } = shippedPaths();
      const rewrite = (value) => {
        if (Array.isArray(value)) value.forEach(rewrite);
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            if ((key === 'module' || key === 'path') && typeof inner === 'string') value[key] = path(inner);
            else rewrite(inner);
          }
        }
      };
      rewrite(customElementsManifest.modules);

      // Two source modules can now name one file (an entry and the class it re-exports): merge them.
      const byPath = new Map();
      for (const mod of customElementsManifest.modules) {
        const seen = byPath.get(mod.path);
        if (!seen) byPath.set(mod.path, mod);
        else {
          seen.declarations = [...(seen.declarations ?? []), ...(mod.declarations ?? [])];
          seen.exports = [...(seen.exports ?? []), ...(mod.exports ?? [])];
        }
      }
      customElementsManifest.modules = [...byPath.values()];

      const classes = new Map(customElementsManifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => [d.name, { mod, d }])));
      for (const { source, file } of entries) {
        for (const [, tag, name] of readFileSync(source, 'utf8').matchAll(/\bdefine\(\s*'([^']+)'\s*,\s*(\w+)\s*\)/g)) {
          const found = classes.get(name);
          if (found?.d.tagName !== tag)
            throw new Error(`${source} defines ${tag} with ${name}, which the manifest does not describe as <${tag}>`);
          let mod = byPath.get(file);
          if (!mod) customElementsManifest.modules.push((mod = { kind: 'javascript-module', path: file, declarations: [], exports: [] }));
          mod.exports ??= [];
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name, module: found.mod.path } });
        }
      }

      // Module-level helpers the analyzer lists (a `let` in a component file) are not exported: drop them.
      for (const mod of customElementsManifest.modules) {
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement || exported.has(d.name));
      }
    },
  };
}

export default {
  globs: ['src/components/*/*.component.ts', 'src/base/cp-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // The analyzer would otherwise point package.json's customElements at whatever --outdir it was given.
  packagejson: false,
  plugins: [documentTypes(), publicOnly(), shippedModules()],
};
