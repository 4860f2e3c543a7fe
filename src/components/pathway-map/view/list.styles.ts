import { css } from 'lit';

/** The stacked map of pathway-map/view/list.ts: sections with sticky stage headings, full-width cards. */
export const listStyles = css`
  .list {
    display: grid;
    gap: var(--_gap);
    outline: none;
  }
  .stage-section {
    display: grid;
    gap: 0.5em;
  }
  /* The stage stays named while its cards scroll by. */
  .stage-title {
    position: sticky;
    top: 0;
    z-index: 1;
    margin: 0;
    padding: 0.4em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 1em;
    line-height: 1.3;
  }
  .cards {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Two cards a row where a tablet has room for them. */
  @media (min-width: 34em) {
    .cards {
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    }
  }
  .list .step {
    display: grid;
    align-content: start;
    gap: 0.35em;
    padding: 0.75em;
    border: 1.5px solid var(--_kind, var(--_other));
    border-radius: var(--_radius);
    background: var(--_bg);
    transition: opacity 0.15s, border-color 0.15s;
  }
  /* Kind shows by shape as well as colour and glyph: a credential's card is square with a bar down
     its side, an occupation's rounded. */
  .list .step:not([data-kind='occupation']) {
    border-inline-start-width: 6px;
    border-radius: 2px;
  }
  .list .node {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    align-items: baseline;
    min-height: 44px;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .list .node:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  .kind-mark {
    align-self: center;
  }
  .step-title {
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .step-top {
    color: var(--_text);
    font-weight: 700;
  }
  .step-figure {
    grid-column: 2 / -1;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .list .node[aria-pressed='true'] {
    color: var(--_accent);
  }
  .list .step:has(.node[aria-pressed='true']),
  .list .step[data-focal] {
    border-width: 3px;
    background: var(--_surface);
  }
  .list[data-emphasis] .step:not([data-on]) {
    border-style: dashed;
    border-color: var(--_border);
    opacity: 0.6;
  }
  .leads {
    font-size: 0.875em;
  }
  .leads-label {
    color: var(--_muted);
  }
  /* Each next step a name of its own, wrapped as words are, apart by a gap rather than commas. */
  .leads-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .lead {
    min-height: 24px;
    padding: 0.2em 0;
    border: none;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .lead:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .inline-details {
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .inline-details h3 {
    display: none;
  }
  .inline-details dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.75em;
    margin: 0.5em 0;
  }
  .inline-details dt {
    color: var(--_muted);
  }
  .inline-details dd {
    margin: 0;
  }
  .stage-empty {
    margin: 0;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    .list .step {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .list .step {
      border-color: CanvasText;
    }
    .list .step:has(.node[aria-pressed='true']) {
      border-color: Highlight;
    }
  }
`;
