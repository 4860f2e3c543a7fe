// The cp-validate command a data team runs before publishing a document (needs `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...files) => spawnSync('node', ['bin/cp-validate.mjs', ...files], { encoding: 'utf8' });

test('a valid pathway and a CTDL pathway pass', () => {
  const result = run('test/fixtures/pathway-small.json', 'test/fixtures/ctdl-comptia-networking.jsonld');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /pathway-small\.json: valid pathway document/);
});

test('a broken document fails with each problem and its path', () => {
  const doc = JSON.parse(readFileSync('test/fixtures/pathway-small.json', 'utf8'));
  doc.nodes[3].stage = 'senior';
  doc.edges.push({ from: 'rn', to: 'cna', kind: 'advances' });
  const file = join(mkdtempSync(join(tmpdir(), 'cp-')), 'broken.json');
  writeFileSync(file, JSON.stringify(doc));
  const result = run(file);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /broken\.json: nodes\[3\]\.stage: unknown stage "senior" \(expected one of entry, mid, advanced\)/);
  assert.match(result.stdout, /broken\.json: edges\[7\]: makes a cycle/);
});

test('figures no source covers are a warning that does not fail the check', () => {
  const doc = JSON.parse(readFileSync('test/fixtures/pathway-small.json', 'utf8'));
  // Only sources that say they cover something other than wages: the wages are uncovered.
  doc.source = [{ name: 'Pathway structure', covers: ['stages', 'nodes', 'edges'] }];
  const file = join(mkdtempSync(join(tmpdir(), 'cp-')), 'unsourced.json');
  writeFileSync(file, JSON.stringify(doc));
  const result = run(file);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /unsourced\.json: valid pathway document/);
  assert.match(result.stdout, /unsourced\.json: warning: nodes\[\d+\]\.wage: /);
});

test('a file that is not JSON says so', () => {
  const result = run('README.md');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /README\.md: could not read it as JSON/);
});

test('--help prints the usage and succeeds, instead of reading "--help" as a file', () => {
  for (const flag of ['--help', '-h']) {
    const result = run(flag);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^usage: cp-validate <document\.json>/);
    assert.doesNotMatch(result.stdout + result.stderr, /could not read|no such file/);
  }
});

test('an unknown option is a usage error, and -- lets a file name start with a dash', () => {
  const unknown = run('--strict', 'test/fixtures/pathway-small.json');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown option --strict/);
  const dashed = run('--', '-missing.json');
  assert.equal(dashed.status, 1);
  assert.match(dashed.stdout, /^-missing\.json: no such file$/m);
});

test('a file that does not exist says "no such file", not that it is not JSON', () => {
  const result = run('test/fixtures/no-such-document.json', 'test/fixtures/pathway-small.json');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^test\/fixtures\/no-such-document\.json: no such file$/m);
  // The other files are still checked.
  assert.match(result.stdout, /pathway-small\.json: valid pathway document/);
});
