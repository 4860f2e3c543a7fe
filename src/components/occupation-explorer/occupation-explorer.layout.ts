/**
 * Geometry of the explorer's chart: yearly wage across (on a log scale: wages are skewed, and on a linear
 * one most occupations crowd into the left quarter), projected growth up, circle area by openings.
 * Pure: (rows, width) in, readonly geometry out. The scales re-fit to whatever rows the filters leave.
 */
import { nice, ticks as d3ticks } from 'd3-array';
import type { Row } from './occupation-explorer.filter.js';

export interface Point {
  readonly row: Row;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Index of the row's sector among the document's sectors (its colour and shape). */
  readonly series: number;
}

export interface Tick {
  readonly value: number;
  readonly at: number;
}

export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Every row with a yearly wage and a growth figure, in row order. */
  readonly points: readonly Point[];
  /** Rows left out for want of a yearly wage or a growth figure. */
  readonly unplotted: number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** The y of zero growth. */
  readonly zero: number;
  /** Points per series (sector), for the legend. */
  readonly counts: ReadonlyMap<number, number>;
  /** Smallest and largest figures plotted (not the rounded axis ends), for the spoken summary. */
  readonly wage: readonly [number, number] | undefined;
  readonly growth: readonly [number, number] | undefined;
}

export const MARGIN = { top: 14, right: 18, bottom: 44, left: 56 } as const;
export const RADIUS = [3, 13] as const;

/** A chart a little wider than tall on desktops, taller on phones, within 240–420 px. */
export const chartHeight = (width: number) => Math.round(Math.min(420, Math.max(240, width * 0.72)));

/**
 * A linear map from `[d0, d1]` to `[r0, r1]` with d3-scale's own arithmetic (normalise, then
 * `r0 * (1 - t) + r1 * t`), so positions are exactly a d3 linear scale's (a test checks it). Not d3-scale
 * itself: with d3-array's `nice()` and `ticks()` this is all the chart uses of it, and its linear scale
 * brings d3-interpolate, d3-color and d3-format to the page (about 8 KB gzip, issue 18). One closure also
 * suits the layout, which runs on every key press for up to 10,000 points.
 */
function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  return (value) => {
    const t = span ? (value - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}

/** `[lo, hi]` padded when it is a single value, so one point still sits inside the axes. */
function spread(lo: number, hi: number, pad: number): [number, number] {
  return lo === hi ? [lo - (Math.abs(lo) * 0.1 || pad), hi + (Math.abs(hi) * 0.1 || pad)] : [lo, hi];
}

/**
 * Round wages from `lo` to `hi`, at least `gap` px apart: 1, 2, 3 and 5 of each power of ten, which suit a
 * log scale; over a narrow range, where those give fewer than three, d3's evenly spaced ticks instead.
 */
export function wageTicks(lo: number, hi: number, at: (wage: number) => number, gap = 56): Tick[] {
  const spaced = (values: number[]) => {
    const kept: Tick[] = [];
    for (const value of values) {
      const position = at(value);
      if (value >= lo && value <= hi && (!kept.length || position - kept.at(-1)!.at >= gap)) kept.push({ value, at: position });
    }
    return kept;
  };
  const round: number[] = [];
  for (let power = 10 ** Math.floor(Math.log10(lo)); power <= hi; power *= 10) round.push(power, 2 * power, 3 * power, 5 * power);
  const ticks = spaced(round);
  return ticks.length >= 3 ? ticks : spaced(d3ticks(lo, hi, 4));
}

/**
 * `tickGap`: the least room between wage ticks, in px; the element passes the width of its longest label
 * ("300 mil US$" needs more than "$300K").
 */
export function chartLayout(rows: readonly Row[], width: number, seriesOf: (row: Row) => number, tickGap = 56): ChartLayout {
  const height = chartHeight(width);
  const left = MARGIN.left;
  const right = Math.max(left + 1, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = Math.max(top + 1, height - MARGIN.bottom);
  let wMin = Infinity,
    wMax = -Infinity,
    gMin = Infinity,
    gMax = -Infinity,
    oMax = 0;
  const plotted: Row[] = [];
  for (const row of rows) {
    if (row.wage === undefined || row.growth === undefined) continue;
    plotted.push(row);
    if (row.wage < wMin) wMin = row.wage;
    if (row.wage > wMax) wMax = row.wage;
    if (row.growth < gMin) gMin = row.growth;
    if (row.growth > gMax) gMax = row.growth;
    if (row.openings !== undefined && row.openings > oMax) oMax = row.openings;
  }
  const any = plotted.length > 0;
  // A log scale as a linear one over logarithms (d3's scaleLog would add its own tick code for nothing),
  // padded by a ratio rather than rounded: rounding would widen it to whole decades.
  const [lo, hi] = any ? [Math.max(1, wMin) / 1.1, wMax * 1.1] : [20000, 200000];
  const toX = linear([Math.log(lo), Math.log(hi)], [left, right]);
  // Zero growth is always on the axis, so growth and decline read at a glance.
  const pad = (Math.max(gMax, 0) - Math.min(gMin, 0)) * 0.04;
  const growth = any ? spread(Math.min(gMin - pad, 0), Math.max(gMax + pad, 0), 0.05) : [-0.05, 0.05];
  const niceGrowth = nice(growth[0], growth[1], 10);
  const toY = linear(niceGrowth, [bottom, top]);
  // Area, not radius, by openings: a square-root scale from 0.
  const r = (openings: number) => RADIUS[0] + (RADIUS[1] - RADIUS[0]) * Math.sqrt(openings / (oMax || 1));
  const counts = new Map<number, number>();
  const points = plotted.map((row) => {
    const series = seriesOf(row);
    counts.set(series, (counts.get(series) ?? 0) + 1);
    return { row, x: toX(Math.log(row.wage!)), y: toY(row.growth!), r: row.openings === undefined ? RADIUS[0] : r(row.openings), series };
  });
  const yTicks = d3ticks(niceGrowth[0], niceGrowth[1], Math.max(2, Math.floor((bottom - top) / 48))).map((value) => ({
    value,
    at: toY(value),
  }));
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    points,
    unplotted: rows.length - plotted.length,
    xTicks: wageTicks(lo, hi, (wage) => toX(Math.log(wage)), tickGap),
    yTicks,
    zero: toY(0),
    counts,
    wage: any ? [wMin, wMax] : undefined,
    growth: any ? [gMin, gMax] : undefined,
  };
}
