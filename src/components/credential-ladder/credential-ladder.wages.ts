/**
 * The wage lift from rung to rung. Pure.
 *
 * Only like is compared with like: wages on the same basis (mean or median), for the same period (a year
 * or an hour) and the same area (regional or national). The basis most of the ladder's occupations share
 * is the one charted; the others are listed as "not comparable", never converted (an hourly mean times
 * 2,080 is not an annual mean for part-time and seasonal work).
 *
 * After each rung the learner qualifies for every occupation opened so far, so the figure that matters is
 * the best wage among them. The lift of a rung is how much it raises that best wage: a rung that opens
 * only lower-paid work adds no lift (0), never a fall, because the earlier work stays open.
 */
import type { WageBasis } from '../../lib/format.js';
import type { WagePeriod } from '../../schema/types.js';
import type { Opening, Rung } from './credential-ladder.model.js';

export interface WageKey {
  readonly basis: WageBasis;
  readonly period: WagePeriod;
  readonly national: boolean;
}

export interface LiftStep {
  readonly index: number;
  /** The comparable wages of the occupations this rung opens. */
  readonly own: readonly { readonly id: string; readonly amount: number }[];
  /** The best comparable wage among the occupations opened by this rung and the ones below. */
  readonly best?: number;
  /** How much this rung raises `best`; undefined on the first rung or when the rung below has no figure. */
  readonly lift?: number;
}

export interface WageLift {
  /** The basis charted, or undefined when no occupation has a wage. */
  readonly key?: WageKey;
  readonly steps: readonly LiftStep[];
  /** Occupations with a wage on another basis: shown with their wage, not charted. */
  readonly excluded: readonly Opening[];
}

const keyOf = (open: Opening): WageKey | undefined =>
  open.amount === undefined || !open.wage || !open.basis
    ? undefined
    : { basis: open.basis, period: open.wage.period, national: open.national };

const name = (key: WageKey) => `${key.national ? 1 : 0}${key.period === 'hour' ? 1 : 0}${key.basis}`;

/** True when `open` has a wage on the basis `key`. */
export function comparable(open: Opening, key: WageKey | undefined): boolean {
  const own = keyOf(open);
  return Boolean(own && key && name(own) === name(key));
}

/**
 * The basis shared by most of the occupations (each counted once); ties go to regional over national,
 * then annual over hourly, then mean over median, so the choice never depends on document order.
 */
export function chartedKey(opens: readonly Opening[]): WageKey | undefined {
  const counts = new Map<string, { key: WageKey; count: number }>();
  for (const open of new Set(opens)) {
    const key = keyOf(open);
    if (!key) continue;
    const entry = counts.get(name(key)) ?? { key, count: 0 };
    entry.count++;
    counts.set(name(key), entry);
  }
  const ranked = [...counts.entries()].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0));
  return ranked[0]?.[1].key;
}

export function wageLift(rungs: readonly Rung[]): WageLift {
  const all = rungs.flatMap((rung) => rung.opens);
  const key = chartedKey(all);
  let best: number | undefined;
  const steps = rungs.map((rung): LiftStep => {
    const own = rung.opens.filter((open) => comparable(open, key)).map((open) => ({ id: open.node.id, amount: open.amount! }));
    const before = best;
    for (const { amount } of own) best = best === undefined ? amount : Math.max(best, amount);
    const lift = before !== undefined && best !== undefined ? best - before : undefined;
    return { index: rung.index, own, best, lift };
  });
  const excluded = [...new Set(all)].filter((open) => open.amount !== undefined && !comparable(open, key));
  return { key, steps, excluded };
}
