// Information Technology pathway (co-it). Occupations by SOC code; figures are filled in from the
// sources by build-pathway.mjs. Credentials name no duration or cost: no source file gives one.

import { CTDL_COMPTIA, mcjSource } from '../sources.mjs';
import { comptiaCredentials } from './comptia.mjs';

const comptia = comptiaCredentials([
  ['comptia-a-plus', 'CompTIA A+', 'start'],
  ['comptia-network-plus', 'CompTIA Network+', 'start'],
  ['comptia-security-plus', 'CompTIA Security+', 'entry'],
  ['comptia-linux-plus', 'CompTIA Linux+', 'mid'],
  ['comptia-server-plus', 'CompTIA Server+', 'mid'],
  ['comptia-cloud-plus', 'CompTIA Cloud+', 'advanced'],
]);

const MCJ_ADMIN = 'Listed by My Colorado Journey among certifications for Computer/Network System Administrator (careers/78).';
const MCJ_ARCHITECT = 'Listed by My Colorado Journey for Computer Network Architect (careers/80).';

export const spec = {
  id: 'co-it',
  file: 'pathway-information-technology.json',
  title: 'Information Technology',
  sector: 'Information Technology',
  summary:
    'Routes into information technology work in Colorado, from help-desk support and entry certifications to software, network, data and management roles.',
  // [node id, SOC 2018 code, stage]
  occupations: [
    ['computer-user-support-specialists', '15-1232', 'entry'],
    ['computer-network-support-specialists', '15-1231', 'entry'],
    ['web-developers', '15-1254', 'entry'], // careers/58 (Top Job badge)
    ['computer-programmers', '15-1251', 'mid'], // careers/61
    ['network-and-computer-systems-administrators', '15-1244', 'mid'], // careers/78
    ['software-quality-assurance-analysts-and-testers', '15-1253', 'mid'],
    ['web-and-digital-interface-designers', '15-1255', 'mid'], // added to CWDC IT pathways in 2021
    ['database-administrators', '15-1242', 'mid'],
    ['computer-systems-analysts', '15-1211', 'mid'],
    ['data-scientists', '15-2051', 'mid'], // added to CWDC IT pathways in 2021
    ['software-developers', '15-1252', 'mid'], // careers/55 (Top Job badge)
    ['computer-network-architects', '15-1241', 'advanced'], // careers/80
    ['database-architects', '15-1243', 'advanced'],
    ['computer-and-information-systems-managers', '11-3021', 'advanced'], // careers/65 names it as a prior role
  ],
  credentials: [
    ...comptia.credentials,
    { id: 'it-certificate', stage: 'start', title: 'Certificate in computer information systems or IT support', credentialType: 'certificate' },
    {
      id: 'co-tech-apprenticeship',
      stage: 'start',
      title: 'CO-TECH IT apprenticeship',
      credentialType: 'apprenticeship-certificate',
      provider: 'Colorado Community College System',
      description: 'Colorado Community College System apprenticeship program for IT occupations, funded by a U.S. Department of Labor grant; lead colleges ACC, CCD, FRCC and PCC.',
    },
    { id: 'ccna', stage: 'entry', title: 'Cisco Certified Network Associate (CCNA)', credentialType: 'certification' },
    { id: 'associate-it', stage: 'entry', title: 'Associate degree in computer science or information technology', credentialType: 'associate-degree' },
    { id: 'bachelor-cs', stage: 'mid', title: "Bachelor's degree in computer science or a related field", credentialType: 'bachelor-degree' },
    { id: 'ccnp', stage: 'advanced', title: 'Cisco Certified Network Professional (CCNP)', credentialType: 'certification' },
  ],
  // [credential id, [occupation node ids], note?]
  qualifies: [
    ['comptia-a-plus', ['computer-user-support-specialists']],
    ['comptia-network-plus', ['computer-network-support-specialists', 'network-and-computer-systems-administrators'], MCJ_ADMIN],
    ['comptia-security-plus', ['network-and-computer-systems-administrators'], MCJ_ADMIN],
    ['comptia-linux-plus', ['network-and-computer-systems-administrators']],
    ['comptia-server-plus', ['network-and-computer-systems-administrators']],
    ['comptia-cloud-plus', ['computer-network-architects']],
    ['it-certificate', ['computer-user-support-specialists']],
    ['co-tech-apprenticeship', ['computer-user-support-specialists', 'computer-network-support-specialists']],
    ['ccna', ['computer-network-support-specialists', 'network-and-computer-systems-administrators'], MCJ_ADMIN],
    ['associate-it', ['computer-network-support-specialists', 'web-developers']],
    [
      'bachelor-cs',
      [
        'computer-programmers',
        'software-quality-assurance-analysts-and-testers',
        'web-and-digital-interface-designers',
        'database-administrators',
        'computer-systems-analysts',
        'data-scientists',
        'software-developers',
      ],
    ],
    ['ccnp', ['computer-network-architects'], MCJ_ARCHITECT],
  ],
  // [from, to, note?]
  stacks: [...comptia.stacks, ['it-certificate', 'associate-it'], ['associate-it', 'bachelor-cs']],
  edges: [],
  ladders: [
    {
      id: 'comptia-infrastructure',
      title: 'CompTIA infrastructure certifications',
      steps: comptia.credentials.map((c) => c.id),
    },
    { id: 'it-degrees', title: 'IT certificate to degree', steps: ['it-certificate', 'associate-it', 'bachelor-cs'] },
  ],
  sources: [
    CTDL_COMPTIA,
    mcjSource(
      ['55', '58', '61', '78', '80'],
      ['topJob', 'edges'],
      'Top Job badges for "Software Developer, Applications" (careers/55 → 15-1252) and "Web Developer" (careers/58 → 15-1254), the badged pages whose career titles each name one SOC occupation; certifications named for Computer/Network System Administrator and Computer Network Architect.',
    ),
    {
      id: 'cwdc-career-pathways',
      name: 'Colorado Workforce Development Council, career pathways',
      url: 'https://cwdc.colorado.gov/strategies/career-pathways',
      area: 'Colorado',
      covers: ['nodes'],
      note: 'The June 2021 refresh of the IT and cybersecurity pathways added data scientist and web and digital interface designer, so both are included here.',
    },
    {
      id: 'co-tech',
      name: 'Colorado Community College System: CO-TECH apprenticeship lead colleges (press release)',
      url: 'https://www.globenewswire.com/news-release/2021/09/27/2303835/0/en/Colorado-Community-College-System-Announces-Lead-Colleges-for-CO-TECH-Apprenticeship-Grant.html',
      date: '2021-09-27',
      area: 'Colorado',
      covers: ['provider'],
      note: 'Provider and description of the CO-TECH apprenticeship node. The occupations it leads to here are this project\'s choice of entry IT roles.',
    },
  ],
};
