/**
 * Which sectors the chart colours: at most eight colours, the rest grey. Pure.
 *
 * Seventeen sector colours cannot be told apart (several were near-identical), so colour goes to what a
 * reader is likely to look for and grey carries the context:
 * - a sector chosen in the filters takes the first colour, and every other sector is grey;
 * - with none chosen, the sectors are ranked by how many of their occupations are on one of the
 *   document's career pathways (`pathway`: what the page is about), then by how many occupations they
 *   have, then by name. With eight or fewer sectors each has a colour; with more, the first seven do and
 *   the rest share grey as "Other sectors".
 */
import type { Row } from './occupation-explorer.filter.js';

/** Colours for sectors, `c0` to `c7` in the styles. */
export const COLOURS = 8;
/** The series of grey points ("Other sectors"): one past the colours. */
export const GREY = COLOURS;

/** Sector name -> series (0-7); a sector not in the map is grey. */
export function sectorColours(rows: readonly Row[], chosen?: string): Map<string, number> {
  if (chosen) return new Map([[chosen, 0]]);
  const tally = new Map<string, { onPathway: number; all: number }>();
  for (const { occupation: o } of rows) {
    if (!o.sector) continue;
    let count = tally.get(o.sector);
    if (!count) tally.set(o.sector, (count = { onPathway: 0, all: 0 }));
    count.all++;
    if (o.pathway) count.onPathway++;
  }
  const ranked = [...tally].sort(([a, x], [b, y]) => y.onPathway - x.onPathway || y.all - x.all || (a < b ? -1 : 1)).map(([name]) => name);
  const coloured = ranked.length <= COLOURS ? ranked : ranked.slice(0, COLOURS - 1);
  return new Map(coloured.map((name, i) => [name, i]));
}
