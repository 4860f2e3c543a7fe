import { css } from 'lit';

/**
 * Rows have fixed minimum heights so the placeholder (the same rows, empty) takes the final size.
 * Colour is never the only cue: states are words, chart lines differ in dash pattern.
 * - Banner: one line 2.75em tall; below 30em two lines 4.75em tall; less important figures go first as it
 *   narrows (container queries), so in a flex row give the element `flex: 1` or a width.
 * - Compact: five rows; in a sidebar (under 24em) the title gets two lines and the foot two rows.
 * - Full: head, figures, bar, toolbar, chart, legend, then the breakdown and sources. The rows that vary with
 *   the data are reserved in the placeholder for the bundled sample campaign (its title, four legend entries,
 *   five breakdown rows, two sources), measured at 16px from 240px to 1300px wide: a document without a
 *   breakdown ends shorter, which moves only what lies below the element.
 * - Forced colours: system colours are set on the drawn parts themselves, so they win over any theme.
 * - Print: the controls that do nothing on paper (the full view's table toggle and keyboard help, the
 *   popovers) are hidden, and the full view prints its table below the chart, since the chart gives each
 *   count only on hover. The banner's and card's sources button stays: their sources are printed nowhere else.
 * (No comments inside the css literal: Lit ships its text as written.)
 */
export const styles = css`
  :host {
    --_fill-color: var(--cp-campaign-meter-fill, var(--_accent));
    --_bar-height: var(--cp-campaign-meter-bar-height, 0.75em);
  }
  :host([variant='banner']) {
    min-inline-size: 12em;
  }
  p,
  h2,
  h3,
  dl,
  dd {
    margin: 0;
  }
  .meter {
    container-type: inline-size;
  }
  .figure {
    display: inline-grid;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .figure > [aria-hidden] {
    grid-area: 1 / 1;
    text-align: end;
  }
  .figure-final {
    visibility: hidden;
  }
  .bar {
    position: relative;
    block-size: var(--_bar-height);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .fill {
    position: absolute;
    inset: 0;
    border-radius: inherit;
    background: var(--_fill-color);
    transform-origin: left center;
    transform: scaleX(var(--_fill, 0));
  }
  .pace-tick {
    position: absolute;
    inset-block: -0.3em;
    inset-inline-start: calc(var(--_pace, 0) * 100%);
    inline-size: 2px;
    margin-inline-start: -1px;
    background: var(--_text);
  }
  .bar-empty {
    border-style: dashed;
    background: none;
  }
  .status {
    display: inline-block;
    padding: 0.05em 0.55em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }
  .status::first-letter {
    text-transform: uppercase;
  }
  .status-ahead,
  .status-on-track,
  .status-reached {
    color: var(--_positive);
  }
  .status-behind,
  .status-missed {
    color: var(--_negative);
  }
  .of,
  .time,
  .stale {
    color: var(--_muted);
  }
  .stale,
  .sample-badge {
    font-size: 0.8125em;
    white-space: nowrap;
  }
  .sample-badge {
    padding: 0 0.4em;
    border: 1px dashed var(--_text);
    border-radius: var(--_radius);
  }
  .sources-button {
    min-block-size: 24px;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: 0.8125em;
    cursor: pointer;
  }
  .sources-popover .sources {
    margin: 0;
  }
  .point-popover {
    pointer-events: none;
  }
  .banner .row {
    display: flex;
    align-items: center;
    gap: 0.25em 0.875em;
    block-size: 2.75em;
    padding: 0 0.875em;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_surface);
    white-space: nowrap;
  }
  .banner .row > * {
    flex: none;
  }
  .banner .title {
    flex: 0 1 auto;
    min-inline-size: 4em;
    overflow: hidden;
    text-overflow: ellipsis;
    font-weight: 600;
  }
  .banner .goal-text {
    flex: 0 1 auto;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_muted);
  }
  .banner .break,
  .sample-badge .tight {
    display: none;
  }
  .banner .bar {
    flex: 1 1 5em;
    min-inline-size: 3em;
    max-inline-size: 14em;
  }
  /* As the banner narrows, the bar goes first (the percentage says the same), then time left, then the
     words around the count, then the percentage. */
  @container (max-width: 60em) {
    .banner .bar {
      display: none;
    }
  }
  @container (max-width: 48em) {
    .banner .time {
      display: none;
    }
  }
  @container (max-width: 40em) {
    .banner .of,
    .banner .goal-text {
      display: none;
    }
  }
  @container (max-width: 34em) {
    .banner .percent {
      display: none;
    }
  }
  @container (max-width: 30em) {
    .banner .row {
      flex-wrap: wrap;
      align-content: center;
      gap: 0.25em 0.5em;
      block-size: 4.75em;
    }
    .banner .title {
      order: -3;
      flex: 1 1 0;
    }
    .banner .sources-button {
      order: -2;
    }
    .banner .break {
      display: block;
      order: -1;
      flex-basis: 100%;
    }
    .sample-badge .wide {
      display: none;
    }
    .sample-badge .tight {
      display: inline;
    }
  }
  .compact {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .compact .head,
  .foot {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 1.75em;
  }
  .compact .head {
    justify-content: space-between;
  }
  .compact .title,
  .foot-text {
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-weight: 600;
  }
  .headline {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    min-block-size: 2.4em;
    overflow: hidden;
    white-space: nowrap;
  }
  .headline .figure {
    font-size: 2em;
    line-height: 1.2;
  }
  .headline .of {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5em 1em;
    min-block-size: 3.7em;
  }
  .cell {
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    margin: 0;
  }
  .cell.note {
    grid-column: 1 / -1;
    display: block;
    color: var(--_muted);
  }
  .cell dd {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .cell dt {
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.3;
  }
  .foot {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .foot-text {
    flex: 1 1 auto;
    font-weight: 400;
  }
  @container (max-width: 24em) {
    .compact .head {
      flex-direction: column;
      align-items: flex-start;
      justify-content: flex-start;
      gap: 0.25em;
      min-block-size: 4.8em;
    }
    .compact .title {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      max-inline-size: 100%;
      white-space: normal;
    }
    .foot {
      flex-wrap: wrap;
      align-content: flex-start;
      min-block-size: 3.75em;
    }
    .foot-text {
      flex-basis: 100%;
    }
  }
  .full {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .full .head {
    display: grid;
    gap: 0.25em;
  }
  .full .title {
    min-block-size: 1.25em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    min-block-size: 1.75em;
    color: var(--_muted);
  }
  .full .figures {
    min-block-size: 8.2em;
  }
  .full .cell dd {
    font-size: 1.5em;
  }
  @container (min-width: 40em) {
    .full .cell.note {
      grid-column: 2 / -1;
    }
    .full .figures {
      grid-template-columns: repeat(4, minmax(0, 1fr));
      min-block-size: 4em;
    }
  }
  @container (max-width: 24em) {
    .full .cell dd {
      font-size: 1.25em;
    }
  }
  .meter.placeholder {
    min-block-size: 0;
    background: none;
  }
  .placeholder .headline,
  .placeholder .figures,
  .placeholder .chart,
  .placeholder .head,
  .placeholder .breakdown {
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .placeholder .breakdown {
    min-block-size: 10.5em;
  }
  .placeholder .sources {
    min-block-size: 4.86em;
  }
  @container (max-width: 19.6em) {
    .placeholder .sources {
      min-block-size: 6.25em;
    }
  }
  @container (max-width: 12.95em) {
    .placeholder .sources {
      min-block-size: 7.65em;
    }
  }
  @container (max-width: 35.7em) {
    .placeholder .legend {
      min-block-size: 3.05em;
    }
  }
  @container (max-width: 32.4em) {
    .placeholder .head .title {
      min-block-size: 2.5em;
    }
  }
  @container (max-width: 30em) {
    .placeholder .breakdown {
      min-block-size: 14.875em;
    }
  }
  @container (max-width: 19.7em) {
    .placeholder .legend {
      min-block-size: 4.7em;
    }
  }
  @container (max-width: 16.7em) {
    .placeholder .head .title {
      min-block-size: 3.75em;
    }
  }

  .print-table {
    display: none;
  }
  @media print {
    .meter .toolbar,
    .point-popover,
    .sources-popover {
      display: none;
    }
    .print-table {
      display: block;
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .bar,
    .breakdown-bar,
    .chart-svg,
    .swatch {
      forced-color-adjust: none;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_bg: Canvas;
      --_negative: CanvasText;
      --_focus: Highlight;
      --_fill-color: Highlight;
    }
    .bar,
    .breakdown-bar {
      border-color: CanvasText;
      background: Canvas;
    }
  }
`;
