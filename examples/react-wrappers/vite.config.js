// The React wrappers example, built against React 18 (react-18/node_modules, see react-18/package.json)
// or, with REACT=19, against the repository's React 19: the same app source runs on both.
//   npx vite build --config examples/react-wrappers/vite.config.js            → dist/react-18/
//   REACT=19 npx vite build --config examples/react-wrappers/vite.config.js   → dist/react-19/
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared/library.js';

const here = import.meta.dirname;
const major = process.env.REACT === '19' ? '19' : '18';
const modules = major === '19' ? `${here}/../../node_modules` : `${here}/react-18/node_modules`;
const shared = exampleConfig(here);

export default defineConfig({
  ...shared,
  resolve: {
    // Every `react` and `react-dom` import, the package's wrappers in dist/ included, gets the one copy.
    alias: [{ find: /^(react|react-dom)(\/.*)?$/, replacement: `${modules}/$1$2` }, ...shared.resolve.alias],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // One chunk, as in ../react/: React, two elements and the five pathway documents (650 KB with React 19).
  build: { ...shared.build, outDir: `dist/react-${major}`, chunkSizeWarningLimit: 700 },
});
