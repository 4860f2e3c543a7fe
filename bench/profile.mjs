#!/usr/bin/env node
// Where the time goes: one measure, run once in a cold page with unminified bundles, traced by Chromium.
// Prints the renderer main thread's time by phase (scripting, style, layout, paint, GC) from a
// devtools.timeline trace, and the functions with the most self time from a V8 CPU profile (sampled
// every 100 µs), both cut to the measured interval (the bench-start and bench-end marks).
//
//   node bench/profile.mjs meter:banner | meter:full | ladder | map:1000 | map-again:1000 | highlight:1000 | layout:1000
//                          | explorer:10000 | explorer-key:10000 | table-key:10000     [--top 20]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve.mjs';
import { prepare, present, TMP } from './prepare.mjs';
import { Session } from './session.mjs';

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' } } });
const [scenario = 'meter:banner'] = positionals;
const [what, param] = scenario.split(':');
const SEED = 20261122;

const SCENARIOS = {
  meter: { page: 'campaign-meter.html', call: 'firstRender', arg: { variant: param ?? 'banner' }, motion: false },
  ladder: { page: 'credential-ladder.html', call: 'firstRender', arg: { ladder: param ?? 'nursing' } },
  map: { page: 'pathway-map.html', call: 'firstRender', arg: { nodes: Number(param ?? 1000), seed: SEED } },
  layout: { page: 'pathway-map.html', call: 'layout', arg: { nodes: Number(param ?? 1000), seed: SEED } },
  'map-again': {
    page: 'pathway-map.html',
    before: ['firstRender', { nodes: Number(param ?? 1000), seed: SEED }],
    call: 'firstRender',
    arg: { nodes: Number(param ?? 1000), seed: SEED },
  },
  highlight: {
    page: 'pathway-map.html',
    before: ['firstRender', { nodes: Number(param ?? 1000), seed: SEED }],
    call: 'highlight',
    arg: { run: 0 },
  },
  explorer: { page: 'occupation-explorer.html', call: 'firstRender', arg: { rows: Number(param ?? 10000) } },
  'explorer-key': { page: 'occupation-explorer.html', before: ['firstRender', { rows: Number(param ?? 10000) }], key: 'n' },
  'table-key': { page: 'table-floor.html', before: ['firstRender', { rows: Number(param ?? 10000) }], key: 'n' },
};
const spec = SCENARIOS[what];
if (!spec) {
  console.error(`unknown scenario "${scenario}" (expected one of ${Object.keys(SCENARIOS).join(', ')}, with :size)`);
  process.exit(1);
}

await prepare({ minifyLayout: false });
// Unminified copies of the standalone bundles, so the profile names functions.
const { build } = await import('vite');
for (const name of present()) {
  await build({
    configFile: 'vite.config.ts',
    mode: `bundle:${name}`,
    logLevel: 'warn',
    build: { minify: false, outDir: `${TMP}/profile` },
  });
}

const server = await serve('.');
const browser = await launch();
const session = new Session(browser, `http://127.0.0.1:${server.address().port}`);
const page = await session.open(`bench/pages/${spec.page}?bundles=/${TMP}/profile`, { motion: spec.motion ?? true });
if (spec.before) await session.call(...spec.before, { timeout: 120_000 });
if (spec.key) {
  await page.locator(await page.evaluate(() => window.bench.searchField)).focus();
  await page.waitForTimeout(700);
}

const cdp = await session.cdp();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await browser.startTracing(page, {
  categories: [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'disabled-by-default-devtools.timeline.stack',
    'blink.user_timing',
    'v8',
    'v8.execute',
    'disabled-by-default-v8.compile',
  ],
});
await cdp.send('Profiler.start');
let measured;
if (spec.key) {
  await page.evaluate(() => window.bench.arm());
  await page.keyboard.press(spec.key);
  measured = await session.call('result', spec.key);
} else {
  measured = await session.call(spec.call, spec.arg, { timeout: 120_000 });
}
const { profile } = await cdp.send('Profiler.stop');
const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
await session.close();
await browser.close();
server.close();

mkdirSync(`${TMP}/profiles`, { recursive: true });
const base = `${TMP}/profiles/${scenario.replace(':', '-')}`;
writeFileSync(`${base}.cpuprofile`, JSON.stringify(profile));
writeFileSync(`${base}.trace.json`, JSON.stringify(trace));

const events = trace.traceEvents ?? trace;
const marks = events.filter((e) => e.name === 'bench-start' || e.name === 'bench-end').sort((a, b) => a.ts - b.ts);
const start = marks.find((e) => e.name === 'bench-start')?.ts;
const end = marks.find((e) => e.name === 'bench-end' && e.ts > start)?.ts;
if (start === undefined || end === undefined) throw new Error('the bench-start / bench-end marks are missing from the trace');

// Main thread of the page's renderer: the thread that recorded the marks.
const { pid, tid } = marks[0];
const PHASES = [
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout)$/],
  ['layout', /^(Layout|UpdateLayout)$/],
  ['paint', /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|UpdateLayerTree|CompositeLayers|PaintImage|RasterTask)$/],
  ['gc', /GC|GarbageCollect|Scavenge/i],
  ['parse / compile', /^(ParseHTML|v8\.compile|V8\.CompileCode|v8\.parseOnBackground|CompileScript)/],
];
const phaseOf = (name) => PHASES.find(([, re]) => re.test(name))?.[0] ?? 'scripting and other';
const complete = events
  .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= start && e.ts <= end)
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
// Self time: an event's duration minus its children's (trace events nest on one thread).
const selfByName = new Map();
const stack = [];
const addSelf = (e) => selfByName.set(e.name, (selfByName.get(e.name) ?? 0) + e.self);
// Style and layout done inside script (a script read a size or a style) is forced: it runs synchronously,
// often more than once, instead of once in the frame.
const SCRIPT = /^(RunMicrotasks|FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|v8\.|V8\.Execute)/;
let forced = 0;
const forcedBy = new Map();
for (const e of complete) {
  e.self = e.dur ?? 0;
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) addSelf(stack.pop());
  if (stack.length) stack.at(-1).self -= e.dur ?? 0;
  if (/^(UpdateLayoutTree|Layout)$/.test(e.name) && stack.some((outer) => SCRIPT.test(outer.name))) {
    forced += e.dur ?? 0;
    const frame = (e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace)?.[0];
    const where = frame
      ? `${frame.functionName || '(anonymous)'}  ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber}`
      : 'unknown caller';
    forcedBy.set(`${e.name} from ${where}`, (forcedBy.get(`${e.name} from ${where}`) ?? 0) + (e.dur ?? 0));
  }
  stack.push(e);
}
while (stack.length) addSelf(stack.pop());
const phases = new Map();
for (const [name, self] of selfByName) phases.set(phaseOf(name), (phases.get(phaseOf(name)) ?? 0) + self);
const busy = [...phases.values()].reduce((a, b) => a + b, 0);

// CPU profile: self time per function within the interval.
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i];
  if (at < start || at > end) return;
  const { callFrame } = nodes.get(id);
  const file = callFrame.url ? callFrame.url.replace(/^.*\/(bench\/|node_modules\/)?/, '') : '';
  const key = `${callFrame.functionName || '(anonymous)'}${file ? `  ${file}:${callFrame.lineNumber + 1}` : ''}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 100) / 1000);
});

const ms = (us) => `${(us / 1000).toFixed(1)} ms`;
console.log(
  `\n${scenario}: measured ${measured.painted.toFixed(1)} ms to painted (${measured.script.toFixed(1)} ms script); traced interval ${ms(end - start)}, main thread busy ${ms(busy)}`,
);
console.log('\nmain thread by phase (self time):');
for (const [name, us] of [...phases].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(22)} ${ms(us).padStart(9)}`);
console.log(`  (of style and layout, ${ms(forced)} was forced synchronously from script)`);
for (const [where, us] of [...forcedBy].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`    ${ms(us).padStart(9)}  ${where}`);
console.log('\ntrace events with the most self time:');
for (const [name, us] of [...selfByName].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${name.padEnd(30)} ${ms(us).padStart(9)}`);
console.log(`\nfunctions with the most self time (CPU profile, ${values.top} shown):`);
for (const [name, msSelf] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`  ${msSelf.toFixed(1).padStart(7)} ms  ${name}`);
console.log(`\nfull profile: ${base}.cpuprofile and ${base}.trace.json (open them in Chrome DevTools' Performance panel)`);
