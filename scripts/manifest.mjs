#!/usr/bin/env node
// Generates custom-elements.json from the element classes' JSDoc. With --check, generates it into a
// temporary folder and exits 1 when the committed file differs (run `npm run analyze` and commit).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const check = process.argv.includes('--check');
// A scratch folder outside the tree (node_modules may be shared between work trees). The analyzer reads
// --outdir relative to the working directory, so it is given the relative path.
const outdir = check ? mkdtempSync(join(tmpdir(), 'cem-')) : '.';
execFileSync(
  'npx',
  ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(process.cwd(), outdir) || '.'],
  { stdio: 'pipe' },
);
if (check) {
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  rmSync(outdir, { recursive: true, force: true });
  const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  const tags = JSON.parse(fresh).modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
  console.log(`custom-elements.json is current (${tags.join(', ') || 'no elements yet'})`);
}
