/**
 * The campaign document: its JSON Schema and the rules JSON Schema cannot say (a deadline after the
 * start, counts in date order that never fall, counts with a source).
 */
import { found, joinPath, type Finding } from '../finding.js';
import { documentSchema, id, nonNegative, text, textMap, translations, url } from '../json-schema.parts.js';
import { byText, covered, field, knownKeys, list, translationIssues, type DocumentRules, type Loose } from '../semantic.js';
import type { CampaignDocument } from '../types.js';

export const campaignSchema = documentSchema(
  'campaign',
  'Campaign document',
  ['id', 'title', 'goal', 'start', 'deadline', 'progress'],
  {
    id,
    title: text,
    goal: { type: 'number', minimum: 1 },
    unit: text,
    start: { type: 'string', format: 'date' },
    deadline: { type: 'string', format: 'date' },
    url,
    progress: {
      type: 'array',
      items: {
        type: 'object',
        required: ['date', 'value'],
        properties: { date: { type: 'string', format: 'date' }, value: nonNegative },
      },
    },
    breakdown: {
      type: 'array',
      items: {
        type: 'object',
        required: ['label', 'value'],
        properties: { label: text, value: nonNegative },
      },
    },
    translations,
  },
  {
    translation: {
      type: 'object',
      properties: { title: text, unit: text, breakdown: textMap },
    },
  },
);

export function campaignIssues(doc: Loose<CampaignDocument>): Finding[] {
  const issues: Finding[] = [];
  const { start, deadline } = doc;
  if (typeof start === 'string' && typeof deadline === 'string' && deadline <= start) {
    issues.push(found('deadline', 'deadline', { deadline, start }));
  }
  let previous: { date: string; value: number; index: number } | undefined;
  list(doc.progress).forEach((point, i) => {
    const date = field(point, 'date');
    const value = field(point, 'value');
    if (typeof date !== 'string' || typeof value !== 'number') return;
    if (previous && date <= previous.date) {
      issues.push(
        found(`progress[${i}].date`, 'progressOrder', { date, previous: `progress[${previous.index}].date`, previousDate: previous.date }),
      );
    } else if (previous && value < previous.value) {
      issues.push(found(`progress[${i}].value`, 'progressFalls', { value, previous: previous.value }));
    }
    previous = { date, value, index: i };
  });
  const labels = new Set(
    list(doc.breakdown)
      .map((item) => field(item, 'label'))
      .filter((label): label is string => typeof label === 'string'),
  );
  translationIssues(doc.translations, issues, (translation, at) => {
    knownKeys(translation.breakdown, joinPath(at, 'breakdown'), labels, byText('noBreakdown'), issues);
  });
  // A count toward the goal is the one figure a campaign exists to show: without a source or the sample
  // label, a reader cannot tell a published count from a made-up one.
  if (doc.sample !== true) {
    for (const key of ['progress', 'breakdown'] as const) {
      if (list(doc[key]).length && !covered(doc.source, key)) issues.push(found(key, 'countNoSource', { field: key }));
    }
  }
  return issues;
}

export const campaignRules: DocumentRules<CampaignDocument> = { type: 'campaign', schema: campaignSchema, issues: campaignIssues };
