// The Campaign for One Million Credentials: the published goal, and a clearly marked sample copy.

import { readJson } from './csv.mjs';
import { CAMPAIGN_ES, SECTORS_ES } from './spanish.mjs';

// The source gives the goal and the 2030 target year only. No start date, baseline or running count has
// been published (colorado_facts.json says so), so the pace line needs an origin this project chooses:
// the start of the decade that ends with the target year. Said in the document's source note.
const START_ASSUMPTION = '2021-01-01';

function published({ sample = false } = {}) {
  const facts = readJson('colorado_facts.json').campaign_one_million_credentials;
  if (facts.progress_count_published !== null) throw new Error('colorado_facts.json now has a progress count: use it');
  return {
    goal: facts.goal_count,
    deadline: `${facts.goal_year}-12-31`,
    url: facts.source,
    source: {
      id: 'colorado-succeeds',
      name: `Colorado Succeeds: ${facts.name}`,
      url: facts.source,
      area: 'Colorado',
      covers: ['goal', 'deadline'],
      note:
        `"${facts.goal_text}". The source gives only the target year ${facts.goal_year}, so the deadline is set to ${facts.goal_year}-12-31. ` +
        `Start date not published; ${START_ASSUMPTION} used as the pace-line origin (this project's assumption: the start of the decade ending with the target year). ` +
        (sample
          ? 'No count of credentials earned toward the goal has been published: the progress and breakdown in this copy are the sample figures below.'
          : 'No count of credentials earned toward the goal has been published, so progress is empty.'),
    },
  };
}

export function buildCampaign() {
  const p = published();
  return {
    $schema: '../../schema/campaign.schema.json',
    type: 'campaign',
    version: 1,
    id: 'co-one-million',
    title: 'Campaign for One Million Credentials',
    goal: p.goal,
    unit: 'credentials',
    start: START_ASSUMPTION,
    deadline: p.deadline,
    url: p.url,
    progress: [],
    source: [p.source],
    translations: { es: { title: CAMPAIGN_ES.title, unit: CAMPAIGN_ES.unit } },
  };
}

// SAMPLE figures: invented round numbers so the meter's progress line and breakdown can be demonstrated.
// They are not campaign data; the document says so in `sample`, its title and its source entry.
const SAMPLE_PROGRESS = [
  ['2022-06-30', 90000],
  ['2023-06-30', 210000],
  ['2024-06-30', 340000],
  ['2025-06-30', 455000],
];
const SAMPLE_BREAKDOWN = [
  ['Healthcare', 120000],
  ['Information Technology', 85000],
  ['Business Operations', 75000],
  ['Construction', 60000],
  ['Cybersecurity', 25000],
];

export function buildCampaignSample() {
  const p = published({ sample: true });
  return {
    $schema: '../../schema/campaign.schema.json',
    type: 'campaign',
    version: 1,
    id: 'co-one-million-sample',
    title: 'Campaign for One Million Credentials (sample figures)',
    sample: true,
    goal: p.goal,
    unit: 'credentials',
    start: START_ASSUMPTION,
    deadline: p.deadline,
    url: p.url,
    progress: SAMPLE_PROGRESS.map(([date, value]) => ({ date, value })),
    breakdown: SAMPLE_BREAKDOWN.map(([label, value]) => ({ label, value })),
    source: [
      p.source,
      {
        id: 'sample',
        name: 'Sample figures for demonstration — not published campaign data',
        covers: ['progress', 'breakdown'],
        note:
          'Sample figures for demonstration — not published campaign data. Round numbers chosen by this project to show a progress line and a sector breakdown (the breakdown covers the five pathway sectors only).',
      },
    ],
    translations: {
      es: {
        title: CAMPAIGN_ES.sampleTitle,
        unit: CAMPAIGN_ES.unit,
        breakdown: Object.fromEntries(SAMPLE_BREAKDOWN.map(([label]) => [label, SECTORS_ES[label]])),
      },
    },
  };
}
