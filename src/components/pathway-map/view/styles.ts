import { css } from 'lit';

/** Pixel font sizes in the map match FONTS in pathway-map/layout/card.ts, which wraps the text to fit. */
export const styles = css`
  :host {
    --_placeholder-height: 30em;
    /* The public height, read once; with neither name set it stays unset, so each use below keeps its
       own fallback. --cp-map-height is the name before 1.x's naming scheme, and still works. */
    --_map-height: var(--cp-pathway-map-height, var(--cp-map-height));
  }
  .head {
    margin-bottom: var(--_gap);
  }
  .heading {
    margin: 0 0 0.25em;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .about {
    margin: 0 0 0.5em;
    max-width: 75ch;
  }
  .summary {
    margin: 0;
    max-width: 75ch;
    color: var(--_muted);
  }
  /* Below the map, one row at 390px: the zoom buttons at the start, the "More" menu button at the end. */
  .toolbar {
    margin: 0.5em 0 var(--_gap);
  }
  .toolbar .zoom {
    display: inline-flex;
    gap: 0.25em;
  }
  .toolbar .button {
    min-height: max(2.25em, 32px);
    min-width: max(2.25em, 32px);
    white-space: nowrap;
  }
  .toolbar .menu-button {
    margin-inline-start: auto;
  }
  .toolbar .notice {
    flex-basis: 100%;
    margin: 0;
  }
  @media (pointer: coarse) {
    .toolbar .button {
      min-height: 44px;
      min-width: 44px;
    }
  }
  .finder {
    margin-bottom: var(--_gap);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .finder summary {
    cursor: pointer;
    font-weight: 600;
  }
  .viewport {
    position: relative;
    height: var(--_map-height, var(--_h, 30em));
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Zoomed out past readable text: how to get back, over the map's corner. */
  .zoom-note {
    position: absolute;
    inset-inline-start: 8px;
    bottom: 8px;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    max-width: calc(100% - 16px);
    margin: 0;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: 0.875em;
  }
  /* The drawn map, made only while an export of a stacked map copies it. */
  .offstage {
    position: fixed;
    top: 0;
    left: -100000px;
  }
  .map {
    display: block;
    width: 100%;
    height: 100%;
    cursor: grab;
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  /* A highlighted step out of view is panned to: the view moves at once, the picture eases after it. */
  .layer[data-glide] {
    transition: transform 0.3s ease-out;
  }
  .band {
    fill: var(--_surface);
  }
  .stage {
    fill: var(--_text);
    font-size: 14px;
    font-weight: 700;
  }
  [data-kind='occupation'] {
    --_kind: var(--_occupation);
  }
  [data-kind='credential'] {
    --_kind: var(--_credential);
  }
  [data-kind='course'] {
    --_kind: var(--_course);
  }
  [data-kind='experience'] {
    --_kind: var(--_experience);
  }
  .node {
    cursor: pointer;
    outline: none;
  }
  .words {
    pointer-events: none;
  }
  .card {
    fill: var(--_bg);
    stroke: var(--_kind, var(--_other));
    stroke-width: 1.5px;
    transition: stroke 0.15s, fill 0.15s;
  }
  [data-kind='competency'] .card,
  [data-kind='assessment'] .card {
    stroke-dasharray: 5 3;
  }
  .glyph {
    fill: var(--_kind, var(--_other));
  }
  .top {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 700;
  }
  .words .title {
    fill: var(--_text);
    font-size: 14px;
    font-weight: 600;
  }
  .meta {
    fill: var(--_muted);
    font-size: 13px;
  }
  .ring {
    display: none;
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .node:focus-visible .ring {
    display: inline;
  }
  .node[aria-pressed='true'] .card,
  [data-focal] .card {
    fill: var(--_surface);
    stroke-width: 4px;
  }
  /* One path per edge, its arrowhead a marker: a thousand-step map has fewer elements to draw.
     The kinds are told apart at a glance by colour, weight and pattern together, not by a 1px dash
     alone: the links a person acts on (a credential qualifies for a job, stacks toward another) are
     2px in the colour of what they lead to; "advances" and lateral moves (related occupations, from
     O*NET) are thin grey dots, drawn first so they sit underneath (pathway-map/view/scene.ts). Against the
     band (--_surface) every stroke is at least 3:1: occupation 6.0 and 8.5, credential 6.8 and 8.2,
     muted 6.9 and 7.5 (light, dark). */
  .edge {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5px;
    marker-end: url(#arrow);
    transition: stroke 0.15s, opacity 0.15s;
  }
  .arrow path,
  .swatch .arrow {
    fill: var(--_muted);
  }
  .swatch .edge {
    marker-end: none;
  }
  .arrow.on path {
    fill: var(--_accent);
  }
  [data-kind='qualifies'].edge {
    stroke: var(--_occupation);
    stroke-width: 2px;
    marker-end: url(#arrow-qualifies);
  }
  .arrow.qualifies path {
    fill: var(--_occupation);
  }
  [data-kind='stacks'].edge {
    stroke: var(--_credential);
    stroke-width: 2px;
    stroke-dasharray: 6 3;
    marker-end: url(#arrow-stacks);
  }
  .arrow.stacks path {
    fill: var(--_credential);
  }
  /* Dots 1.5px round, 4px apart: still a line, plainly not the solid or dashed kinds. */
  [data-kind='advances'].edge,
  [data-kind='lateral'].edge {
    stroke-width: 1.5px;
    stroke-dasharray: 0.1 4;
    stroke-linecap: round;
  }
  [data-kind='lateral'].edge {
    stroke-dasharray: 0.1 6;
  }
  [data-kind='requires'].edge {
    stroke-dasharray: 9 3 2 3;
  }
  [data-emphasis] .edge:not([data-on]) {
    opacity: 0.15;
  }
  /* Related jobs (O*NET's related-occupation lists: similar work, not a promotion) are drawn only for a
     chosen step or route, when they lie on it: drawn always, IT's 23 of them added 100 crossings to the
     14 of the links a person acts on, in a band of lanes and dots down the middle column. display: none
     also keeps them out of an exported SVG (pathway-map/export/export.ts drops what is not displayed). */
  .edge[data-related] {
    display: none;
  }
  [data-emphasis] .edge[data-related][data-on] {
    display: inline;
  }
  /* A route stands out: 3px in the accent colour, its kind's pattern kept, dots drawn as a line. */
  [data-emphasis] .edge[data-on] {
    stroke: var(--_accent);
    stroke-width: 3px;
    marker-end: url(#arrow-on);
  }
  [data-emphasis] :is([data-kind='advances'], [data-kind='lateral']).edge[data-on] {
    stroke-dasharray: 2 4;
  }
  [data-emphasis] .step:not([data-on]) .card {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  [data-emphasis] .step:not([data-on]) .glyph {
    fill: var(--_muted);
  }
  [data-emphasis] .step[data-on] .card {
    stroke-width: 3px;
  }
  /* Zoomed far out, card text is too small to read and costly to draw. */
  [data-far] .words {
    display: none;
  }
  /* Cards may leave title and figure lines empty. */
  .words tspan:empty {
    display: none;
  }
  /* A notch larger than the other legends: the map's keys name kinds a reader looks up while reading
     cards drawn at 13-14px. */
  .legend {
    gap: 0.35em 1.25em;
    margin: var(--_gap) 0 0;
    font-size: 0.875em;
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .note {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* On paper the whole map fits the page width: the element gives the <svg> a viewBox of the whole
     layout while printing (see PrintController), and the box takes the drawing's own height. */
  @media print {
    .viewport {
      height: auto;
      overflow: visible;
      break-inside: avoid;
    }
    .map {
      height: auto;
    }
    .finder {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .band,
    .card {
      fill: Canvas;
    }
    .band {
      stroke: CanvasText;
    }
    .card,
    .edge {
      stroke: CanvasText;
    }
    text,
    .glyph,
    .arrow path,
    .swatch .arrow {
      fill: CanvasText;
    }
    .ring,
    .node[aria-pressed='true'] .card,
    [data-emphasis] .step[data-on] .card,
    [data-emphasis] .edge[data-on] {
      stroke: Highlight;
    }
    .arrow.on path {
      fill: Highlight;
    }
  }
`;
