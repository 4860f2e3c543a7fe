import { css } from 'lit';

/**
 * The full view below its head: toolbar, chart (SVG), legend, table view and breakdown bars. They arrive
 * with the full view's code (campaign-meter.full.ts); the rows the placeholder repeats are sized in
 * campaign-meter.styles.ts, which every meter has from the start.
 */
export const chartStyles = css`
  .help p {
    max-inline-size: 40em;
  }
  .chart.as-table {
    block-size: auto;
    min-block-size: var(--cp-campaign-meter-chart-height, clamp(12.5em, 45cqi, 22em));
    overflow-x: auto;
  }
  .chart-svg {
    /* A chart's axes run left to right in every language: under dir="rtl", text-anchor would flip
       and numbers with their units would be reordered. */
    direction: ltr;
    unicode-bidi: isolate;
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .chart-svg text {
    fill: var(--_muted);
    font-size: 0.75em;
  }
  .chart-svg .goal-label {
    fill: var(--_text);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .chart-svg .as-of-label {
    fill: var(--_text);
    font-size: 0.8125em;
  }
  .grid {
    stroke: var(--_border);
    stroke-opacity: 0.4;
  }
  .axis,
  .as-of {
    stroke: var(--_border);
  }
  .as-of {
    stroke-dasharray: 2 3;
  }
  .goal-line {
    stroke: var(--_text);
  }
  path,
  .swatch line {
    fill: none;
    stroke-width: 2;
  }
  .pace {
    stroke: var(--_muted);
    stroke-dasharray: 7 5;
  }
  .progress {
    stroke: var(--_fill-color);
    stroke-linejoin: round;
    stroke-width: 3;
  }
  .point {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .ring {
    fill: none;
  }
  .dot {
    fill: var(--_fill-color);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .point:focus-visible .ring,
  .point:hover .ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .swatch {
    inline-size: 1.75em;
    block-size: 0.5em;
    overflow: visible;
  }
  .table {
    font-variant-numeric: tabular-nums;
  }
  .table caption {
    padding-block-end: 0.5em;
  }
  .table th,
  .table td {
    padding: 0.35em 0.6em;
    text-align: end;
    vertical-align: middle;
  }
  .table th[scope='row'],
  .table thead th:first-child {
    text-align: start;
  }
  .breakdown h3 {
    font-size: 1em;
  }
  .breakdown-caption {
    margin: 0.125em 0 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .breakdown ul {
    display: grid;
    gap: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .breakdown li,
  .breakdown-scale {
    display: grid;
    grid-template-columns: minmax(0, 12em) 5.5em 3.5em minmax(0, 1fr);
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .breakdown-value,
  .breakdown-share {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .breakdown-share {
    color: var(--_muted);
  }
  .breakdown-ticks {
    grid-column: 4;
    position: relative;
    block-size: 1.25em;
    margin-inline-end: 1.25em;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .breakdown-tick {
    position: absolute;
    inset-inline-start: calc(var(--_at) * 100%);
    translate: -50% 0;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .breakdown-tick:first-child {
    translate: 0 0;
  }
  /* Right to left the scale runs from the right: ticks centre on their mark the other way, and the
     bars grow from the right edge. */
  .breakdown-tick:dir(rtl) {
    translate: 50% 0;
  }
  .breakdown-tick:first-child:dir(rtl) {
    translate: 0 0;
  }
  .breakdown-bar:dir(rtl) {
    background-image: linear-gradient(to left, var(--_border) 1px, transparent 1px);
    background-position: right;
  }
  .breakdown-bar > span:dir(rtl) {
    transform-origin: right center;
  }
  .breakdown-bar {
    position: relative;
    block-size: 1.75em;
    margin-inline-end: 1.25em;
    border-inline: 1px solid var(--_border);
    background-image: linear-gradient(to right, var(--_border) 1px, transparent 1px);
    background-size: calc(var(--_step) * 100%) 100%;
  }
  .breakdown-bar > span {
    position: absolute;
    inset-block: 0.3em;
    inset-inline-start: 0;
    inline-size: 100%;
    background: var(--_fill-color);
    transform-origin: left center;
    transform: scaleX(var(--_share, 0));
  }
  @container (max-width: 30em) {
    .breakdown li,
    .breakdown-scale {
      grid-template-columns: minmax(0, 1fr) auto 3.5em;
    }
    .breakdown-bar,
    .breakdown-ticks {
      grid-column: 1 / -1;
    }
    .breakdown-bar {
      block-size: 1.25em;
    }
    .breakdown ul {
      gap: 0.25em;
    }
  }
`;
