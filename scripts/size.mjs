#!/usr/bin/env node
// Bundle size budgets (gzip, level 9; 1 KB = 1,000 bytes), read from package.json:
// - "sizeBudgets": one file each (the loader, the one-file embed, each element alone, the frame script);
// - "pageBudgets": what a page downloads through the one-tag embed to show the elements named (dist/embed.js,
//   then each element's chunk and every chunk it imports, shared chunks counted once; code an element loads
//   on first use is listed apart, not counted). Keys are element names joined by "+", or "all".
// Prints every row against its budget, then each page's largest modules (so the next saving is in sight),
// and exits 1 when a row is over or missing. `--detail` lists every chunk of each page and what it is made
// of. `--defer <regex>` estimates each page with the modules whose path matches loaded on first use
// instead (e.g. `--defer 'src/schema/|messages'`), without building anything. Module figures are
// estimates: a chunk's gzip size shared among its modules by what each costs minified and gzipped alone
// (bench/.tmp/embed-modules.json, written by the embed build). Raising a budget needs a line in
// CHANGELOG.md saying why.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageOf } from './page-chunks.mjs';

const ELEMENTS = ['pathway-map', 'credential-ladder', 'campaign-meter', 'occupation-explorer'];
const { sizeBudgets = {}, pageBudgets = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
const detail = process.argv.includes('--detail');
const deferAt = process.argv.indexOf('--defer');
const defer = deferAt > 0 ? new RegExp(process.argv[deferAt + 1]) : undefined;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1000;
const kb = (n) => `${n.toFixed(1)} KB`;

let over = 0;
const rows = [];
for (const [file, budget] of Object.entries(sizeBudgets)) {
  if (!existsSync(file)) {
    over++;
    rows.push([file, 'missing', `${budget} KB`, '✘ missing (run npm run build)']);
    continue;
  }
  const size = gzip(file);
  const ok = size <= budget;
  if (!ok) over++;
  rows.push([file, kb(size), `${budget} KB`, `${ok ? '✔' : '✘ over'} (${(readFileSync(file).length / 1000).toFixed(1)} KB minified)`]);
}

const graph = 'dist/elements/chunks.json';
const pages = [];
if (Object.keys(pageBudgets).length && !existsSync(graph)) {
  over++;
  rows.push([graph, 'missing', '', '✘ missing (run npm run build)']);
} else if (Object.keys(pageBudgets).length) {
  const chunks = JSON.parse(readFileSync(graph, 'utf8'));
  for (const [key, budget] of Object.entries(pageBudgets)) {
    const names = key === 'all' ? ELEMENTS : key.split('+');
    const { eager, later } = pageOf(names, chunks);
    const size = eager.reduce((sum, file) => sum + gzip(`dist/${file}`), 0);
    const onUse = later.reduce((sum, file) => sum + gzip(`dist/${file}`), 0);
    const ok = size <= budget;
    if (!ok) over++;
    const note = `${eager.length} files${later.length ? `; ${kb(onUse)} more on first use` : ''}`;
    rows.push([`page: ${key}`, kb(size), `${budget} KB`, `${ok ? '✔' : '✘ over'} (${note})`]);
    pages.push({ key, eager, later });
  }
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length), 10));
console.log(['file', 'gzip', 'budget'].map((h, i) => h.padEnd(widths[i])).join('  '));
for (const row of rows)
  console.log(
    `${row
      .slice(0, 3)
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')}  ${row[3]}`,
  );

const modules = existsSync('bench/.tmp/embed-modules.json') ? JSON.parse(readFileSync('bench/.tmp/embed-modules.json', 'utf8')) : {};
/** A chunk's gzip KB shared among its modules, largest first: [[module, KB]]. */
function shares(file) {
  const size = gzip(`dist/${file}`);
  // Older builds recorded source bytes only (a number per module).
  const parts = Object.entries(modules[file] ?? {}).map(([id, m]) => [id, typeof m === 'number' ? m : m.gzip]);
  const total = parts.reduce((sum, [, n]) => sum + n, 0);
  return parts.map(([id, n]) => [id, total ? (size * n) / total : 0]).sort((a, b) => b[1] - a[1]);
}

if (pages.length && !Object.keys(modules).length)
  console.log("\n(no bench/.tmp/embed-modules.json: run npm run build to see each page's largest modules)");
else if (pages.length && !detail) {
  console.log('\nlargest modules each page downloads (gzip KB, estimated; --detail for every chunk):');
  for (const { key, eager } of pages) {
    const all = eager.flatMap(shares).sort((a, b) => b[1] - a[1]);
    console.log(`  ${key}:`);
    for (const [id, part] of all.slice(0, 8)) console.log(`  ${kb(part).padStart(10)}  ${id}`);
  }
}

if (detail) {
  for (const { key, eager, later } of pages) {
    console.log(`\npage: ${key}`);
    for (const [files, when] of [
      [eager, ''],
      [later, ' (on first use)'],
    ]) {
      for (const file of files) {
        const size = gzip(`dist/${file}`);
        console.log(`  ${kb(size).padStart(8)}  ${file}${when}`);
        for (const [id, part] of shares(file).filter(([, part]) => part / size > 0.02)) console.log(`  ${kb(part).padStart(17)}  ${id}`);
      }
    }
  }
}

if (defer) {
  console.log(`\nwith the modules matching /${defer.source}/ loaded on first use (estimated):`);
  for (const { key, eager } of pages) {
    const moved = eager.flatMap(shares).filter(([id]) => defer.test(id));
    const saved = moved.reduce((sum, [, part]) => sum + part, 0);
    const size = eager.reduce((sum, file) => sum + gzip(`dist/${file}`), 0);
    console.log(`  ${key.padEnd(18)} ${kb(size)} → ${kb(size - saved)} (${kb(saved)} less, ${moved.length} modules)`);
  }
}
process.exit(over ? 1 : 0);
