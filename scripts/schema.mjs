#!/usr/bin/env node
// Writes schema/<type>.schema.json (draft 2020-12, with descriptions for editors) from the built schema
// module. With --check, exits 1 when a committed file differs from what the source would write.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

async function render() {
  const { schemas, withDescriptions } = await import(pathToFileURL('dist/schema.js').href);
  return Object.entries(schemas).map(([type, schema]) => [
    `schema/${type}.schema.json`,
    `${JSON.stringify(withDescriptions(schema), null, 2)}\n`,
  ]);
}

export async function writeSchemas() {
  mkdirSync('schema', { recursive: true });
  for (const [file, text] of await render()) writeFileSync(file, text);
}

export async function checkSchemas() {
  const stale = (await render()).filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
  for (const [file] of stale) console.error(`${file} is stale: run npm run build and commit it`);
  return stale.length === 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--check')) process.exit((await checkSchemas()) ? 0 : 1);
  else await writeSchemas();
}
