// Sector for every detailed SOC occupation: this project's grouping, not an official classification.
//
// One table, read top to bottom as "the most specific matching row wins": a row names a SOC code at
// any level (major "15-0000", minor "15-1200", broad "11-9030" or detailed "15-1212"), and an
// occupation takes the sector of the most specific row that contains it. The five pathway sectors
// are spelled exactly as the pathway documents spell them.

export const PATHWAY_SECTORS = [
  'Information Technology',
  'Healthcare',
  'Construction',
  'Business Operations',
  'Cybersecurity',
];

// [SOC code, sector, why]
export const SECTOR_TABLE = [
  // --- Major groups: the default for everything below them ---
  ['11-0000', 'Business Operations', 'Management: general, financial, HR, sales and admin managers'],
  ['13-0000', 'Business Operations', 'Business and financial operations'],
  ['15-0000', 'Information Technology', 'Computer and mathematical (minor groups refined below)'],
  ['17-0000', 'Engineering and Science', 'Architecture and engineering'],
  ['19-0000', 'Engineering and Science', 'Life, physical and social science'],
  ['21-0000', 'Human Services', 'Community and social service'],
  ['23-0000', 'Business Operations', 'Legal (grouped with business services, as in the professional and business services supersector)'],
  ['25-0000', 'Education', 'Educational instruction and library'],
  ['27-0000', 'Arts, Media and Entertainment', 'Arts, design, entertainment, sports and media'],
  ['29-0000', 'Healthcare', 'Healthcare practitioners and technical'],
  ['31-0000', 'Healthcare', 'Healthcare support'],
  ['33-0000', 'Public Safety and Military', 'Protective service'],
  ['35-0000', 'Hospitality and Food Service', 'Food preparation and serving'],
  ['37-0000', 'Maintenance and Repair', 'Building and grounds cleaning and maintenance'],
  ['39-0000', 'Human Services', 'Personal care and service'],
  ['41-0000', 'Sales and Retail', 'Sales and related'],
  ['43-0000', 'Business Operations', 'Office and administrative support'],
  ['45-0000', 'Agriculture, Energy and Natural Resources', 'Farming, fishing and forestry'],
  ['47-0000', 'Construction', 'Construction and extraction (extraction refined below)'],
  ['49-0000', 'Maintenance and Repair', 'Installation, maintenance and repair'],
  ['51-0000', 'Manufacturing', 'Production'],
  ['53-0000', 'Transportation and Logistics', 'Transportation and material moving'],
  ['55-0000', 'Public Safety and Military', 'Military specific'],

  // --- Minor and broad groups that belong elsewhere ---
  ['11-9030', 'Education', 'Education and childcare administrators'],
  ['11-9070', 'Hospitality and Food Service', 'Entertainment, recreation and gambling managers'],
  ['11-9170', 'Human Services', 'Personal service managers (incl. funeral home managers)'],
  ['15-2000', 'Engineering and Science', 'Mathematical science occupations (actuaries, statisticians, ...)'],
  ['39-3000', 'Hospitality and Food Service', 'Entertainment attendants (gaming, ushers, amusement)'],
  ['39-7000', 'Hospitality and Food Service', 'Tour and travel guides'],
  ['43-5000', 'Transportation and Logistics', 'Material recording, scheduling, dispatching and distributing'],
  ['47-5000', 'Agriculture, Energy and Natural Resources', 'Extraction workers (oil, gas, mining)'],
  ['51-8000', 'Agriculture, Energy and Natural Resources', 'Plant and system operators (power, water, chemical, refinery)'],

  // --- Single occupations ---
  ['11-3021', 'Information Technology', 'Computer and Information Systems Managers'],
  ['11-3051', 'Manufacturing', 'Industrial Production Managers'],
  ['11-3071', 'Transportation and Logistics', 'Transportation, Storage, and Distribution Managers'],
  ['11-9013', 'Agriculture, Energy and Natural Resources', 'Farmers, Ranchers, and Other Agricultural Managers'],
  ['11-9021', 'Construction', 'Construction Managers'],
  ['11-9041', 'Engineering and Science', 'Architectural and Engineering Managers'],
  ['11-9051', 'Hospitality and Food Service', 'Food Service Managers'],
  ['11-9081', 'Hospitality and Food Service', 'Lodging Managers'],
  ['11-9111', 'Healthcare', 'Medical and Health Services Managers'],
  ['11-9121', 'Engineering and Science', 'Natural Sciences Managers'],
  ['11-9151', 'Human Services', 'Social and Community Service Managers'],
  ['11-9161', 'Public Safety and Military', 'Emergency Management Directors'],
  ['15-1212', 'Cybersecurity', 'Information Security Analysts'],
  ['15-2051', 'Information Technology', 'Data Scientists (CWDC added data scientist to its IT pathways, colorado_facts.json)'],
  ['43-4081', 'Hospitality and Food Service', 'Hotel, Motel, and Resort Desk Clerks'],
  ['43-5031', 'Public Safety and Military', 'Public Safety Telecommunicators'],
];

/** Code prefix that a SOC code at a given level shares with its members. */
function prefixOf(code) {
  if (code.endsWith('-0000')) return code.slice(0, 2);
  if (code.endsWith('000')) return code.slice(0, 4);
  if (code.endsWith('0')) return code.slice(0, 6);
  return code;
}

const RULES = SECTOR_TABLE.map(([code, sector]) => ({ prefix: prefixOf(code), sector })).sort(
  (a, b) => b.prefix.length - a.prefix.length,
);

/** The sector of a detailed SOC code (throws if the table misses it, so no occupation goes unsectored). */
export function sectorFor(soc) {
  const rule = RULES.find((r) => soc.startsWith(r.prefix));
  if (!rule) throw new Error(`no sector for SOC ${soc}`);
  return rule.sector;
}
