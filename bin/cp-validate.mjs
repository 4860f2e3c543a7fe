#!/usr/bin/env node
// Checks pathway, campaign and occupations documents (and CTDL pathways) before they are published:
//   npx cp-validate data/my-pathway.json [more.json …]
// Prints each problem as `file: path: message` and exits 1 when any document is invalid.
import { readFileSync } from 'node:fs';
import { validateDocument, formatIssue } from '../dist/schema.js';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: cp-validate <document.json> [more.json …]');
  process.exit(2);
}
let invalid = 0;
for (const file of files) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    invalid++;
    console.log(`${file}: could not read it as JSON: ${error.message}`);
    continue;
  }
  const result = validateDocument(data);
  if (result.valid) {
    console.log(`${file}: valid ${result.document.type} document`);
  } else {
    invalid++;
    for (const issue of result.issues) console.log(`${file}: ${formatIssue(issue)}`);
  }
}
process.exit(invalid ? 1 : 0);
