// React 19 with no React plugin: Vite 8 compiles JSX with Oxc, here to React's automatic runtime.
// (@vitejs/plugin-react adds Fast Refresh to `vite dev`; a build does not need it.)
import { defineConfig } from 'vite';
import { exampleConfig } from '../shared/library.js';

const shared = exampleConfig(import.meta.dirname);

export default defineConfig({
  ...shared,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // One chunk on purpose, for a small example: React, two elements and the five pathway documents
  // (125 KB of JSON) come to about 550 KB, 170 KB gzipped.
  build: { ...shared.build, chunkSizeWarningLimit: 600 },
});
