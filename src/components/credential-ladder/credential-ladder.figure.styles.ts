import { css } from 'lit';

/** The wage-lift chart and the table view. */
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
    /* A chart's axes run left to right in every language: under dir="rtl", text-anchor would flip. */
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
    fill: var(--_here);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .dot {
    fill: var(--_bg);
    stroke: var(--_occupation);
    stroke-width: 2;
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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    align-items: center;
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .key {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    margin-inline-end: 0.75em;
    white-space: nowrap;
  }
  .key-dot {
    width: 10px;
    height: 10px;
    border: 2px solid var(--_occupation);
    border-radius: 50%;
  }
  .key-line {
    width: 18px;
    border-top: 3px solid var(--_here);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    min-width: 52em;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    padding-bottom: 0.35em;
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: 0.4em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
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
    .dot,
    .best-line {
      stroke: CanvasText;
    }
    .best,
    .tick,
    .lift {
      fill: CanvasText;
    }
  }
`;
