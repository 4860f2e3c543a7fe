// Per-occupation figures, each from exactly one source file (see sources.mjs for which covers what).
// A figure the source does not give is left out: never 0, never null, never a top-code.

import { indexBy, num, pctToFraction, readCsv } from './csv.mjs';

/** BLS typical entry education -> the EducationLevel enum of src/schema/types.ts. */
export const EDUCATION = {
  'No formal educational credential': 'no-formal-credential',
  'High school diploma or equivalent': 'high-school-diploma',
  'Some college, no degree': 'some-college',
  'Postsecondary nondegree award': 'postsecondary-nondegree-award',
  "Associate's degree": 'associate-degree',
  "Bachelor's degree": 'bachelor-degree',
  "Master's degree": 'master-degree',
  'Doctoral or professional degree': 'doctoral-degree',
};
const NO_EDUCATION = '—'; // BLS: not applicable (summary rows)

/** Loads every source table once. */
export function loadSources() {
  const soc = readCsv('soc_2018_structure.csv');
  return {
    detailed: soc.filter((r) => r.level === 'detailed'),
    oewsColorado: indexBy(readCsv('oews_colorado_may2023_mean_wages.csv'), 'soc_code', (r) => r.level === 'detailed'),
    oewsNational: indexBy(readCsv('oews_national_may2024.csv'), 'soc_code', (r) => r.occ_group === 'detailed'),
    ep: indexBy(readCsv('bls_ep_national_2024_2034.csv'), 'soc_code', (r) => r.occupation_type === 'Line item'),
    onet: readCsv('onet_occupations.csv'),
    related: readCsv('onet_related_occupations.csv'),
    mcj: readCsv('cwdc_mycoloradojourney_it_cyber_careers.csv'),
  };
}

/** Colorado mean wage: annual, else hourly where BLS gives hourly only; nothing when top-coded. */
export function coloradoWage(row) {
  if (!row || row.wage_note === '>= top-code') return undefined;
  const annual = num(row.annual_mean_wage);
  if (annual !== undefined) return { mean: annual, period: 'year' };
  const hourly = num(row.hourly_mean_wage);
  if (hourly !== undefined) return { mean: hourly, period: 'hour' };
  return undefined;
}

/** National median and percentiles (annual), or the hourly median where BLS gives hourly only. */
export function nationalWage(row) {
  if (!row) return undefined;
  if (row.hourly_only_flag === 'TRUE') {
    const median = num(row.hourly_median);
    return median === undefined ? undefined : { median, period: 'hour' };
  }
  const wage = {};
  for (const [key, column] of [
    ['median', 'annual_median'],
    ['p10', 'annual_p10'],
    ['p25', 'annual_p25'],
    ['p75', 'annual_p75'],
    ['p90', 'annual_p90'],
  ]) {
    const value = num(row[column]);
    if (value !== undefined) wage[key] = value;
  }
  // A wage needs its basis (the schema requires a mean or a median): where BLS top-codes the median
  // (#, e.g. most physicians), the remaining percentiles are left out with it.
  return wage.median === undefined ? undefined : { ...wage, period: 'year' };
}

/**
 * O*NET Job Zone per SOC code: the .00 O*NET-SOC code's zone; if it has none, the most common zone
 * among the other O*NET-SOC codes of that SOC code; nothing on a tie or when no code has a zone.
 */
export function jobZones(onetRows) {
  const bySoc = new Map();
  for (const row of onetRows) {
    if (!bySoc.has(row.soc_code)) bySoc.set(row.soc_code, []);
    bySoc.get(row.soc_code).push(row);
  }
  const zones = new Map();
  for (const [soc, rows] of bySoc) {
    const main = rows.find((r) => r.onet_soc_code === `${soc}.00`);
    const mainZone = num(main?.job_zone);
    if (mainZone !== undefined) {
      zones.set(soc, mainZone);
      continue;
    }
    const counts = new Map();
    for (const r of rows) {
      const z = num(r.job_zone);
      if (z !== undefined) counts.set(z, (counts.get(z) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    if (ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) zones.set(soc, ranked[0][0]);
  }
  return zones;
}

/** BLS typical entry education, mapped; throws on a category the enum does not know. */
export function education(row) {
  const label = row?.typical_entry_education;
  if (!label || label === NO_EDUCATION) return undefined;
  const level = EDUCATION[label];
  if (!level) throw new Error(`unknown BLS education category "${label}" (${row.soc_code})`);
  return level;
}

/**
 * Figures for every detailed SOC 2018 occupation, keyed by SOC code, keys in document order.
 * Fields with no source value are absent.
 */
export function occupationFigures(src) {
  const zones = jobZones(src.onet);
  const figures = new Map();
  for (const row of src.detailed) {
    const soc = row.soc_code;
    const ep = src.ep.get(soc);
    const entry = {
      soc,
      title: row.title,
      wage: coloradoWage(src.oewsColorado.get(soc)),
      wageNational: nationalWage(src.oewsNational.get(soc)),
      growth: pctToFraction(ep?.employment_change_pct_2024_34),
      openings: num(ep?.annual_openings_2024_34),
      education: education(ep),
      jobZone: zones.get(soc),
      description: row.definition || undefined,
    };
    figures.set(soc, entry);
  }
  return figures;
}

/** Copy of an object without its undefined members (JSON.stringify drops them too; this keeps tests honest). */
export function compact(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
