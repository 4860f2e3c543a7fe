#!/usr/bin/env node
// npm run build: ES modules with types for npm, the one-tag embed (a loader and its element chunks), the
// one-file embed, each element alone, the iframe page, and the JSON Schema files. Runs every Vite build in one process.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { writeSchemas } from './schema.mjs';

const quiet = { logLevel: 'warn', configFile: 'vite.config.ts' };
const elements = ['pathway-map', 'credential-ladder', 'campaign-meter', 'occupation-explorer'];

rmSync('dist', { recursive: true, force: true });
const started = performance.now();
await build({ ...quiet, mode: 'lib' });
// Until every element exists, build the ones that do.
const present = elements.filter((name) => existsSync(`src/components/${name}/${name}.ts`));
await build({ ...quiet, mode: 'embed' });
for (const name of ['embed-all', ...present]) await build({ ...quiet, mode: `bundle:${name}` });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
for (const name of ['frame', 'hydrate']) await build({ ...quiet, mode: `bundle:${name}` });
for (const file of ['frame.html', 'frame.css']) copyFileSync(`src/frame/${file}`, `dist/${file}`);
copyFileSync('src/embed.css', 'dist/embed.css');
await writeSchemas();
console.log(`built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
