#!/usr/bin/env node
// Lighthouse as a yardstick (issue 18): the three demo pages, served with gzip, scored by Lighthouse's
// mobile defaults, each page run several times and the median kept. Lighthouse is about 60 MB with its
// dependencies and used only here, so it is not a devDependency: the first run installs the pinned version
// into bench/.tmp/lighthouse (as bench/mermaid.mjs does for Mermaid) and later runs reuse it.
//
// Throttling is Lighthouse's default, simulated ("Lantern"): the page loads unthrottled and Lighthouse
// computes the times a mid-range phone would see (4x CPU, 1.6 Mbps, 150 ms) from the observed trace. It is
// what PageSpeed Insights reports and what issue 18's figures were taken with, so the numbers compare; the
// network half of it does not depend on the machine's load. The CPU half does (observed task times are
// multiplied by 4), so on a busy machine TBT and the score come out worse than on an idle one.
//
// After the scored runs, one more run per page records a CPU profile with the trace (the profiler slows
// the page a little, so that run is not scored) and lists the long main-thread tasks: how long each took
// (as observed, and times 4 as the phone would see it), what kind of work it was, and which modules of our
// source its time went to, through source maps of the same build (bench/.tmp/lighthouse-maps/).
//
//   node bench/lighthouse.mjs [--runs 3] [--pages campaign,college,employer] [--no-build] [--out file]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../scripts/chromium.mjs';
import { serveGzip } from './gzip-server.mjs';
import { TMP } from './prepare.mjs';
import { summarize } from './stats.mjs';

export const LIGHTHOUSE_VERSION = '13.5.0';
const PREFIX = `${TMP}/lighthouse`;
const MAPS = `${TMP}/lighthouse-maps`;
export const DEMO_PAGES = ['campaign', 'college', 'employer'];
/** Issue 18's goals, on each page. */
export const GOALS = { performance: 90, cls: 0.1, tbt: 200 };
/** A task this long on the observed (unthrottled) main thread is 50 ms or more at Lighthouse's 4x CPU. */
const LONG_OBSERVED_MS = 12.5;
const CPU_SLOWDOWN = 4;

const installed = () => {
  const manifest = `${PREFIX}/node_modules/lighthouse/package.json`;
  return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === LIGHTHOUSE_VERSION;
};

/** Installs the pinned Lighthouse into bench/.tmp/lighthouse unless it is there already. */
export function ensureLighthouse({ log = console.log } = {}) {
  if (installed()) return;
  log(`installing lighthouse@${LIGHTHOUSE_VERSION} into ${PREFIX} (once; the Lighthouse rows need it)`);
  // Lighthouse 13 declares Node >= 22.19; it runs on the Node 20 this project supports as far as these
  // runs use it, so the engine check only warns (npm's default) and is silenced.
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      PREFIX,
      `lighthouse@${LIGHTHOUSE_VERSION}`,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      '--engine-strict=false',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (!installed()) throw new Error(`lighthouse@${LIGHTHOUSE_VERSION} did not install into ${PREFIX}`);
}

async function load() {
  ensureLighthouse();
  const from = (path) => import(pathToFileURL(resolve(PREFIX, 'node_modules', path)).href);
  const [{ default: lighthouse }, launcher] = await Promise.all([from('lighthouse/core/index.js'), from('chrome-launcher/dist/index.js')]);
  return { lighthouse, launcher };
}

/** One Lighthouse run of `url` in a fresh Chromium; the `lhr` and the artifacts. */
async function runOnce({ lighthouse, launcher }, url, { profile = false } = {}) {
  const chrome = await launcher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  try {
    const settings = {
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
      ...(profile ? { additionalTraceCategories: 'disabled-by-default-v8.cpu_profiler' } : {}),
    };
    // No config: Lighthouse's defaults, which are the mobile ones (Moto G Power, simulated throttling).
    const result = await lighthouse(url, { port: chrome.port, ...settings });
    if (!result?.lhr) throw new Error(`${url}: Lighthouse returned no result`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result;
  } finally {
    await chrome.kill();
  }
}

/** The four figures issue 18 names, from one report. */
export function figuresOf(lhr) {
  const value = (id) => lhr.audits[id]?.numericValue;
  return {
    performance: Math.round((lhr.categories.performance.score ?? NaN) * 100),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
  };
}

/** Source maps of the embed as built now, with the same file names (a hidden map does not change the code). */
async function buildMaps() {
  const { build } = await import('vite');
  await build({
    configFile: 'vite.config.ts',
    mode: 'embed',
    logLevel: 'silent',
    build: { outDir: MAPS, emptyOutDir: true, sourcemap: 'hidden' },
  });
}

/** `url:line:column` of the minified embed → the source module, or the url's file when no map matches. */
function resolver() {
  const maps = new Map();
  return (url, line, column) => {
    const file = /\/dist\/(.+\.js)(\?|$)/.exec(url)?.[1];
    if (!file) return url ? url.replace(/^.*\/\/[^/]+\//, '') : '(browser)';
    if (!maps.has(file)) {
      const path = `${MAPS}/${file}.map`;
      const same =
        existsSync(path) &&
        existsSync(`${MAPS}/${file}`) &&
        readFileSync(`${MAPS}/${file}`, 'utf8') === readFileSync(`dist/${file}`, 'utf8');
      maps.set(file, same ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null);
    }
    const map = maps.get(file);
    const entry = map?.findEntry(line, column);
    const source = entry?.originalSource;
    return source
      ? source
          .replace(/^.*node_modules\//, '')
          .replace(/^.*?\/(src\/)/, '$1')
          .replace(/^(\.\.\/)+/, '')
      : `dist/${file}`;
  };
}

const KINDS = [
  [
    /^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|V8\.Execute|v8\.run|FireIdleCallback)$/,
    'script',
  ],
  [
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|CompileScript|CompileCode|v8\.produceModuleCache)$/i,
    'parse/compile',
  ],
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/, 'style'],
  [/^(Layout|UpdateLayerTree|PrePaint)$/, 'layout'],
  [/^(Paint|PaintImage|Commit|Layerize|RasterTask)$/, 'paint'],
  [/^(ParseHTML)$/, 'parse HTML'],
  [/^(MajorGC|MinorGC|V8\.GC_.*|BlinkGC\..*)$/, 'GC'],
];
const kindOf = (name) => KINDS.find(([re]) => re.test(name))?.[1];

/**
 * The long top-level tasks of the page's main thread in a trace (`traceEvents`), each with its own time
 * by kind of work (nested events' time counted in the innermost) and, from the CPU profile when the trace
 * has one, the source modules with the most self time within it.
 */
export function longTasks(traceEvents, where = (url) => url, { threshold = LONG_OBSERVED_MS } = {}) {
  const main = mainThread(traceEvents);
  if (!main) return [];
  const events = traceEvents
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur / 1000 >= threshold);
  const samples = profileSamples(traceEvents, main);
  return tasks.flatMap((task) => {
    const end = task.ts + task.dur;
    const inside = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
    // Self time per kind: an event's duration less its kinded children's, so nothing is counted twice.
    const kinds = {};
    const stack = [];
    for (const e of inside) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const kind = kindOf(e.name);
      if (!kind) continue;
      const parent = stack.at(-1);
      if (parent) kinds[parent.kind] -= e.dur / 1000;
      kinds[kind] = (kinds[kind] ?? 0) + e.dur / 1000;
      stack.push({ ts: e.ts, dur: e.dur, kind });
    }
    const scripts = [
      ...new Set(
        inside
          .filter((e) => e.args?.data?.url && /FunctionCall|EvaluateScript|v8\.compileModule/.test(e.name))
          .map((e) => e.args.data.url.replace(/^.*\/\/[^/]+\//, '')),
      ),
    ];
    const trigger = inside.find((e) => kindOf(e.name) === 'script' || e.name === 'ParseHTML')?.name ?? inside[0]?.name;
    // Samples inside the task, by the source module of their innermost frame.
    const modules = {};
    for (const s of samples) {
      if (s.ts < task.ts || s.ts > end) continue;
      const key = s.url ? where(s.url, s.line, s.column) : s.name;
      modules[key] = (modules[key] ?? 0) + s.ms;
    }
    const top = Object.entries(modules)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .filter(([, ms]) => ms >= 0.5)
      .map(([module, ms]) => ({ module, ms: round(ms) }));
    // Lighthouse's own work in the page (its gatherers' evaluations after the load) is not the page's.
    if (Object.keys(modules).some((key) => /_lighthouse|__puppeteer/.test(key)) || trigger === 'LocalWindowProxy::Initialize') return [];
    return {
      startMs: round((task.ts - main.navigationStart) / 1000),
      observedMs: round(task.dur / 1000),
      phoneMs: round((task.dur / 1000) * CPU_SLOWDOWN),
      trigger,
      scripts,
      kinds: Object.fromEntries(
        Object.entries(kinds)
          .filter(([, ms]) => ms >= 0.5)
          .sort((a, b) => b[1] - a[1])
          .map(([k, ms]) => [k, round(ms)]),
      ),
      ...(top.length ? { modules: top } : {}),
    };
  });
}

/** The renderer main thread of the page Lighthouse loaded: the one with the navigation's `navigationStart`. */
function mainThread(traceEvents) {
  const starts = traceEvents.filter(
    (e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL,
  );
  const start = starts.find((e) => /^http/.test(e.args.data.documentLoaderURL)) ?? starts[0];
  if (!start) return undefined;
  return { pid: start.pid, tid: start.tid, navigationStart: start.ts };
}

/** The CPU profile's samples on `main` (trace `ProfileChunk` events): time, innermost frame, ms each. */
function profileSamples(traceEvents, main) {
  const chunks = traceEvents.filter((e) => e.name === 'ProfileChunk' && e.pid === main.pid);
  const nodes = new Map();
  const out = [];
  // The main thread's profile: the chunks that carry its id (they are written from another thread).
  const byProfile = new Map();
  for (const chunk of chunks) {
    const id = chunk.id;
    if (!byProfile.has(id)) byProfile.set(id, []);
    byProfile.get(id).push(chunk);
  }
  const profile = traceEvents.find((e) => e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid);
  const mine = profile ? (byProfile.get(profile.id) ?? []) : [];
  let ts = profile?.args?.data?.startTime ?? 0;
  // A sample stands for the time until the next one, but not across a gap in sampling (the thread idle
  // with no sample taken): no sample counts for more than the usual interval.
  const deltas = mine
    .flatMap((chunk) => chunk.args?.data?.timeDeltas ?? [])
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  const usual = deltas[deltas.length >> 1] ?? 0;
  for (const chunk of mine) {
    const data = chunk.args?.data?.cpuProfile ?? {};
    for (const node of data.nodes ?? []) nodes.set(node.id, node.callFrame);
    const steps = chunk.args?.data?.timeDeltas ?? [];
    (data.samples ?? []).forEach((id, i) => {
      ts += steps[i] ?? 0;
      const frame = nodes.get(id);
      if (!frame) return;
      const next = Math.min(steps[i + 1] ?? usual, usual);
      out.push({
        ts,
        ms: next / 1000,
        url: frame.url,
        line: frame.lineNumber,
        column: frame.columnNumber,
        name: frame.functionName || `(${frame.codeType ?? 'anonymous'})`,
      });
    });
  }
  return out.filter((s) => s.name !== '(idle)');
}

const round = (v) => Math.round(v * 10) / 10;

/**
 * Runs the pages (`pages`, `runs` times each, the median kept) and pushes bench rows: performance, CLS,
 * TBT and LCP per page against issue 18's goals, the samples in each, and the long tasks of a profiled run.
 */
export async function lighthouseRows(rows, { runs = 3, pages = DEMO_PAGES, log = console.log } = {}) {
  const tools = await load();
  await buildMaps();
  const where = resolver();
  const server = await serveGzip('.');
  const base = `http://127.0.0.1:${server.address().port}`;
  const subject = 'Lighthouse, demo page';
  const size = 'mobile, simulated';
  try {
    for (const name of pages) {
      const url = `${base}/demo/${name}.html`;
      const samples = [];
      let error;
      for (let i = 0; i < runs; i++) {
        try {
          samples.push(figuresOf((await runOnce(tools, url)).lhr));
          log(`  ${name} run ${i + 1}: ${JSON.stringify(samples.at(-1))}`);
        } catch (e) {
          error = e.message;
          log(`  ${name} run ${i + 1}: ${e.message}`);
        }
      }
      let tasks = [];
      try {
        const { artifacts } = await runOnce(tools, url, { profile: true });
        tasks = longTasks(artifacts.Trace.traceEvents, where);
      } catch (e) {
        log(`  ${name} profiled run: ${e.message}`);
      }
      const row = (key, measure, unit, target, scale = 1) => {
        const values = samples.map((s) => s[key] * scale).filter(Number.isFinite);
        const summary = summarize(values);
        const pass =
          target && Number.isFinite(summary.median)
            ? target.op === '<'
              ? summary.median < target.value
              : summary.median >= target.value
            : undefined;
        return {
          subject,
          measure: `${name}: ${measure}`,
          size,
          unit,
          runs: values.length,
          samples: values,
          ...summary,
          ...(target ? { target } : {}),
          ...(values.length ? { pass } : { error: error ?? 'no run finished' }),
        };
      };
      rows.push(
        row('performance', 'performance score', 'score', { op: '>=', value: GOALS.performance }),
        row('cls', 'cumulative layout shift', 'cls', { op: '<', value: GOALS.cls + 1e-4 }),
        row('tbt', 'total blocking time', 'ms', { op: '<', value: GOALS.tbt + 1e-3 }),
        { ...row('lcp', 'largest contentful paint', 'ms'), longTasks: tasks },
      );
    }
  } finally {
    server.close();
  }
}

/** The suite for bench/run.mjs (`--only lighthouse`). */
export async function lighthouseSuite(_session, config, rows) {
  if (!config.lighthouse) return;
  await lighthouseRows(rows, { runs: config.lighthouseRuns ?? 3, log: () => {} });
}

/** Long tasks as lines of text, for the console and the README. */
export function describeTasks(name, tasks) {
  if (!tasks.length) return [`${name}: no main-thread task of ${LONG_OBSERVED_MS} ms or more observed (50 ms at 4x CPU)`];
  return [
    `${name}: ${tasks.length} long task${tasks.length === 1 ? '' : 's'} (observed ms, and ×${CPU_SLOWDOWN} as the phone would see it)`,
    ...tasks.map((t) => {
      const kinds = Object.entries(t.kinds)
        .slice(0, 4)
        .map(([k, ms]) => `${k} ${ms}`)
        .join(', ');
      const modules = (t.modules ?? []).map((m) => `${m.module} ${m.ms}`).join('; ');
      return `  at ${t.startMs} ms: ${t.observedMs} ms (${t.phoneMs} on the phone), ${t.trigger}${t.scripts.length ? ` of ${t.scripts.join(', ')}` : ''} · ${kinds}${modules ? `\n      by module: ${modules}` : ''}`;
    }),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      pages: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      out: { type: 'string', default: `${TMP}/lighthouse.json` },
    },
  });
  const { prepare } = await import('./prepare.mjs');
  const { machine, loadNow } = await import('./machine.mjs');
  const loadAtStart = loadNow();
  await prepare({ build: !values['no-build'] });
  const rows = [];
  await lighthouseRows(rows, { runs: Number(values.runs), pages: values.pages ? values.pages.split(',') : DEMO_PAGES });
  const { table } = await import('./report.mjs');
  console.log(`\n${table(rows)}\n`);
  for (const row of rows.filter((r) => r.longTasks)) console.log(describeTasks(row.measure.split(':')[0], row.longTasks).join('\n'));
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(
    values.out,
    `${JSON.stringify({ date: new Date().toISOString(), machine: machine(`lighthouse ${LIGHTHOUSE_VERSION}`, loadAtStart), rows }, null, 2)}\n`,
  );
  console.log(`\nwritten to ${values.out}`);
}
