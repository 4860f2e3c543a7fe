/**
 * Keyboard and pointer navigation for the explorer: which row or point an arrow key moves to, and which
 * point is under the pointer. Pure.
 */
import type { Point } from './occupation-explorer.layout.js';

/** Arrow keys in the chart, by direction; Home and End go to the lowest and highest wage. */
export const MOVES: Readonly<Record<string, Move>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};
const ROW_STEPS: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: 10,
  PageUp: -10,
  Home: -Infinity,
  End: Infinity,
};

/** The row index a key moves to in a list of `length` rows, or undefined for a key that does not move. */
export function rowStep(index: number, length: number, key: string): number | undefined {
  const by = ROW_STEPS[key];
  return by === undefined || index < 0 ? undefined : Math.min(length - 1, Math.max(0, index + by));
}

export type Move = 'left' | 'right' | 'up' | 'down' | 'first' | 'last';

/**
 * The point an arrow key moves to: left and right follow wage, up and down follow growth; Home and End
 * the lowest and highest wage. Stays put at the ends. With nothing focused yet, starts at the first.
 */
export function step(points: readonly Point[], from: string | undefined, move: Move): Point | undefined {
  if (!points.length) return undefined;
  const horizontal = move !== 'up' && move !== 'down';
  const order = [...points].sort(horizontal ? (a, b) => a.x - b.x || b.y - a.y : (a, b) => b.y - a.y || a.x - b.x);
  if (move === 'first') return order[0];
  if (move === 'last') return order.at(-1);
  const index = order.findIndex((p) => p.row.soc === from);
  if (index < 0) return order[0];
  const next = index + (move === 'right' || move === 'up' ? 1 : -1);
  return order[Math.min(order.length - 1, Math.max(0, next))];
}

/** The point under (px, py), if any is within a few pixels of its edge; the closest wins. */
export function nearest(points: readonly Point[], px: number, py: number, slack = 4): Point | undefined {
  let best: Point | undefined;
  let bestDistance = Infinity;
  for (const point of points) {
    const d = Math.hypot(point.x - px, point.y - py);
    if (d <= Math.max(point.r, 5) + slack && d < bestDistance) {
      best = point;
      bestDistance = d;
    }
  }
  return best;
}
