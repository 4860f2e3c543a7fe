// The five Colorado pathway documents that ship with the package, imported as JSON (20 to 35 KB each).
import type { PathwayDocument } from 'career-pathway-elements';
import businessOperations from 'career-pathway-elements/data/pathway-business-operations.json';
import construction from 'career-pathway-elements/data/pathway-construction.json';
import cybersecurity from 'career-pathway-elements/data/pathway-cybersecurity.json';
import healthcare from 'career-pathway-elements/data/pathway-healthcare.json';
import informationTechnology from 'career-pathway-elements/data/pathway-information-technology.json';

// A JSON import is typed from its content (`kind: string`, not the schema's union), hence the cast; the
// package's own tests validate these documents against the schema.
export const pathways = [healthcare, informationTechnology, cybersecurity, construction, businessOperations].map(
  (document) => document as unknown as PathwayDocument,
);
