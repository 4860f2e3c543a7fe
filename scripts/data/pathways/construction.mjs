// Construction pathway (co-construction). Built on registered apprenticeships and trade licenses;
// no My Colorado Journey construction pages were available. No credential carries a provider,
// duration or cost: no source file gives one.

export const spec = {
  id: 'co-construction',
  file: 'pathway-construction.json',
  title: 'Construction',
  sector: 'Construction',
  summary:
    'Routes into construction and the skilled trades in Colorado, from pre-apprenticeship and helper jobs through registered apprenticeships and trade licenses to supervision and construction management.',
  // [node id, SOC 2018 code, stage]
  occupations: [
    ['construction-laborers', '47-2061', 'entry'],
    ['helpers-electricians', '47-3013', 'entry'],
    ['helpers-plumbers', '47-3015', 'entry'],
    ['carpenters', '47-2031', 'entry'],
    ['operating-engineers', '47-2073', 'entry'],
    ['electricians', '47-2111', 'mid'],
    ['plumbers-pipefitters-and-steamfitters', '47-2152', 'mid'],
    ['hvac-mechanics-and-installers', '49-9021', 'mid'],
    ['construction-and-building-inspectors', '47-4011', 'advanced'],
    ['first-line-supervisors-of-construction-trades', '47-1011', 'advanced'],
    ['cost-estimators', '13-1051', 'advanced'],
    ['construction-managers', '11-9021', 'advanced'],
  ],
  credentials: [
    { id: 'high-school-diploma', stage: 'start', title: 'High school diploma or equivalent', credentialType: 'secondary-school-diploma' },
    { id: 'pre-apprenticeship', stage: 'start', title: 'Construction pre-apprenticeship certificate', credentialType: 'pre-apprenticeship-certificate' },
    { id: 'electrical-apprenticeship', stage: 'entry', title: 'Registered apprenticeship: electrician', credentialType: 'apprenticeship-certificate' },
    { id: 'plumbing-apprenticeship', stage: 'entry', title: 'Registered apprenticeship: plumber', credentialType: 'apprenticeship-certificate' },
    { id: 'carpentry-apprenticeship', stage: 'entry', title: 'Registered apprenticeship: carpenter', credentialType: 'apprenticeship-certificate' },
    { id: 'hvac-certificate', stage: 'entry', title: 'HVAC-R technician certificate', credentialType: 'certificate' },
    { id: 'journeyman-electrician-license', stage: 'mid', title: 'Journeyman electrician license', credentialType: 'license' },
    { id: 'journeyman-plumber-license', stage: 'mid', title: 'Journeyman plumber license', credentialType: 'license' },
    { id: 'construction-technology-associate', stage: 'mid', title: 'Associate degree in construction technology or management', credentialType: 'associate-degree' },
    { id: 'master-electrician-license', stage: 'advanced', title: 'Master electrician license', credentialType: 'license' },
    { id: 'master-plumber-license', stage: 'advanced', title: 'Master plumber license', credentialType: 'license' },
    { id: 'construction-management-bachelor', stage: 'advanced', title: "Bachelor's degree in construction management", credentialType: 'bachelor-degree' },
  ],
  // [credential id, [occupation node ids], note?]
  qualifies: [
    ['high-school-diploma', ['helpers-electricians', 'helpers-plumbers', 'operating-engineers']],
    ['pre-apprenticeship', ['construction-laborers', 'helpers-electricians', 'helpers-plumbers']],
    ['electrical-apprenticeship', ['electricians']],
    ['plumbing-apprenticeship', ['plumbers-pipefitters-and-steamfitters']],
    ['carpentry-apprenticeship', ['carpenters']],
    ['hvac-certificate', ['hvac-mechanics-and-installers']],
    ['journeyman-electrician-license', ['electricians']],
    ['journeyman-plumber-license', ['plumbers-pipefitters-and-steamfitters']],
    ['construction-technology-associate', ['construction-and-building-inspectors', 'cost-estimators']],
    ['master-electrician-license', ['first-line-supervisors-of-construction-trades']],
    ['master-plumber-license', ['first-line-supervisors-of-construction-trades']],
    ['construction-management-bachelor', ['cost-estimators', 'construction-managers']],
  ],
  // [from, to, note?]
  stacks: [
    ['pre-apprenticeship', 'electrical-apprenticeship'],
    ['pre-apprenticeship', 'plumbing-apprenticeship'],
    ['pre-apprenticeship', 'carpentry-apprenticeship'],
    ['electrical-apprenticeship', 'journeyman-electrician-license'],
    ['journeyman-electrician-license', 'master-electrician-license'],
    ['plumbing-apprenticeship', 'journeyman-plumber-license'],
    ['journeyman-plumber-license', 'master-plumber-license'],
    ['construction-technology-associate', 'construction-management-bachelor'],
  ],
  edges: [],
  ladders: [
    {
      id: 'electrician',
      title: 'Electrician',
      steps: ['pre-apprenticeship', 'electrical-apprenticeship', 'journeyman-electrician-license', 'master-electrician-license'],
    },
    {
      id: 'plumber',
      title: 'Plumber',
      steps: ['pre-apprenticeship', 'plumbing-apprenticeship', 'journeyman-plumber-license', 'master-plumber-license'],
    },
  ],
  sources: [],
  structureExtra: 'No My Colorado Journey construction pages were available to this project.',
};
