/**
 * Builds, chosen by `mode` (scripts/build.mjs runs them all):
 * - `lib`: ES modules for npm, one entry per element plus the main entry and the schema, with lit, d3
 *   and floating-ui left as imports so an app's bundler shares them.
 * - `bundle:<entry>`: one self-contained, minified ES module (`dist/embed.js`, and each element alone in
 *   `dist/standalone/`) for a plain `<script type="module">` tag; `bundle:frame` is the script of
 *   dist/frame.html, which loads embed.js beside it.
 * Any other mode (Storybook's dev server and build) gets no build settings from here.
 */
import { defineConfig, type UserConfig } from 'vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

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
  embed: { input: entry('src/embed.ts'), file: 'embed.js' },
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

function bundleConfig(name: string): UserConfig {
  const bundle = BUNDLE_ENTRIES[name];
  if (!bundle) throw new Error(`unknown bundle "${name}" (expected one of ${Object.keys(BUNDLE_ENTRIES).join(', ')})`);
  return {
    // Lit's production build: no dev-mode warnings, smaller.
    resolve: { conditions: ['production', 'module', 'browser', 'import', 'default'] },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      modulePreload: false,
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
          // growing. embed.js holds four elements and a page usually shows one, so it does not.
          postBanner: bundle.file.startsWith('standalone/') ? '//# allFunctionsCalledOnLoad' : undefined,
        },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'lib') return libConfig();
  if (mode.startsWith('bundle:')) return bundleConfig(mode.slice('bundle:'.length));
  return {};
});
