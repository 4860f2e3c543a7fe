import { css } from 'lit';

/** The ladder: header, rungs in either orientation, the details popover, the next-rung panel.
 *
 * Why (kept out of the CSS string, which ships as written):
 * - `.help summary`: The help's summary looks like the view toggle beside it: one button style in the toolbar.
 * - `flex-direction: column-reverse`: Lowest rung at the bottom; the list stays lowest-first for assistive technology and the keyboard.
 * - `.vertical .rung::before`: Two rails with the numbered rungs between them: it reads as a ladder, climbed from the bottom.
 * - `top: 0.4em`: The rails end just above the top rung.
 * - `.vertical .who`: Wide: name on the left, what it opens on the right, so a rung is two or three lines, not a box.
 * - `inset-inline-start: -3.11em`: Centred on the rails, as wide as they are apart: each number is a rung between them.
 * - `.vertical .carry`: A credit link is an arrow climbing the ladder to the next rung.
 * - `overflow-x: auto`: Forced horizontal in a narrow box: the steps keep a readable width and the row scrolls inside the element (the page does not widen). The padding keeps focus outlines inside the scroll box.
 * - `padding-top: calc(var(--_up, 0) * var(--_rise))`: Each step climbs one rise above the one before it: a count from the top, in CSS so no inline style is needed under a strict CSP. Ladders beyond eight rungs share the lowest step.
 * - `.horizontal .carry`: A credit link is an arrow in the gap, from this step to the next one up.
 */
export const styles = css`
  :host {
    --_rise: var(--cp-credential-ladder-rise, var(--cp-ladder-rise, 1.25em));
    --_rail: var(--cp-credential-ladder-rail-color, var(--cp-ladder-rail-color, var(--_border)));
    --_here: var(--cp-credential-ladder-current-color, var(--cp-ladder-current-color, var(--_accent)));
    --_placeholder-height: 28em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em var(--_gap);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .description,
  .summary {
    flex-basis: 100%;
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .summary {
    margin-bottom: var(--_gap);
    font-size: 0.9375em;
  }
  .note {
    margin: calc(var(--_gap) * -0.5) 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-start;
  }
  .help summary {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    box-sizing: border-box;
    min-height: 2.25em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    list-style: none;
  }
  .help summary::-webkit-details-marker {
    display: none;
  }
  .help summary::after {
    content: '▾';
    font-size: 0.8em;
  }
  .help[open] summary::after {
    content: '▴';
  }
  .help summary:hover {
    background: var(--_surface);
  }
  .help p {
    max-width: 28em;
    margin: 0.25em 0 0;
  }
  .ladder {
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .vertical {
    flex-direction: column-reverse;
  }
  .rung {
    position: relative;
    display: flex;
  }
  .vertical .rung {
    flex-direction: column-reverse;
    padding-inline-start: 3em;
  }
  .vertical .rung::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.28em;
    box-sizing: border-box;
    width: 1.84em;
    border-inline: 3px solid var(--_rail);
  }
  .vertical .rung:last-child::before {
    top: 0.4em;
  }
  .vertical .card {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
    margin-block: 0.3em;
    padding-block: 0.5em 0.6em;
  }
  .vertical .who {
    flex: 1 1 16em;
    min-width: 0;
  }
  .vertical .what {
    flex: 1.4 1 16em;
    min-width: 0;
  }
  .vertical .what > :first-child {
    margin-top: 0.3em;
  }
  .vertical .num {
    position: absolute;
    inset-inline-start: -3.11em;
    top: 0.45em;
    box-sizing: border-box;
    width: 2.1em;
    height: 2.1em;
  }
  .vertical .carry {
    position: absolute;
    top: -0.7em;
    inset-inline-start: 0.28em;
    width: 1.84em;
    text-align: center;
    line-height: 1;
  }
  .vertical .carry::before {
    content: '↑';
  }
  .horizontal {
    gap: var(--_gap);
    overflow-x: auto;
    padding: 4px;
  }
  .horizontal .rung {
    flex: 1 1 0;
    min-width: 10.5em;
    flex-direction: column;
    padding-top: calc(var(--_up, 0) * var(--_rise));
  }
  .horizontal .rung:nth-last-child(2) {
    --_up: 1;
  }
  .horizontal .rung:nth-last-child(3) {
    --_up: 2;
  }
  .horizontal .rung:nth-last-child(4) {
    --_up: 3;
  }
  .horizontal .rung:nth-last-child(5) {
    --_up: 4;
  }
  .horizontal .rung:nth-last-child(6) {
    --_up: 5;
  }
  .horizontal .rung:nth-last-child(7) {
    --_up: 6;
  }
  .horizontal .rung:nth-last-child(n + 8) {
    --_up: 7;
  }
  .horizontal .card {
    flex: 1;
    border-top: 5px solid var(--_rail);
  }
  .horizontal .carry {
    position: absolute;
    top: calc(var(--_up, 0) * var(--_rise) + 0.9em);
    inset-inline-end: calc(-1 * var(--_gap));
    width: var(--_gap);
    text-align: center;
    line-height: 1;
  }
  .horizontal .carry::before {
    content: '→';
  }
  .horizontal .carry:dir(rtl)::before {
    content: '←';
  }
  .card {
    position: relative;
    padding: 0.75em 0.875em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    transition: border-color 0.15s;
  }
  .card:hover {
    border-color: var(--_accent);
  }
  .card:has(.rung-button:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card-head {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .rung-button {
    flex: 1;
    min-height: 1.75em;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .rung-button:focus-visible {
    outline: none;
  }
  .num {
    display: inline-grid;
    flex: none;
    place-items: center;
    width: 1.9em;
    height: 1.9em;
    border: 2px solid var(--_rail);
    border-radius: 50%;
    background: var(--_bg);
    font-size: 0.875em;
    font-weight: 700;
  }
  .is-current .num {
    border-color: var(--_here);
    background: var(--_here);
    color: var(--_on-accent);
  }
  .is-current .card {
    border: 2px solid var(--_here);
  }
  .is-next .card {
    border: 2px dashed var(--_here);
  }
  .horizontal .is-current .card,
  .horizontal .is-next .card {
    border-top: 5px solid var(--_here);
  }
  .badge {
    display: inline-block;
    margin: 0.35em 0 0;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_here);
    border-radius: 999px;
    background: var(--_here);
    color: var(--_on-accent);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .badge-next {
    border-style: dashed;
    background: transparent;
    color: var(--_text);
  }
  .meta {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.1em 0.5em;
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  .facts div {
    display: contents;
  }
  .facts dt,
  .wage,
  .muted,
  .more,
  .opens-none {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .opens-label {
    margin: 0.6em 0 0;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .opens {
    margin: 0.15em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .opens li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    padding-block: 0.1em;
  }
  .occupation {
    font-weight: 600;
  }
  .opens-none {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  .top-job {
    padding: 0 0.4em;
    border: 1px solid var(--_occupation);
    border-radius: 4px;
    color: var(--_occupation);
    font-size: 0.85em;
  }
  .carry {
    color: var(--_muted);
    font-weight: 700;
  }
  .carry-line {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .carry-key::before {
    content: '↑';
    font-weight: 700;
  }
  .across .carry-key::before {
    content: '→';
  }
  .same {
    margin: 0.6em 0 0;
    font-size: 0.875em;
    font-weight: 600;
  }
  .adds-note {
    margin: 0.3em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [popover] .meta {
    margin-top: 0;
  }
  [popover] p {
    margin: 0.35em 0;
  }
  .details-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_gap);
    align-items: center;
    justify-content: space-between;
  }
  .next-step {
    margin-top: var(--_gap);
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_here);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .next-step p {
    margin: 0;
  }
  @media print {
    .tools,
    [popover] {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .is-current .card,
    .is-next .card,
    .badge,
    .is-current .num {
      border-color: Highlight;
    }
    .is-current .num {
      background: Highlight;
      color: HighlightText;
    }
    .card:has(.rung-button:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
