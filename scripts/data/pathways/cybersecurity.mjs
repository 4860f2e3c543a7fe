// Cybersecurity pathway (co-cybersecurity). The My Colorado Journey cybersecurity pages are the main
// evidence for which certifications matter; their career titles are not SOC occupations, so the
// occupations here are the SOC codes those roles sit in or feed from.

import { CTDL_COMPTIA, mcjSource } from '../sources.mjs';
import { comptiaCredentials } from './comptia.mjs';

const comptia = comptiaCredentials([
  ['comptia-a-plus', 'CompTIA A+', 'start'],
  ['comptia-network-plus', 'CompTIA Network+', 'start'],
  ['comptia-security-plus', 'CompTIA Security+', 'entry'],
]);

const MCJ_SOC_ANALYST =
  'My Colorado Journey, Security Operation Center Analyst (careers/556): for entry-level jobs, CompTIA Security+ with Network+ or a vendor-specific certification such as CCNA was identified as valued by employers.';
const MCJ_ADMIN = 'Listed by My Colorado Journey among certifications for Computer/Network System Administrator (careers/78).';
const MCJ_ARCHITECT = 'Listed by My Colorado Journey for Computer Network Architect (careers/80).';

export const spec = {
  id: 'co-cybersecurity',
  file: 'pathway-cybersecurity.json',
  title: 'Cybersecurity',
  sector: 'Cybersecurity',
  summary:
    'Routes into cybersecurity in Colorado: few jobs hire entry-level people directly, so the map starts in IT support, networking and systems administration and builds security certifications on the way.',
  // [node id, SOC 2018 code, stage]
  occupations: [
    ['computer-user-support-specialists', '15-1232', 'entry'],
    ['computer-network-support-specialists', '15-1231', 'entry'],
    ['network-and-computer-systems-administrators', '15-1244', 'mid'], // careers/78
    ['computer-systems-analysts', '15-1211', 'mid'],
    ['information-security-analysts', '15-1212', 'advanced'],
    ['computer-network-architects', '15-1241', 'advanced'], // careers/80: feeder role into cybersecurity
    ['computer-and-information-systems-managers', '11-3021', 'advanced'],
  ],
  credentials: [
    ...comptia.credentials,
    { id: 'cybersecurity-certificate', stage: 'start', title: 'Certificate in cybersecurity or network security', credentialType: 'certificate' },
    { id: 'ccna', stage: 'entry', title: 'Cisco Certified Network Associate (CCNA)', credentialType: 'certification' },
    { id: 'associate-cybersecurity', stage: 'entry', title: 'Associate degree in cybersecurity or network administration', credentialType: 'associate-degree' },
    { id: 'giac-gsec', stage: 'mid', title: 'GIAC Security Essentials (GSEC)', credentialType: 'certification' },
    { id: 'bachelor-cybersecurity', stage: 'mid', title: "Bachelor's degree in cybersecurity, computer science or a related field", credentialType: 'bachelor-degree' },
    { id: 'cissp', stage: 'advanced', title: 'Certified Information Systems Security Professional (CISSP)', credentialType: 'certification' },
  ],
  // [credential id, [occupation node ids], note?]
  qualifies: [
    ['comptia-a-plus', ['computer-user-support-specialists']],
    ['comptia-network-plus', ['computer-network-support-specialists']],
    ['comptia-network-plus', ['information-security-analysts'], MCJ_SOC_ANALYST],
    ['comptia-security-plus', ['network-and-computer-systems-administrators'], MCJ_ADMIN],
    ['comptia-security-plus', ['information-security-analysts'], MCJ_SOC_ANALYST],
    ['cybersecurity-certificate', ['computer-user-support-specialists']],
    ['ccna', ['network-and-computer-systems-administrators'], MCJ_ADMIN],
    ['ccna', ['information-security-analysts'], MCJ_SOC_ANALYST],
    ['associate-cybersecurity', ['computer-network-support-specialists']],
    ['giac-gsec', ['computer-network-architects'], MCJ_ARCHITECT],
    ['giac-gsec', ['information-security-analysts']],
    [
      'bachelor-cybersecurity',
      ['computer-systems-analysts', 'information-security-analysts', 'computer-network-architects', 'computer-and-information-systems-managers'],
    ],
    ['cissp', ['computer-network-architects'], MCJ_ARCHITECT],
    ['cissp', ['information-security-analysts']],
  ],
  // [from, to, note?]
  stacks: [...comptia.stacks, ['cybersecurity-certificate', 'associate-cybersecurity'], ['associate-cybersecurity', 'bachelor-cybersecurity']],
  // Occupation links a source states outright (they replace any O*NET-derived edge for the same pair).
  edges: [
    {
      from: 'computer-network-architects',
      to: 'information-security-analysts',
      kind: 'lateral',
      note: 'My Colorado Journey, Computer Network Architect (careers/80): identified by employers as a key feeder role into a Cybersecurity career.',
    },
  ],
  ladders: [
    {
      id: 'security-certifications',
      title: 'Security certifications',
      steps: ['comptia-a-plus', 'comptia-network-plus', 'comptia-security-plus', 'giac-gsec', 'cissp'],
    },
    {
      id: 'cybersecurity-degrees',
      title: 'Cybersecurity certificate to degree',
      steps: ['cybersecurity-certificate', 'associate-cybersecurity', 'bachelor-cybersecurity'],
    },
  ],
  sources: [
    CTDL_COMPTIA,
    mcjSource(
      ['556', '42', '48', '78', '80'],
      ['edges'],
      'Certifications valued for entry-level cybersecurity jobs and for the administrator and network architect roles; that relatively few jobs hire an entry-level person directly into cybersecurity (careers/556); and the network architect as a feeder role into cybersecurity (careers/80). ' +
        'The cybersecurity career titles (Threat/Warning & Exploitation Analyst, Cyber Defense Incident Responder, Security Operation Center Analyst) are work roles, not SOC occupations, so no Top Job mark is carried from them.',
    ),
  ],
};
