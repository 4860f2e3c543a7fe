// bench/compare.mjs: what it is asked and how it says a difference. `node --test bench/test/`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { change, ELEMENTS, options } from '../compare.mjs';

test('one revision is compared with the working tree; two with each other', () => {
  assert.deepEqual(options(['HEAD~2']).revisions, ['HEAD~2', '.']);
  assert.deepEqual(options(['v1', 'main']).revisions, ['v1', 'main']);
  const { element, size, runs } = options(['HEAD']);
  assert.equal(element, ELEMENTS.map);
  assert.equal(size, '1000');
  assert.equal(runs, 20);
});

test('the element, its size and the runs are taken as given', () => {
  const chosen = options(['HEAD', '--element', 'meter', '--size', 'full', '--runs', '7']);
  assert.equal(chosen.element.name, 'campaign-meter');
  assert.deepEqual(chosen.element.arg(chosen.size), { variant: 'full' });
  assert.equal(chosen.runs, 7);
  assert.deepEqual(options(['HEAD', '--element', 'explorer', '--size', '867']).element.arg('867'), { rows: 867 });
});

test('says what is wrong with what it was asked', () => {
  assert.throws(() => options([]), /name one revision/);
  assert.throws(() => options(['a', 'b', 'c']), /name one revision/);
  assert.throws(() => options(['HEAD', '--element', 'chart']), /unknown element "chart"/);
  assert.throws(() => options(['HEAD', '--runs', '0']), /--runs must be a whole number/);
  assert.throws(() => options(['HEAD', '--size', 'big']), /--size must be a number of nodes/);
  assert.throws(() => options(['HEAD', '--colour']), /Unknown option/);
});

test('a difference in ms and as a share of the first', () => {
  assert.equal(change(170, 146), '−24.0 ms (−14%)');
  assert.equal(change(100, 112.5), '+12.5 ms (+13%)');
  assert.equal(change(8, 8), '±0.0 ms (±0%)');
});
