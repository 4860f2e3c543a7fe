/**
 * Everything the map shows, derived from what it reads: the document in the reader's language, its
 * graph, the cards and layout, list or columns, the box and first view, the routes found, the emphasis
 * and the ids that name no step. Pure (no DOM, no `this`): the element supplies the width and a measure
 * and takes a `MapView` back. Each part is remembered (src/base/memo.ts) and made again only when what it
 * reads changes, so an update caused by focus, hover or a pan costs nothing and keeps every identity
 * Lit's `guard` relies on.
 */
import { memo } from '../../../base/memo.js';
import { localize } from '../../../schema/localize.js';
import type { Issue, PathwayDocument } from '../../../schema/types.js';
import type { Measure } from '../layout/card.js';
import { CARD_MIN, columnsFit } from '../layout/layout.js';
import { firstStageBox, openingView, viewHeight, type View } from '../layout/viewport.js';
import { CULL_AT } from '../layout/thresholds.js';
import { emphasisOf, graphOf, type Emphasis, type Graph } from './graph.js';
import { buildModel, sameWords, unknownIds, type MapModel } from './model.js';

/** The route search (model/search.ts), which comes with the route finder's chunk. */
export type FindRoutes = (graph: Graph, from: number, to: number) => number[][];

/** Below this width `orientation="auto"` shows the stacked sections rather than the drawn map. */
export const PHONE = 600;
const IDS = ['highlight', 'selected', 'from', 'to'] as const;

export interface MapInputs {
  readonly document: PathwayDocument;
  /** The loader's revision: a new one is new data, even in the same object. */
  readonly revision: number;
  readonly lang: string;
  /** The element's content width; 0 while unknown (on the server, and while hydrating). */
  readonly width: number;
  /** Lay out as a server does: the width unknown, the measure `metricMeasure`. */
  readonly estimated: boolean;
  readonly measure: Measure;
  readonly orientation: 'auto' | 'horizontal' | 'vertical';
  readonly selected: string | undefined;
  readonly highlight: string | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** Which of the routes found is shown. */
  readonly route: number;
  /** The route search, once the finder's chunk is here: until then no route is found. */
  readonly findRoutes: FindRoutes | undefined;
}

/** The drawn map's box at scale 1 and its first view; a new one means: fit the map again. */
export interface Frame {
  readonly height: number;
  readonly opening: View;
}

export interface MapView {
  /** The document with its prose in the reader's language (`translations`), as every part shows it. */
  readonly doc: PathwayDocument;
  readonly graph: Graph;
  readonly model: MapModel;
  /** Stacked sections (view/list.ts) rather than the drawn map. */
  readonly list: boolean;
  /** Big enough to draw only what is in view (layout/window.ts). */
  readonly big: boolean;
  /** Undefined for a pathway without steps. */
  readonly frame: Frame | undefined;
  readonly routes: readonly (readonly number[])[];
  readonly chosen: number | undefined;
  /** The step `highlight` names, when neither a selection nor a route outranks it. */
  readonly highlighted: number | undefined;
  readonly emphasis: Emphasis | undefined;
  /** One for each of highlight, selected, from and to that names no step (shown as the element's error). */
  readonly issues: readonly Issue[];
}

type ViewParts = [
  PathwayDocument,
  Graph,
  MapModel,
  boolean,
  boolean,
  Frame | undefined,
  readonly (readonly number[])[],
  number | undefined,
  number | undefined,
  Emphasis | undefined,
  readonly Issue[],
];

/**
 * A derive function with its own memory, one per element: besides remembering its parts, it keeps the
 * last layout of a pathway, so new data for the same pathway keeps its steps where they were (and the
 * view where it was), and it keeps a model whose words wrap the same under a new measure.
 */
export function createDerive(): (inputs: MapInputs) => MapView {
  const localized = memo((document: PathwayDocument, _revision: number, lang: string) => localize(document, lang));
  // Another language may bring other descriptions and notes: the graph's nodes are the ones shown.
  const graphFor = memo((doc: PathwayDocument, _revision: number) => graphOf(doc));
  const routesFor = memo((graph: Graph, from: string | undefined, to: string | undefined, find: FindRoutes | undefined) => {
    const [a, b] = [graph.index.get(from ?? ''), graph.index.get(to ?? '')];
    return a !== undefined && b !== undefined && find ? find(graph, a, b) : [];
  });
  const emphasisFor = memo(emphasisOf);
  const issuesFor = memo((graph: Graph, highlight?: string, selected?: string, from?: string, to?: string) =>
    unknownIds({ highlight, selected, from, to }, IDS, graph),
  );

  // The view keeps its identity while none of its parts changes.
  const view = memo((...[doc, graph, model, list, big, frame, routes, chosen, highlighted, emphasis, issues]: ViewParts): MapView => ({
    doc,
    graph,
    model,
    list,
    big,
    frame,
    routes,
    chosen,
    highlighted,
    emphasis,
    issues,
  }));

  let made:
    { doc: PathwayDocument; graph: Graph; lang: string; cardWidth: number | undefined; measure: Measure; model: MapModel } | undefined;
  /** The model whose layout the map was last fitted to, and the frame made for it. */
  let fitted: { model: MapModel; width: number; frame: Frame | undefined } | undefined;
  let fitFor: MapModel | undefined;

  function modelFor(doc: PathwayDocument, graph: Graph, lang: string, cardWidth: number | undefined, measure: Measure): MapModel {
    if (made && made.doc === doc && made.graph === graph && made.lang === lang && made.cardWidth === cardWidth && made.measure === measure)
      return made.model;
    const previous = made?.doc.id === doc.id ? made.model.layout?.seed : undefined;
    const next = buildModel(doc, graph, { lang, horizontal: true, measure, previous, cardWidth });
    // Measured again (after hydration, or once a web font has loaded): laid out again only where a line
    // wraps differently, so a reader mostly sees no change at all.
    const same =
      made && made.doc === doc && made.graph === graph && made.lang === lang && made.cardWidth === cardWidth && sameWords(made.model, next);
    const model = same ? made!.model : next;
    // New data for the same pathway keeps the view where it was, as the layout keeps the nodes.
    if (!same && (!previous || made?.cardWidth !== cardWidth)) fitFor = model;
    made = { doc, graph, lang, cardWidth, measure, model };
    return model;
  }

  return (input) => {
    const doc = localized(input.document, input.revision, input.lang);
    const graph = graphFor(doc, input.revision);
    const width = input.estimated ? 0 : input.width;
    // A phone gets the stacked sections, its own layout; a wider box the stage columns, their cards as
    // wide as fits (a box too narrow for every column pans along them). A map too big to list is drawn
    // at every width. A server cannot know the width, and the browser's hydrating render must match it:
    // both show the stacked sections. They read at every width with JavaScript off, where the drawn map
    // would not (its box pans only with script, so a phone would see its first column cut off), and they
    // are HTML that wraps by itself, so no guess at the page's font shows. A wider box then turns them
    // into columns once hydrated.
    const big = graph.nodes.length >= CULL_AT;
    const phone = width ? width < PHONE : input.estimated;
    const list = input.orientation === 'vertical' || (input.orientation === 'auto' && phone && !big);
    // Cards no narrower than CARD_MIN, where a 60-character title wraps in three lines; a big map keeps
    // the narrower default its speed was measured with.
    const cardWidth = big ? undefined : (width && columnsFit(doc.stages.length, width)?.cardWidth) || CARD_MIN;
    const model = modelFor(doc, graph, input.lang, cardWidth, input.measure);
    const layout = model.layout;
    if (layout && (!fitted || fitted.model !== fitFor || fitted.width !== width)) {
      // At scale 1: a map of fewer than CULL_AT steps is shown whole top to bottom (the box takes its
      // height and the page scrolls), a bigger one in a box of at most 640 px that pans.
      const height = viewHeight(layout, layout.width, 1, 240, big ? 640 : Infinity);
      const box = { width: width || layout.width, height };
      fitted = { model: fitFor!, width, frame: { height, opening: openingView(layout, box, 1, firstStageBox(layout.nodes)) } };
    }
    const routes = routesFor(graph, input.from, input.to, input.findRoutes);
    const chosen = graph.index.get(input.selected ?? '');
    // The selection wins over a route found, which wins over the highlight attribute.
    const route = routes[input.route];
    const highlighted = chosen === undefined && !route ? graph.index.get(input.highlight ?? '') : undefined;
    return view(
      ...([doc, graph, model, list, big, layout ? fitted?.frame : undefined, routes, chosen, highlighted] as const),
      emphasisFor(graph, chosen ?? highlighted, route),
      issuesFor(graph, input.highlight, input.selected, input.from, input.to),
    );
  };
}
