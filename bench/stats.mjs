// Summaries of repeated measurements.

/** Median (the mean of the middle two for an even count), min and max of `samples`. */
export function summarize(samples) {
  if (!samples.length) return { median: NaN, min: NaN, max: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1) };
}

/** True when `value` meets `target` ({ op: '<' | '>=', value }). */
export function meets(value, target) {
  if (!target || !Number.isFinite(value)) return undefined;
  return target.op === '<' ? value < target.value : value >= target.value;
}
