/** Pure tests of the map's geometry: layers, ordering, placing, edge routing and the layout's invariants. */
import { expect } from './helpers/testing.js';
import { estimate, cardOf } from '../src/components/pathway-map/layout/card.js';
import { graphOf } from '../src/components/pathway-map/model/graph.js';
import { layerGraph } from '../src/components/pathway-map/layout/layers.js';
import { layoutPathway, type Box, type Layout, type Orientation } from '../src/components/pathway-map/layout/layout.js';
import { CARD_WIDTH } from '../src/components/pathway-map/model/model.js';
import { ARROW_GAP, groupsOf } from '../src/components/pathway-map/layout/flat.js';
import { CARD_MAX, CARD_MIN, columnsFit, columnsWidth } from '../src/components/pathway-map/layout/layout.js';
import { crossings, orderLayers } from '../src/components/pathway-map/layout/order.js';
import { placeCross } from '../src/components/pathway-map/layout/place.js';
import { syntheticPathway } from './support/synthetic.js';
import { CULL_AT } from '../src/components/pathway-map/layout/thresholds.js';
import { areaFor, areaOf, holds, seenArea } from '../src/components/pathway-map/layout/window.js';
import { fitView, revealShift, viewHeight } from '../src/components/pathway-map/layout/viewport.js';
import { validatePathway } from '../src/schema/validate.js';
import type { PathwayDocument } from '../src/schema/types.js';

const json = async (url: string) => (await fetch(url)).json();
const COLORADO = ['information-technology', 'healthcare', 'construction', 'business-operations', 'cybersecurity'];

/** Every pathway the layout is checked on: the five Colorado pathways, the test fixtures, the CTDL
 * example (converted) and synthetic ones. */
async function fixtures(): Promise<[string, PathwayDocument][]> {
  const docs: [string, PathwayDocument][] = [];
  for (const name of COLORADO) docs.push([name, await json(`/data/colorado/pathway-${name}.json`)]);
  docs.push(['small', await json(new URL('./fixtures/pathway-small.json', import.meta.url).href)]);
  docs.push(['sample', await json(new URL('./fixtures/pathway-map-sample.json', import.meta.url).href)]);
  const ctdl = validatePathway(await json(new URL('./fixtures/pathway-map-ctdl-comptia.jsonld', import.meta.url).href));
  docs.push(['ctdl', ctdl.document!]);
  docs.push(['synthetic-300', syntheticPathway(300, 450)]);
  return docs;
}

/** The layout as the element makes it: one column per stage below CULL_AT steps, unless `flat` says. */
function layout(
  doc: PathwayDocument,
  orientation: Orientation,
  previous?: ReadonlyMap<string, number>,
  flat?: boolean,
  w: number = CARD_WIDTH[orientation],
): Layout {
  const sizes = doc.nodes.map((node) => ({ w, h: cardOf(node, 'en', estimate, w).h }));
  return layoutPathway(graphOf(doc), doc.stages.length, { orientation, sizes, previous, ...(flat === undefined ? {} : { flat }) });
}

const overlap = (a: Box, b: Box, slack = 0.5) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > slack && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > slack;

describe('pathway map layout: invariants on every fixture', () => {
  let docs: [string, PathwayDocument][];
  before(async () => {
    docs = await fixtures();
  });

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`puts every node inside its stage's band (${orientation})`, () => {
      for (const [name, doc] of docs) {
        const result = layout(doc, orientation);
        const outside = result.nodes.flatMap((node, i) => {
          const band = result.bands[node.stage]!;
          const inside = node.x >= band.x && node.y >= band.y && node.x + node.w <= band.x + band.w && node.y + node.h <= band.y + band.h;
          return inside ? [] : [doc.nodes[i]!.id];
        });
        expect(outside, name).to.deep.equal([]);
        result.bands.forEach((band, s) => {
          const next = result.bands[s + 1];
          if (next)
            expect(orientation === 'horizontal' ? band.x + band.w < next.x : band.y + band.h < next.y, `${name}: bands in order`).to.equal(
              true,
            );
        });
        expect(result.width).to.be.at.least(Math.max(...result.bands.map((b) => b.x + b.w)));
        expect(result.height).to.be.at.least(Math.max(...result.bands.map((b) => b.y + b.h)));
      }
    });

    it(`never overlaps two nodes (${orientation})`, () => {
      for (const [name, doc] of docs) {
        const { nodes } = layout(doc, orientation);
        const overlaps: string[] = [];
        for (let i = 0; i < nodes.length; i++) {
          for (let j = i + 1; j < nodes.length; j++)
            if (overlap(nodes[i]!, nodes[j]!)) overlaps.push(`${doc.nodes[i]!.id} and ${doc.nodes[j]!.id}`);
        }
        expect(overlaps, name).to.deep.equal([]);
      }
    });

    it(`routes edges between nodes, never through one (${orientation})`, () => {
      for (const [name, doc] of docs) {
        const result = layout(doc, orientation);
        const crossed: string[] = [];
        result.edges.forEach((edge, e) => {
          const { from, to } = doc.edges[e]!;
          const [a, b] = [doc.nodes.findIndex((n) => n.id === from), doc.nodes.findIndex((n) => n.id === to)];
          if (result.nodes[a]!.layer === result.nodes[b]!.layer) return; // an arc into the gap beside the layer
          if (!edge.d.startsWith('M')) crossed.push(`${from} → ${to} has no path`);
          // Each piece of the path lies inside the box of its two points (a straight run or a bump curve).
          for (let k = 0; k + 1 < edge.points.length; k++) {
            const [[x0, y0], [x1, y1]] = [edge.points[k]!, edge.points[k + 1]!];
            const piece = { x: Math.min(x0, x1), y: Math.min(y0, y1), w: Math.abs(x1 - x0), h: Math.abs(y1 - y0) };
            const thin = { ...piece, w: Math.max(piece.w, 1), h: Math.max(piece.h, 1) };
            result.nodes.forEach((node, n) => overlap(thin, node) && crossed.push(`${from} → ${to} crosses ${doc.nodes[n]!.id}`));
          }
        });
        expect(crossed, name).to.deep.equal([]);
      }
    });

    it(`is deterministic, and has no more crossings than document order (${orientation})`, () => {
      for (const [name, doc] of docs) {
        const first = layout(doc, orientation);
        const again = layout(doc, orientation);
        expect(JSON.stringify([again.nodes, again.edges, again.bands]), name).to.equal(
          JSON.stringify([first.nodes, first.edges, first.bands]),
        );
        expect(first.crossings, `${name}: ${first.crossings} vs ${first.initialCrossings}`).to.be.at.most(first.initialCrossings);
      }
    });
  }

  it('cuts crossings well below document order on the Colorado pathways', () => {
    const counts = docs
      .slice(0, 5)
      .map(([name, doc]) => [name, layout(doc, 'horizontal').crossings, layout(doc, 'horizontal').initialCrossings]);
    for (const [name, after, before] of counts) expect(after as number, String(name)).to.be.below((before as number) / 2);
  });

  it('keeps nodes where they were when the data changes a little', () => {
    for (const [name, doc] of docs) {
      const first = layout(doc, 'horizontal');
      const stage = doc.stages[1]!.id;
      const changed: PathwayDocument = {
        ...doc,
        nodes: [...doc.nodes, { id: 'added', kind: 'credential', stage, title: 'An added step' }],
        edges: [...doc.edges, { from: 'added', to: doc.nodes.findLast((n) => n.stage === doc.stages.at(-1)!.id)!.id, kind: 'qualifies' }],
      };
      const second = layout(changed, 'horizontal', first.seed);
      // Pairs of old nodes in one layer whose order flipped: only a swap or two where the new edge
      // made a crossing that a swap removes, never a reshuffle.
      let flipped = 0;
      doc.nodes.forEach((_, i) =>
        doc.nodes.forEach((_, j) => {
          const [a, b, a2, b2] = [first.nodes[i]!, first.nodes[j]!, second.nodes[i]!, second.nodes[j]!];
          if (a.layer === b.layer && a2.layer === b2.layer && a.layer === a2.layer && a.y < b.y && a2.y > b2.y) flipped++;
        }),
      );
      expect(flipped, name).to.be.at.most(Math.max(1, Math.floor(doc.nodes.length / 100)));
    }
  });
});

describe('pathway map layout: its parts', () => {
  it('gives a stage more layers when steps inside it lead on to each other, and threads long edges through virtual items', async () => {
    const doc: PathwayDocument = await json(new URL('./fixtures/pathway-small.json', import.meta.url).href);
    const layering = layerGraph(graphOf(doc), doc.stages.length);
    expect(doc.nodes.map((n, i) => `${n.id}:${layering.layer[i]}`)).to.deep.equal([
      'cna:0',
      'nursing-assistants:1',
      'lpn-license:2',
      'lpn:3',
      'adn:3',
      'rn:4',
    ]);
    expect(layering.stages).to.deep.equal([
      { first: 0, size: 2 },
      { first: 2, size: 2 },
      { first: 4, size: 1 },
    ]);
    expect(layering.layer.length, 'six nodes and two virtual items').to.equal(8);
    expect(layering.chains.map((chain) => chain.length)).to.deep.equal([2, 3, 3, 2, 2, 2, 2]);
    // Neighbours packed: item i's are list[start[i]] … list[start[i + 1] - 1] (6 and 7 are virtual).
    expect([[...layering.up.start], [...layering.up.list]]).to.deep.equal([
      [0, 0, 1, 2, 4, 5, 7, 8, 9],
      [0, 7, 6, 2, 2, 4, 3, 1, 0],
    ]);
    expect([[...layering.down.start], [...layering.down.list]]).to.deep.equal([
      [0, 2, 3, 5, 6, 7, 7, 8, 9],
      [1, 7, 6, 3, 4, 5, 5, 3, 2],
    ]);
  });

  it('leaves an edge between nodes of one layer for an arc (a lateral move)', () => {
    const doc: PathwayDocument = {
      type: 'pathway',
      version: 1,
      id: 'x',
      title: 'x',
      source: [{ name: 'test' }],
      stages: [{ id: 's', label: 'S' }],
      nodes: [
        { id: 'a', kind: 'occupation', stage: 's', title: 'A' },
        { id: 'b', kind: 'occupation', stage: 's', title: 'B' },
      ],
      edges: [{ from: 'a', to: 'b', kind: 'lateral' }],
    };
    const layering = layerGraph(graphOf(doc), 1);
    expect([...layering.layer]).to.deep.equal([0, 0]);
    expect(layering.chains).to.deep.equal([[]]);
    const result = layout(doc, 'horizontal');
    expect(result.edges[0]!.d).to.match(/^M[\d.]+,[\d.]+C/);
  });

  it('counts crossings exactly, and orders them away', () => {
    const down = [[3], [2], [], []];
    const up = [[], [], [1], [0]];
    expect(
      crossings(
        [
          [0, 1],
          [2, 3],
        ],
        down,
      ),
    ).to.equal(1);
    expect(
      crossings(
        [
          [0, 1],
          [3, 2],
        ],
        down,
      ),
    ).to.equal(0);
    const ordered = orderLayers(
      [
        [0, 1],
        [2, 3],
      ],
      up,
      down,
    );
    expect(ordered).to.deep.equal({
      layers: [
        [0, 1],
        [3, 2],
      ],
      crossings: 0,
      initial: 1,
    });
    expect(
      orderLayers(
        [
          [0, 1],
          [3, 2],
        ],
        up,
        down,
      ).layers,
      'a good order is kept',
    ).to.deep.equal([
      [0, 1],
      [3, 2],
    ]);
  });

  it('orders exactly as the sweeps and transpositions always have (packed, with pairs weighed once)', async () => {
    // Crossings before and after, and one node's place, from the layout before its ordering was packed
    // into typed arrays and skipped pairs already weighed: the same swaps in the same order. (IT's were 77 and
    // 15 while its 23 related-job links were ordered too; without them, 32 and 2.)
    const it = await json('/data/colorado/pathway-information-technology.json');
    const cases: [PathwayDocument, number, number][] = [
      [it, 32, 2],
      [syntheticPathway(300, 450), 14487, 3520],
      [syntheticPathway(1000, 1500), 178598, 46806],
    ];
    for (const [doc, initial, after] of cases) {
      const result = layout(doc, 'horizontal', undefined, false);
      expect([result.initialCrossings, result.crossings], doc.id).to.deep.equal([initial, after]);
    }
    // (Cards became 4px taller when the badge line gave way to a 15px title and 13px figures: y moved with them;
    // 1033.9 became 905.4 when a card with no links to pull it was held against its neighbour, not left behind.)
    expect(layout(syntheticPathway(300, 450), 'horizontal').nodes[7]).to.deep.equal({
      x: 240,
      y: 905.3679186666208,
      w: 176,
      h: 55,
      stage: 0,
      layer: 1,
    });
    const layering = layerGraph(graphOf(it), it.stages.length);
    const initialOrder: number[][] = Array.from({ length: layering.layerCount }, () => []);
    layering.layer.forEach((l, i) => initialOrder[l]!.push(i));
    const lists = (packed: { start: Int32Array; list: Int32Array }) =>
      Array.from({ length: packed.start.length - 1 }, (_, i) => [...packed.list.subarray(packed.start[i], packed.start[i + 1])]);
    expect(orderLayers(initialOrder, lists(layering.up), lists(layering.down)), 'lists or packed, the same').to.deep.equal(
      orderLayers(initialOrder, layering.up, layering.down),
    );
  });

  it('places items at least a gap apart, as near as it can to their neighbours', () => {
    const centers = placeCross([[0, 1], [2]], Float64Array.from([10, 10, 10]), 3, () => 10, [[], [], [0, 1]], [[2], [2], []]);
    expect([...centers]).to.deep.equal([5, 25, 15]);
  });

  it('fits a map to its box, centred where it fits and from its corner where it does not', () => {
    expect(fitView({ width: 1000, height: 500 }, { width: 500, height: 500 }, 0)).to.deep.equal({ k: 0.5, x: 0, y: 125 });
    expect(fitView({ width: 1000, height: 500 }, { width: 500, height: 500 }, 0.6)).to.deep.equal({ k: 0.6, x: 0, y: 100 });
    expect(fitView({ width: 200, height: 100 }, { width: 500, height: 300 }, 0)).to.deep.equal({ k: 1, x: 150, y: 100 });
    expect(viewHeight({ width: 1000, height: 500 }, 500, 0.55)).to.equal(275);
    expect(viewHeight({ width: 1000, height: 200 }, 500, 0.55), 'never below 240').to.equal(240);
    expect(viewHeight({ width: 400, height: 2000 }, 500, 0.55), 'never above 640').to.equal(640);
  });

  it('pans the least needed to bring a step into view, its start first when it cannot all show', () => {
    const size = { width: 600, height: 400 };
    const card = { x: 100, y: 100, w: 176, h: 60 };
    expect(revealShift({ x: 0, y: 0, k: 0.5 }, card, size), 'in view already').to.deep.equal({ dx: 0, dy: 0 });
    expect(revealShift({ x: 0, y: 0, k: 0.5 }, { ...card, y: 2000 }, size), 'below: its bottom 16px above the edge').to.deep.equal({
      dx: 0,
      dy: -646,
    });
    expect(revealShift({ x: -500, y: 0, k: 1 }, card, size), 'to the left: its left 16px in').to.deep.equal({ dx: 416, dy: 0 });
    expect(revealShift({ x: 0, y: 0, k: 1 }, { ...card, y: 500, h: 1000 }, size), 'taller than the view').to.deep.equal({
      dx: 0,
      dy: -484,
    });
  });

  it('has every view on a glide of up to half the box drawn: the drawn area reaches half a box beyond the view', () => {
    const size = { width: 1000, height: 600 };
    const end = { x: -300, y: -2000, k: 0.55 };
    expect(areaOf(end, size)).to.deep.equal({ x0: -512, y0: 3072, x1: 3584, y1: 5632 });
    const area = areaOf(end, size);
    for (const [dx, dy] of [
      [500, 300],
      [-500, -300],
      [500, -300],
      [0, 300],
    ] as const) {
      for (let t = 0; t <= 1; t += 0.125) {
        const v = { k: end.k, x: end.x + dx * (1 - t), y: end.y + dy * (1 - t) };
        const seen = { x0: -v.x / v.k, y0: -v.y / v.k, x1: (size.width - v.x) / v.k, y1: (size.height - v.y) / v.k };
        expect(seen.x0 >= area.x0 && seen.y0 >= area.y0 && seen.x1 <= area.x1 && seen.y1 <= area.y1, `${dx},${dy} at ${t}`).to.equal(true);
      }
    }
  });

  it('keeps what is drawn while the view moves inside it, and draws afresh when it leaves or zooms far in', () => {
    const size = { width: 1000, height: 600 };
    const drawn = areaFor({ x: 0, y: 0, k: 1 }, size);
    expect(drawn).to.deep.equal({ x0: -512, y0: -512, x1: 1536, y1: 1024 });
    expect(holds(drawn, { x: -400, y: -300, k: 1 }, size)).to.equal(true);
    expect(areaFor({ x: -400, y: -300, k: 1 }, size, drawn), 'a pan inside: the same area, nothing new drawn').to.equal(drawn);
    expect(areaFor({ x: -400, y: -500, k: 1 }, size, drawn), 'a pan past its edge').to.deep.equal({ x0: -512, y0: 0, x1: 2048, y1: 1536 });
    expect(areaFor({ x: 0, y: 0, k: 1.5 }, size, drawn), 'zoomed in a little: kept').to.equal(drawn);
    const wide = areaFor({ x: 0, y: 0, k: 0.25 }, size);
    expect(areaFor({ x: 0, y: 0, k: 1 }, size, wide), 'zoomed in a long way: less is drawn').to.deep.equal(drawn);
  });

  it('has a first drawing of exactly what shows, which holds that view and no other', () => {
    const size = { width: 1000, height: 600 };
    const view = { x: -400, y: -300, k: 2 };
    const seen = seenArea(view, size);
    expect(seen, 'map units: the box divided by the scale, from the pan').to.deep.equal({ x0: 200, y0: 150, x1: 700, y1: 450 });
    expect(holds(seen, view, size)).to.equal(true);
    expect(holds(seen, { ...view, x: -401 }, size), 'a pixel further').to.equal(false);
    expect(holds(seen, { ...view, k: 1.9 }, size), 'zoomed out a little').to.equal(false);
  });

  it('lays out a synthetic 1,000-step pathway without overlaps', () => {
    const doc = syntheticPathway(1000, 1500);
    expect(doc.nodes).to.have.length(1000);
    expect(doc.edges).to.have.length(1500);
    expect(validatePathway(doc).valid).to.equal(true);
    const { nodes } = layout(doc, 'horizontal');
    const byLayer = new Map<number, Box[]>();
    for (const node of nodes) byLayer.set(node.layer, [...(byLayer.get(node.layer) ?? []), node]);
    for (const column of byLayer.values()) {
      column.sort((a, b) => a.y - b.y);
      column.forEach((box, i) => i && expect(box.y).to.be.at.least(column[i - 1]!.y + column[i - 1]!.h));
    }
  });
});

describe('pathway map layout: one column per stage (below CULL_AT steps)', () => {
  let docs: [string, PathwayDocument][];
  before(async () => {
    docs = (await fixtures()).filter(([, doc]) => doc.nodes.length < CULL_AT);
  });

  it('chooses a card width that fits every column in the width, or none below the minimum', () => {
    expect(columnsFit(4, 1280)).to.deep.equal({ cardWidth: CARD_MAX });
    expect(columnsFit(4, 960), 'four 200px columns need 980px').to.equal(undefined);
    expect(columnsFit(4, 992), 'a 1,024px screen less its margins').to.deep.equal({ cardWidth: 203 });
    expect(columnsFit(4, columnsWidth(4, CARD_MIN))).to.deep.equal({ cardWidth: CARD_MIN });
    expect(columnsFit(4, columnsWidth(4, CARD_MIN) - 1)).to.equal(undefined);
    expect(columnsFit(5, 1400)!.cardWidth).to.be.within(CARD_MIN, CARD_MAX);
    for (const width of [992, 1060, 1180, 1280]) {
      for (const [name, doc] of docs.filter(([, d]) => d.stages.length === 4)) {
        const { cardWidth } = columnsFit(4, width)!;
        const result = layout(doc, 'horizontal', undefined, undefined, cardWidth);
        expect(result.width, `${name} at ${width}px: cards ${cardWidth}px`).to.be.at.most(width);
        expect(new Set(result.nodes.map((node) => node.x)).size, `${name}: one column per stage`).to.equal(4);
      }
    }
  });

  it('keeps each group of cards joined within their stage together, in link order, top to bottom', () => {
    for (const [name, doc] of docs) {
      const graph = graphOf(doc);
      const { nodes } = layout(doc, 'horizontal');
      for (const members of groupsOf(graph).members) {
        const ys = members.map((i) => nodes[i]!.y);
        expect(ys, `${name}: in order`).to.deep.equal([...ys].sort((a, b) => a - b));
        const [top, bottom] = [nodes[members[0]!]!.y, nodes[members.at(-1)!]!.y];
        const between = nodes.filter(
          (node, i) => !members.includes(i) && node.x === nodes[members[0]!]!.x && node.y > top && node.y < bottom,
        );
        expect(between, `${name}: nothing between ${members.map((i) => doc.nodes[i]!.id).join(', ')}`).to.deep.equal([]);
      }
    }
    const health = docs.find(([name]) => name === 'healthcare')![1];
    const { nodes } = layout(health, 'horizontal');
    const at = (id: string) => nodes[health.nodes.findIndex((n) => n.id === id)]!;
    const chain = ['adn', 'bsn', 'rn-license', 'registered-nurses'].map(at);
    chain.forEach(
      (card, k) => k && expect(card.y - (chain[k - 1]!.y + chain[k - 1]!.h), 'one arrow gap apart').to.be.closeTo(ARROW_GAP, 1e-9),
    );
    expect(new Set(chain.map((card) => card.x)).size, 'one column').to.equal(1);
  });

  it('draws a link between neighbours in a column as a straight vertical arrow, and the rest beside the column, never through a card', () => {
    for (const [name, doc] of docs) {
      const graph = graphOf(doc);
      const result = layout(doc, 'horizontal');
      let straight = 0;
      doc.edges.forEach((edge, e) => {
        const [f, t] = [graph.from[e]!, graph.to[e]!];
        const [a, b] = [result.nodes[f]!, result.nodes[t]!];
        if (a.stage !== b.stage || edge.kind === 'lateral') return;
        const points = result.edges[e]!.points;
        if (points.length === 2) {
          straight++;
          const [[x0, y0], [x1, y1]] = points as [[number, number], [number, number]];
          expect([x0, x1], `${name}: ${edge.from} → ${edge.to} vertical, mid-card`).to.deep.equal([a.x + a.w / 2, a.x + a.w / 2]);
          expect(y0, 'from the bottom of the one').to.be.closeTo(a.y + a.h, 0.05);
          expect(y1, 'to the top of the other').to.be.closeTo(b.y, 0.05);
          expect(y1 - y0, 'tall enough for a visible arrow').to.be.within(20, 24.1);
        }
        for (let k = 0; k + 1 < points.length; k++) {
          const [[x0, y0], [x1, y1]] = [points[k]!, points[k + 1]!];
          const piece = { x: Math.min(x0, x1), y: Math.min(y0, y1), w: Math.max(Math.abs(x1 - x0), 1), h: Math.max(Math.abs(y1 - y0), 1) };
          result.nodes.forEach((node, n) =>
            expect(overlap(piece, node), `${name}: ${edge.from} → ${edge.to} crosses ${doc.nodes[n]!.id}`).to.equal(false),
          );
        }
      });
      if (name === 'healthcare') expect(straight, 'ADN → BSN → RN license → RN, paramedics → respiratory therapists').to.be.at.least(4);
    }
  });

  it('ends every link with a stretch that points into its target, so its arrowhead does too', () => {
    // The arrowhead is a marker oriented along the path's last segment: a zero-length one gives it no
    // direction (Chromium draws it pointing right, out of a card entered from the right).
    const pairs = (text: string) =>
      (text.match(/-?[\d.]+/g) ?? [])
        .map(Number)
        .reduce<number[][]>((list, n, i) => (i % 2 ? (list.at(-1)!.push(n), list) : [...list, [n]]), []);
    for (const [name, doc] of docs) {
      const result = layout(doc, 'horizontal');
      result.edges.forEach((edge, e) => {
        const commands = edge.d.match(/[MLHVCA][^MLHVCA]*/g)!;
        const last = pairs(commands.at(-1)!.slice(1));
        const before = pairs(commands.at(-2)!.slice(1)).at(-1)!;
        const end = last.at(-1)!;
        const from = last.length > 1 ? last.at(-2)! : before;
        expect(
          Math.hypot(end[0]! - from[0]!, end[1]! - from[1]!),
          `${name}: ${doc.edges[e]!.from} → ${doc.edges[e]!.to}: ${edge.d}`,
        ).to.be.above(0.5);
      });
    }
  });

  it('places the cards by the links drawn by default: related jobs, shown on demand, move no card', () => {
    for (const [name, doc] of docs) {
      const related = doc.edges.filter((edge) => edge.basis === 'related-occupations').length;
      const without: PathwayDocument = { ...doc, edges: doc.edges.filter((edge) => edge.basis !== 'related-occupations') };
      for (const flat of [true, false]) {
        const [a, b] = [layout(doc, 'horizontal', undefined, flat), layout(without, 'horizontal', undefined, flat)];
        expect(a.nodes, `${name} (${related} related links${flat ? '' : ', sub-columns'})`).to.deep.equal(b.nodes);
      }
    }
    // IT has 23 related links, 14 of them within a stage: before, they pulled cards apart and tied
    // Computer User Support Specialists to Computer Network Support Specialists with an arrow.
    const it = docs.find(([name]) => name === 'information-technology')![1];
    expect(it.edges.filter((edge) => edge.basis === 'related-occupations').length).to.equal(23);
  });

  it('keeps sub-columns for a map of CULL_AT steps or more', () => {
    const doc = syntheticPathway(CULL_AT, 225);
    const result = layout(doc, 'horizontal');
    expect(new Set(result.nodes.map((node) => node.layer)).size, 'more layers than stages').to.be.greaterThan(doc.stages.length);
  });
});
