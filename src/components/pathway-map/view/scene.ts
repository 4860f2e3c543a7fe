/**
 * The drawn map: stage bands, edges, node cards, as Lit `svg` templates bound to the layout's geometry.
 * Emphasis, focus and selection are not in these templates: the element sets them as attributes on the
 * elements drawn here, so highlighting a route never re-renders a thousand cards.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PathwayDocument, PathwayNode } from '../../../schema/types.js';
import { FONTS, metaY, topY, type Card } from '../layout/card.js';
import type { Layout, PlacedNode } from '../layout/layout.js';
import type { Shown } from '../layout/window.js';
import { cardPath, glyphPath } from '../layout/shapes.js';

export interface SceneInput {
  readonly doc: PathwayDocument;
  readonly layout: Layout;
  readonly cards: readonly Card[];
  /** What a screen reader says for node i (from describe()). */
  readonly label: (i: number) => string;
  /** Each stage's label, wrapped to its band. */
  readonly stages: readonly (readonly string[])[];
  /** The nodes and edges to draw (all when undefined). */
  readonly shown: Shown | undefined;
}

// A step is the focusable button (its shapes, named by describe()) and, beside it, the card's words,
// hidden from assistive technology: the name says all of them, whole, where the card may cut a long
// title short. The name starts with the title, so speech input ("click Registered Nurses") finds it.
// One template per step, with a slot for each line a card can have (empty ones draw nothing): nested
// templates per line cost more than the lines themselves on a thousand-step map. For the same reason,
// positions that are the same on every card are written out (PAD, META_X and titleY(i) of
// pathway-map/layout/card.ts, which a test checks) rather than bound; and the only white space between tags is
// one space between lines, to keep the card's words apart as text (line breaks fall inside the tags): any more is nodes to clone and, inside <text>, text to lay out.
// The kind's glyph bullets the first figure line (its centre on the line's x-height, 4px above the
// baseline); the Top Job mark has a line of its own under the figures.
// The words are child content, not `.textContent` bindings (which saved a comment marker a line): a
// server renders no property bindings, and a pre-rendered map must carry its words.
function node(i: number, data: PathwayNode, box: PlacedNode, card: Card, label: string): SVGTemplateResult {
  const { w, h } = box;
  const [t0, t1 = '', t2 = ''] = card.title;
  const [m0 = '', m1 = ''] = card.meta;
  const lines = card.title.length;
  const figure = metaY(lines, 0);
  return svg`<g class="step" data-i=${i} data-id=${data.id} data-kind=${data.kind} transform="translate(${box.x} ${box.y})"
    ><g class="node" role="button" tabindex="-1" aria-label=${label} aria-pressed="false"
      ><rect class="ring" x="-5" y="-5" width=${w + 10} height=${h + 10} rx="15"></rect
      ><path class="card" d=${cardPath(data.kind, w, h)}></path
      ><path class="glyph" transform="translate(10 ${figure - 9})" d=${glyphPath(data.kind, 10)}></path
    ></g
    ><text class="words" aria-hidden="true"
      ><tspan class="title" x="10" y="24">${t0}</tspan> <tspan
        class="title" x="10" y="42">${t1}</tspan> <tspan
        class="title" x="10" y="60">${t2}</tspan> <tspan
        class="meta" x="26" y=${figure}>${m0}</tspan> <tspan
        class="meta" x="26" y=${metaY(lines, 1)}>${m1}</tspan> <tspan
        class="top" x="10" y=${topY(lines, card.meta.length)}>${card.top}</tspan
    ></text
  ></g>`;
}

/** The arrowheads: the default grey, the emphasised one, and one in each coloured link kind's colour. */
const MARKERS = [
  ['arrow', ''],
  ['arrow-on', 'on'],
  ['arrow-qualifies', 'qualifies'],
  ['arrow-stacks', 'stacks'],
] as const;

export function renderScene({ doc, layout, cards, label, stages, shown }: SceneInput): SVGTemplateResult {
  const horizontal = layout.orientation === 'horizontal';
  const nodes = shown?.nodes ?? doc.nodes.map((_, i) => i);
  // Related-occupation links (advances, lateral) first, so the links a person acts on draw over them: a
  // partition in two passes, no sort (a big map redraws its edges in view as it pans). Those from O*NET's
  // related-occupation lists are marked `data-related`: the styles show them only while emphasised.
  const all = shown?.edges ?? doc.edges.map((_, e) => e);
  const under = (e: number) => doc.edges[e]!.kind === 'advances' || doc.edges[e]!.kind === 'lateral';
  const edges = [...all.filter(under), ...all.filter((e) => !under(e))];
  return svg`
    <g class="bands" aria-hidden="true">
      ${layout.bands.map(
        (band, i) => svg`<rect class="band" x=${band.x} y=${band.y} width=${band.w} height=${band.h} rx="12"></rect>
          <text class="stage">${(stages[i] ?? []).map(
            (line, j) => svg`<tspan x=${band.x + 14} y=${band.y + (horizontal ? 24 : 26) + j * FONTS.label.line}>${line}</tspan>`,
          )}</text>`,
      )}
    </g>
    <defs>
      ${MARKERS.map(
        ([id, kind]) =>
          svg`<marker id=${id} class="arrow ${kind}" viewBox="0 0 7 9" refX="0" refY="4.5" markerWidth="7" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L7,4.5L0,9Z"></path></marker>`,
      )}
    </defs>
    <g class="edges" aria-hidden="true">
      ${repeat(
        edges,
        (e) => e,
        (e) =>
          svg`<path class="edge" data-i=${e} data-kind=${doc.edges[e]!.kind} ?data-related=${doc.edges[e]!.basis === 'related-occupations'} d=${layout.edges[e]!.d}></path>`,
      )}
    </g>
    <g class="steps">
      ${repeat(
        nodes,
        (i) => doc.nodes[i]!.id,
        (i) => node(i, doc.nodes[i]!, layout.nodes[i]!, cards[i]!, label(i)),
      )}
    </g>`;
}
