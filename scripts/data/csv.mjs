// Reading the source files in data/sources, and turning their cells into numbers.
//
// CSV parsing uses csv-parse (sync API) rather than a hand-written parser: several source files have
// quoted fields with embedded commas, quotes and line breaks (SOC definitions, O*NET descriptions, My
// Colorado Journey text), which is exactly where small parsers go wrong.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** Repository root (scripts/data/ is two levels down). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the copied source files live. Nothing outside the repository is read. */
export const SOURCES_DIR = join(ROOT, 'data', 'sources');

/** Rows of a CSV file in data/sources, as objects keyed by the header row. */
export function readCsv(name) {
  const text = readFileSync(join(SOURCES_DIR, name), 'utf8');
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: false });
}

/** A JSON file in data/sources. */
export function readJson(name) {
  return JSON.parse(readFileSync(join(SOURCES_DIR, name), 'utf8'));
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A plain decimal cell as a number, or undefined for anything else: blank, BLS "*" (not available),
 * "#" (top-coded), "—" (not applicable). Never returns 0 for a non-numeric cell.
 */
export function num(cell) {
  const s = (cell ?? '').trim();
  return DECIMAL.test(s) ? Number(s) : undefined;
}

/**
 * A percentage cell ("15.8") as a fraction (0.158), rounded to the cell's own precision so the result
 * has no binary noise (15.8 / 100 would otherwise print as 0.15800000000000003 for some inputs).
 */
export function pctToFraction(cell) {
  const s = (cell ?? '').trim();
  if (!DECIMAL.test(s)) return undefined;
  const decimals = s.includes('.') ? s.split('.')[1].length : 0;
  const value = Number((Number(s) / 100).toFixed(decimals + 2));
  return Object.is(value, -0) ? 0 : value;
}

/** Index rows by a column; throws on a duplicate key so a bad source cannot silently win. */
export function indexBy(rows, key, filter = () => true) {
  const map = new Map();
  for (const row of rows) {
    if (!filter(row)) continue;
    if (map.has(row[key])) throw new Error(`duplicate ${key} ${row[key]}`);
    map.set(row[key], row);
  }
  return map;
}
