// Medians, targets and the printed table. `node --test bench/test/`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { format, table } from '../report.mjs';
import { meets, summarize } from '../stats.mjs';

test('median of an odd and an even count, min and max', () => {
  assert.deepEqual(summarize([5, 1, 3]), { median: 3, min: 1, max: 5 });
  assert.deepEqual(summarize([4, 1, 3, 10]), { median: 3.5, min: 1, max: 10 });
  assert.ok(Number.isNaN(summarize([]).median));
});

test('targets: under a time, at least a ratio', () => {
  assert.equal(meets(99.9, { op: '<', value: 100 }), true);
  assert.equal(meets(100, { op: '<', value: 100 }), false);
  assert.equal(meets(100, { op: '>=', value: 100 }), true);
  assert.equal(meets(NaN, { op: '<', value: 100 }), undefined);
  assert.equal(meets(5, undefined), undefined);
});

test('figures are printed with their unit', () => {
  assert.equal(format(4.26, 'ms'), '4.3 ms');
  assert.equal(format(250.4, 'ms'), '250 ms');
  assert.equal(format(5123, 'ms'), '5.12 s');
  assert.equal(format(153.2, 'x'), '153×');
  assert.equal(format(0.25, 'MB'), '+0.25 MB');
  assert.equal(format(NaN, 'ms'), '–');
});

test('the table shows a failed target, an error and a skipped subject', () => {
  const out = table([
    {
      subject: 'pathway map',
      measure: 'first render → painted',
      size: '1,000 nodes',
      unit: 'ms',
      runs: 10,
      median: 120,
      min: 110,
      max: 150,
      target: { op: '<', value: 100 },
      pass: false,
    },
    {
      subject: 'explorer',
      measure: 'key press → painted',
      size: '10,000 rows',
      unit: 'ms',
      runs: 0,
      median: NaN,
      error: 'the key press changed nothing on screen',
    },
    { subject: 'ladder', measure: 'all', unit: 'ms', skipped: 'cp-credential-ladder is not built yet' },
  ]);
  assert.match(out, /1,000 nodes\s+10\s+120 ms\s+110 ms\s+150 ms\s+< 100 ms\s+✘ fail/);
  assert.match(out, /✘ the key press changed nothing on screen/);
  assert.match(out, /skipped: cp-credential-ladder is not built yet/);
});
