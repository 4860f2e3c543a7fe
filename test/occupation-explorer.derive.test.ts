/** Pure tests of the explorer's view model (occupation-explorer.derive.ts) and of the sector split's merge: no DOM. */
import { expect } from './helpers/testing.js';
import { createDerive, type Inputs } from '../src/components/occupation-explorer/occupation-explorer.derive.js';
import { GREY } from '../src/components/occupation-explorer/occupation-explorer.colours.js';
import { mergeParts, partsFor } from '../src/components/occupation-explorer/occupation-explorer.parts.js';
import type { OccupationsDocument } from '../src/schema/types.js';

// Real Colorado figures (41 occupations of 16 sectors), as the browser tests use them.
const FIXTURE = new URL('./fixtures/occupation-explorer-colorado.json', import.meta.url).href;

describe('occupation explorer: derive', () => {
  let doc: OccupationsDocument;
  let base: Inputs;
  before(async () => {
    doc = await (await fetch(FIXTURE)).json();
    base = {
      doc,
      lang: 'en',
      sectors: [],
      query: '',
      sector: '',
      education: '',
      topJobs: false,
      minWage: undefined,
      maxWage: undefined,
      sort: 'demand',
      order: 'desc',
      width: 600,
      limit: 50,
      linked: undefined,
    };
  });

  it('gives the same view model for the same inputs, so a render for focus alone costs nothing', () => {
    const derive = createDerive();
    const first = derive(base);
    expect(derive({ ...base })).to.equal(first);
    expect(first.matched).to.have.length(doc.occupations.length);
    expect(first.listed).to.have.length(Math.min(50, doc.occupations.length));
  });

  it('re-places labels on hover without laying out the chart or the list again', () => {
    const derive = createDerive();
    const first = derive(base);
    const soc = first.marks.at(-1)!.row.soc;
    const hovered = derive({ ...base, linked: soc });
    expect(hovered).not.to.equal(first);
    expect(hovered.layout).to.equal(first.layout);
    expect(hovered.listed).to.equal(first.listed);
    expect(hovered.linkedPoint!.row.soc).to.equal(soc);
    // The hovered point is not named twice: its label gives way to the tooltip.
    expect(hovered.chartLabels.every((label) => label.soc !== soc)).to.equal(true);
  });

  it('filters on a key press without formatting the rows again, and lists only what matches', () => {
    const derive = createDerive();
    const first = derive(base);
    const typed = derive({ ...base, query: 'nurse' });
    expect(typed.text).to.equal(first.text);
    expect(typed.matched.length).to.be.greaterThan(0).and.below(first.matched.length);
    for (const row of typed.matched) expect(row.occupation.title.toLowerCase()).to.contain('nurs');
    expect(typed.layout.points).to.have.length(typed.matched.filter((row) => row.wage !== undefined && row.growth !== undefined).length);
  });

  it('with a sector chosen lists that sector only, and keeps the others on the chart in grey', () => {
    const vm = createDerive()({ ...base, sector: 'Healthcare' });
    const healthcare = doc.occupations.filter((o) => o.sector === 'Healthcare').length;
    expect(vm.matched).to.have.length(healthcare);
    expect(vm.listed.every((row) => row.occupation.sector === 'Healthcare')).to.equal(true);
    const grey = vm.layout.points.filter((p) => p.series === GREY);
    expect(grey.length).to.be.greaterThan(0);
    expect(grey.every((p) => p.row.occupation.sector !== 'Healthcare')).to.equal(true);
    expect(vm.marks.every((p) => p.row.occupation.sector === 'Healthcare')).to.equal(true);
    expect(vm.legend.map((item) => item.name)).to.include('Other sectors, for comparison');
  });

  it('lists `limit` rows and marks only their points', () => {
    const vm = createDerive()({ ...base, limit: 10 });
    expect(vm.listed).to.deep.equal(vm.matched.slice(0, 10));
    const listed = new Set(vm.listed);
    expect(vm.marks.length).to.be.greaterThan(0);
    expect(vm.marks.every((p) => listed.has(p.row))).to.equal(true);
  });

  it('lays out again at a new width, keeping what matches', () => {
    const derive = createDerive();
    const wide = derive(base);
    const narrow = derive({ ...base, width: 340 });
    expect(narrow.matched).to.equal(wide.matched);
    expect(narrow.layout.width).to.equal(340);
    expect(Math.max(...narrow.layout.points.map((p) => p.x))).to.be.at.most(340);
  });

  it('reports unusable attributes by name, in English, and ignores them', () => {
    const vm = createDerive()({ ...base, lang: 'es', sector: 'Health', education: 'phd', minWage: -5 });
    expect(vm.issues.map((issue) => issue.path)).to.deep.equal(['sector', 'education', 'min-wage']);
    expect(vm.issues[0]!.message).to.match(/^unknown value "Health"/);
    expect(vm.matched).to.have.length(doc.occupations.length);
  });

  it('offers the sectors of an index whose parts are not fetched yet', () => {
    const vm = createDerive()({ ...base, sectors: ['Mining', 'Healthcare'] });
    expect(vm.choices.sectors).to.include('Mining');
    expect(vm.choices.sectors.filter((s) => s === 'Healthcare')).to.have.length(1);
    expect(vm.issues).to.deep.equal([]);
    expect(createDerive()({ ...base, sector: 'Mining' }).issues.map((issue) => issue.path)).to.deep.equal(['sector']);
  });
});

describe('occupation explorer: a catalogue split by sector', () => {
  const occupation = (soc: string, sector: string) => ({ soc, title: `Occupation ${soc}`, sector });
  const index: OccupationsDocument = {
    type: 'occupations',
    version: 1,
    title: 'Index',
    source: [{ name: 'A source' }],
    parts: [
      { sector: 'Healthcare', href: 'healthcare.json' },
      { sector: 'Construction', href: 'construction.json' },
    ],
    occupations: [],
  };

  it("needs the chosen sector's part only, and every part without a sector or for one it does not name", () => {
    expect(partsFor(index, 'Healthcare').map((p) => p.href)).to.deep.equal(['healthcare.json']);
    expect(partsFor(index, '').map((p) => p.href)).to.deep.equal(['healthcare.json', 'construction.json']);
    expect(partsFor(index, 'Mining').map((p) => p.href)).to.deep.equal(['healthcare.json', 'construction.json']);
  });

  it("merges the parts' rows under the index's header, in SOC order", () => {
    const health = { ...index, parts: undefined, occupations: [occupation('31-1131', 'Healthcare'), occupation('29-1141', 'Healthcare')] };
    const build = { ...index, parts: undefined, occupations: [occupation('47-2111', 'Construction')] };
    const merged = mergeParts(index, [build, health]);
    expect(merged.occupations.map((o) => o.soc)).to.deep.equal(['29-1141', '31-1131', '47-2111']);
    expect(merged.title).to.equal('Index');
    expect(merged.source).to.equal(index.source);
  });
});
