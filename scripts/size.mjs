#!/usr/bin/env node
// Bundle size budgets (gzip, level 9; 1 KB = 1,000 bytes), read from package.json "sizeBudgets".
// Prints every file's size against its budget and exits 1 when one is over or missing.
// Raising a budget needs a line in CHANGELOG.md saying why.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { sizeBudgets } = JSON.parse(readFileSync('package.json', 'utf8'));
let over = 0;
const rows = Object.entries(sizeBudgets).map(([file, budget]) => {
  if (!existsSync(file)) {
    over++;
    return [file, 'missing', `${budget} KB`, '✘ missing (run npm run build)'];
  }
  const raw = readFileSync(file);
  const kb = gzipSync(raw, { level: 9 }).length / 1000;
  const ok = kb <= budget;
  if (!ok) over++;
  return [file, `${kb.toFixed(1)} KB`, `${budget} KB`, `${ok ? '✔' : '✘ over'} (${(raw.length / 1000).toFixed(1)} KB minified)`];
});
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length), 10));
console.log(['file', 'gzip', 'budget'].map((h, i) => h.padEnd(widths[i])).join('  '));
for (const row of rows) console.log(`${row.slice(0, 3).map((cell, i) => cell.padEnd(widths[i])).join('  ')}  ${row[3]}`);
process.exit(over ? 1 : 0);
