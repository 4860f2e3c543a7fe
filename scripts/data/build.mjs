// Builds the bundled Colorado dataset (data/colorado/*.json) from the files in data/sources.
//
//   node scripts/data/build.mjs           write the documents
//   node scripts/data/build.mjs --check   rebuild in memory; exit 1 listing every file that differs
//
// Output is deterministic: documents are assembled with a fixed key order, lists are sorted or kept
// in table order, and each file is JSON.stringify(doc, null, 2) + "\n".

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './csv.mjs';
import { loadSources, occupationFigures } from './figures.mjs';
import { mcjPages, topJobSocs } from './mcj.mjs';
import { buildOccupations, splitBySector } from './occupations.mjs';
import { buildCampaign, buildCampaignSample } from './campaign.mjs';
import { buildPathway } from './pathways/build-pathway.mjs';
import { primaryShortPairs } from './pathways/relations.mjs';
import { spec as it } from './pathways/information-technology.mjs';
import { spec as healthcare } from './pathways/healthcare.mjs';
import { spec as construction } from './pathways/construction.mjs';
import { spec as business } from './pathways/business-operations.mjs';
import { spec as cyber } from './pathways/cybersecurity.mjs';

export const OUT_DIR = join(ROOT, 'data', 'colorado');
const PATHWAYS = [it, healthcare, construction, business, cyber];

/** Every document as file name (relative to data/colorado, `occupations/…` for the sector split) -> file
 * text, in file-name order. */
export function buildAll() {
  const src = loadSources();
  const ctx = {
    figures: occupationFigures(src),
    topJobs: topJobSocs(mcjPages(src.mcj)),
    related: primaryShortPairs(src.related),
  };
  const files = new Map();
  const pathwayDocs = PATHWAYS.map((spec) => {
    const doc = buildPathway(spec, ctx);
    files.set(spec.file, doc);
    return doc;
  });
  const catalogue = buildOccupations(ctx, pathwayDocs);
  files.set('occupations.json', catalogue);
  for (const [name, doc] of splitBySector(catalogue)) files.set(name, doc);
  files.set('campaign.json', buildCampaign());
  files.set('campaign-sample.json', buildCampaignSample());
  return new Map(
    [...files.keys()].sort().map((name) => [name, `${JSON.stringify(files.get(name), null, 2)}\n`]),
  );
}

/** The committed documents, as names relative to data/colorado: its JSON files and its folders' (one level). */
export function committedFiles() {
  if (!existsSync(OUT_DIR)) return [];
  const entries = readdirSync(OUT_DIR, { withFileTypes: true });
  const nested = entries.filter((e) => e.isDirectory()).flatMap((dir) => readdirSync(join(OUT_DIR, dir.name)).map((name) => `${dir.name}/${name}`));
  return [...entries.filter((e) => e.isFile()).map((e) => e.name), ...nested].filter((name) => name.endsWith('.json')).sort();
}

/** File names whose committed text differs from a fresh build (missing and unexpected files included). */
export function differences(built = buildAll()) {
  const problems = [];
  for (const [name, text] of built) {
    const path = join(OUT_DIR, name);
    if (!existsSync(path)) problems.push(`${name}: missing`);
    else if (readFileSync(path, 'utf8') !== text) problems.push(`${name}: differs from a fresh build`);
  }
  for (const name of committedFiles()) if (!built.has(name)) problems.push(`${name}: not produced by the generator`);
  return problems;
}

function main(args) {
  const built = buildAll();
  if (args.includes('--check')) {
    const problems = differences(built);
    if (problems.length) {
      console.error(`data/colorado is out of date (run npm run data):\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`data/colorado: ${built.size} files up to date`);
    return;
  }
  for (const [name, text] of built) {
    mkdirSync(dirname(join(OUT_DIR, name)), { recursive: true });
    writeFileSync(join(OUT_DIR, name), text);
  }
  console.log(`data/colorado: wrote ${[...built.keys()].join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
