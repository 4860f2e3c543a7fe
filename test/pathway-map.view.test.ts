/** cp-pathway-map's first view, its zoom and its popover, as a reader on a laptop meets them. */
import { expect } from './helpers/testing.js';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, button, buttonNamed, colorado, COLORADO, detailsShown, load, mapOf, scale, settle } from './helpers/map.js';

const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
const meets = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('cp-pathway-map, first view', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  // 992: a 1024 px screen less a page's margins.
  for (const [name, width] of COLORADO.flatMap(
    (name) =>
      [
        [name, 992],
        [name, 1240],
      ] as const,
  )) {
    it(`shows every step of the Colorado ${name} pathway in a ${width} px box, whole, at scale 1`, async () => {
      const el = await mapOf(await load(colorado(name)), width);
      expect(scale(el), 'text as designed, not shrunk').to.equal(1);
      const frame = $(el, '.viewport')!.getBoundingClientRect();
      const cards = $$(el, '.step .card');
      expect(cards.length).to.equal((el.data as { nodes: unknown[] }).nodes.length);
      for (const card of cards)
        expect(inside(card.getBoundingClientRect(), frame), card.closest('.step')!.getAttribute('data-id')!).to.equal(true);
      for (const label of $$(el, '.stage')) expect(inside(label.getBoundingClientRect(), frame), label.textContent!).to.equal(true);
      expect(el.scrollWidth, 'no sideways overflow').to.be.at.most(width);
    });
  }

  it('says how to get back when the reader zooms out past readable text', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mapOf(await load(colorado('information-technology')), 700);
      expect(scale(el)).to.equal(1);
      expect($(el, '.zoom-note'), 'nothing to say at scale 1').to.equal(null);
      el.fit();
      await settle(el);
      expect(scale(el), 'the whole map fits only below scale 1').to.be.below(1);
      const note = $(el, '.zoom-note')!;
      expect(note.textContent).to.contain('too small to read');
      buttonNamed(el, 'Actual size').click();
      await settle(el);
      expect(scale(el)).to.be.closeTo(1, 0.001);
      expect($(el, '.zoom-note')).to.equal(null);
      button(el, 'comptia-a-plus').focus();
      await sendKeys({ press: '-' });
      await settle(el);
      expect($(el, '.zoom-note'), 'below readable after one step out').to.not.equal(null);
      await sendKeys({ press: '1' });
      await settle(el);
      expect(scale(el), '1: back to actual size').to.be.closeTo(1, 0.001);
      expect($(el, '.zoom-note')).to.equal(null);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('opens a step’s details beside it, off the steps its links join it to', async () => {
    const el = await mapOf(await load(colorado('healthcare')), 1240);
    const doc = el.data as { nodes: { id: string }[]; edges: { from: string; to: string }[] };
    for (const id of ['lpn-license', 'rn-license', 'cna', 'licensed-practical-nurses']) {
      el.selected = id;
      await settle(el);
      button(el, id).focus();
      await settle(el);
      await detailsShown(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const popover = $(el, '#details')!.getBoundingClientRect();
      expect(popover.width, 'the details are open').to.be.above(0);
      // The steps its drawn links join it to (a related job's link is drawn for the selected step too).
      const near = doc.edges.flatMap((e) => (e.from === id ? [e.to] : e.to === id ? [e.from] : []));
      for (const other of near) {
        const box = button(el, other).getBoundingClientRect();
        expect(meets(popover, box), `${id}'s details cover ${other}`).to.equal(false);
      }
      expect(meets(popover, button(el, id).getBoundingClientRect()), 'nor the step itself').to.equal(false);
    }
  });
});
