/**
 * The drawn map: stage bands (a Lit `svg` template), then the edges and node cards, joined to the layout's
 * geometry with d3-selection. Emphasis, focus and selection are not drawn here: the element sets them as
 * attributes on the elements drawn here (pathway-map.marks.ts), so highlighting a route never redraws a
 * thousand cards.
 *
 * Why the cards and edges are not Lit templates: a card is thirteen elements with some twenty values in
 * them, and a map draws up to a few hundred cards at once. Lit makes a part object for every value and
 * commits each through its generic code, which mostly runs for the first time in a page when a map first
 * renders; cloning one prepared card and setting its values straight onto the clone, through d3's keyed
 * join (enter, update, exit), took 10 ms for 105 cards in a cold page where Lit took 18, and 7 ms where Lit
 * took 14 once warm. In the element, a 1,000-step map's first render spends about 9 ms less drawing. The
 * join keeps the elements of steps whose ids stay when the drawn area moves, as Lit's `repeat` did, and
 * sets values only on elements drawn from other data.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { select } from 'd3-selection';
import { svgElement } from '../../lib/svg.js';
import type { PathwayDocument } from '../../schema/types.js';
import { BADGE_X, badgeY, metaY, PAD, titleY, type Card } from './pathway-map.card.js';
import type { Layout } from './pathway-map.layout.js';
import type { Shown } from './pathway-map.window.js';
import { cardPath, glyphPath } from './pathway-map.shapes.js';

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

/** The bands, their labels and the arrowheads: a handful of elements, drawn by Lit. The edges and cards
 * go into the two empty groups, by drawScene(). */
export function renderScene({ layout, stages }: Pick<SceneInput, 'layout' | 'stages'>): SVGTemplateResult {
  const horizontal = layout.orientation === 'horizontal';
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
    <g class="edges" aria-hidden="true"></g>
    <g class="steps"></g>`;
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

/** What a drawn element was last drawn from: it is drawn again only when that changes. */
const drawnFrom = new WeakMap<Element, unknown>();

/** Draws the edges and cards of `input` into the groups renderScene() left for them. */
export function drawScene(layer: SVGGElement, { doc, layout, cards, label, shown }: Omit<SceneInput, 'stages'>): void {
  const nodes = shown?.nodes ?? doc.nodes.map((_, i) => i);
  const edges = shown?.edges ?? doc.edges.map((_, e) => e);

  select(layer.querySelector<SVGGElement>('.edges'))
    .selectChildren<SVGPathElement, number>('path')
    .data(edges, (e) => String(e))
    .join((enter) => enter.append(() => svgElement('path', { class: 'edge' })))
    .each(function (e) {
      const geometry = layout.edges[e]!;
      if (drawnFrom.get(this) === geometry) return;
      drawnFrom.set(this, geometry);
      this.setAttribute('data-i', String(e));
      this.setAttribute('data-kind', doc.edges[e]!.kind);
      this.setAttribute('d', geometry.d);
    })
    .order();

  select(layer.querySelector<SVGGElement>('.steps'))
    .selectChildren<SVGGElement, number>('g')
    .data(nodes, (i) => doc.nodes[i]!.id)
    .join((enter) => enter.append(card))
    .each(function (i) {
      const box = layout.nodes[i]!;
      const data = doc.nodes[i]!;
      const words = cards[i]!;
      // A new model (data, language, orientation) makes new cards: then it is drawn again.
      if (drawnFrom.get(this) === words) return;
      drawnFrom.set(this, words);
      const { w, h } = box;
      this.setAttribute('data-i', String(i));
      this.setAttribute('data-id', data.id);
      this.setAttribute('data-kind', data.kind);
      this.setAttribute('transform', `translate(${box.x} ${box.y})`);
      const node = this.firstElementChild!;
      node.setAttribute('aria-label', label(i));
      const [ring, outline, glyph] = node.children;
      ring!.setAttribute('width', String(w + 10));
      ring!.setAttribute('height', String(h + 10));
      outline!.setAttribute('d', cardPath(data.kind, w, h));
      glyph!.setAttribute('d', glyphPath(data.kind, 10));
      const lines = this.lastElementChild!.children;
      const [t0, t1 = '', t2 = ''] = words.title;
      const [m0 = '', m1 = ''] = words.meta;
      const text = [words.badge, words.top, t0, t1, t2, m0, m1];
      for (let k = 0; k < LINES; k++) lines[k]!.textContent = text[k]!;
      lines[1]!.setAttribute('x', String(w - PAD));
      lines[5]!.setAttribute('y', String(metaY(words.title.length, 0)));
      lines[6]!.setAttribute('y', String(metaY(words.title.length, 1)));
    })
    .order();
}
