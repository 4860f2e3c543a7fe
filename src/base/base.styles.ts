import { css } from 'lit';

/** Styles for the shared parts: the error alert, the source line, the placeholder. */
export const baseStyles = css`
  .failure {
    margin: 0 0 var(--_gap);
    padding: 0.75em 1em;
    border: 2px solid var(--_negative);
    border-radius: var(--_radius);
    background: var(--_error-bg);
    overflow-wrap: anywhere;
  }
  .failure p,
  .failure ul {
    margin: 0.25em 0;
  }
  .failure ul {
    padding-inline-start: 1.25em;
  }
  .failure code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.92em;
    font-weight: 600;
  }
  /* Small type, but 13px as drawn at the default 16px, never under 11px. */
  .sources {
    margin-top: var(--_gap);
    color: var(--_muted);
    font-size: max(0.8125em, 11px);
  }
  .sources-details summary,
  .sources-label {
    width: fit-content;
    margin: 0;
  }
  .sources-details summary {
    cursor: pointer;
    /* 27px tall, over the 24px a target needs, and the same on a phone: the campaign meter's
       placeholder reserves this height, so it must not change with the pointer. */
    padding-block: 0.35em;
    white-space: nowrap;
  }
  .sources-list {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    max-width: 75ch;
  }
  .sources-list li + li {
    margin-top: 0.35em;
  }
  .source-note {
    margin: 0.15em 0 0;
  }
  /* On paper a closed disclosure would hide the sources: print them. */
  @media print {
    .sources-details::details-content {
      content-visibility: visible;
    }
  }
  .sample {
    margin: 0 0 0.5em;
    padding: 0.35em 0.6em;
    border: 1px dashed var(--_text);
    border-radius: var(--_radius);
    color: var(--_text);
  }
  .placeholder {
    min-height: var(--_placeholder-height, 12em);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .empty {
    margin: 0;
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
`;
