import { css } from 'lit';

export const popoverStyles = css`
  [popover] {
    position: fixed;
    inset: auto;
    margin: 0;
    /* A fixed width, not a max-width: a popover that shrank near an edge would change size as it is
       placed, and resize the page it sits on. */
    width: min(22em, calc(100vw - 16px));
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    overflow-wrap: anywhere;
    overflow-y: auto;
  }
  [popover] h3 {
    margin: 0 0 0.35em;
    font-size: 1em;
  }
  [popover] dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.75em;
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  [popover] dt {
    color: var(--_muted);
  }
  [popover] dd {
    margin: 0;
  }
  @media (forced-colors: active) {
    [popover] {
      border: 2px solid CanvasText;
    }
  }
`;
