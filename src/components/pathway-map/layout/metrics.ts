/**
 * A measure that needs no canvas, for the server and for the browser's first (hydrating) render, which
 * must lay the map out exactly as the server did or hydration fails. It adds up per-character advance
 * widths of Helvetica (Arial shares them; Liberation Sans, Chromium's usual sans-serif on Linux, is metric
 * compatible): closer to a page's sans-serif than `estimate`'s flat 0.55 em, so the browser's re-measure
 * after hydration seldom wraps a line differently and seldom has to lay the map out again.
 */
import { FONTS, type FontRole, type Measure } from './card.js';

// Advance widths in thousandths of an em for the printable ASCII characters, space (32) to tilde (126),
// from the Adobe Core 14 font metrics (Helvetica.afm and Helvetica-Bold.afm).
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278,
  278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
  667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556,
  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333,
  333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722,
  667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611,
  611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Characters outside ASCII that cards show: typographic punctuation, the Top Job star, the middle dot. */
const OTHER: Record<string, number> = {
  '·': 278,
  '–': 556,
  '—': 1000,
  '…': 1000,
  '‘': 222,
  '’': 222,
  '“': 333,
  '”': 333,
  '★': 1000,
  '€': 556,
  '\u00a0': 278,
};

/** The advance of one character in thousandths of an em: accented letters as their base letter. */
function advance(char: string, table: readonly number[]): number {
  const code = char.charCodeAt(0);
  if (code >= 32 && code <= 126) return table[code - 32]!;
  const other = OTHER[char];
  if (other !== undefined) return other;
  const base = char.normalize('NFD').charCodeAt(0);
  if (base >= 32 && base <= 126) return table[base - 32]!;
  // Wide scripts (CJK) take a full em; anything else the width of a digit.
  return code >= 0x2e80 ? 1000 : 556;
}

/** Deterministic widths from the table above: the same numbers in Node and in every browser. */
export const metricMeasure: Measure = (text: string, font: FontRole) => {
  const { size, weight } = FONTS[font];
  const table = weight >= 600 ? BOLD : REGULAR;
  let sum = 0;
  for (const char of text) sum += advance(char, table);
  return (sum * size) / 1000;
};
