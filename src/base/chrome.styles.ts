import { css } from 'lit';

/**
 * The chrome every element draws around its picture, styled once: the legend, the data table ("Show as
 * table"), the toolbar, the keyboard-help disclosure. Each element lists this sheet before its own, so an
 * element's rule of the same specificity wins and the element keeps only what differs from here (each
 * such difference says why beside it).
 */
export const chromeStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    font-weight: 600;
    text-align: start;
  }
  th,
  td {
    padding: 0.4em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .help summary {
    width: fit-content;
    cursor: pointer;
  }
  .help p {
    font-size: 0.875em;
  }
  @media print {
    .toolbar {
      display: none;
    }
  }
`;
