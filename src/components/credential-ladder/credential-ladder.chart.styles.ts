import { css } from 'lit';

/** The wage-lift chart and the table view.
 *
 * Why (kept out of the CSS string, which ships as written):
 * - `direction: ltr`: A chart's axes run left to right in every language: under dir="rtl", text-anchor would flip.
 * - `.best`: The best wage is a ring on the line; each occupation a solid dot (a solid mark in a colour at 3:1 or more on the background, light and dark: WCAG 1.4.11), so the dot of the best-paid job shows inside its ring instead of hiding under it.
 * - `.axis`: The rungs' names under their columns: equal columns, inset like the plot (chartLayout's margins).
 * - `.axis > div`: Names wrap between words only; a word wider than its column ("Security+" in six columns at 390 px) stays whole and centred, spilling a little into the space around its neighbours' shorter names.
 * - `.key-line`: The line with its ring, as drawn.
 * - `.key-dot,`: Backgrounds are dropped in forced colours: the legend's dot keeps its system colour.
 */
export const figureStyles = css`
  .chart {
    margin: calc(var(--_gap) * 1.5) 0 0;
  }
  .basis {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .chart svg {
    direction: ltr;
    display: block;
    max-width: 100%;
    height: auto;
    margin-top: 0.5em;
    overflow: visible;
  }
  .grid {
    stroke: var(--_border);
    stroke-opacity: 0.45;
  }
  .tick {
    fill: var(--_muted);
    font-size: 12px;
  }
  .best-line {
    stroke: var(--_here);
    stroke-width: 2.5;
  }
  .best {
    fill: var(--_bg);
    stroke: var(--_here);
    stroke-width: 2.5;
  }
  .dot {
    fill: var(--_occupation);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .lift {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
    fill: var(--_positive);
    font-size: 12px;
    font-weight: 700;
  }
  .axis {
    direction: ltr;
    display: grid;
    grid-auto-columns: minmax(0, 1fr);
    grid-auto-flow: column;
    margin: 0.1em 8px 0 4px;
    padding: 0.2em 0 0;
    font-size: 0.75em;
    line-height: 1.25;
    text-align: center;
  }
  .axis > div {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.1em;
    min-width: 0;
    padding-inline: 0.15em;
  }
  .stagger > div:nth-child(even) {
    padding-top: 1.3em;
  }
  .axis-name {
    font-weight: 600;
  }
  .axis .is-current .axis-name {
    color: var(--_here);
  }
  .axis-same {
    color: var(--_muted);
  }
  .chart-note {
    max-width: 48em;
    margin: 0.35em 0 0;
    font-size: 0.875em;
  }
  .legend {
    gap: 0.35em;
    align-items: center;
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .key {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    margin-inline-end: 0.75em;
    white-space: nowrap;
  }
  .key-dot {
    width: 9px;
    height: 9px;
    border-radius: 50%;
    background: var(--_occupation);
  }
  .key-line {
    position: relative;
    width: 26px;
    border-top: 2.5px solid var(--_here);
  }
  .key-line::after {
    content: '';
    position: absolute;
    top: -8px;
    left: 6px;
    box-sizing: border-box;
    width: 13.5px;
    height: 13.5px;
    border: 2.5px solid var(--_here);
    border-radius: 50%;
    background: var(--_bg);
  }
  table {
    min-width: 52em;
  }
  caption {
    padding-bottom: 0.35em;
    font-weight: 700;
  }
  tr.is-current {
    background: var(--_surface);
  }
  td .opens-label {
    display: none;
  }
  td .opens {
    margin: 0;
    font-size: 1em;
  }
  @media (forced-colors: active) {
    .grid,
    .best,
    .best-line {
      stroke: CanvasText;
    }
    .dot,
    .tick,
    .lift {
      fill: CanvasText;
    }
    .dot,
    .best {
      stroke: Canvas;
    }
    .best {
      stroke: CanvasText;
      fill: Canvas;
    }
    .key-dot,
    .key-line::after {
      forced-color-adjust: none;
    }
    .key-dot {
      background: CanvasText;
    }
    .key-line::after {
      border-color: CanvasText;
      background: Canvas;
    }
  }
`;
