// Healthcare pathway (co-healthcare). No My Colorado Journey healthcare pages were available, so the
// structure rests on BLS typical entry education, O*NET Job Zones and O*NET related occupations only.
// Credentials are named generically; none carries a provider, duration or cost (no source gives one).

export const spec = {
  id: 'co-healthcare',
  file: 'pathway-healthcare.json',
  title: 'Healthcare',
  sector: 'Healthcare',
  summary:
    'Routes into healthcare work in Colorado, from short-term certificates such as nurse aide, EMT and phlebotomy to licensed nursing, therapy and management roles.',
  // [node id, SOC 2018 code, stage]
  occupations: [
    ['nursing-assistants', '31-1131', 'entry'],
    ['phlebotomists', '31-9097', 'entry'],
    ['medical-assistants', '31-9092', 'entry'],
    ['pharmacy-technicians', '29-2052', 'entry'],
    ['emergency-medical-technicians', '29-2042', 'entry'],
    ['paramedics', '29-2043', 'mid'],
    ['licensed-practical-nurses', '29-2061', 'mid'],
    ['radiologic-technologists', '29-2034', 'mid'],
    ['respiratory-therapists', '29-1126', 'mid'],
    ['registered-nurses', '29-1141', 'mid'],
    ['nurse-practitioners', '29-1171', 'advanced'],
    ['medical-and-health-services-managers', '11-9111', 'advanced'],
  ],
  credentials: [
    { id: 'cna', stage: 'start', title: 'Certified Nurse Aide (CNA)', credentialType: 'certification' },
    { id: 'phlebotomy-certificate', stage: 'start', title: 'Phlebotomy technician certificate', credentialType: 'certificate' },
    { id: 'medical-assistant-certificate', stage: 'start', title: 'Medical assistant certificate', credentialType: 'certificate' },
    { id: 'pharmacy-technician-certification', stage: 'start', title: 'Pharmacy technician certification', credentialType: 'certification' },
    { id: 'emt-certification', stage: 'start', title: 'Emergency Medical Technician (EMT) certification', credentialType: 'certification' },
    { id: 'paramedic-certification', stage: 'entry', title: 'Paramedic certification', credentialType: 'certification' },
    { id: 'lpn-license', stage: 'entry', title: 'Licensed Practical Nurse (LPN) license', credentialType: 'license' },
    { id: 'radiologic-technology-associate', stage: 'entry', title: 'Associate degree in radiologic technology', credentialType: 'associate-degree' },
    { id: 'respiratory-therapy-associate', stage: 'entry', title: 'Associate degree in respiratory therapy', credentialType: 'associate-degree' },
    { id: 'adn', stage: 'mid', title: 'Associate Degree in Nursing (ADN)', credentialType: 'associate-degree' },
    { id: 'bsn', stage: 'mid', title: 'Bachelor of Science in Nursing (BSN)', credentialType: 'bachelor-degree' },
    { id: 'rn-license', stage: 'mid', title: 'Registered Nurse (RN) license', credentialType: 'license' },
    { id: 'health-administration-bachelor', stage: 'advanced', title: "Bachelor's degree in health administration", credentialType: 'bachelor-degree' },
    { id: 'msn', stage: 'advanced', title: 'Master of Science in Nursing (MSN)', credentialType: 'master-degree' },
  ],
  // [credential id, [occupation node ids], note?]
  qualifies: [
    ['cna', ['nursing-assistants']],
    ['phlebotomy-certificate', ['phlebotomists']],
    ['medical-assistant-certificate', ['medical-assistants']],
    ['pharmacy-technician-certification', ['pharmacy-technicians']],
    ['emt-certification', ['emergency-medical-technicians']],
    ['paramedic-certification', ['paramedics']],
    ['lpn-license', ['licensed-practical-nurses']],
    ['radiologic-technology-associate', ['radiologic-technologists']],
    ['respiratory-therapy-associate', ['respiratory-therapists']],
    ['adn', ['registered-nurses'], 'Together with a Registered Nurse license.'],
    ['bsn', ['registered-nurses'], 'Together with a Registered Nurse license.'],
    ['rn-license', ['registered-nurses']],
    ['health-administration-bachelor', ['medical-and-health-services-managers']],
    ['msn', ['nurse-practitioners']],
  ],
  // [from, to, note?]
  stacks: [
    ['emt-certification', 'paramedic-certification'],
    ['cna', 'lpn-license'],
    ['lpn-license', 'adn'],
    ['adn', 'bsn'],
    ['adn', 'rn-license'],
    ['bsn', 'rn-license'],
    ['bsn', 'msn'],
  ],
  edges: [],
  ladders: [{ id: 'nursing', title: 'Nursing', steps: ['cna', 'lpn-license', 'adn', 'bsn', 'msn'] }],
  sources: [],
  structureExtra: 'No My Colorado Journey healthcare pages were available to this project.',
};
