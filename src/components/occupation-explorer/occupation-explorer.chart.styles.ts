import { css } from 'lit';

/** The chart (axes, marks, the pointer's tip, the legend) and the details popover. */
export const chartStyles = css`
  .chart {
    margin: 0;
    min-width: 0;
  }
  figcaption {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    margin-bottom: 0.5em;
  }
  .sizer {
    height: 0;
  }
  .plot-pending {
    height: 240px;
  }
  .plot {
    position: relative;
    cursor: crosshair;
  }
  .plot canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  .plot svg {
    position: relative;
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-size: 11px;
  }
  .tick {
    fill: var(--_muted);
  }
  .axis-title {
    fill: var(--_text);
    font-weight: 600;
  }
  .grid {
    stroke: var(--_border);
    stroke-opacity: 0.35;
  }
  .zero {
    stroke: var(--_text);
    stroke-opacity: 0.7;
  }
  .key {
    flex: none;
    stroke: var(--_text);
    stroke-width: 1;
  }
  .c0 { fill: var(--_c0); }
  .c1 { fill: var(--_c1); }
  .c2 { fill: var(--_c2); }
  .c3 { fill: var(--_c3); }
  .c4 { fill: var(--_c4); }
  .c5 { fill: var(--_c5); }
  .c6 { fill: var(--_c6); }
  .c7 { fill: var(--_c7); }
  .cg { fill: var(--_cg); }
  /* Direct labels: 12 px, on a halo of the background so they read over points and grid lines. */
  .label {
    fill: var(--_text);
    font-size: 12px;
    font-weight: 600;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  .mark {
    stroke: var(--_bg);
    stroke-width: 1.5;
    paint-order: stroke;
    outline: none;
    cursor: pointer;
  }
  .mark.linked,
  .mark:focus-visible {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    pointer-events: none;
  }
  .tip {
    position: absolute;
    left: var(--_tip-x);
    top: var(--_tip-y);
    z-index: 1;
    max-width: 16em;
    padding: 0.35em 0.6em;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.8125em;
    line-height: 1.3;
    pointer-events: none;
    transform: translate(-50%, -100%);
  }
  .tip.below {
    transform: translate(-50%, 0);
  }
  .legend {
    gap: 0.25em 0.9em;
    margin: 0.75em 0 0;
  }
  .legend li {
    gap: 0.35em;
  }
  .legend .n {
    color: var(--_muted);
  }
  [popover].details {
    max-width: min(30em, calc(100vw - 16px));
    max-height: min(32em, calc(100vh - 16px));
    overflow: auto;
  }
  .details .meta {
    margin: 0;
  }
  .details dd {
    overflow-wrap: anywhere;
  }
  .details .description {
    margin: 0.6em 0 0;
    font-size: 0.875em;
  }
  .description summary {
    cursor: pointer;
    width: fit-content;
  }
  .description p {
    margin: 0.3em 0 0;
  }
  .details .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1em;
    margin: 0.6em 0 0;
  }
  .details .cited {
    margin: 0.6em 0 0;
    color: var(--_muted);
    font-size: 0.75em;
  }
  .details .close {
    margin-top: 0.6em;
  }
  @media (forced-colors: active) {
    .mark {
      stroke: Canvas;
    }
    .mark.linked,
    .mark:focus-visible,
    .ring {
      stroke: Highlight;
    }
    .label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
