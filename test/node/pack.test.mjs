// What `npm publish` would upload, read from `npm pack --dry-run --json` rather than from package.json's
// "files", so .npmignore, npm's own always-included files and anything a build leaves in dist/ all count.
// Run after `npm run build` (npm test builds first); without dist/ the dist checks have nothing to see.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { test } from 'node:test';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const shipped = new Set(pack.files.map((file) => file.path));

test('the package carries its MIT licence, with the holder and year', () => {
  assert.ok(shipped.has('LICENSE'), 'LICENSE is not in the package');
  const text = readFileSync('LICENSE', 'utf8');
  assert.match(text, /^MIT License/);
  assert.match(text, /Copyright \(c\) 2026 career-pathway-elements contributors/);
  assert.equal(JSON.parse(readFileSync('package.json', 'utf8')).license, 'MIT');
});

test('the data ships with a licence note that names every data file and what its sources require', () => {
  assert.ok(shipped.has('data/colorado/LICENSE.md'), 'data/colorado/LICENSE.md is not in the package');
  const note = readFileSync('data/colorado/LICENSE.md', 'utf8');
  // O*NET's CC BY 4.0 asks for this credit word for word; the documents carry the same text as a source name.
  const credit = '"O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration, used under CC BY 4.0"';
  assert.ok(note.replace(/\s+/g, ' ').includes(credit), 'the O*NET credit is not quoted in full');
  // Each document's row must mention what its own sources need, so a document that gains a source (or a
  // new document) without a line here fails.
  const needs = {
    'onet-29-3': /O\*NET parts CC BY 4\.0/,
    'soc-2018': /public domain/,
    'oews-colorado-2023': /public domain/,
    'oews-national-2024': /public domain/,
    'bls-ep-2024-34': /public domain/,
    'ctdl-comptia': /CTDL/,
    'my-colorado-journey': /My Colorado Journey/,
    'colorado-succeeds': /source URL/,
    sample: /sample figures/,
  };
  const documents = [...shipped].filter((path) => /^data\/colorado\/[^/]+\.json$/.test(path));
  assert.ok(documents.length >= 8, `only ${documents.length} data documents ship`);
  for (const path of documents) {
    const name = posix.basename(path);
    const row = note.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    assert.ok(row, `${name} has no row in data/colorado/LICENSE.md`);
    for (const { id } of JSON.parse(readFileSync(path, 'utf8')).source) {
      if (needs[id]) assert.match(row, needs[id], `${name} cites ${id}, but its row does not say so`);
    }
  }
});

test('the raw source tables stay in the repository, out of the package', () => {
  const raw = [...shipped].filter((path) => path.startsWith('data/sources/') || /\.(csv|xlsx)$/.test(path));
  assert.deepEqual(raw, []);
});

test('every source map that ships can be followed: its sources ship too, or it carries their text', () => {
  const maps = [...shipped].filter((path) => path.endsWith('.map'));
  for (const path of maps) {
    const map = JSON.parse(readFileSync(path, 'utf8'));
    map.sources.forEach((source, i) => {
      if (map.sourcesContent?.[i] != null) return;
      const target = posix.normalize(posix.join(posix.dirname(path), map.sourceRoot ?? '', source));
      assert.ok(shipped.has(target), `${path} points at ${target}, which is not in the package`);
    });
  }
});
