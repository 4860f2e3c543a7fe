// For the one-file bundles (dist/embed.all.js, dist/standalone/): turns the source's `import('./x.js')` of
// code loaded on first use into a static import and a promise of its namespace. In a file that holds
// everything there is nothing to fetch later; left as import(), rolldown wraps each such module, and every
// module it imports, in a lazy initialiser (a function per module, a call at every use), which had grown
// embed.all.js by about 5 KB gzip. The elements still ask for the code and wait a microtask for it, as they
// do when it comes from the network, so they behave alike in both builds.
//
// A Vite plugin without `enforce`: it runs after TypeScript is stripped, so `typeof import()` types are gone.

/** `code` with each relative `import('…')` made static; `undefined` when it has none. */
export function staticImportsOf(code) {
  const imports = [];
  const out = code.replace(/\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g, (_, quote, path) => {
    const name = `__cpStatic${imports.length}`;
    imports.push(`import * as ${name} from ${quote}${path}${quote};`);
    return `Promise.resolve(${name})`;
  });
  return imports.length ? `${imports.join('\n')}\n${out}` : undefined;
}

export function staticImports() {
  return {
    name: 'cp-static-imports',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('import(')) return null;
      const out = staticImportsOf(code);
      return out === undefined ? null : { code: out, map: null };
    },
  };
}
