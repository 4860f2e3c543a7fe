// The examples import `career-pathway-elements` exactly as an app that installed it from npm would
// (`career-pathway-elements/pathway-map`, `career-pathway-elements/data/occupations.json`), but resolve it
// to this repository's build (dist/ and data/colorado/, through package.json "exports") so they run
// without installing the package. An app with the package in node_modules needs none of this.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${repo}package.json`, 'utf8'));

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Vite `resolve.alias` entries: one per "exports" entry with code (types-only entries need none). */
export function libraryAliases() {
  const withCode = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'string' || target.default);
  return withCode.map(([subpath, target]) => {
    const file = repo + (typeof target === 'string' ? target : target.default).slice(2);
    const specifier = pkg.name + subpath.slice(1);
    if (!specifier.includes('*')) return { find: new RegExp(`^${escape(specifier)}$`), replacement: file };
    const [before, after] = specifier.split('*');
    return { find: new RegExp(`^${escape(before)}(.+)${escape(after)}$`), replacement: file.replace('*', '$1') };
  });
}

/** Settings every example shares: relative URLs (the build works from any folder) and the aliases. */
export function exampleConfig(root) {
  return {
    root,
    base: './',
    resolve: { alias: libraryAliases() },
    build: { outDir: 'dist', emptyOutDir: true },
    logLevel: 'warn',
  };
}
