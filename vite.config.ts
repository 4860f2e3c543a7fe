/**
 * Builds, chosen by `mode` (scripts/build.mjs runs them all):
 * - `lib`: ES modules for npm, one entry per element plus the main entry and the schema, with lit, d3
 *   and floating-ui left as imports so an app's bundler shares them.
 * - `embed`: the one-tag embed, split: `dist/embed.js` is a small autoloader (src/loader.ts) and each
 *   element is a chunk in `dist/elements/`, with what several elements share (lit, the base, the schema)
 *   in shared chunks there, so a page downloads only the elements it shows and the shared code once.
 *   `dist/elements/chunks.json` records the chunk graph (scripts/size.mjs adds up a page from it).
 * - `bundle:<entry>`: one self-contained, minified ES module (`dist/embed.all.js`, and each element alone
 *   in `dist/standalone/`) for a plain `<script type="module">` tag; `bundle:frame` is the script of
 *   dist/frame.html, which loads embed.js beside it.
 * Any other mode (Storybook's dev server and build) gets no build settings from here.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync } from 'rolldown/utils';
// Lit's css`` literals minified (comments and indentation out): rolldown's minifier leaves template text alone.
import { cssLiterals } from './scripts/css-literals.mjs';
// The one-file bundles take the code loaded on first use as static imports (see the file).
import { staticImports } from './scripts/static-imports.mjs';

export const ELEMENTS = ['pathway-map', 'credential-ladder', 'campaign-meter', 'occupation-explorer'] as const;

const root = import.meta.dirname;
const entry = (path: string) => resolve(root, path);

const LIB_ENTRIES: Record<string, string> = {
  index: entry('src/index.ts'),
  schema: entry('src/schema/index.ts'),
  // The React wrappers (career-pathway-elements/react); React itself stays the app's.
  react: entry('src/react/index.ts'),
  ...Object.fromEntries(
    ELEMENTS.filter((name) => existsSync(entry(`src/components/${name}/${name}.ts`))).map((name) => [
      name,
      entry(`src/components/${name}/${name}.ts`),
    ]),
  ),
};

const BUNDLE_ENTRIES: Record<string, { input: string; file: string }> = {
  'embed-all': { input: entry('src/embed-all.ts'), file: 'embed.all.js' },
  frame: { input: entry('src/frame/frame.ts'), file: 'frame.js' },
  hydrate: { input: entry('src/hydrate.ts'), file: 'embed-hydrate.js' },
  ...Object.fromEntries(
    ELEMENTS.map((name) => [name, { input: entry(`src/components/${name}/${name}.ts`), file: `standalone/${name}.js` }]),
  ),
};

// @lit/react is bundled into dist/react.js (about 2 KB) rather than made a dependency: as one, its peer
// @types/react would be installed into every app that uses the package, React or not.
const isDependency = (id: string) => id !== '@lit/react' && /^(lit|@lit|@lit-labs|d3-|@floating-ui|react$|react\/)/.test(id);

function libConfig(): UserConfig {
  return {
    plugins: [cssLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: LIB_ENTRIES, formats: ['es'] },
      rolldownOptions: {
        external: isDependency,
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

// Lit's production build: no dev-mode warnings, smaller.
const production = { conditions: ['production', 'module', 'browser', 'import', 'default'] };

interface ChunkFacts {
  file: string;
  /** The element entry this chunk is (`cp-…`), for the element chunks. */
  element?: string;
  imports: string[];
  dynamicImports: string[];
}

/**
 * Writes into the loader (dist/embed.js) each element's shared chunks: every chunk its own chunk imports,
 * directly or not, which the loader preloads beside it (see SHARED in src/loader.ts). Done on the finished
 * bundle, as the chunks' names are known only then: an object literal in place of the loader's
 * JSON.parse() of a placeholder string, which the minifier keeps as it is.
 */
function sharedChunks(): Plugin {
  return {
    name: 'cp-shared-chunks',
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
      const shared: Record<string, string[]> = {};
      for (const chunk of chunks.values()) {
        const match = /components\/([a-z-]+)\/\1\.ts$/.exec(chunk.facadeModuleId ?? '');
        if (!match || !chunk.isDynamicEntry) continue;
        const found = new Set<string>();
        const visit = (file: string) => {
          for (const next of chunks.get(file)?.imports ?? []) {
            if (found.has(next)) continue;
            found.add(next);
            visit(next);
          }
        };
        visit(chunk.fileName);
        shared[`cp-${match[1]}`] = [...found].sort();
      }
      const loader = chunks.get('embed.js');
      if (!loader) return;
      const placeholder = /JSON\.parse\(([`'"])__CP_SHARED_CHUNKS__\1\)/;
      if (!placeholder.test(loader.code)) this.error('embed.js: the placeholder for the shared chunks is missing');
      // Names in the loader's own folder of chunks, "elements/" and ".js" left out (the loader adds them),
      // written in as an object literal in place of the JSON.parse() of the placeholder.
      for (const tag in shared) shared[tag] = shared[tag]!.map((file) => file.replace(/^elements\/(.*)\.js$/, '$1'));
      loader.code = loader.code.replace(placeholder, JSON.stringify(shared));
    },
  };
}

/** Writes dist/elements/chunks.json: each chunk of the embed, what it imports and which element it is. */
function chunkGraph(): Plugin {
  return {
    name: 'cp-chunk-graph',
    generateBundle(_options, bundle) {
      const chunks: ChunkFacts[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const match = /components\/([a-z-]+)\/\1\.ts$/.exec(item.facadeModuleId ?? '');
        chunks.push({
          file: item.fileName,
          ...(match && item.isDynamicEntry ? { element: `cp-${match[1]}` } : {}),
          imports: item.imports,
          dynamicImports: item.dynamicImports,
        });
      }
      chunks.sort((a, b) => a.file.localeCompare(b.file));
      this.emitFile({ type: 'asset', fileName: 'elements/chunks.json', source: `${JSON.stringify(chunks, null, 1)}\n` });
      // What each chunk is made of, for scripts/size.mjs: per module, its code after tree-shaking (bytes)
      // and that code minified on its own and gzipped, which ranks modules by what they cost a page better
      // than source bytes (comments and long names count there). Kept out of dist/, as no one who
      // installs the package needs it.
      const cost = (code: string) => {
        try {
          // As a script, so its top-level names (used by the rest of the chunk) stay.
          return gzipSync(minifySync('module.js', code, { compress: true, mangle: { toplevel: false }, module: false }).code, { level: 9 })
            .length;
        } catch {
          return gzipSync(code, { level: 9 }).length;
        }
      };
      const modules = Object.fromEntries(
        Object.values(bundle).flatMap((item) =>
          item.type === 'chunk'
            ? [
                [
                  item.fileName,
                  Object.fromEntries(
                    Object.entries(item.modules).map(([id, m]) => [
                      id.replace(/^.*node_modules[\\/]/, '').replace(`${root}/`, ''),
                      { rendered: m.renderedLength, gzip: m.code ? cost(m.code) : 0 },
                    ]),
                  ),
                ],
              ]
            : [],
        ),
      );
      mkdirSync(resolve(root, 'bench/.tmp'), { recursive: true });
      writeFileSync(resolve(root, 'bench/.tmp/embed-modules.json'), JSON.stringify(modules, null, 1));
    },
  };
}

/** What every minified build that browsers load directly shares: into dist/ beside the others, no public
 * folder, no preload polyfill. */
const SHIPPED = { outDir: 'dist', emptyOutDir: false, target: 'es2022', minify: true, copyPublicDir: false, modulePreload: false } as const;

function embedConfig(): UserConfig {
  return {
    resolve: production,
    plugins: [cssLiterals(), chunkGraph(), sharedChunks()],
    build: {
      ...SHIPPED,
      // Library mode, because there Vite adds no preload helper: it would add a kilobyte to the loader and
      // inject <link> elements into the host's page; an element chunk imports its shared chunks itself.
      lib: { entry: { embed: entry('src/embed.ts') }, formats: ['es'] },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          // A shared chunk is named by its group and the elements that share it ("base~pathway-map~…"): the
          // group is enough in a file name (the loader lists these names, so they cost every page), and
          // elements/chunks.json says which elements use each.
          chunkFileNames: ({ name }) => `elements/${name.replace(/~.*$/, '')}-[hash:6].js`,
          // Library mode leaves whitespace in; these files go straight to browsers.
          minify: true,
          codeSplitting: {
            // Named shared chunks, so a page's download reads plainly (lit, then the project's base); the
            // rest is split by rolldown by which elements use it.
            groups: [
              // Lit, with what every element and nearly every chunk loaded on first use needs beside it: the
              // compiler's decorator helper and translate(), the one function every string goes through
              // (each a small file of its own otherwise, as the chunks loaded later share them too).
              {
                name: 'lit',
                test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|^\0@oxc-project\+runtime|src[\\/]i18n[\\/]translate\.ts$/,
                priority: 3,
              },
              // The charts' scale steps (d3-array) and path writer, used together by the ladder, the explorer
              // and the meter's full view: one small file rather than two.
              { name: 'chart', test: /node_modules[\\/]d3-array[\\/]|src[\\/]lib[\\/]path\.ts$/, priority: 3 },
              {
                name: 'base',
                test: /src[\\/](base|events|i18n|lib|styles)[\\/]/,
                priority: 2,
                minShareCount: 2,
                entriesAware: true,
                includeDependenciesRecursively: false,
              },
              {
                name: 'schema',
                test: /src[\\/]schema[\\/]/,
                priority: 1,
                minShareCount: 2,
                entriesAware: true,
                includeDependenciesRecursively: false,
              },
            ],
          },
        },
      },
    },
  };
}

function bundleConfig(name: string): UserConfig {
  const bundle = BUNDLE_ENTRIES[name];
  if (!bundle) throw new Error(`unknown bundle "${name}" (expected one of ${Object.keys(BUNDLE_ENTRIES).join(', ')})`);
  return {
    resolve: production,
    // The iframe page's script imports embed.js, the split loader, which must stay as it is.
    plugins: name === 'frame' ? [cssLiterals()] : [cssLiterals(), staticImports()],
    build: {
      ...SHIPPED,
      rolldownOptions: {
        input: bundle.input,
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          entryFileNames: bundle.file,
          codeSplitting: false,
          // An element's own bundle runs nearly all of its code on its first render, so V8 is told to
          // compile it all while loading the script (overlapping the download when streamed) rather than
          // function by function on first call, which was 10-20 ms of the map's first render here. It moves
          // that work, it does not save it: the bench's "its script before that" row shows the load
          // growing. embed.all.js holds four elements and a page usually shows one, so it does not.
          postBanner: bundle.file.startsWith('standalone/') ? '//# allFunctionsCalledOnLoad' : undefined,
        },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'lib') return libConfig();
  if (mode === 'embed') return embedConfig();
  if (mode.startsWith('bundle:')) return bundleConfig(mode.slice('bundle:'.length));
  return {};
});
