import { expect } from './helpers/testing.js';
import { memo } from '../src/base/memo.js';

describe('memo', () => {
  it('recomputes only when an input changes, and keeps the result while none does', () => {
    let runs = 0;
    const area = memo((w: number, h: number) => {
      runs += 1;
      return { area: w * h };
    });
    const first = area(2, 3);
    expect(area(2, 3)).to.equal(first);
    expect(runs).to.equal(1);
    expect(area(2, 4).area).to.equal(8);
    expect(runs).to.equal(2);
    expect(area(2, 3)).to.not.equal(first); // one slot: going back recomputes
  });

  it('compares objects by identity, so a new document with the same shape recomputes', () => {
    let runs = 0;
    const count = memo((doc: { steps: unknown[] }) => {
      runs += 1;
      return doc.steps.length;
    });
    const doc = { steps: [1, 2] };
    count(doc);
    count(doc);
    count({ steps: [1, 2] });
    expect(runs).to.equal(2);
  });

  it('treats NaN as equal to itself and undefined inputs as inputs', () => {
    let runs = 0;
    const f = memo((a: number, b?: string) => {
      runs += 1;
      return `${a}${b ?? ''}`;
    });
    f(Number.NaN, undefined);
    f(Number.NaN, undefined);
    expect(runs).to.equal(1);
    f(Number.NaN, 'x');
    expect(runs).to.equal(2);
  });
});
