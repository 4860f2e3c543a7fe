// The occupations catalogue: every detailed SOC 2018 occupation, with the figures the sources give.

import { readCsv } from './csv.mjs';
import { coloradoWage, compact } from './figures.mjs';
import { PATHWAY_SECTORS, sectorFor } from './sectors.mjs';
import { OCCUPATIONS_ES, SECTORS_ES } from './spanish.mjs';
import { EP_NATIONAL, MCJ_TOP_JOBS, OEWS_COLORADO, OEWS_NATIONAL, ONET, SECTOR_NOTE, SOC_2018 } from './sources.mjs';

/**
 * Which pathway document an occupation belongs to: the one of its own sector if it appears there,
 * else the first pathway (in PATHWAY_SECTORS order) that includes it.
 */
function pathwayIndex(pathways) {
  const bySoc = new Map();
  const ordered = [...pathways].sort((a, b) => PATHWAY_SECTORS.indexOf(a.sector) - PATHWAY_SECTORS.indexOf(b.sector));
  for (const doc of ordered) {
    for (const node of doc.nodes) {
      if (node.kind !== 'occupation') continue;
      if (!bySoc.has(node.soc)) bySoc.set(node.soc, []);
      bySoc.get(node.soc).push(doc);
    }
  }
  return (soc, sector) => {
    const docs = bySoc.get(soc) ?? [];
    return (docs.find((d) => d.sector === sector) ?? docs[0])?.id;
  };
}

/**
 * The all-occupations row (00-0000) of the Colorado OEWS file: the benchmark the explorer's default order
 * uses ("jobs paying at least the Colorado mean for all occupations"). Read here, not in loadSources(),
 * because only this document carries it.
 */
export function allOccupations() {
  const row = readCsv('oews_colorado_may2023_mean_wages.csv').find((r) => r.soc_code === '00-0000' && r.level === 'total');
  const wage = coloradoWage(row);
  if (!wage) throw new Error('oews_colorado_may2023_mean_wages.csv: no All Occupations (00-0000) mean wage');
  return { soc: row.soc_code, title: row.title, wage };
}

/** The Colorado OEWS source, saying that it also supplies the all-occupations figure. */
const OEWS_COLORADO_ALL = {
  ...OEWS_COLORADO,
  covers: [...OEWS_COLORADO.covers, 'allOccupations'],
  note: `${OEWS_COLORADO.note} allOccupations.wage is the same file's All Occupations row (00-0000): the Colorado annual mean wage across every occupation.`,
};

export function buildOccupations(ctx, pathways) {
  const pathwayOf = pathwayIndex(pathways);
  const occupations = [...ctx.figures.values()]
    .sort((a, b) => (a.soc < b.soc ? -1 : a.soc > b.soc ? 1 : 0))
    .map((fig) => {
      const sector = sectorFor(fig.soc);
      return compact({
        soc: fig.soc,
        title: fig.title,
        sector,
        pathway: pathwayOf(fig.soc, sector),
        topJob: ctx.topJobs.has(fig.soc) ? true : undefined,
        wage: fig.wage,
        wageNational: fig.wageNational,
        growth: fig.growth,
        openings: fig.openings,
        education: fig.education,
        jobZone: fig.jobZone,
        description: fig.description,
      });
    });
  return {
    $schema: '../../schema/occupations.schema.json',
    type: 'occupations',
    version: 1,
    id: 'co-occupations',
    title: 'Colorado occupations',
    region: 'Colorado',
    source: [SOC_2018, OEWS_COLORADO_ALL, OEWS_NATIONAL, EP_NATIONAL, ONET, MCJ_TOP_JOBS, SECTOR_NOTE],
    allOccupations: allOccupations(),
    occupations,
    translations: { es: { title: OCCUPATIONS_ES.title, sectors: spanishSectors(occupations) } },
  };
}

/** The Spanish name of every sector the catalogue uses; a sector without one stops the build. */
function spanishSectors(occupations) {
  const sectors = [...new Set(occupations.map((o) => o.sector).filter(Boolean))].sort();
  for (const sector of sectors) if (!SECTORS_ES[sector]) throw new Error(`no Spanish for sector "${sector}" in scripts/data/spanish.mjs`);
  return Object.fromEntries(sectors.map((sector) => [sector, SECTORS_ES[sector]]));
}
