/**
 * Everything the element derives from a document before drawing it: the cards, the layout, the spoken
 * labels (each made when first asked for), the summary and the keyboard order. Pure (given a `measure`),
 * and redone only when the document, the language or the direction changes.
 */
import { issueIn } from '../../../schema/say.js';
import type { Issue, PathwayDocument } from '../../../schema/types.js';
import { cardOf, wrap, type Card, type Measure } from '../layout/card.js';
import { describeNode, summarize } from './describe.js';
import { attributeMessages } from '../pathway-map.messages.js';
import type { Graph } from './graph.js';
import { BAND_PAD, headerFor, layoutPathway, type Layout } from '../layout/layout.js';
import { sortBy } from '../layout/sort.js';
import { CULL_AT } from '../layout/thresholds.js';

export interface MapModel {
  readonly horizontal: boolean;
  readonly cards: readonly Card[];
  /** Undefined for a pathway without steps. */
  readonly layout: Layout | undefined;
  /** What a screen reader says for node i (made when first asked for: a big map draws few of its nodes). */
  readonly label: (i: number) => string;
  /** Each stage's label, wrapped to its band. */
  readonly stages: readonly (readonly string[])[];
  readonly summary: string;
  /** Node indices by stage, top to bottom (or left to right in rows), and all of them in that order. */
  readonly byStage: readonly (readonly number[])[];
  readonly order: readonly number[];
}

/** Card widths: columns have room for wider cards than rows on a phone. */
export const CARD_WIDTH = { horizontal: 176, vertical: 156 } as const;

export function buildModel(
  doc: PathwayDocument,
  graph: Graph,
  options: {
    lang: string;
    horizontal: boolean;
    measure: Measure;
    previous?: ReadonlyMap<string, number> | undefined;
    /** The cards' width, as columnsFit() chose it for the element's width (default CARD_WIDTH). */
    cardWidth?: number | undefined;
  },
): MapModel {
  const { lang, horizontal, measure, previous } = options;
  const width = options.cardWidth ?? CARD_WIDTH[horizontal ? 'horizontal' : 'vertical'];
  const cards = doc.nodes.map((node) => cardOf(node, lang, measure, width, doc.region));
  const sizes = cards.map((card) => ({ w: width, h: card.h }));
  // Over one column per stage a label wraps to its band (the card and its padding, less the label's
  // 14px inset on each side) in up to three lines, and the space above the columns fits the longest:
  // so a stage label of 60 characters shows whole. Elsewhere bands are wider, known after the layout.
  const flat = horizontal && doc.nodes.length < CULL_AT;
  const columnLabels = flat
    ? doc.stages.map((stage) => wrap(stage.label, width + 2 * BAND_PAD - 28, measure, 'label', 3).lines)
    : undefined;
  const header = columnLabels && headerFor(Math.max(1, ...columnLabels.map((lines) => lines.length)));
  const layout = doc.nodes.length
    ? layoutPathway(graph, doc.stages.length, {
        orientation: horizontal ? 'horizontal' : 'vertical',
        sizes,
        previous,
        ...(header ? { header } : {}),
      })
    : undefined;
  const labels = new Array<string | undefined>(doc.nodes.length);
  const label = (i: number) =>
    (labels[i] ??= describeNode(
      doc.nodes[i]!,
      { stage: doc.stages[graph.stage[i]!]!.label, next: graph.out[i]!.length, previous: graph.in[i]!.length },
      lang,
    ));
  // Each label is drawn 14px in from its band's start, in columns and rows alike: it wraps at the band's
  // own width less that on both sides (a narrow map's rows are narrow too).
  const stages =
    columnLabels ?? doc.stages.map((stage, s) => wrap(stage.label, layout ? layout.bands[s]!.w - 28 : 600, measure, 'label', 2).lines);
  // Each stage's nodes top to bottom (left to right in rows), then by layer.
  const byStage: number[][] = doc.stages.map(() => []);
  for (let i = 0; i < doc.nodes.length; i++) byStage[graph.stage[i]!]?.push(i);
  if (layout) {
    const across = new Float64Array(doc.nodes.length);
    const layer = new Int32Array(doc.nodes.length);
    for (let i = 0; i < across.length; i++) {
      const node = layout.nodes[i]!;
      across[i] = horizontal ? node.y : node.x;
      layer[i] = node.layer;
    }
    for (const list of byStage) sortBy(list, across, layer);
  }
  return { horizontal, cards, layout, label, stages, summary: summarize(doc, graph, lang), byStage, order: byStage.flat() };
}

/** An issue for each of the named attributes whose value is not the id of a step. */
export function unknownIds<K extends string>(
  values: { readonly [key in K]?: string | undefined },
  names: readonly K[],
  graph: Graph,
): Issue[] {
  return names.flatMap((name) => {
    const id = values[name];
    return id && !graph.index.has(id) ? [issueIn(attributeMessages, name, 'noStep', { id })] : [];
  });
}

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

/** Whether two models of one document wrap every card and stage label into the same lines (then their
 * layouts are the same too: a card's height follows its number of lines). */
export function sameWords(a: MapModel, b: MapModel): boolean {
  const cards = (x: Card, y: Card) => x.top === y.top && sameLines(x.title, y.title) && sameLines(x.meta, y.meta);
  return (
    a.cards.length === b.cards.length &&
    a.cards.every((card, i) => cards(card, b.cards[i]!)) &&
    a.stages.length === b.stages.length &&
    a.stages.every((lines, s) => sameLines(lines, b.stages[s]!))
  );
}
