// Related jobs on demand: links from O*NET's related-occupation lists ("similar work", not a promotion)
// are not drawn until a step they lie on is chosen, and the exported map shows only what is drawn.
import { expect } from './helpers/testing.js';
import type { PathwayMap } from '../src/components/pathway-map/pathway-map.component.js';
import type { PathwayDocument } from '../src/schema/types.js';
import { $, $$, colorado, load, mapOf, settle } from './helpers/map.js';

/** The drawn edges as "from → to", and which of them show (are displayed and take up room). */
function edges(el: PathwayMap, doc: PathwayDocument) {
  const all = $$<SVGPathElement>(el, '.edge[data-i]').map((path) => {
    const edge = doc.edges[Number(path.dataset.i)]!;
    const shows = getComputedStyle(path).display !== 'none' && path.getBBox().width + path.getBBox().height > 0;
    return { name: `${edge.from} → ${edge.to}`, related: path.hasAttribute('data-related'), on: path.hasAttribute('data-on'), shows };
  });
  return { all, shown: all.filter((e) => e.shows).map((e) => e.name), related: all.filter((e) => e.related) };
}

/** How many edges the exported SVG's map draws (the group under the title): each is a path with an arrowhead. */
const exportedEdges = async (el: PathwayMap) =>
  new DOMParser()
    .parseFromString(await el.toSvg(), 'image/svg+xml')
    .querySelectorAll('svg > g[transform="translate(0 44)"] path[marker-end]').length;

describe('cp-pathway-map: related jobs on demand', () => {
  let doc: PathwayDocument;
  before(async () => {
    doc = await load(colorado('healthcare'));
  });

  it('leaves related jobs out of the first drawing and its export, and shows those of a selected job', async () => {
    const el = await mapOf(doc, 1280);
    const first = edges(el, doc);
    const relatedInData = doc.edges.filter((edge) => edge.basis === 'related-occupations').length;
    expect(first.related.length, 'every related link is in the drawing, marked').to.equal(relatedInData);
    expect(
      first.related.filter((e) => e.shows),
      'none shows at first',
    ).to.deep.equal([]);
    expect(first.shown.length, 'every other link shows').to.equal(doc.edges.length - relatedInData);
    expect(await exportedEdges(el), 'the export draws what shows').to.equal(first.shown.length);

    el.selected = 'nursing-assistants';
    await settle(el);
    const chosen = edges(el, doc);
    expect(chosen.shown, 'its related jobs').to.include.members([
      'nursing-assistants → licensed-practical-nurses',
      'nursing-assistants → paramedics',
    ]);
    const relatedShown = chosen.related.filter((e) => e.shows);
    expect(
      relatedShown.every((e) => e.on),
      'only related links on a route through it',
    ).to.equal(true);
    expect(relatedShown.length, 'every related link on a route through it').to.equal(chosen.related.filter((e) => e.on).length);
    expect(chosen.shown.length, 'the other links stay, greyed').to.equal(first.shown.length + relatedShown.length);
    expect(await exportedEdges(el), 'the export draws what shows').to.equal(chosen.shown.length);

    el.selected = undefined;
    await settle(el);
    expect(
      edges(el, doc).related.filter((e) => e.shows),
      'hidden again',
    ).to.deep.equal([]);
  });

  it('says in the legend that related jobs show for the selected job, in English and Spanish', async () => {
    const legend = (el: PathwayMap) => $(el, '.legend')!.textContent!.replace(/\s+/g, ' ');
    expect(legend(await mapOf(doc, 1280))).to.contain('Related job, higher pay (O*NET), shown for the selected job');
    expect(legend(await mapOf(doc, 1280, { lang: 'es' }))).to.contain(
      'Empleo relacionado, mejor pagado (O*NET), se muestra para el empleo seleccionado',
    );
  });
});
