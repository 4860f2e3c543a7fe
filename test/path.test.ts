import { expect } from './helpers/testing.js';
import { polyline } from '../src/lib/path.js';

describe('polyline', () => {
  it('joins points with straight segments, rounded', () => {
    expect(
      polyline([
        [0, 0],
        [10.04, 5.06],
        [20, 0],
      ]),
    ).to.equal('M0,0L10,5.1L20,0');
    expect(polyline([[54, 130.1649]], 2)).to.equal('M54,130.16');
  });

  it('starts a new segment after a missing point, as d3-shape line().defined() does', () => {
    expect(polyline([[0, 0], [1, 1], undefined, [3, 3], [4, 4]])).to.equal('M0,0L1,1M3,3L4,4');
    expect(polyline([undefined, undefined])).to.equal('');
    expect(polyline([])).to.equal('');
  });
});
