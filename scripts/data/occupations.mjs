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

/** A sector's file name: "Agriculture, Energy and Natural Resources" -> "agriculture-energy-and-natural-resources.json". */
export const sectorFile = (sector) => `${sector.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.json`;

/**
 * The catalogue split by sector (issue 18), for pages that show one sector: files named as in
 * `occupations/<file>`, each a complete occupations document of one sector (usable on its own), and
 * `occupations/index.json`, the catalogue's header (title, sources, benchmark, translations) with `parts`
 * naming each sector's file and count and no occupations of its own. The explorer given the index
 * fetches only the parts it shows. Parts keep the full file's order (by SOC code).
 */
export function splitBySector(catalogue) {
  const $schema = '../../../schema/occupations.schema.json';
  const { $schema: _, occupations, translations, ...header } = catalogue;
  const sectors = [...new Set(occupations.map((o) => o.sector))].sort();
  if (sectors.some((sector) => !sector)) throw new Error('an occupation without a sector cannot be split by sector');
  const files = new Map();
  const parts = sectors.map((sector) => {
    const rows = occupations.filter((o) => o.sector === sector);
    const es = translations.es;
    files.set(`occupations/${sectorFile(sector)}`, {
      $schema,
      ...header,
      id: `${header.id}-${sectorFile(sector).slice(0, -'.json'.length)}`,
      title: `${header.title}: ${sector}`,
      occupations: rows,
      translations: { es: { title: `${es.title}: ${es.sectors[sector]}`, sectors: { [sector]: es.sectors[sector] } } },
    });
    return { sector, href: sectorFile(sector), count: rows.length };
  });
  files.set('occupations/index.json', { $schema, ...header, parts, occupations: [], translations });
  return files;
}
