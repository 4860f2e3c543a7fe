/**
 * The occupations document (a catalogue, or an index of its parts): its JSON Schema and the rules JSON
 * Schema cannot say (one row per SOC code, one part per sector, translations of sectors it has).
 */
import { joinPath, type Finding } from '../finding.js';
import { documentSchema, figures, id, text, textMap, translations, url } from '../json-schema.parts.js';
import { byText, field, knownKeys, list, translationIssues, uniqueIds, type DocumentRules, type Loose } from '../semantic.js';
import type { OccupationsDocument } from '../types.js';

export const occupationsSchema = documentSchema(
  'occupations',
  'Occupations document',
  ['occupations'],
  {
    id,
    title: text,
    region: text,
    occupations: { type: 'array', items: { $ref: '#/$defs/occupation' } },
    parts: { type: 'array', items: { $ref: '#/$defs/part' } },
    allOccupations: {
      type: 'object',
      properties: { soc: figures.soc!, title: text, wage: figures.wage! },
    },
    translations,
  },
  {
    translation: {
      type: 'object',
      properties: { title: text, region: text, sectors: textMap },
    },
    part: {
      type: 'object',
      required: ['sector', 'href'],
      properties: { sector: text, href: url, count: { type: 'integer', minimum: 0 } },
    },
    occupation: {
      type: 'object',
      required: ['soc', 'title'],
      properties: {
        ...figures,
        title: text,
        sector: text,
        description: { type: 'string' },
        pathway: id,
        url,
      },
    },
  },
);

export function occupationsIssues(doc: Loose<OccupationsDocument>): Finding[] {
  const issues: Finding[] = [];
  const occupations = list(doc.occupations);
  uniqueIds(occupations, 'occupations', 'soc', issues);
  // An index names its sectors in `parts`; its translations may name those too.
  const parts = uniqueIds(list(doc.parts), 'parts', 'sector', issues);
  const sectors = new Set([
    ...parts,
    ...occupations.map((row) => field(row, 'sector')).filter((sector): sector is string => typeof sector === 'string'),
  ]);
  translationIssues(doc.translations, issues, (translation, at) => {
    knownKeys(translation.sectors, joinPath(at, 'sectors'), sectors, byText('noSector'), issues);
  });
  return issues;
}

export const occupationsRules: DocumentRules<OccupationsDocument> = {
  type: 'occupations',
  schema: occupationsSchema,
  issues: occupationsIssues,
};
