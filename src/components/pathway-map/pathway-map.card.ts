/**
 * What a node card says, line by line, and how tall it is. SVG text does not wrap, so titles are wrapped
 * here with a `measure` function: the element measures with a canvas in the page's own font; tests and
 * Node use `estimate`. Long titles end in an ellipsis after three lines; the details show them whole.
 */
import { common } from '../../i18n/messages.js';
import { translate } from '../../i18n/translate.js';
import { formatCost, formatDuration, formatPercent, headlineWage, isFigure, shortWage } from '../../lib/format.js';
import type { PathwayNode } from '../../schema/types.js';
import { messages, term } from './pathway-map.messages.js';

export const FONTS = {
  title: { size: 14, weight: 600, line: 18 },
  meta: { size: 12, weight: 400, line: 16 },
  badge: { size: 11, weight: 700, line: 14 },
  label: { size: 13, weight: 700, line: 16 },
} as const;
export type FontRole = keyof typeof FONTS;

/** The width of `text` in pixels, set in one of the card fonts. Given a `limit`, a measure may answer
 * with any width on the same side of the limit as the true one: enough to tell whether the text fits. */
export type Measure = (text: string, font: FontRole, limit?: number) => number;

/** Average glyph widths of a sans-serif face: deterministic, for tests and Node. */
export const estimate: Measure = (text, font) => text.length * FONTS[font].size * 0.55;

export interface Wrapped {
  readonly lines: readonly string[];
  /** True when text was cut short with an ellipsis. */
  readonly cut: boolean;
}

/** The longest prefix of `text` (at least one character) for which `fits` holds, by binary search. */
function longest(text: string, fits: (s: string) => boolean): number {
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Wraps `text` into lines no wider than `width` (breaking a word only when it alone is too wide), and
 * ends the last of `maxLines` lines with an ellipsis when text is left over. */
export function wrap(text: string, width: number, measure: Measure, font: FontRole, maxLines = Infinity): Wrapped {
  const fits = (s: string) => measure(s, font, width) <= width;
  const lines: string[] = [];
  let current = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    if (fits(current ? `${current} ${word}` : word)) {
      current = current ? `${current} ${word}` : word;
      continue;
    }
    if (current) lines.push(current);
    while (!fits(word)) {
      const k = longest(word, fits);
      lines.push(word.slice(0, k));
      word = word.slice(k);
    }
    current = word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, cut: false };
  const rest = lines.slice(maxLines - 1).join(' ');
  let last = rest.slice(0, longest(rest, (s) => fits(`${s}…`)));
  // Cut at a word's end where that keeps most of the line, rather than inside a word.
  const space = last.lastIndexOf(' ');
  if (rest[last.length] !== ' ' && space > last.length / 2) last = last.slice(0, space);
  return { lines: [...lines.slice(0, maxLines - 1), `${last.trimEnd()}…`], cut: true };
}

export interface Card {
  readonly badge: string;
  /** The Top Job mark drawn beside the badge: "★ Top Job", the star alone where both would not fit on the
   * line (the legend says what it means, the step's spoken name says it in words), or '' for other steps. */
  readonly top: string;
  readonly title: readonly string[];
  readonly cut: boolean;
  readonly meta: readonly string[];
  readonly h: number;
}

export const PAD = 10;
/** Where the kind badge starts, after the glyph. */
export const BADGE_X = 25;
const BADGE = 14;
/** Baselines inside a card: the badge, title line `i`, and meta line `i` after `titleLines` lines. */
export const badgeY = PAD + 10;
export const titleY = (i: number) => PAD + BADGE + 4 + 13 + i * FONTS.title.line;
export const metaY = (titleLines: number, i: number) => titleY(titleLines - 1) + 6 + (i + 1) * FONTS.meta.line;

/** The short figure lines of a card: wage and growth for a job, type, time and cost for the rest. */
function metaOf(node: PathwayNode, lang: string): string[] {
  if (node.kind === 'occupation') {
    const lines: string[] = [];
    const wage = headlineWage(node.wage) ? node.wage : headlineWage(node.wageNational) ? node.wageNational : undefined;
    if (wage) {
      const basis = translate(messages, lang, headlineWage(wage)!.basis === 'mean' ? 'meanShort' : 'medianShort');
      lines.push(`${shortWage(wage, lang)} ${basis}${wage === node.wage ? '' : `, ${translate(messages, lang, 'us')}`}`);
    }
    if (isFigure(node.growth)) lines.push(translate(messages, lang, 'growthShort', { value: formatPercent(node.growth, lang, true) }));
    return lines;
  }
  const figures = [node.duration && formatDuration(node.duration, lang), node.cost && formatCost(node.cost, lang)].filter(Boolean).join(' · ');
  return [node.credentialType ? term(node.credentialType, lang) : node.provider ?? '', figures].filter(Boolean);
}

/** The card of `node`, `width` wide, in `lang`. */
export function cardOf(node: PathwayNode, lang: string, measure: Measure, width: number): Card {
  const inner = width - 2 * PAD;
  const { lines, cut } = wrap(node.title, inner, measure, 'title', 3);
  const meta = metaOf(node, lang).map((line) => wrap(line, inner, measure, 'meta', 1).lines[0] ?? '');
  const title = lines.length ? lines : [''];
  const last = meta.length ? metaY(title.length, meta.length - 1) : titleY(title.length - 1);
  const badge = translate(messages, lang, node.kind);
  let top = node.topJob ? topJobMark(lang) : '';
  // The badge starts at BADGE_X and the mark ends at the card's padding, with a gap between them.
  if (top && BADGE_X + measure(badge, 'badge') + 6 + measure(top, 'badge') > width - PAD) top = '★';
  return { badge, top, title, cut, meta, h: last + PAD };
}

/** "★ Top Job" */
export const topJobMark = (lang: string) => `★ ${translate(common, lang, 'topJob')}`;

/** Text whose glyphs neither join nor combine (Latin letters, punctuation, currency signs): as wide as
 * its characters put side by side, less kerning. */
const SEPARABLE = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u205e\u20a0-\u20bf]*$/;
/** Kerning and rounding can make drawn text wider than its characters' sum, by up to 0.27px in the
 * card fonts over every Colorado title in common faces: a pixel covers it. */
const KERNING = 1;

/** One canvas context for every map in the page (undefined until first needed, null without canvas). A
 * context per element stayed in the page's DOM heap after its element had gone (about 400 bytes a map
 * over hundreds of maps added and removed). */
let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';
/** Each font family's measure, so a second map in the page measures nothing it has measured before. */
const measures = new Map<string, Measure>();

/**
 * Widths measured on a canvas in `family` (the element's own font); `estimate` without canvas.
 *
 * Measuring every candidate line of every title took a canvas call each, thousands for a big map. Asked
 * whether text fits a `limit`, this first adds up its characters' widths, each measured once: where that
 * sum, plus the kerning allowance, fits, so does the drawn text, and that is the answer. Only text near or
 * over the limit (a line about to break), and text that is not separable, is measured whole, so lines
 * break exactly where measuring each whole would break them.
 */
export function canvasMeasure(family: string): Measure {
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    // A web font that finishes loading changes the widths of text set in it.
    document.fonts?.addEventListener('loadingdone', () => measures.clear());
  }
  if (!context) return estimate;
  let measure = measures.get(family);
  if (!measure) measures.set(family, (measure = familyMeasure(context, family || 'sans-serif')));
  return measure;
}

function familyMeasure(canvas: CanvasRenderingContext2D, family: string): Measure {
  const fonts = Object.fromEntries(Object.entries(FONTS).map(([role, font]) => [role, `${font.weight} ${font.size}px ${family}`])) as Record<FontRole, string>;
  const measure = (text: string, font: FontRole) => {
    if (contextFont !== fonts[font]) canvas.font = contextFont = fonts[font];
    return canvas.measureText(text).width;
  };
  const chars = Object.fromEntries(Object.keys(FONTS).map((role) => [role, new Map<string, number>()])) as Record<FontRole, Map<string, number>>;
  const whole = new Map<string, number>();
  return (text, font, limit) => {
    if (limit !== undefined && SEPARABLE.test(text)) {
      const table = chars[font];
      let sum = KERNING;
      for (let i = 0; i < text.length; i++) {
        let w = table.get(text[i]!);
        if (w === undefined) table.set(text[i]!, (w = measure(text[i]!, font)));
        sum += w;
      }
      if (sum <= limit) return sum;
    }
    const key = `${font}|${text}`;
    let width = whole.get(key);
    if (width === undefined) {
      // Kept for the page's life, so bounded.
      if (whole.size > 5000) whole.clear();
      whole.set(key, (width = measure(text, font)));
    }
    return width;
  };
}
