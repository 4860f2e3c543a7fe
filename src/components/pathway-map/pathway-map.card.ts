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

/** The width of `text` in pixels, set in one of the card fonts. */
export type Measure = (text: string, font: FontRole) => number;

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
  const fits = (s: string) => measure(s, font) <= width;
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
  readonly top: boolean;
  readonly title: readonly string[];
  readonly cut: boolean;
  readonly meta: readonly string[];
  readonly h: number;
}

export const PAD = 10;
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
  return { badge: translate(messages, lang, node.kind), top: !!node.topJob, title, cut, meta, h: last + PAD };
}

/** "★ Top Job" */
export const topJobMark = (lang: string) => `★ ${translate(common, lang, 'topJob')}`;

/** Widths measured on a canvas in `family` (the element's own font), cached; `estimate` without canvas. */
export function canvasMeasure(family: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimate;
  const widths = new Map<string, number>();
  let current: FontRole | undefined;
  return (text, font) => {
    const key = `${font}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (current !== font) context.font = `${FONTS[(current = font)].weight} ${FONTS[font].size}px ${family || 'sans-serif'}`;
      widths.set(key, (width = context.measureText(text).width));
    }
    return width;
  };
}
