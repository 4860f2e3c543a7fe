#!/usr/bin/env node
// npm run bench: every element measured in Debian's headless Chromium beside what a partner would use
// instead, printed as a table of medians and written to bench/results.json. See bench/README.md.
//
//   node bench/run.mjs            the full run (10 runs each, Mermaid too; 500 memory cycles; ~6 min)
//   node bench/run.mjs --smoke    2 runs each, small sizes, no Mermaid, 20 cycles (~40 s); exits 1 when
//                                 a measure cannot run (an element errors, shows nothing, or is missing)
//   --runs N  --mermaid-runs N  --cycles N  --only <subject words>  --no-build  --out <file>  --help
//   (--only lighthouse: the Lighthouse rows alone, and bench/lighthouse.mjs runs them without the rest)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve.mjs';
import { loadNow, machine, revision } from './machine.mjs';
import { prepare } from './prepare.mjs';
import { Session } from './session.mjs';
import { markdown, sizes, sizeTable, table } from './report.mjs';
import { campaignMeter, credentialLadder, memory, mermaid, occupationExplorer, pathwayMap, platform } from './suites.mjs';
import { partnerPages } from './phone.mjs';
import { describeTasks, LIGHTHOUSE_VERSION, lighthouseSuite } from './lighthouse.mjs';

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '..'));

const USAGE = `usage: node bench/run.mjs [--smoke] [--runs N] [--mermaid-runs N] [--cycles N]
                         [--only <subjects, comma-separated>] [--no-build] [--out <file>]
(see bench/README.md)`;

const OPTIONS = {
  help: { type: 'boolean', default: false },
  smoke: { type: 'boolean', default: false },
  runs: { type: 'string' },
  'mermaid-runs': { type: 'string' },
  cycles: { type: 'string' },
  only: { type: 'string' },
  build: { type: 'boolean', default: true },
  'no-build': { type: 'boolean', default: false },
  out: { type: 'string' },
};
let flags;
try {
  flags = parseArgs({ options: OPTIONS }).values;
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

const smoke = flags.smoke;
const config = {
  runs: Number(flags.runs ?? (smoke ? 2 : 10)),
  mapSizes: smoke ? [100] : [100, 150, 1000, 3000],
  mermaid: !smoke,
  mermaidRuns: Number(flags['mermaid-runs'] ?? 10),
  mermaidTimeout: 180_000,
  explorerRows: smoke ? [867] : [867, 10000],
  cycles: Number(flags.cycles ?? (smoke ? 20 : 500)),
  // Each phone run takes seconds (a throttled cold load): fewer of them.
  phoneRuns: smoke ? 1 : 5,
  // Lighthouse on the demo pages (installed into bench/.tmp on first use, like Mermaid): each run is a
  // cold load in a fresh browser, about 10 s; the median of 3 per page.
  lighthouse: !smoke,
  lighthouseRuns: 3,
  warmup: smoke ? 5 : 20,
  // Heap readings per measurement, the smallest kept (suites.mjs, memory).
  heapReadings: smoke ? 2 : 8,
};
const out = flags.out ?? (smoke ? 'bench/.tmp/results-smoke.json' : 'bench/results.json');

const SUITES = [
  ['pathway map', pathwayMap],
  ['mermaid', mermaid],
  ['occupation explorer', occupationExplorer],
  ['campaign meter', campaignMeter],
  ['platform', platform],
  ['credential ladder', credentialLadder],
  ['memory', memory],
  ['partner page on a phone', partnerPages],
  ['lighthouse on the demo pages', lighthouseSuite],
];
const chosen = SUITES.filter(([name]) => !flags.only || flags.only.split(',').some((word) => name.includes(word.trim())));

const started = performance.now();
const loadAtStart = loadNow();
const have = await prepare({ build: flags.build && !flags['no-build'] });
const server = await serve('.');
const browser = await launch();
const chromium = browser.version();
const base = `http://127.0.0.1:${server.address().port}`;
const session = new Session(browser, base);
const rows = [];

try {
  for (const [name, suite] of chosen) {
    const before = rows.length;
    const suiteStart = performance.now();
    process.stdout.write(`${name}… `);
    await suite(session, config, rows, have);
    const errors = rows.slice(before).filter((row) => row.error).length;
    console.log(`${((performance.now() - suiteStart) / 1000).toFixed(1)} s${errors ? ` (${errors} failed to run)` : ''}`);
  }
} finally {
  await session.close();
  await browser.close().catch(() => {});
  server.close();
}

const results = {
  date: new Date().toISOString(),
  mode: smoke ? 'smoke' : 'full',
  machine: machine(chromium, loadAtStart),
  commit: revision(),
  ...(have.warning ? { warning: have.warning } : {}),
  config,
  method: {
    timer: 'performance.now() in the page',
    painted:
      'to the end of the frame that shows the change: a MessageChannel message posted from requestAnimationFrame runs right after that frame has been rendered. Work the page controls starts inside a requestAnimationFrame callback, so no vsync wait is counted. For a key press the idle wait for the next frame is left out (see wallMedian for the time with it).',
    firstRender:
      'a fresh page per run: create the element, set `data`, attach it, to the painted frame after which its shadow DOM stops changing and its content is present (the re-render at its measured size, on the next frame, included); then once more in the same page (warm)',
    motion:
      'default motion, except the campaign meter and its floor, measured under prefers-reduced-motion: reduce so the 900 ms count-up of the figure is not counted as render time',
    platform: 'every page makes one Intl number, date and plural formatter before timing; the platform row measures that cost alone',
    phone:
      "a fresh browser context per run, no cache, Lighthouse mobile settings through CDP (Emulation.setCPUThrottlingRate 4, Network.emulateNetworkConditions 150 ms, 1.44 Mbps down, 675 kbps up: 1.6 Mbps and 750 kbps less 10% as Lighthouse does), 390 x 844 at 2x, served with gzip (bench/gzip-server.mjs); from navigation start to the end of the frame in which every element of the page shows its content (bench/pages/phone-probe.js); the probe read through CDP Runtime.evaluate every 100 ms (no script of the test tool in the page); the floor is the same text written as static HTML (bench/.tmp/*-floor.html), timed the same way; the one-tag floor is that text written by a module that one module script imports, with each element's document fetched meanwhile (bench/.tmp/*-one-tag.html): the least a loader that fetches code on demand can take; with the page's bytes, the same with its modules padded by incompressible comments to the gzip bytes of the page's loader and chunks (bench/.tmp/*-bytes.html)",
    lighthouse: `Lighthouse ${LIGHTHOUSE_VERSION}, default (mobile) settings with simulated throttling, performance category only, on demo/*.html served with gzip, a fresh Chromium per run; median of the runs; longTasks from one more run with a CPU profile (not scored), main-thread tasks of 12.5 ms or more observed (50 ms at 4x CPU), time by kind and by source module through hidden source maps`,
    memory:
      'fresh element per cycle: attach, render, one frame, remove; heap (JS + DOM) after HeapProfiler.collectGarbage, read eight times 0.5 s apart, the smallest kept, before and after; noise threshold 1 MB',
  },
  sizes: sizes(),
  rows: rows.map(({ samples, script, wall, ...row }) => ({
    ...row,
    samples: samples?.map(round),
    script: script?.map(round),
    wall: wall?.map(round),
  })),
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
const { machine: m } = results;
const heading = `${results.date.slice(0, 16).replace('T', ' ')} UTC · ${m.cpu}, ${m.cores} cores · load ${m.loadAverage.start} → ${m.loadAverage.end} · Chromium ${m.chromium} · Node ${m.node} · ${results.commit} · ${smoke ? 'smoke' : 'full'} run`;
// The same table in Markdown, for the README's performance section.
writeFileSync('bench/.tmp/results.md', `${heading}\n\n${markdown(rows)}\n`);

console.log(`\n${heading}\n`);
if (have.warning) console.log(`warning: ${have.warning}\n`);
console.log(table(rows));
const notes = rows.filter((row) => row.note);
if (notes.length)
  console.log(`\n${notes.map((row) => `${row.subject}, ${row.measure.trim()}${row.size ? `, ${row.size}` : ''}: ${row.note}`).join('\n')}`);
for (const row of rows.filter((r) => r.longTasks)) console.log(`\n${describeTasks(row.measure.split(':')[0], row.longTasks).join('\n')}`);
console.log(`\nbundle sizes (gzip; the budgets are enforced by npm test):\n${sizeTable(results.sizes)}`);

const measured = rows.filter((row) => !row.skipped && !row.error);
const broken = rows.filter((row) => row.error || row.skipped);
const targets = rows.filter((row) => row.target && row.pass !== undefined);
const missed = targets.filter((row) => !row.pass);
console.log(
  `\ntargets: ${targets.length - missed.length} met, ${missed.length} missed · ${measured.length} measures ran, ${broken.length} could not · ${((performance.now() - started) / 1000).toFixed(0)} s · written to ${out}`,
);
if (smoke) console.log(`bench smoke: ${measured.length} passed, ${broken.length} failed`);
process.exit(smoke && broken.length ? 1 : 0);

function round(value) {
  return Math.round(value * 100) / 100;
}
