// The printed table and bench/results.json.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const UNITS = {
  ms: (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`),
  x: (v) => `${v >= 100 ? v.toFixed(0) : v.toFixed(1)}×`,
  MB: (v) => `${v >= 0 ? '+' : ''}${v.toFixed(2)} MB`,
  // Lighthouse's performance score (0-100) and cumulative layout shift (unitless).
  score: (v) => v.toFixed(0),
  cls: (v) => v.toFixed(3),
};
export const format = (value, unit) => (Number.isFinite(value) ? UNITS[unit](value) : '–');

const targetText = (row) =>
  row.target ? `${row.target.op === '<' ? '<' : '≥'} ${format(row.target.value, row.unit).replace('+', '')}` : '';
const resultText = (row) =>
  row.error
    ? `✘ ${row.error.split('\n')[0].slice(0, 70)}`
    : row.skipped
      ? `skipped: ${row.skipped}`
      : row.pass === undefined
        ? ''
        : row.pass
          ? '✔ pass'
          : '✘ fail';

/** A plain-text table, one row per measurement, grouped by subject. */
export function table(rows) {
  const header = ['subject', 'measure', 'size', 'runs', 'median', 'min', 'max', 'target', 'result'];
  const cells = rows.map((row) => [
    row.subject,
    row.measure,
    row.size ?? '',
    row.runs ? String(row.runs) : '',
    format(row.median, row.unit),
    row.runs > 1 ? format(row.min, row.unit) : '',
    row.runs > 1 ? format(row.max, row.unit) : '',
    targetText(row),
    resultText(row),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const right = new Set([3, 4, 5, 6]);
  const line = (c) =>
    c
      .map((cell, i) => (right.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('  ')];
  let subject;
  cells.forEach((c, i) => {
    if (subject !== undefined && rows[i].subject !== subject) out.push('');
    subject = rows[i].subject;
    out.push(line(c));
  });
  return out.join('\n');
}

/** The same table in Markdown, for the README's performance section. */
export function markdown(rows) {
  const lines = [
    '| subject | measure | size | runs | median | min | max | target | result |',
    '|---|---|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${[row.subject, row.measure, row.size ?? '', row.runs ?? '', format(row.median, row.unit), row.runs > 1 ? format(row.min, row.unit) : '', row.runs > 1 ? format(row.max, row.unit) : '', targetText(row), resultText(row)].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** Gzip sizes of the budgeted files (the same reckoning as scripts/size.mjs: level 9, 1 KB = 1,000 bytes). */
export function sizes() {
  const { sizeBudgets = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
  return Object.entries(sizeBudgets).map(([file, budget]) => {
    if (!existsSync(file)) return { file, budgetKB: budget, missing: true };
    const raw = readFileSync(file);
    const gzipKB = gzipSync(raw, { level: 9 }).length / 1000;
    return { file, minifiedKB: raw.length / 1000, gzipKB, budgetKB: budget, pass: gzipKB <= budget };
  });
}

export function sizeTable(list) {
  return list
    .map((s) =>
      s.missing
        ? `${s.file.padEnd(40)} missing (element not built yet)   budget ${s.budgetKB} KB`
        : `${s.file.padEnd(40)} ${s.gzipKB.toFixed(1).padStart(5)} KB gzip (${s.minifiedKB.toFixed(1)} KB minified)   budget ${s.budgetKB} KB  ${s.pass ? '✔' : '✘ over'}`,
    )
    .join('\n');
}
