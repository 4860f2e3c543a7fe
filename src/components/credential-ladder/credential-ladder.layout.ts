/**
 * Geometry of the ladder: which way the rungs run, and the wage-lift chart. Pure: (data, size) in,
 * readonly geometry out. d3 does the maths; the element binds the numbers in an `svg` template.
 */
import { nice, ticks as tickValues } from 'd3-array';
import { polyline } from '../../lib/path.js';
import type { WageLift } from './credential-ladder.wages.js';

export type Orientation = 'horizontal' | 'vertical';
export type OrientationOption = Orientation | 'auto';

/** The narrowest a rung may be, in ems, before the ladder stands up. */
export const RUNG_MIN_EM = 13;
/** The height a rung takes standing up, in ems (a card of title, type, provider, figures and jobs). */
export const RUNG_HEIGHT_EM = 10;

/**
 * `auto`: a bottom-up ladder when the page gives the element a fixed height (`height`, in px) with room
 * for every rung standing up; else left-to-right steps when the content box gives every rung at least
 * RUNG_MIN_EM, else bottom-up (phones, sidebars, and before the first measure). The height counts only when
 * the page fixed it: an auto-sized element's height is its own content, so reading it would make the
 * choice feed on itself (the element passes undefined then).
 */
export function orientationFor(option: OrientationOption, width: number | undefined, rungs: number, em = 16, height?: number): Orientation {
  if (option === 'horizontal' || option === 'vertical') return option;
  if (height && rungs > 0 && height >= rungs * RUNG_HEIGHT_EM * em) return 'vertical';
  return width && rungs > 0 && width >= rungs * RUNG_MIN_EM * em ? 'horizontal' : 'vertical';
}

export interface ChartDot {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly amount: number;
}

export interface ChartColumn {
  readonly index: number;
  readonly x: number;
  /** The best wage after this rung (undefined while no rung so far has a comparable figure). */
  readonly best?: { readonly y: number; readonly amount: number };
  readonly lift?: number;
  readonly dots: readonly ChartDot[];
}

export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  /** The plot area inside the margins. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly ChartColumn[];
  /** Path of the best wage from rung to rung (gaps where it is unknown). */
  readonly path: string;
  readonly ticks: readonly { readonly y: number; readonly value: number }[];
}

// Tick labels sit above their grid lines at the left edge, so no margin has to guess their width.
// The rungs are named under the plot in HTML (chart.ts), so the bottom margin only clears the dots.
const MARGIN = { top: 28, right: 8, bottom: 8, left: 4 };
/** Dots of one rung spread sideways this far apart at most, so equal wages do not hide each other. */
const DOT_SPREAD = 10;

/** The chart for `lift` at `width` × `height` pixels, or undefined when there is nothing to compare. */
export function chartLayout(lift: WageLift, width: number, height = 200): ChartGeometry | undefined {
  const amounts = lift.steps.flatMap((step) => step.own.map((own) => own.amount));
  if (!lift.key || !amounts.length) return undefined;
  const w = Math.max(width, 200);
  const [left, right, top, bottom] = [MARGIN.left, w - MARGIN.right, MARGIN.top, height - MARGIN.bottom];
  // d3-array's nice() and ticks() are all this chart needs of d3-scale, whose linear scale would bring
  // d3-interpolate, d3-color and d3-format to every ladder page (about 8 KB gzip, issue 18). The two
  // mappings below are d3-scale's scalePoint().padding(0.5) and scaleLinear(), written out.
  const count = lift.steps.length;
  const gap = (right - left) / Math.max(1, count);
  const first = left + (right - left - gap * (count - 1)) / 2;
  const xOf = new Map(lift.steps.map((rung, i) => [rung.index, first + gap * i]));
  const [, top0] = nice(0, Math.max(...amounts), 4);
  const y = (value: number): number => (top0 ? bottom + ((top - bottom) * value) / top0 : bottom);
  const spread = Math.min(DOT_SPREAD, gap / 4 / Math.max(1, Math.max(...lift.steps.map((s) => s.own.length)) - 1));
  const columns = lift.steps.map((step): ChartColumn => {
    const cx = xOf.get(step.index)!;
    return {
      index: step.index,
      x: cx,
      best: step.best === undefined ? undefined : { y: y(step.best), amount: step.best },
      lift: step.lift,
      dots: step.own.map((own, j) => ({ ...own, x: cx + (j - (step.own.length - 1) / 2) * spread, y: y(own.amount) })),
    };
  });
  const path = polyline(
    columns.map((column) => (column.best ? [column.x, column.best.y] : undefined)),
    2,
  );
  const ticks = tickValues(0, top0, 4).map((value) => ({ value, y: y(value) }));
  return { width: w, height, left, right, top, bottom, columns, path, ticks };
}

/**
 * The rung a key moves focus to from rung `index` of `count`: up the ladder with Up or Right (rungs run
 * bottom-up, or left to right), down with Down or Left, the ends with Home and End; undefined for any
 * other key.
 */
export function rungAfter(key: string, index: number, count: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowUp: index + 1,
    ArrowRight: index + 1,
    ArrowDown: index - 1,
    ArrowLeft: index - 1,
    Home: 0,
    End: count - 1,
  };
  const target = moves[key];
  return target === undefined ? undefined : Math.min(count - 1, Math.max(0, target));
}
