// The `source` entries the documents cite. Key order follows SourceRef in src/schema/types.ts:
// id, name, url, date, area, covers, note. Licence and file details: data/sources/PROVENANCE.md.

export const ONET_CREDIT =
  'O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration, used under CC BY 4.0';

export const MCJ_BASE = 'https://www.mycoloradojourney.gov/careers/';

export const OEWS_COLORADO = {
  id: 'oews-colorado-2023',
  name: 'BLS Occupational Employment and Wage Statistics (OEWS), May 2023, Colorado',
  url: 'https://www.bls.gov/oes/',
  date: '2023-05',
  area: 'Colorado',
  covers: ['wage'],
  note:
    'Colorado mean wages only: the state file copy used (state_M2023_dl) has no medians, percentiles or employment counts. ' +
    'Annual mean; the hourly mean (period "hour") only where BLS publishes hourly wages only. ' +
    'Left out where BLS shows * (not available) or # (at or above the top-code), and where BLS publishes a figure only for an aggregate code (e.g. 13-1020) rather than the detailed occupation. Public domain.',
};

export const OEWS_NATIONAL = {
  id: 'oews-national-2024',
  name: 'BLS Occupational Employment and Wage Statistics (OEWS), May 2024, national',
  url: 'https://www.bls.gov/oes/',
  date: '2024-05',
  area: 'United States',
  covers: ['wageNational'],
  note:
    'National annual median and 10th, 25th, 75th and 90th percentile wages (file national_M2024_dl); the hourly median (period "hour") where BLS publishes hourly wages only. ' +
    'Values BLS marks * (not available) or # (at or above the top-code of $239,200 a year) are left out; where the median itself is top-coded, the whole national wage is left out, since percentiles need a median beside them. Public domain.',
};

export const EP_NATIONAL = {
  id: 'bls-ep-2024-34',
  name: 'BLS Employment Projections 2024–34, national',
  url: 'https://www.bls.gov/emp/',
  date: '2024',
  area: 'United States',
  covers: ['growth', 'openings', 'education'],
  note:
    'occupation.xlsx, Table 1.2 (projections and worker characteristics) and Table 1.10 (separations and openings). ' +
    'growth = projected percent employment change 2024–34 divided by 100; openings = average annual openings 2024–34 (a 0 is BLS rounding to the nearest hundred); ' +
    'education = BLS typical education needed for entry. National figures, not Colorado. Public domain.',
};

export const ONET = {
  id: 'onet-29-3',
  name: ONET_CREDIT,
  url: 'https://www.onetcenter.org/database.html',
  date: '2025-05',
  area: 'United States',
  covers: ['jobZone'],
  note:
    'O*NET 29.3 (May 2025 release): Job Zones and Related Occupations. Job Zone per SOC code: where several O*NET-SOC codes map to one SOC code, the zone of the .00 code is used; ' +
    'where the .00 code has no zone, the most common zone among the other codes (left out on a tie). Licensed under CC BY 4.0.',
};

export const SOC_2018 = {
  id: 'soc-2018',
  name: '2018 Standard Occupational Classification (SOC), BLS',
  url: 'https://www.bls.gov/soc/2018/',
  date: '2018',
  area: 'United States',
  covers: ['soc', 'title', 'description'],
  note: 'Detailed occupations, official titles and definitions (soc_2018_definitions.xlsx). Public domain.',
};

export const MCJ_TOP_JOBS = {
  id: 'my-colorado-journey',
  name: 'My Colorado Journey career pages, Colorado Workforce Development Council',
  url: `${MCJ_BASE}55`,
  area: 'Colorado',
  covers: ['topJob'],
  note:
    'topJob marks the "Top Job — Colorado Talent Pipeline Report-aligned" badge shown on a career page. The pages show no SOC codes, so a badge is carried to an SOC code only where the career title names one SOC occupation unambiguously: ' +
    '"Software Developer, Applications" (careers/55) → 15-1252 Software Developers and "Web Developer" (careers/58) → 15-1254 Web Developers. The badged cybersecurity pages (careers/42 "Threat/Warning & Exploitation Analyst", careers/556 "Security Operation Center Analyst/ Monitoring") are not marked: their titles do not name a single SOC occupation. ' +
    'Page versions appear to be 2025–2026.',
};

export const SECTOR_NOTE = {
  id: 'sectors',
  name: 'Sector grouping by this project',
  covers: ['sector', 'pathway'],
  note:
    'Sectors are assigned from SOC major, minor and broad groups by this project (one table in scripts/data/sectors.mjs); they are not an official Colorado or BLS classification. ' +
    '"pathway" names the pathway document of this dataset that includes the occupation.',
};

export const CTDL_COMPTIA = {
  id: 'ctdl-comptia',
  name: 'CompTIA IT Networking Specialist Pathway (CTDL example, Credential Engine Schema-Development)',
  url: 'https://github.com/CredentialEngine/Schema-Development',
  date: '2022-06',
  covers: ['credentialType', 'provider', 'url'],
  note:
    'Names, owner (CompTIA), web pages and order of the CompTIA certifications (A+ → Network+ → Security+ → Project+ → Cloud Essentials+ → Linux+ → Server+ → Cloud+), ' +
    'from PathwaysConditionsAndConstraints/Pathway-Examples/CompTIA (a working draft). CTDL is CC BY 4.0 (Credential Engine).',
};

/** A My Colorado Journey page cited for credentials or progressions named on it. */
export function mcjSource(careerIds, covers, note) {
  return {
    id: 'my-colorado-journey',
    name: 'My Colorado Journey career pages, Colorado Workforce Development Council',
    url: `${MCJ_BASE}${careerIds[0]}`,
    area: 'Colorado',
    covers,
    note: `${note} Pages used: ${careerIds.map((id) => `careers/${id}`).join(', ')}. Page versions appear to be 2025–2026.`,
  };
}

/** How a pathway was put together: said plainly on every pathway document. */
export function structureNote(extra = '') {
  return {
    id: 'structure',
    name: 'Pathway structure assembled by this project',
    covers: ['stages', 'nodes', 'edges', 'ladders'],
    note:
      'Not an official CWDC or My Colorado Journey pathway map. Occupations, stages and credentials were chosen by this project; credentials are typical routes into each occupation, guided by BLS typical entry education and O*NET Job Zones. ' +
      'Occupation-to-occupation edges come from O*NET Related Occupations (Primary-Short tier, either direction) and run from the lower- to the higher-paid occupation (Colorado mean wage): ' +
      '"advances" where the better-paid job also has a higher Job Zone, or the same Job Zone and at least 15% more pay, and the national median agrees; "lateral" where pay is within 15% and both sit in the same stage; ' +
      'advances edges implied by a longer chain are dropped. Each of these edges has "basis": "related-occupations": O*NET lists the two as related (similar work), which is not a promotion or a required step. Notes on edges name the source of that particular link. Credential durations, costs and providers appear only where a cited source gives them.' +
      (extra ? ` ${extra}` : ''),
  };
}

/** Every pathway cites the same data sources for its occupation figures. */
export const FIGURE_SOURCES = [OEWS_COLORADO, OEWS_NATIONAL, EP_NATIONAL, ONET, SOC_2018];
