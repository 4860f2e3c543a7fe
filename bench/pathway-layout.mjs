// The pathway map's pure layout, bundled on its own for the layout-alone benchmark (bench/prepare.mjs
// builds it into bench/.tmp/lib/pathway-layout.js). No element, no DOM: data and sizes in, geometry out.
import { cardOf, estimate } from '../src/components/pathway-map/layout/card.ts';
import { graphOf } from '../src/components/pathway-map/model/graph.ts';
import { layoutPathway } from '../src/components/pathway-map/layout/layout.ts';

/** The card width the element uses when the stages are columns (pathway-map.component.ts). */
export const CARD_WIDTH = 176;

/** Card sizes as the layout receives them (text measured with the deterministic estimate, not a canvas). */
export function cardSizes(doc, width = CARD_WIDTH) {
  return doc.nodes.map((node) => ({ w: width, h: cardOf(node, 'en', estimate, width).h }));
}

/** Indexes the graph and lays it out: what the element recomputes when its data changes. */
export function layout(doc, sizes, orientation = 'horizontal') {
  return layoutPathway(graphOf(doc), doc.stages.length, { orientation, sizes });
}
