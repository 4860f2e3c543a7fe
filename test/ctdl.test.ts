import { expect } from './helpers/testing.js';
import { fromCtdl, isCtdl } from '../src/schema/ctdl.js';
import { validatePathway } from '../src/schema/validate.js';
import type { PathwayDocument } from '../src/schema/types.js';

/** CompTIA's IT Networking Specialist pathway and its progression model, from Credential Engine's
 * Schema-Development repository (CTDL is CC BY 4.0), merged into one graph. */
const example = async (): Promise<Record<string, unknown>> =>
  (await fetch(new URL('./fixtures/ctdl-comptia-networking.jsonld', import.meta.url))).json();

const titles = (doc: PathwayDocument, ids: string[]) => ids.map((id) => doc.nodes.find((n) => n.id === id)?.title);

describe('CTDL import', () => {
  it('recognises CTDL JSON-LD and not a pathway document', async () => {
    expect(isCtdl(await example())).to.equal(true);
    expect(isCtdl({ '@type': 'ceterms:Pathway' })).to.equal(true);
    expect(isCtdl({ type: 'pathway' })).to.equal(false);
    expect(isCtdl(null)).to.equal(false);
  });

  it('turns progression levels into ordered stages, with the destination last', async () => {
    const doc = fromCtdl(await example());
    expect(doc.stages.map((s) => s.label)).to.deep.equal(['Beginner', 'Intermediate', 'Advanced', 'Destination']);
  });

  it('turns each component into a node with its kind, type, stage and link', async () => {
    const doc = fromCtdl(await example());
    expect(doc.title).to.equal('IT Networking Specialist Pathway');
    expect(doc.nodes).to.have.length(9);
    const byTitle = new Map(doc.nodes.map((n) => [n.title, n]));
    const aPlus = byTitle.get('CompTIA A+')!;
    expect(aPlus).to.include({
      kind: 'credential',
      credentialType: 'certification',
      url: 'https://certification.comptia.org/certifications/a',
    });
    expect(doc.stages.find((s) => s.id === aPlus.stage)!.label).to.equal('Beginner');
    expect(byTitle.get('CompTIA Cloud Essentials+'), 'names are trimmed').to.exist;
    expect(doc.stages.find((s) => s.id === byTitle.get('CompTIA Server+')!.stage)!.label).to.equal('Intermediate');
    const goal = byTitle.get('IT Networking Specialist')!;
    expect(goal).to.include({ kind: 'occupation', destination: true });
    expect(doc.stages.find((s) => s.id === goal.stage)!.label).to.equal('Destination');
    expect(byTitle.get('CompTIA Cloud+')!.destination, 'named by hasDestinationComponent').to.equal(true);
  });

  it('turns hasChild and hasCondition into forward edges, once each', async () => {
    const doc = fromCtdl(await example());
    const chain = doc.edges.map((e) => titles(doc, [e.from, e.to]).join(' → '));
    expect(chain).to.have.members([
      'CompTIA Cloud+ → IT Networking Specialist',
      'CompTIA Server+ → CompTIA Cloud+',
      'CompTIA Linux+ → CompTIA Server+',
      'CompTIA Cloud Essentials+ → CompTIA Linux+',
      'CompTIA Project+ → CompTIA Cloud Essentials+',
      'CompTIA Security+ → CompTIA Project+',
      'CompTIA Network+ → CompTIA Security+',
      'CompTIA A+ → CompTIA Network+',
    ]);
    expect(doc.edges.find((e) => titles(doc, [e.to])[0] === 'IT Networking Specialist')!.kind).to.equal('qualifies');
    expect(doc.edges.find((e) => titles(doc, [e.from])[0] === 'CompTIA A+')!.kind).to.equal('stacks');
  });

  it('gives a document that validates, wherever a pathway is accepted', async () => {
    const input = await example();
    const result = validatePathway(input);
    expect(result.issues).to.deep.equal([]);
    expect(result.document!.type).to.equal('pathway');
  });

  it('reads ceterms:hasChild as well as ceasn:hasChild, and precedes', () => {
    const doc = fromCtdl({
      '@graph': [
        { '@id': 'p', '@type': 'ceterms:Pathway', 'ceterms:name': { 'en-US': 'Tiny' }, 'ceterms:hasDestinationComponent': 'job' },
        { '@id': 'job', '@type': 'ceterms:JobComponent', 'ceterms:name': 'Job', 'ceterms:hasChild': ['course'] },
        { '@id': 'course', '@type': 'ceterms:CourseComponent', 'ceterms:name': 'Course', 'ceterms:unknownProperty': 1 },
        { '@id': 'work', '@type': 'ceterms:WorkExperienceComponent', 'ceterms:name': 'Work', 'ceterms:precedes': 'job' },
      ],
    });
    expect(doc.nodes.map((n) => `${n.title}:${n.kind}`)).to.deep.equal(['Job:occupation', 'Course:course', 'Work:experience']);
    expect(doc.edges).to.deep.equal([
      { from: 'course', to: 'job', kind: 'qualifies' },
      { from: 'work', to: 'job', kind: 'advances' },
    ]);
    expect(doc.stages).to.deep.equal([{ id: 'steps', label: 'Steps' }]);
    expect(validatePathway(doc).valid).to.equal(true);
  });

  it('turns missing pieces into validation issues, never a crash', () => {
    const inputs = [
      { '@graph': [] },
      { '@graph': [{ '@type': 'ceterms:Pathway' }, { '@type': 'ceterms:CourseComponent' }] },
      { '@type': 'ceterms:Pathway', 'ceterms:name': 5 },
      // Found by the property test: a credential type that is an object with no usable text in it.
      { '@graph': [{ '@type': {}, 'ceterms:credentialType': { toString: 0 } }] },
    ];
    for (const input of inputs) {
      const result = validatePathway(input);
      expect(result.valid, JSON.stringify(input)).to.equal(false);
      expect(result.issues.length).to.be.greaterThan(0);
    }
  });
});
