// The Lighthouse rows' pure parts: the figures read from a report, and the long tasks read from a trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresOf, longTasks } from '../lighthouse.mjs';

const PID = 7;
const TID = 1;
const NAV = 1_000_000; // µs
const ev = (name, ts, dur, extra = {}) => ({ name, ph: 'X', pid: PID, tid: TID, ts: NAV + ts * 1000, dur: dur * 1000, ...extra });

/** A page's main thread: a short task, a long one running our chunk (script, then layout inside it), a long one of Lighthouse's own. */
function trace({ profile = true } = {}) {
  const events = [
    {
      name: 'navigationStart',
      ph: 'R',
      pid: PID,
      tid: TID,
      ts: NAV,
      args: { data: { isLoadingMainFrame: true, documentLoaderURL: 'http://127.0.0.1:1/demo/campaign.html' } },
    },
    ev('RunTask', 10, 5),
    ev('FunctionCall', 10, 4, { args: { data: { url: 'http://127.0.0.1:1/demo/demo.js' } } }),
    ev('RunTask', 100, 40),
    ev('FunctionCall', 100, 30, { args: { data: { url: 'http://127.0.0.1:1/dist/elements/lit-abc.js' } } }),
    ev('Layout', 110, 10),
    ev('Paint', 132, 6),
    ev('RunTask', 500, 20),
    ev('EvaluateScript', 500, 20, { args: { data: { url: '_lighthouse-eval.js' } } }),
    // Another thread's task is not the page's.
    { ...ev('RunTask', 200, 90), tid: 2 },
  ];
  if (profile) {
    events.push(
      { name: 'Profile', ph: 'P', pid: PID, tid: TID, id: '0x1', ts: NAV, args: { data: { startTime: NAV } } },
      {
        name: 'ProfileChunk',
        ph: 'P',
        pid: PID,
        tid: 3,
        id: '0x1',
        ts: NAV,
        args: {
          data: {
            cpuProfile: {
              nodes: [
                {
                  id: 1,
                  callFrame: {
                    functionName: 'render',
                    url: 'http://127.0.0.1:1/dist/elements/lit-abc.js',
                    lineNumber: 0,
                    columnNumber: 10,
                  },
                },
                {
                  id: 2,
                  callFrame: {
                    functionName: 'layoutPathway',
                    url: 'http://127.0.0.1:1/dist/elements/pathway-map-x.js',
                    lineNumber: 0,
                    columnNumber: 99,
                  },
                },
                { id: 3, callFrame: { functionName: '(program)', url: '' } },
                { id: 4, callFrame: { functionName: 'probe', url: '_lighthouse-eval.js' } },
              ],
              // 4 samples 5 ms apart inside the long task (render, render, layoutPathway, program), one in Lighthouse's.
              samples: [1, 1, 2, 3, 4, 3],
            },
            timeDeltas: [102_000, 5000, 5000, 5000, 390_000, 5000],
          },
        },
      },
    );
  }
  return events;
}

const where = (url) =>
  url.includes('pathway-map') ? 'src/components/pathway-map/pathway-map.layout.ts' : url.includes('lit-') ? 'lit-html/lit-html.js' : url;

test('only the page main thread tasks of 12.5 ms or more count, and not Lighthouse own', () => {
  const tasks = longTasks(trace(), where);
  assert.equal(tasks.length, 1);
  const [task] = tasks;
  assert.equal(task.startMs, 100);
  assert.equal(task.observedMs, 40);
  assert.equal(task.phoneMs, 160, 'times 4, as Lighthouse slows the CPU');
  assert.deepEqual(task.scripts, ['dist/elements/lit-abc.js']);
});

test('a task time is split by kind of work, nested work counted once', () => {
  const [task] = longTasks(trace(), where);
  // FunctionCall 30 ms holds a 10 ms layout: 20 ms script, 10 layout; the paint after it 6.
  assert.deepEqual(task.kinds, { script: 20, layout: 10, paint: 6 });
});

test('the CPU profile samples in a task are summed by source module', () => {
  const [task] = longTasks(trace(), where);
  assert.deepEqual(task.modules, [
    { module: 'lit-html/lit-html.js', ms: 10 },
    { module: 'src/components/pathway-map/pathway-map.layout.ts', ms: 5 },
    { module: '(program)', ms: 5 },
  ]);
  assert.equal(longTasks(trace({ profile: false }), where)[0].modules, undefined, 'no profile, no modules');
});

test('the figures of a report: score out of 100, CLS, TBT and LCP as Lighthouse gives them', () => {
  const lhr = {
    categories: { performance: { score: 0.874 } },
    audits: {
      'cumulative-layout-shift': { numericValue: 0.0123 },
      'total-blocking-time': { numericValue: 245.5 },
      'largest-contentful-paint': { numericValue: 2510 },
      'first-contentful-paint': { numericValue: 1200 },
    },
  };
  assert.deepEqual(figuresOf(lhr), { performance: 87, cls: 0.0123, tbt: 245.5, lcp: 2510, fcp: 1200 });
});
