// Every bundled document passes the elements' own validator, with no warning, (dist/schema.js, built by npm test first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateDocument, formatIssue } from '../../dist/schema.js';
import { committedFiles } from '../../scripts/data/build.mjs';

// The sector split (data/colorado/occupations/) included.
for (const file of committedFiles()) {
  test(`data/colorado/${file} is a valid document`, () => {
    const result = validateDocument(JSON.parse(readFileSync(`data/colorado/${file}`, 'utf8')));
    assert.deepEqual(result.issues.map(formatIssue), []);
    // Every figure shown has a source that covers it.
    assert.deepEqual(result.warnings.map(formatIssue), []);
  });
}
