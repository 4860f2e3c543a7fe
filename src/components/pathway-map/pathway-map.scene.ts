/**
 * The drawn map: stage bands, edges, node cards, bound to the layout's geometry in a Lit `svg` template
 * with keyed `repeat`. Emphasis, focus and selection are not in it: the element sets them as attributes on
 * the elements drawn here (pathway-map.marks.ts), so highlighting a route never re-renders a thousand cards.
 *
 * Each card and edge goes into the template as an element made here, not as a template of its own: a
 * card is thirteen elements with some twenty values in them, and a map draws up to a few hundred at once.
 * As templates, Lit made a part object for every value and committed each through its generic code, which
 * mostly runs for the first time in a page when a map first renders; cloning one prepared card and setting
 * its values straight onto the clone, handed to the same keyed `repeat`, took 9 ms for 105 cards in a cold
 * page where the templates took 19 (5.5 against 13 once warm). Each card is made once per model and kept
 * (by its words, which a new model makes anew), so `repeat` finds the same element for a step whose id
 * stays when the drawn area moves, and leaves it where it is; a big map panned all over keeps at most one
 * element per step until its model changes.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PathwayDocument } from '../../schema/types.js';
import { BADGE_X, badgeY, metaY, PAD, titleY, type Card } from './pathway-map.card.js';
import type { Layout } from './pathway-map.layout.js';
import type { Shown } from './pathway-map.window.js';
import { cardPath, glyphPath } from './pathway-map.shapes.js';
import { svgElement } from './pathway-map.svg.js';

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

export function renderScene({ doc, layout, cards, label, stages, shown }: SceneInput): SVGTemplateResult {
  const horizontal = layout.orientation === 'horizontal';
  const nodes = shown?.nodes ?? doc.nodes.map((_, i) => i);
  const edges = shown?.edges ?? doc.edges.map((_, e) => e);
  return svg`
    <g class="bands" aria-hidden="true">
      ${layout.bands.map(
        (band, i) => svg`<rect class="band" x=${band.x} y=${band.y} width=${band.w} height=${band.h} rx="12"></rect>
          <text class="stage">${(stages[i] ?? []).map(
            (line, j) => svg`<tspan x=${band.x + 14} y=${band.y + (horizontal ? 22 : 24) + j * 16}>${line}</tspan>`,
          )}</text>`,
      )}
    </g>
    <defs>
      <marker id="arrow" class="arrow" viewBox="0 0 7 9" refX="0" refY="4.5" markerWidth="7" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">
        <path d="M0,0L7,4.5L0,9Z"></path>
      </marker>
      <marker id="arrow-on" class="arrow on" viewBox="0 0 7 9" refX="0" refY="4.5" markerWidth="7" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">
        <path d="M0,0L7,4.5L0,9Z"></path>
      </marker>
    </defs>
    <g class="edges" aria-hidden="true">${repeat(edges, (e) => e, (e) => edge(e, doc, layout))}</g>
    <g class="steps">${repeat(nodes, (i) => doc.nodes[i]!.id, (i) => step(i, doc, layout, cards[i]!, label))}</g>`;
}

/** The lines of a card, in order: badge, top mark, three title lines, two figure lines. */
const LINES = 7;

// A step is the focusable button (its shapes, named by describe()) and, beside it, the card's words,
// hidden from assistive technology: the name says all of them, whole, where the card may cut a long
// title short. The name starts with the title, so speech input ("click Registered Nurses") finds it.
// Every card has a slot for each line it can have (empty ones draw nothing, see the styles), and one space
// between lines keeps the card's words apart as text.
let prototype: SVGGElement | undefined;
function card(): SVGGElement {
  if (!prototype) {
    const step = svgElement('g', { class: 'step' });
    const node = svgElement('g', { class: 'node', role: 'button', tabindex: -1, 'aria-pressed': 'false' }, step);
    svgElement('rect', { class: 'ring', x: -5, y: -5, rx: 15 }, node);
    svgElement('path', { class: 'card' }, node);
    svgElement('path', { class: 'glyph', transform: `translate(${PAD} 11)` }, node);
    const words = svgElement('text', { class: 'words', 'aria-hidden': 'true' }, step);
    const lines: Record<string, string | number>[] = [
      { class: 'badge', x: BADGE_X, y: badgeY },
      { class: 'top', y: badgeY, 'text-anchor': 'end' },
      ...[0, 1, 2].map((i) => ({ class: 'title', x: PAD, y: titleY(i) })),
      { class: 'meta', x: PAD },
      { class: 'meta', x: PAD },
    ];
    lines.forEach((attributes, i) => {
      if (i) words.append(' ');
      svgElement('tspan', attributes, words);
    });
    prototype = step;
  }
  return prototype.cloneNode(true) as SVGGElement;
}

/** The element made for each card and edge geometry: made once per model (each model has its own). */
const made = new WeakMap<object, SVGElement>();

function edge(e: number, doc: PathwayDocument, layout: Layout): SVGElement {
  const geometry = layout.edges[e]!;
  let path = made.get(geometry);
  if (!path) {
    path = svgElement('path', { class: 'edge', 'data-i': e, 'data-kind': doc.edges[e]!.kind, d: geometry.d });
    made.set(geometry, path);
  }
  return path;
}

function step(i: number, doc: PathwayDocument, layout: Layout, words: Card, label: (i: number) => string): SVGElement {
  let g = made.get(words);
  if (g) return g;
  g = card();
  made.set(words, g);
  const box = layout.nodes[i]!;
  const data = doc.nodes[i]!;
  const { w, h } = box;
  g.setAttribute('data-i', String(i));
  g.setAttribute('data-id', data.id);
  g.setAttribute('data-kind', data.kind);
  g.setAttribute('transform', `translate(${box.x} ${box.y})`);
  const node = g.firstElementChild!;
  node.setAttribute('aria-label', label(i));
  const [ring, outline, glyph] = node.children;
  ring!.setAttribute('width', String(w + 10));
  ring!.setAttribute('height', String(h + 10));
  outline!.setAttribute('d', cardPath(data.kind, w, h));
  glyph!.setAttribute('d', glyphPath(data.kind, 10));
  const lines = g.lastElementChild!.children;
  const [t0, t1 = '', t2 = ''] = words.title;
  const [m0 = '', m1 = ''] = words.meta;
  const text = [words.badge, words.top, t0, t1, t2, m0, m1];
  for (let k = 0; k < LINES; k++) lines[k]!.textContent = text[k]!;
  lines[1]!.setAttribute('x', String(w - PAD));
  lines[5]!.setAttribute('y', String(metaY(words.title.length, 0)));
  lines[6]!.setAttribute('y', String(metaY(words.title.length, 1)));
  return g;
}
