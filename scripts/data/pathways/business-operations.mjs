// Business Operations pathway (co-business-operations): office support into business, finance, HR
// and management roles. No My Colorado Journey business pages were available. CompTIA Project+ comes
// from the CTDL example (name, owner, web page); no other credential carries a provider.

import { CTDL_COMPTIA } from '../sources.mjs';
import { comptiaCredentials } from './comptia.mjs';

const comptia = comptiaCredentials([['comptia-project-plus', 'CompTIA Project+', 'mid']]);

export const spec = {
  id: 'co-business-operations',
  file: 'pathway-business-operations.json',
  title: 'Business Operations',
  sector: 'Business Operations',
  summary:
    'Routes from office and customer-service work in Colorado into bookkeeping, accounting, human resources, project management and management roles.',
  // [node id, SOC 2018 code, stage]
  occupations: [
    ['customer-service-representatives', '43-4051', 'entry'],
    ['secretaries-and-administrative-assistants', '43-6014', 'entry'],
    ['office-clerks', '43-9061', 'entry'],
    ['bookkeeping-accounting-and-auditing-clerks', '43-3031', 'entry'],
    ['executive-secretaries', '43-6011', 'mid'],
    ['first-line-supervisors-of-office-workers', '43-1011', 'mid'],
    ['human-resources-specialists', '13-1071', 'mid'],
    ['accountants-and-auditors', '13-2011', 'mid'],
    ['management-analysts', '13-1111', 'mid'],
    ['project-management-specialists', '13-1082', 'mid'],
    ['general-and-operations-managers', '11-1021', 'advanced'],
    ['administrative-services-managers', '11-3012', 'advanced'],
    ['human-resources-managers', '11-3121', 'advanced'],
    ['financial-managers', '11-3031', 'advanced'],
  ],
  credentials: [
    { id: 'high-school-diploma', stage: 'start', title: 'High school diploma or equivalent', credentialType: 'secondary-school-diploma' },
    { id: 'business-certificate', stage: 'start', title: 'Certificate in business or office administration', credentialType: 'certificate' },
    { id: 'bookkeeping-certificate', stage: 'start', title: 'Bookkeeping certificate', credentialType: 'certificate' },
    { id: 'associate-business', stage: 'entry', title: 'Associate degree in business', credentialType: 'associate-degree' },
    { id: 'bachelor-business', stage: 'mid', title: "Bachelor's degree in business administration", credentialType: 'bachelor-degree' },
    { id: 'bachelor-accounting', stage: 'mid', title: "Bachelor's degree in accounting", credentialType: 'bachelor-degree' },
    { id: 'cpa-license', stage: 'mid', title: 'Certified Public Accountant (CPA) license', credentialType: 'license' },
    ...comptia.credentials,
    { id: 'mba', stage: 'advanced', title: 'Master of Business Administration (MBA)', credentialType: 'master-degree' },
  ],
  // [credential id, [occupation node ids], note?]
  qualifies: [
    ['high-school-diploma', ['customer-service-representatives', 'secretaries-and-administrative-assistants', 'office-clerks']],
    ['business-certificate', ['secretaries-and-administrative-assistants', 'office-clerks']],
    ['bookkeeping-certificate', ['bookkeeping-accounting-and-auditing-clerks']],
    ['associate-business', ['bookkeeping-accounting-and-auditing-clerks', 'executive-secretaries']],
    ['bachelor-business', ['human-resources-specialists', 'management-analysts', 'project-management-specialists']],
    ['bachelor-accounting', ['accountants-and-auditors']],
    ['cpa-license', ['accountants-and-auditors']],
    ['comptia-project-plus', ['project-management-specialists']],
    ['mba', ['general-and-operations-managers', 'financial-managers']],
  ],
  // [from, to, note?]
  stacks: [
    ['business-certificate', 'associate-business'],
    ['bookkeeping-certificate', 'associate-business'],
    ['associate-business', 'bachelor-business'],
    ['associate-business', 'bachelor-accounting'],
    ['bachelor-accounting', 'cpa-license'],
    ['bachelor-business', 'mba'],
  ],
  edges: [],
  ladders: [
    { id: 'business-degrees', title: 'Business certificate to MBA', steps: ['business-certificate', 'associate-business', 'bachelor-business', 'mba'] },
    { id: 'accounting', title: 'Accounting', steps: ['bookkeeping-certificate', 'associate-business', 'bachelor-accounting', 'cpa-license'] },
  ],
  sources: [CTDL_COMPTIA],
  structureExtra: 'No My Colorado Journey business pages were available to this project.',
};
