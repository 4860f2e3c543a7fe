// My Colorado Journey career pages (cwdc_mycoloradojourney_it_cyber_careers.csv) -> SOC codes.
//
// The pages show no SOC codes. A page is tied to a SOC 2018 detailed code only where its career title
// names one SOC occupation unambiguously; everything else maps to null and is used for nothing but
// notes. A Top Job mark is carried to an occupation only through a non-null row whose page shows the
// badge (top_job_badge "yes"; "not captured" counts as no).

// [career_id, SOC 2018 code or null, why]
export const MCJ_SOC = [
  // Threat/Warning & Exploitation Analyst: a NICE cybersecurity work role, not a SOC title. Could be
  // 15-1212 Information Security Analysts, 15-1299 Computer Occupations, All Other, or 33-3021 (O*NET's
  // intelligence analysts): ambiguous, so its badge is not carried to any SOC code.
  ['42', null, 'NICE work role; several SOC codes possible'],
  // Cyber Defense Incident Responder: NICE work role; 15-1212 or 15-1299. Ambiguous (badge not captured).
  ['48', null, 'NICE work role; several SOC codes possible'],
  // Software Developer, Applications: the SOC 2010 title of 15-1132, which SOC 2018 merged into
  // 15-1252 Software Developers. No other SOC 2018 code covers application developers: unambiguous.
  ['55', '15-1252', 'SOC 2010 15-1132, merged into SOC 2018 15-1252 Software Developers'],
  // Web Developer: SOC 2018 15-1254 Web Developers, same title.
  ['58', '15-1254', 'SOC 2018 15-1254 Web Developers'],
  // Computer Programmer: SOC 2018 15-1251 Computer Programmers, same title.
  ['61', '15-1251', 'SOC 2018 15-1251 Computer Programmers'],
  // Lead Software Developer or Architect: a seniority level, not an occupation; could be 15-1252,
  // 15-1243 Database Architects or 15-1299 (O*NET Computer Systems Engineers/Architects). Ambiguous.
  ['63', null, 'seniority level; several SOC codes possible'],
  // VP Technology, CIO, CTO, CEO: spans 11-3021 Computer and Information Systems Managers and 11-1011
  // Chief Executives. Ambiguous.
  ['65', null, 'spans 11-3021 and 11-1011'],
  // Computer Operator: the SOC 2010 code 43-9011 is not in the SOC 2018 structure. No 2018 code.
  ['76', null, 'no SOC 2018 code of that title'],
  // Computer/Network System Administrator: SOC 2018 15-1244 Network and Computer Systems Administrators.
  ['78', '15-1244', 'SOC 2018 15-1244 Network and Computer Systems Administrators'],
  // Computer Network Architect: SOC 2018 15-1241 Computer Network Architects, same title.
  ['80', '15-1241', 'SOC 2018 15-1241 Computer Network Architects'],
  // Security Operation Center Analyst/ Monitoring: probably 15-1212 (PROVENANCE.md: the cyber pages share
  // one set of figures, "likely 15-1212"), but the title itself does not name one SOC occupation, so
  // its badge is not carried.
  ['556', null, 'role title; likely but not unambiguously 15-1212'],
];

/** The page rows keyed by career_id, with the SOC mapping attached; checks the table covers the file. */
export function mcjPages(rows) {
  const table = new Map(MCJ_SOC.map(([id, soc]) => [id, soc]));
  const pages = new Map();
  for (const row of rows) {
    if (!table.has(row.career_id)) throw new Error(`My Colorado Journey page ${row.career_id} has no row in MCJ_SOC`);
    pages.set(row.career_id, { ...row, soc: table.get(row.career_id) });
  }
  for (const id of table.keys()) if (!pages.has(id)) throw new Error(`MCJ_SOC names missing page ${id}`);
  return pages;
}

/** SOC codes with a sourced Top Job mark. */
export function topJobSocs(pages) {
  const socs = new Set();
  for (const page of pages.values()) if (page.top_job_badge === 'yes' && page.soc) socs.add(page.soc);
  return socs;
}
