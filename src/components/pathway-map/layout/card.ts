/**
 * What a node card says, line by line, and how tall it is: the title, then the one figure that matters
 * with its basis (a job's wage; a credential's type, then its time and cost). The kind of step shows by
 * the card's shape, its colour and the glyph that bullets the figure line, and each step's spoken name
 * says it in words: a 6px "◆ Credential" line over every title read as noise at the scale it was drawn.
 * SVG text does not wrap, so lines are wrapped here with a `measure` function: the element measures with
 * a canvas in the page's own font; tests and Node use `estimate`. Long titles end in an ellipsis after
 * three lines; the details show them whole.
 */
import { common } from '../../../i18n/messages.js';
import { translate } from '../../../i18n/translate.js';
import { formatCost, formatDuration, formatMoney, headlineWage } from '../../../lib/format.js';
import type { PathwayNode } from '../../../schema/types.js';
import { messages, term } from '../pathway-map.messages.js';

/** The map is drawn at scale 1, so these are the sizes a reader sees: titles 14px (at least 12px), the
 * figure line 13px, the Top Job mark 12px and stage labels 14px (everything at least 11px). Titles at
 * 14 rather than 15px let four stage columns of cards that hold a 60-character title in three lines fit
 * a 1,024px screen (CARD_MIN in pathway-map/layout/layout.ts). */
export const FONTS = {
  title: { size: 14, weight: 600, line: 18 },
  meta: { size: 13, weight: 400, line: 17 },
  badge: { size: 12, weight: 700, line: 16 },
  label: { size: 14, weight: 700, line: 18 },
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
  let last = rest.slice(
    0,
    longest(rest, (s) => fits(`${s}…`)),
  );
  // Cut at a word's end where that keeps most of the line, rather than inside a word.
  const space = last.lastIndexOf(' ');
  if (rest[last.length] !== ' ' && space > last.length / 2) last = last.slice(0, space);
  return { lines: [...lines.slice(0, maxLines - 1), `${last.trimEnd()}…`], cut: true };
}

export interface Card {
  /** The Top Job mark, on a line of its own under the figures: "★ Top Job", the star alone where the
   * words would not fit (the legend says what it means, the spoken name says it in words), or ''. */
  readonly top: string;
  readonly title: readonly string[];
  readonly cut: boolean;
  /** The figure lines: a job's wage with its basis (wrapped to two lines where one is too narrow); a
   * credential's type, then time · cost; the kind's name for a step with no figure. Never empty. */
  readonly meta: readonly string[];
  readonly h: number;
}

export const PAD = 10;
/** The glyph bullets the first figure line: figure lines start after it. */
export const GLYPH = 10;
export const META_X = PAD + GLYPH + 6;
/** Baselines inside a card: title line `i`, figure line `i` after `titleLines` title lines, and the Top
 * Job line after `metaLines` figure lines. The first baseline sits a cap height (about 10px at 14px)
 * plus 4px under the padding. */
export const titleY = (i: number) => PAD + 14 + i * FONTS.title.line;
export const metaY = (titleLines: number, i: number) => titleY(titleLines - 1) + 4 + (i + 1) * FONTS.meta.line;
export const topY = (titleLines: number, metaLines: number) => metaY(titleLines, metaLines - 1) + FONTS.badge.line + 2;

/** "$91,730 a year, Colorado mean": the wage a card shows, with its area, basis and period. The
 * document's `region` names the area of `wage`; `wageNational` says "national". */
function wageLine(node: PathwayNode, lang: string, region: string | undefined): string | undefined {
  const national = !headlineWage(node.wage) && !!headlineWage(node.wageNational);
  const wage = national ? node.wageNational : node.wage;
  const headline = headlineWage(wage);
  if (!wage || !headline) return undefined;
  const amount = formatMoney(headline.amount, lang);
  const period = translate(common, lang, wage.period === 'hour' ? 'perHour' : 'perYear');
  const key = national ? 'cardWageNational' : region ? 'cardWageArea' : 'cardWage';
  return translate(messages, lang, `${key}_${headline.basis}`, { amount, period, area: region ?? '' });
}

/** The figure lines of a card, before wrapping. */
export function figuresOf(node: PathwayNode, lang: string, region: string | undefined): string[] {
  if (node.kind === 'occupation') {
    const wage = wageLine(node, lang, region);
    return [wage ?? translate(messages, lang, 'occupation')];
  }
  const figures = [node.duration && formatDuration(node.duration, lang), node.cost && formatCost(node.cost, lang)]
    .filter(Boolean)
    .join(' · ');
  const lines = [node.credentialType ? term(node.credentialType, lang) : (node.provider ?? ''), figures].filter(Boolean);
  return lines.length ? lines : [translate(messages, lang, node.kind)];
}

/** The card of `node`, `width` wide, in `lang`; `region` is the document's (the area its wages are for). */
export function cardOf(node: PathwayNode, lang: string, measure: Measure, width: number, region?: string): Card {
  const { lines, cut } = wrap(node.title, width - 2 * PAD, measure, 'title', 3);
  const title = lines.length ? lines : [''];
  const inner = width - PAD - META_X;
  const raw = figuresOf(node, lang, region);
  // A wage too long for one line goes onto two at its comma, the amount over its basis ("$43,580 a year"
  // over "Colorado mean"), rather than wherever the words run out; every figure line is one line.
  const parts = raw.length === 1 && measure(raw[0]!, 'meta', inner) > inner ? raw[0]!.split(/,\s+(.*)/s, 2) : raw;
  const meta = parts.map((line) => wrap(line, inner, measure, 'meta', 1).lines[0] ?? '');
  let top = node.topJob ? topJobMark(lang) : '';
  if (top && measure(top, 'badge') > width - 2 * PAD) top = '★';
  const last = top ? topY(title.length, meta.length) : metaY(title.length, meta.length - 1);
  return { top, title, cut, meta, h: last + PAD };
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
  const fonts = Object.fromEntries(
    Object.entries(FONTS).map(([role, font]) => [role, `${font.weight} ${font.size}px ${family}`]),
  ) as Record<FontRole, string>;
  const measure = (text: string, font: FontRole) => {
    if (contextFont !== fonts[font]) canvas.font = contextFont = fonts[font];
    return canvas.measureText(text).width;
  };
  const chars = Object.fromEntries(Object.keys(FONTS).map((role) => [role, new Map<string, number>()])) as Record<
    FontRole,
    Map<string, number>
  >;
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
