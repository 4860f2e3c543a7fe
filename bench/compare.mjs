#!/usr/bin/env node
// Two versions of one element side by side: each version's standalone bundle built from its own sources,
// then cold pages of the same benchmark page alternating between them, so both see the same machine. On a
// shared machine whole runs of `npm run bench` move by 10-30%; this is how to tell whether a change helped.
//
//   node bench/compare.mjs <revision> [<revision> | .]    the second defaults to . (the working tree)
//        [--element map|explorer|meter|ladder] [--size N|variant|ladder] [--runs N]
//
//   node bench/compare.mjs HEAD~3                         the 1,000-node map: three commits ago against now
//   node bench/compare.mjs main . --element explorer --size 10000 --runs 30
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve.mjs';
import { format } from './report.mjs';
import { Session } from './session.mjs';
import { summarize } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'bench/.tmp/compare';
const SEED = 20261122;

/** What each element's benchmark page is asked, and how `--size` reads. */
export const ELEMENTS = {
  map: {
    name: 'pathway-map',
    page: 'pathway-map.html',
    size: '1000',
    arg: (size) => ({ nodes: Number(size), seed: SEED }),
    unit: (size) => `${size} nodes`,
  },
  explorer: {
    name: 'occupation-explorer',
    page: 'occupation-explorer.html',
    size: '10000',
    arg: (size) => ({ rows: Number(size) }),
    unit: (size) => `${size} rows`,
  },
  meter: {
    name: 'campaign-meter',
    page: 'campaign-meter.html',
    size: 'banner',
    arg: (variant) => ({ variant }),
    unit: (variant) => variant,
    motion: false,
  },
  ladder: {
    name: 'credential-ladder',
    page: 'credential-ladder.html',
    size: 'nursing',
    arg: (ladder) => ({ ladder }),
    unit: (ladder) => `ladder ${ladder}`,
  },
};

const USAGE = `usage: node bench/compare.mjs <revision> [<revision> | .] [--element ${Object.keys(ELEMENTS).join('|')}] [--size S] [--runs N]`;

/** The options, checked; throws with what is wrong. */
export function options(argv) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      element: { type: 'string', default: 'map' },
      size: { type: 'string' },
      runs: { type: 'string', default: '20' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return { help: true };
  const element = ELEMENTS[values.element];
  if (!element) throw new Error(`unknown element "${values.element}"`);
  if (positionals.length < 1 || positionals.length > 2)
    throw new Error('name one revision to compare with the working tree, or two revisions');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number above 0, not "${values.runs}"`);
  const size = values.size ?? element.size;
  if (['map', 'explorer'].includes(values.element) && !(Number(size) > 0))
    throw new Error(`--size must be a number of ${values.element === 'map' ? 'nodes' : 'rows'}, not "${size}"`);
  return { element, size, runs, revisions: [positionals[0], positionals[1] ?? '.'] };
}

/** The difference of two medians, in ms and as a share of the first. */
export function change(before, after) {
  const ms = after - before;
  const sign = ms > 0 ? '+' : ms < 0 ? '−' : '±';
  return `${sign}${format(Math.abs(ms), 'ms')} (${sign}${Math.round((Math.abs(ms) / before) * 100)}%)`;
}

/** Builds `element`'s standalone bundle from `revision` ('.' is the working tree) into `outDir`. */
async function bundle(revision, element, outDir) {
  const { build } = await import('vite');
  const settings = (root) => ({
    configFile: join(root, 'vite.config.ts'),
    root,
    mode: `bundle:${element.name}`,
    logLevel: 'warn',
    build: { outDir: resolve(outDir) },
  });
  if (revision === '.') return build(settings(ROOT));
  let commit;
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch {
    throw new Error(`"${revision}" names no commit here`);
  }
  const tree = mkdtempSync(join(tmpdir(), 'cp-compare-'));
  try {
    execFileSync('git', ['worktree', 'add', '--detach', '--force', tree, commit], { stdio: 'ignore' });
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    await build(settings(tree));
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
    rmSync(tree, { recursive: true, force: true });
  }
}

async function main() {
  process.chdir(ROOT);
  let config;
  try {
    config = options(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (config.help) return console.log(USAGE);
  const { element, size, runs, revisions } = config;
  const sides = revisions.map((revision, i) => ({
    revision,
    label: revision === '.' ? 'working tree' : revision,
    dir: `${OUT}/${i}`,
    shown: [],
    painted: [],
    script: [],
  }));
  for (const side of sides) {
    console.log(`building ${element.name} from ${side.label}…`);
    try {
      await bundle(side.revision, element, side.dir);
    } catch (error) {
      const why = error.stderr?.toString().trim() || error.message.split('\n')[0];
      console.error(`could not build ${element.name} from ${side.label}: ${why}`);
      process.exit(1);
    }
  }
  const server = await serve('.');
  const browser = await launch();
  const session = new Session(browser, `http://127.0.0.1:${server.address().port}`);
  try {
    for (let run = 0; run < runs; run++) {
      // Alternating, and which goes first alternating too, so drift in the machine falls on both.
      for (const side of run % 2 ? [...sides].reverse() : sides) {
        await session.open(`bench/pages/${element.page}?bundles=/${side.dir}`, { motion: element.motion ?? true });
        const result = await session.call('firstRender', element.arg(size), { timeout: 300_000 });
        side.shown.push(result.shown);
        side.painted.push(result.painted);
        side.script.push(result.script);
      }
      process.stdout.write(`\r${run + 1} of ${runs} runs`);
    }
  } finally {
    await session.close();
    await browser.close();
    server.close();
  }
  process.stdout.write('\n');
  console.log(`${element.name}, ${element.unit(size)}: first render in a cold page, medians of ${runs} alternating runs`);
  const [a, b] = sides.map((side) => ({ ...side, v: summarize(side.shown), p: summarize(side.painted), s: summarize(side.script) }));
  // A big map paints its view first and a margin around it later; other elements paint once.
  const staged = [a, b].some((side) => side.v.median !== side.p.median);
  for (const side of [a, b]) {
    const view = staged ? `view ${format(side.v.median, 'ms').padStart(8)} · ` : '';
    console.log(
      `  ${side.label.padEnd(14)} ${view}painted ${format(side.p.median, 'ms').padStart(8)} (${format(side.p.min, 'ms')}–${format(side.p.max, 'ms')}) · script ${format(side.s.median, 'ms')}`,
    );
  }
  const viewChange = staged ? `view ${change(a.v.median, b.v.median)}, ` : '';
  console.log(
    `  ${b.label} against ${a.label}: ${viewChange}painted ${change(a.p.median, b.p.median)}, script ${change(a.s.median, b.s.median)}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
