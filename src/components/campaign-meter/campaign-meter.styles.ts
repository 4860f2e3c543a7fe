import { css } from 'lit';

/**
 * Rows have fixed minimum heights so the placeholder (the same rows, empty) takes the final size.
 * Colour is never the only cue: states are words, chart lines differ in dash pattern.
 * - Banner: five slots (title; count and goal; bar, percent and state; date and time left; sample mark and
 *   sources), each with a fixed number of lines for its container width: two rows from 60em (the title beside
 *   them over two lines), three from 44em, five below (the title over two lines, three under 20em). Text
 *   wraps rather than being cut with an ellipsis, the bar shows at every width, and the placeholder (the same
 *   slots, empty) takes the same height.
 * - Compact: five rows; in a sidebar (under 24em) the title gets two lines and the foot two rows.
 * - Full: head, figures, bar, toolbar, chart, legend, then the breakdown and sources. The rows that vary with
 *   the data are reserved in the placeholder for the bundled sample campaign (its title, two legend entries,
 *   five breakdown rows under their caption, two sources), measured at 16px from 240px to 1200px wide: a
 *   document without a breakdown, or without a count (no chart), ends shorter, which moves only what lies
 *   below the element.
 * - Forced colours: system colours are set on the drawn parts themselves, so they win over any theme.
 * - Print: the controls that do nothing on paper (the full view's table toggle and keyboard help, the
 *   popovers) are hidden, and the full view prints its table below the chart, since the chart gives each
 *   count only on hover. The banner's and card's sources button stays: their sources are printed nowhere else.
 * (No comments inside the css literal: Lit ships its text as written.)
 */
export const styles = css`
  :host {
    --_fill-color: var(--cp-campaign-meter-fill-color, var(--cp-campaign-meter-fill, var(--_accent)));
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
  .bar-space {
    block-size: calc(var(--_bar-height) + 2px);
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
  .status-old {
    border-style: dashed;
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
    --_title-lines: 2;
    display: grid;
    grid-template-columns: fit-content(20em) auto minmax(0, 1fr) auto;
    grid-template-areas: 'title count gauge gauge' 'title when when extras';
    align-items: center;
    gap: 0.25em 1em;
    padding: 0.5em 0.875em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .banner .row > * {
    min-inline-size: 0;
    min-block-size: 1.75em;
  }
  .slot-title {
    grid-area: title;
    display: flex;
    align-items: center;
  }
  .banner .row > .slot-title {
    min-block-size: calc(var(--_title-lines) * 1.25em);
  }
  .banner .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_title-lines);
    overflow: hidden;
    font-weight: 600;
    line-height: 1.25;
  }
  .slot-count {
    grid-area: count;
    align-content: center;
  }
  .slot-count .figure,
  .slot-count .count {
    white-space: nowrap;
  }
  .slot-gauge,
  .slot-when,
  .slot-extras {
    display: flex;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .slot-gauge {
    grid-area: gauge;
  }
  .slot-when {
    grid-area: when;
    flex-wrap: wrap;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .banner .row > .slot-when {
    min-block-size: 2em;
  }
  .slot-when > * {
    white-space: nowrap;
  }
  .as-of + .time::before {
    content: '·' / '';
    margin-inline-end: 0.75em;
  }
  .slot-extras {
    grid-area: extras;
    justify-content: flex-end;
    gap: 0.5em;
  }
  .banner:not(.placeholder) .slot-extras:empty {
    display: none;
  }
  .slot-gauge .percent,
  .slot-gauge .by {
    white-space: nowrap;
  }
  .sample-badge .tight {
    display: none;
  }
  .banner .bar {
    flex: 1 1 6em;
    min-inline-size: 4em;
  }
  @container (width < 60em) {
    .banner .row {
      --_title-lines: 1;
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas: 'title title title' 'count gauge gauge' 'when when extras';
    }
  }
  @container (width < 44em) {
    .banner .row {
      --_title-lines: 2;
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'title' 'count' 'gauge' 'when' 'extras';
      gap: 0.25em;
      padding: 0.625em 0.75em;
    }
    .banner .row > * {
      min-block-size: 1.5em;
    }
    .banner .row > .slot-when {
      min-block-size: 1.5em;
    }
    .slot-extras {
      justify-content: flex-start;
    }
  }
  @container (width < 20em) {
    .banner .row {
      --_title-lines: 3;
    }
    .banner .row > .slot-count {
      min-block-size: 3em;
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
  @container (max-width: 28em) {
    .headline {
      flex-wrap: wrap;
      align-content: flex-start;
      row-gap: 0;
      min-block-size: 3.9em;
    }
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
      min-block-size: 5.4em;
    }
    .foot-text {
      flex-basis: 100%;
      min-block-size: 2.8em;
      white-space: normal;
    }
  }
  @container (max-width: 18em) {
    .compact .head {
      min-block-size: 6.05em;
    }
    .compact .title {
      -webkit-line-clamp: 3;
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
  /* The full view's rows that the placeholder repeats, here rather than with the chart's styles, which
     arrive with the chart's code: the placeholder holds the final size while that code loads. */
  .toolbar {
    gap: 0.5em 1em;
    min-block-size: 2.25em;
  }
  .chart {
    block-size: var(--cp-campaign-meter-chart-height, clamp(12.5em, 45cqi, 22em));
  }
  .legend {
    gap: 0.25em 1.25em;
    min-block-size: 1.4em;
    margin: 0;
    color: var(--_muted);
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
    min-block-size: 12.94em;
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
  @container (max-width: 32.4em) {
    .placeholder .head .title {
      min-block-size: 2.5em;
    }
  }
  @container (max-width: 30em) {
    .placeholder .breakdown {
      min-block-size: 19.68em;
    }
  }
  @container (max-width: 19.5em) {
    .placeholder .breakdown {
      min-block-size: 20.91em;
    }
  }
  @container (max-width: 16.5em) {
    .placeholder .breakdown {
      min-block-size: 23.71em;
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
