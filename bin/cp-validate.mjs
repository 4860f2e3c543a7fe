#!/usr/bin/env node
// Checks pathway, campaign and occupations documents (and CTDL pathways) before they are published:
//   npx cp-validate data/my-pathway.json [more.json …]
// Prints each problem as `file: path: message` and exits 1 when any document is invalid.
import { readFileSync } from 'node:fs';
import { validateDocument, formatIssue } from '../dist/schema.js';

const USAGE = `usage: cp-validate <document.json> [more.json …]

Checks pathway, campaign and occupations documents (and CTDL pathways in JSON-LD)
against the career-pathway-elements schema. Prints "file: valid <type> document",
or each problem as "file: path: message".

  -h, --help   show this help
  --           treat every later argument as a file, even one starting with "-"

Exit status: 0 all valid, 1 any invalid or unreadable, 2 usage error.`;

const files = [];
const unknown = [];
let help = false;
let rest = false;
for (const arg of process.argv.slice(2)) {
  if (rest || !arg.startsWith('-')) files.push(arg);
  else if (arg === '--') rest = true;
  else if (arg === '-h' || arg === '--help') help = true;
  else unknown.push(arg);
}
if (help) {
  console.log(USAGE);
  process.exit(0);
}
if (unknown.length || !files.length) {
  if (unknown.length) console.error(`cp-validate: unknown option ${unknown.join(', ')}`);
  console.error(USAGE);
  process.exit(2);
}

/** Why a file could not be read, in words (the error code alone means little to a data team). */
function readProblem(error) {
  if (error.code === 'ENOENT') return 'no such file';
  if (error.code === 'EISDIR') return 'is a directory, not a file';
  if (error.code === 'EACCES') return 'permission denied';
  return `could not read it: ${error.message}`;
}

let invalid = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    invalid++;
    console.log(`${file}: ${readProblem(error)}`);
    continue;
  }
  let data;
  try {
    data = JSON.parse(text);
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
  // What does not stop a document from showing but should be fixed before publishing it (figures no
  // source covers): said, without failing the check.
  for (const warning of result.warnings ?? []) console.log(`${file}: warning: ${formatIssue(warning)}`);
}
process.exit(invalid ? 1 : 0);
