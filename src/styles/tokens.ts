import { css } from 'lit';

/**
 * Design tokens in two tiers: public `--cp-*` custom properties with documented defaults, read once into
 * private `--_*` properties that the elements use. `theme="dark"` (or `theme="auto"` with a dark system
 * preference) swaps the defaults; a partner's own `--cp-*` values win in every theme.
 */
const light = css`
  --_text: var(--cp-color-text, #1b2430);
  --_muted: var(--cp-color-muted, #4a5663);
  --_bg: var(--cp-color-background, #ffffff);
  --_surface: var(--cp-color-surface, #f3f5f8);
  --_border: var(--cp-color-border, #8995a3);
  --_accent: var(--cp-color-accent, #005a8c);
  --_on-accent: var(--cp-color-on-accent, #ffffff);
  --_focus: var(--cp-color-focus, #c2410c);
  --_positive: var(--cp-color-positive, #1a6b3c);
  --_negative: var(--cp-color-negative, #a8281e);
  --_error-bg: var(--cp-color-error-background, #fdf0ef);
  --_occupation: var(--cp-color-occupation, #1a6b3c);
  --_credential: var(--cp-color-credential, #005a8c);
  --_course: var(--cp-color-course, #6b4c00);
  --_experience: var(--cp-color-experience, #7b3f8c);
  --_other: var(--cp-color-other, #4a5663);
`;

const dark = css`
  --_text: var(--cp-color-text, #e6edf3);
  --_muted: var(--cp-color-muted, #aab6c3);
  --_bg: var(--cp-color-background, #10171f);
  --_surface: var(--cp-color-surface, #1b2531);
  --_border: var(--cp-color-border, #6b7888);
  --_accent: var(--cp-color-accent, #7cc4f5);
  --_on-accent: var(--cp-color-on-accent, #0b1117);
  --_focus: var(--cp-color-focus, #ffb066);
  --_positive: var(--cp-color-positive, #6fd39a);
  --_negative: var(--cp-color-negative, #ff9b91);
  --_error-bg: var(--cp-color-error-background, #3a1715);
  --_occupation: var(--cp-color-occupation, #6fd39a);
  --_credential: var(--cp-color-credential, #7cc4f5);
  --_course: var(--cp-color-course, #e8c15c);
  --_experience: var(--cp-color-experience, #d9a3e8);
  --_other: var(--cp-color-other, #aab6c3);
`;

export const hostStyles = css`
  :host {
    ${light}
    --_radius: var(--cp-radius, 8px);
    --_font: var(--cp-font-family, inherit);
    --_gap: var(--cp-spacing, 12px);
    display: block;
    box-sizing: border-box;
    position: relative;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    /* px, not rem: a host page that sets html { font-size: 10px } must not shrink the element. */
    font-size: var(--cp-font-size, 16px);
    line-height: 1.4;
    text-align: start;
    /* Inherited text styles a host page may set on body (themes do) are reset at the boundary. */
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    -webkit-text-size-adjust: 100%;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.25em;
    min-width: 2.25em;
    justify-content: center;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface);
  }
  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    /* :host([theme]) too, or the dark theme's colours would win on specificity. */
    :host,
    :host([theme]) {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_on-accent: HighlightText;
      --_focus: Highlight;
      --_occupation: CanvasText;
      --_credential: CanvasText;
      --_course: CanvasText;
      --_experience: CanvasText;
      --_other: CanvasText;
    }
    .button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    :host,
    :host([theme]) {
      ${light}
      color-scheme: light;
    }
  }
`;
