import { css } from 'lit';

// Sector colours: each at least 4.5:1 on its theme's background, and every listed point is also outlined.
const light = css`
  --_c0: var(--cp-color-series-1, #0b6fa4);
  --_c1: var(--cp-color-series-2, #c4490a);
  --_c2: var(--cp-color-series-3, #1a7f4b);
  --_c3: var(--cp-color-series-4, #a3337b);
  --_c4: var(--cp-color-series-5, #6c4fb3);
  --_c5: var(--cp-color-series-6, #8a6a00);
  --_c6: var(--cp-color-series-7, #0f7f86);
  --_c7: var(--cp-color-series-8, #b3262f);
  --_cg: var(--cp-color-context, #8995a3);
`;
const dark = css`
  --_c0: var(--cp-color-series-1, #6cb8ea);
  --_c1: var(--cp-color-series-2, #f2955a);
  --_c2: var(--cp-color-series-3, #5fcf8e);
  --_c3: var(--cp-color-series-4, #e58cc4);
  --_c4: var(--cp-color-series-5, #b39df0);
  --_c5: var(--cp-color-series-6, #e0be55);
  --_c6: var(--cp-color-series-7, #4fd0d6);
  --_c7: var(--cp-color-series-8, #ff8a8a);
  --_cg: var(--cp-color-context, #7b8898);
`;

export const styles = css`
  :host {
    ${light}
    --_placeholder-height: 36em;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  .explorer {
    container-type: inline-size;
  }
  .title {
    margin: 0 0 var(--_gap);
    font-size: 1.25em;
  }
  .search-row {
    display: flex;
    gap: var(--_gap);
    align-items: end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
    font-size: 0.875em;
  }
  .label {
    font-weight: 600;
  }
  .search {
    flex: 1;
    font-size: 1em;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    min-height: 2.5em;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .toggle {
    display: none;
  }
  .filters {
    margin-top: 0.5em;
  }
  /* One even row of fields on wide screens, two columns in between, one on phones: never ragged. */
  .fields {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5em var(--_gap);
    align-items: end;
  }
  .fields .field:last-child {
    grid-column: 1 / -1;
  }
  @container (min-width: 900px) {
    .fields {
      grid-template-columns: 1.3fr 1.3fr 1fr 1fr 1.5fr;
    }
    .fields .field:last-child {
      grid-column: auto;
    }
  }
  .filters-end {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_gap);
    align-items: start;
    justify-content: space-between;
    margin-top: 0.5em;
  }
  .top-jobs {
    flex: 1 1 20em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: center;
    min-width: 0;
  }
  .top-jobs .note {
    flex: 1 1 16em;
    margin: 0;
  }
  .filters-end .clear {
    flex: none;
  }
  .check {
    display: flex;
    gap: 0.4em;
    align-items: center;
    min-height: 2.5em;
    font-size: 0.875em;
  }
  .check input {
    min-height: 0;
    width: 1.15em;
    height: 1.15em;
    accent-color: var(--_accent);
  }
  .clear:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 1.5);
    margin-top: var(--_gap);
  }
  .count,
  .order,
  .note,
  .summary {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .count {
    margin-bottom: 0.15em;
    color: var(--_text);
  }
  table {
    font-size: 0.9375em;
  }
  th,
  td {
    padding: 0.45em 0.5em;
  }
  thead th {
    vertical-align: bottom;
    font-size: 0.875em;
  }
  thead button {
    display: inline-flex;
    gap: 0.25em;
    align-items: end;
    padding: 0.15em 0.2em;
    border: 0;
    border-radius: 4px;
    background: none;
    font-weight: 700;
    text-align: inherit;
    cursor: pointer;
  }
  thead .basis {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  .arrow {
    color: var(--_muted);
  }
  th[aria-sort] .arrow {
    color: var(--_accent);
  }
  .num {
    text-align: end;
  }
  .num button {
    justify-content: end;
  }
  tbody th {
    font-weight: 400;
  }
  .name {
    display: block;
    font-weight: 600;
  }
  .meta {
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .meta .key {
    margin-inline-end: 0.35em;
    vertical-align: -1px;
  }
  .badge {
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 1em;
    color: var(--_positive);
    font-size: 0.9em;
    font-weight: 600;
    white-space: nowrap;
  }
  .na {
    color: var(--_muted);
    font-style: italic;
  }
  tbody tr {
    cursor: pointer;
  }
  tbody tr:hover,
  tbody tr.linked {
    background: var(--_surface);
  }
  tbody tr.selected {
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  tbody tr:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .more {
    margin-top: var(--_gap);
  }
  .none {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
    margin: 0;
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .help {
    margin-top: var(--_gap);
    font-size: 0.875em;
  }
  .help ul {
    margin: 0.4em 0 0;
    padding-inline-start: 1.25em;
  }
  /*
   * Side by side when there is room, the chart first (left) as in the source order: an overview, then the
   * rows. Stacked on narrow screens in the same order. The chart stays in view while the list scrolls.
   */
  @container (min-width: 800px) {
    .body {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
      align-items: start;
    }
    .chart {
      position: sticky;
      top: var(--_gap);
    }
  }
  /*
   * Phones: the filters fold behind a button, and each row becomes a card: the title across, then every
   * figure under its name and basis (the column headings, which would not fit, go; the "Sort by" menu
   * sorts). The table stays a table for screen readers.
   */
  @container (max-width: 640px) {
    .toggle {
      display: inline-flex;
    }
    .filters:not(.open) {
      display: none;
    }
    .fields {
      grid-template-columns: 1fr;
    }
    thead {
      display: none;
    }
    table,
    tbody {
      display: block;
    }
    tbody tr {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.4em var(--_gap);
      padding: 0.65em 0.4em;
      border-bottom: 1px solid var(--_border);
    }
    tbody th,
    tbody td,
    tbody td.num {
      padding: 0;
      border: 0;
      text-align: start;
    }
    tbody th {
      grid-column: 1 / -1;
    }
    tbody td::before {
      content: attr(data-label);
      display: block;
      color: var(--_muted);
      font-size: 0.8125em;
      font-style: normal;
    }
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_c0: CanvasText;
      --_c1: CanvasText;
      --_c2: CanvasText;
      --_c3: CanvasText;
      --_c4: CanvasText;
      --_c5: CanvasText;
      --_c6: CanvasText;
      --_c7: CanvasText;
      --_cg: GrayText;
    }
    tbody tr.linked,
    tbody tr.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
  /* On paper: the filter fields stay (they say what the list holds); the buttons that only act on screen
     (the filters' fold button, Clear, "Show 50 more") and the details popover go. */
  @media print {
    .toggle,
    .clear,
    .more,
    .details {
      display: none;
    }
  }
`;
