/** Pure tests of what the map derives from what it reads (model/derive.ts): no element, no DOM. */
import { expect } from './helpers/testing.js';
import { estimate, type Measure } from '../src/components/pathway-map/layout/card.js';
import { CARD_MIN, columnsFit } from '../src/components/pathway-map/layout/layout.js';
import { metricMeasure } from '../src/components/pathway-map/layout/metrics.js';
import { createDerive, PHONE, type MapInputs } from '../src/components/pathway-map/model/derive.js';
import { findRoutes } from '../src/components/pathway-map/model/search.js';
import { sortBy } from '../src/components/pathway-map/layout/sort.js';
import type { PathwayDocument } from '../src/schema/types.js';
import { syntheticPathway } from './support/synthetic.js';

const load = async (name: string): Promise<PathwayDocument> => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).json();

let sample: PathwayDocument;
before(async () => {
  sample = await load('pathway-map-sample.json');
});

const inputs = (over: Partial<MapInputs> = {}): MapInputs => ({
  ...{ document: sample, revision: 1, lang: 'en', width: 1280, estimated: false, measure: estimate, orientation: 'auto' },
  ...{ selected: undefined, highlight: undefined, from: undefined, to: undefined, route: 0, findRoutes },
  ...over,
});
const cardWidthOf = (derived: ReturnType<ReturnType<typeof createDerive>>) => derived.model.layout!.nodes[0]!.w;

describe('pathway map derive: list or columns', () => {
  it('shows stacked sections below 600px, columns with cards as wide as fit above', () => {
    const derive = createDerive();
    expect(derive(inputs({ width: PHONE - 1 })).list).to.equal(true);
    const wide = derive(inputs({ width: 1280 }));
    expect(wide.list).to.equal(false);
    expect(cardWidthOf(wide)).to.equal(columnsFit(sample.stages.length, 1280)!.cardWidth);
    expect(cardWidthOf(derive(inputs({ width: 700 }))), 'too narrow for every column: the narrowest card').to.equal(CARD_MIN);
  });

  it('follows orientation, and draws a map too big to list at every width', () => {
    const derive = createDerive();
    expect(derive(inputs({ width: 1280, orientation: 'vertical' })).list).to.equal(true);
    expect(derive(inputs({ width: 390, orientation: 'horizontal' })).list).to.equal(false);
    const big = derive(inputs({ document: syntheticPathway(200, 260), width: 390 }));
    expect([big.big, big.list]).to.deep.equal([true, false]);
  });

  it('lays out as a server does while estimated, whatever the width: stacked sections, metric measure', () => {
    const server = createDerive()(inputs({ width: 0, estimated: true, measure: metricMeasure }));
    const hydrating = createDerive()(inputs({ width: 1280, estimated: true, measure: metricMeasure }));
    expect([server.list, hydrating.list]).to.deep.equal([true, true]);
    expect(hydrating.model.cards, 'the hydrating render matches the server card for card').to.deep.equal(server.model.cards);
    expect(hydrating.frame).to.deep.equal(server.frame);
  });
});

describe('pathway map derive: remembering', () => {
  it('gives back the same view for the same inputs, and keeps the model when only the selection changes', () => {
    const derive = createDerive();
    const a = derive(inputs());
    expect(derive(inputs())).to.equal(a);
    const b = derive(inputs({ selected: 'cna' }));
    expect(b.model).to.equal(a.model);
    expect(b.frame, 'selecting does not refit the map').to.equal(a.frame);
    expect(b.chosen).to.equal(b.graph.index.get('cna'));
    expect(b.emphasis?.nodes[b.chosen!]).to.equal(1);
    expect(a.emphasis).to.equal(undefined);
  });

  it('measured again, keeps the model where every line wraps the same, and lays out again where one does not', () => {
    const derive = createDerive();
    const a = derive(inputs());
    // The same widths through another function: the same wraps.
    const same: Measure = (text, font, limit) => estimate(text, font, limit);
    expect(derive(inputs({ measure: same })).model).to.equal(a.model);
    const wider: Measure = (text, font) => estimate(text, font) * 1.4;
    const c = derive(inputs({ measure: wider }));
    expect(c.model).not.to.equal(a.model);
    expect(c.model.cards.some((card, i) => card.title.length !== a.model.cards[i]!.title.length)).to.equal(true);
  });

  it('fits the map again for a new width, not for new data of the same pathway', () => {
    const derive = createDerive();
    const a = derive(inputs());
    const again = derive(inputs({ document: structuredClone(sample), revision: 2 }));
    expect(again.model).not.to.equal(a.model);
    expect(again.frame, 'same pathway, same width: the view stays').to.equal(a.frame);
    const wider = derive(inputs({ document: again.doc, revision: 2, width: 1500 }));
    expect(wider.frame).not.to.equal(a.frame);
  });
});

describe('pathway map derive: routes, emphasis and ids', () => {
  it('finds routes from one step to another, and the selection outranks a route, which outranks the highlight', () => {
    const derive = createDerive();
    const routed = derive(inputs({ from: 'cna', to: 'rn', highlight: 'cna' }));
    expect(routed.routes.length).to.be.greaterThan(0);
    expect(routed.highlighted, 'a route shows: the highlight waits').to.equal(undefined);
    expect(routed.emphasis).not.to.equal(undefined);
    const plain = derive(inputs({ highlight: 'cna' }));
    expect(plain.highlighted).to.equal(plain.graph.index.get('cna'));
  });

  it('finds no route until the route search has come with the finder, and finds them once it has', () => {
    const derive = createDerive();
    const waiting = derive(inputs({ from: 'cna', to: 'rn', highlight: 'cna', findRoutes: undefined }));
    expect(waiting.routes).to.deep.equal([]);
    expect(waiting.highlighted, 'the highlight shows meanwhile').to.equal(waiting.graph.index.get('cna'));
    const found = derive(inputs({ from: 'cna', to: 'rn', highlight: 'cna' }));
    expect(found.routes.length).to.be.greaterThan(0);
    expect(found.model, 'the layout is kept').to.equal(waiting.model);
  });

  it('names each id attribute that names no step, by its attribute', () => {
    const derive = createDerive();
    expect(derive(inputs()).issues).to.deep.equal([]);
    expect(derive(inputs({ selected: 'nope', to: 'gone' })).issues.map((issue) => issue.path)).to.deep.equal(['selected', 'to']);
  });
});

describe('pathway map derive: reading order', () => {
  it("orders a stage's steps by position across the map, then by layer, ties in document order", () => {
    // Positions and layers with many ties (a few values each), in lists of every length up to 70: the
    // order must be the one a stable sort with that comparison gives.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n <= 70; n++) {
      const across = Float64Array.from({ length: n }, () => Math.floor(next() * 5) * 37.5);
      const layer = Int32Array.from({ length: n }, () => Math.floor(next() * 3));
      const list = Array.from({ length: n }, (_, i) => i).filter(() => next() < 0.8);
      const byAcross = [...list].sort((a, b) => across[a]! - across[b]!);
      const expected = [...list].sort((a, b) => across[a]! - across[b]! || layer[a]! - layer[b]!);
      const alone = [...list];
      sortBy(list, across, layer);
      expect(list, `${n} steps`).to.deep.equal(expected);
      sortBy(alone, across);
      expect(alone, `${n} steps, by position alone`).to.deep.equal(byAcross);
    }
  });
});
