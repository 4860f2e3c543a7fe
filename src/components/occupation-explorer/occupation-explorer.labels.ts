/**
 * Direct labels on the chart: the handful of points a reader looks for, named on the chart itself rather
 * than in a far-off key. Pure: a layout and candidate points in, placed text out.
 *
 * Which points: the first listed rows (the top of the order, what the reader sees beside the chart), then
 * the extremes among everything plotted (the highest wage, the fastest growth, the steepest decline). The
 * point under the pointer or the keyboard has its own tip, so it is not labelled twice. Labels are placed
 * greedily in that order, to the right of the point, else to its left, else above or below; a label that
 * would leave the plot or cover another label is left out (the table names every row).
 */
import type { ChartLayout, Point } from './occupation-explorer.layout.js';

export interface LabelLine {
  readonly text: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
}

export interface ChartLabel {
  readonly soc: string;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly lines: readonly LabelLine[];
}

export interface LabelOptions {
  /** How many labels at most. */
  limit: number;
  /** Average width of a character at the label's size, px (12 px text: about 6.6). */
  charWidth: number;
  lineHeight: number;
  /** The longest line, in characters; titles wrap at spaces, and one that needs more than two lines is not labelled. */
  maxChars: number;
}

const DEFAULTS: LabelOptions = { limit: 6, charWidth: 6.6, lineHeight: 14, maxChars: 24 };

/** A title in at most two lines of `max` characters, broken at spaces; undefined when it does not fit. */
export function wrap(title: string, max: number): string[] | undefined {
  const lines: string[] = [];
  for (const word of title.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= 2 && lines.every((line) => line.length <= max) ? lines : undefined;
}

/**
 * The points worth naming, most important first, without repeats: the first `lead` listed rows, then the
 * extremes among the points `inScope` keeps (with a sector chosen, its own, not the grey context).
 */
export function labelCandidates(
  layout: ChartLayout,
  marks: readonly Point[],
  lead = 3,
  inScope: (p: Point) => boolean = () => true,
): Point[] {
  let richest: Point | undefined, fastest: Point | undefined, slowest: Point | undefined;
  for (const p of layout.points) {
    if (!inScope(p)) continue;
    if (!richest || p.row.wage! > richest.row.wage!) richest = p;
    if (!fastest || p.row.growth! > fastest.row.growth!) fastest = p;
    if (!slowest || p.row.growth! < slowest.row.growth!) slowest = p;
  }
  const out: Point[] = [];
  for (const p of [...marks.slice(0, lead), richest, fastest, slowest]) if (p && !out.includes(p)) out.push(p);
  return out;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Places labels for `candidates` (in priority order), leaving out `skip` (the point with a tip). */
export function placeLabels(
  layout: ChartLayout,
  candidates: readonly Point[],
  skip?: string,
  options: Partial<LabelOptions> = {},
): ChartLabel[] {
  const { limit, charWidth, lineHeight, maxChars } = { ...DEFAULTS, ...options };
  const placed: Box[] = [];
  // Labels keep off the labelled points themselves, so no label hides a point it does not name.
  const dots: Box[] = candidates.map((p) => ({ x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }));
  const labels: ChartLabel[] = [];
  for (const p of candidates) {
    if (labels.length >= limit) break;
    if (p.row.soc === skip) continue;
    const lines = wrap(p.row.occupation.title, maxChars);
    if (!lines) continue;
    const w = Math.max(...lines.map((line) => line.length)) * charWidth;
    const h = lines.length * lineHeight;
    const gap = p.r + 4;
    const tries: [Box, ChartLabel['anchor']][] = [
      [{ x0: p.x + gap, y0: p.y - h / 2, x1: p.x + gap + w, y1: p.y + h / 2 }, 'start'],
      [{ x0: p.x - gap - w, y0: p.y - h / 2, x1: p.x - gap, y1: p.y + h / 2 }, 'end'],
      [{ x0: p.x - w / 2, y0: p.y - gap - h, x1: p.x + w / 2, y1: p.y - gap }, 'middle'],
      [{ x0: p.x - w / 2, y0: p.y + gap, x1: p.x + w / 2, y1: p.y + gap + h }, 'middle'],
    ];
    const fit = tries.find(
      ([box]) =>
        box.x0 >= layout.left &&
        box.x1 <= layout.right &&
        box.y0 >= layout.top &&
        box.y1 <= layout.bottom &&
        !placed.some((other) => overlaps(box, other)) &&
        !dots.some((dot) => overlaps(box, dot)),
    );
    if (!fit) continue;
    const [box, anchor] = fit;
    placed.push(box);
    const x = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
    // Baselines sit about a fifth of a line above each line's bottom.
    labels.push({
      soc: p.row.soc,
      anchor,
      lines: lines.map((text, i) => ({ text, x, y: box.y0 + (i + 1) * lineHeight - lineHeight * 0.25 })),
    });
  }
  return labels;
}
