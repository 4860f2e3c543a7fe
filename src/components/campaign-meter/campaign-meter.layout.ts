/**
 * The full variant's chart geometry, pure: a model and a size in, readonly positions and SVG path
 * strings out. d3-array does the axis maths (round ends, ticks); the template only binds the results.
 */
import { nice, ticks } from 'd3-array';
import { polyline } from '../../lib/path.js';
import type { Model } from './campaign-meter.model.js';
import { dayOf, paceLine } from './campaign-meter.pace.js';

export interface ChartSize {
  width: number;
  height: number;
  /** The chart's font size in px; margins are measured in it so labels fit at any font size. */
  em?: number;
}

export interface ChartPoint {
  date: string;
  value: number;
  /** The pace line on the count's date. */
  expected: number;
  x: number;
  y: number;
}

/** A tick: its position along the axis and the value it marks (a year, or a count). */
export interface Tick {
  at: number;
  value: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  goalY: number;
  /** The straight line from zero at the start to the goal at the deadline. */
  paceLine: string;
  progressLine: string;
  /**
   * The reporting date, when it falls inside the chart, and where its label sits: centred over the line,
   * or ending at it near the right edge (where the goal's label is).
   */
  asOfX?: number;
  asOfAnchor?: 'middle' | 'end';
  points: readonly ChartPoint[];
  /** The counts drawn as focusable markers: all of them, or every k-th (and the latest) when they crowd. */
  markers: readonly ChartPoint[];
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
}

/**
 * The chart's box as the stylesheet lays it out by default, from the meter's content width and font size:
 * as wide as the meter, `clamp(12.5em, 45cqi, 22em)` tall (a cqi is a hundredth of the meter's width). The
 * element draws its first frame at this size instead of waiting a frame for the measurement; when the
 * measurement differs (a custom height, rounding) it wins and the chart is laid out again.
 */
export function defaultChartSize(width: number, em: number): ChartSize {
  return { width, height: Math.max(12.5 * em, Math.min(0.45 * width, 22 * em)), em };
}

/** Whether two sizes would lay the chart out the same way. */
export const sameSize = (a: ChartSize, b: ChartSize) => a.width === b.width && a.height === b.height && (a.em ?? 16) === (b.em ?? 16);

const YEAR_STEPS = [1, 2, 5, 10, 20, 50];
/** Markers closer than this (in px) are thinned; every count stays in the line and the table view. */
const MARKER_SPACING = 8;

const round = (n: number) => Math.round(n * 10) / 10;
/**
 * A straight map from a domain to a range. d3-scale's scaleLinear does the same, but it would bring
 * d3-interpolate, d3-color and d3-format into this element's standalone build (about 7 KB gzip) for one line.
 */
const linear = (d0: number, d1: number, r0: number, r1: number) => (v: number) => r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0);
const path = (points: readonly (readonly [number, number])[]) => polyline(points);

/** Jan 1 of each year in [from, to], every `step` years, with room for `room` labels. */
function yearTicks(from: number, to: number, room: number): number[] {
  const first = new Date(from * 86_400_000).getUTCFullYear();
  const years: number[] = [];
  for (let year = first; dayOf(`${year}-01-01`)! <= to; year++) if (dayOf(`${year}-01-01`)! >= from) years.push(year);
  const step = YEAR_STEPS.find((s) => Math.ceil(years.length / s) <= Math.max(1, room)) ?? 100;
  return step === 1 ? years : years.filter((year) => year % step === 0);
}

/** At most about `room` points, evenly spaced by index, always ending with the latest. */
function thin(points: readonly ChartPoint[], room: number): readonly ChartPoint[] {
  if (points.length <= room) return points;
  const step = Math.ceil(points.length / room);
  return points.filter((_, i) => (points.length - 1 - i) % step === 0);
}

export function chartLayout(model: Model, size: ChartSize): ChartGeometry {
  const { campaign, counted, pace } = model;
  const em = size.em ?? 16;
  const width = Math.max(size.width, 10 * em);
  const height = Math.max(size.height, 8 * em);
  const plot = { left: 3.25 * em, top: 1.25 * em, right: width - 1.25 * em, bottom: height - 1.75 * em };
  const start = dayOf(campaign.start)!;
  const deadline = dayOf(campaign.deadline)!;
  const latest = pace.latest;
  const end = Math.max(deadline, latest ? dayOf(latest.date)! : deadline);
  // Two lines only, the counts and the straight line to the goal: the projection and the rate needed are
  // figures in the head, not lines that would lie on top of the straight one.
  const peak = Math.max(campaign.goal, ...counted.map((p) => p.value));

  // A count dated before the start (the data allows it) widens the chart rather than falling off it.
  const from = Math.min(start, ...counted.map((p) => dayOf(p.date)!));
  const x = linear(from, end, plot.left, plot.right);
  const [, top] = nice(0, peak, 4);
  const y = linear(0, top, plot.bottom, plot.top);
  const at = (day: number, value: number) => [x(day), y(value)] as const;

  const points = counted.map((p) => {
    const day = dayOf(p.date)!;
    return { date: p.date, value: p.value, expected: paceLine(campaign, day), x: round(x(day)), y: round(y(p.value)) };
  });
  const geometry: ChartGeometry = {
    width,
    height,
    plot,
    goalY: round(y(campaign.goal)),
    paceLine: path([at(start, 0), at(deadline, campaign.goal)]),
    progressLine: path(points.map((p) => [p.x, p.y] as const)),
    points,
    markers: thin(points, Math.max(1, Math.floor((plot.right - plot.left) / MARKER_SPACING))),
    xTicks: yearTicks(from, end, Math.floor((plot.right - plot.left) / (3.5 * em))).map((year) => ({
      at: round(x(dayOf(`${year}-01-01`)!)),
      value: year,
    })),
    yTicks: ticks(0, top, plot.bottom - plot.top < 10 * em ? 3 : 5).map((value) => ({ at: round(y(value)), value })),
  };
  const now = dayOf(model.asOf)!;
  if (now >= from && now <= end) {
    geometry.asOfX = round(x(now));
    geometry.asOfAnchor = geometry.asOfX > plot.right - 6 * em ? 'end' : 'middle';
  }
  return geometry;
}
