/** cp-pathway-map on a phone: stacked sections of full-width cards, not a desktop picture to pan. */
import { expect } from './helpers/testing.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessible, shadowText } from './helpers/index.js';
import { $, $$, colorado, COLORADO, focusedId, load, mapOf, settle, status, step } from './helpers/map.js';

const card = (el: HTMLElement, id: string) => step(el as never, id).querySelector<HTMLElement>('.node')!;

describe('cp-pathway-map on a phone', () => {
  before(() => setViewport({ width: 390, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows each stage as a section of cards, with no drawing to pan and nothing wider than the phone', async () => {
    const el = await mapOf(await load(), 360);
    expect($(el, 'svg.map'), 'no pan window').to.equal(null);
    expect($$(el, '.stage-title').map((h) => h.textContent!.trim())).to.deep.equal(['Entry level', 'Mid level', 'Advanced']);
    expect($$(el, '.step').map((s) => s.getAttribute('data-id'))).to.have.members([
      'cna',
      'nursing-assistants',
      'lpn-license',
      'lpn',
      'adn',
      'rn',
    ]);
    expect(el.scrollWidth, 'no sideways overflow').to.be.at.most(360);
    for (const node of $$<HTMLElement>(el, '.step'))
      expect(node.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    // The card says what it is and the figure that matters; its button is named by what it shows.
    expect(card(el, 'rn').textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^Registered Nurses, Occupation\s*,\s*\$91,730 a year, Colorado mean$/,
    );
    expect($$(el, '.node[tabindex="0"]'), 'one Tab stop').to.have.length(1);
    await expectAccessible(el);
  });

  it('says where each step leads, and each of those moves focus to the step it names', async () => {
    const el = await mapOf(await load(), 360);
    const leads = step(el, 'lpn-license').querySelector('.leads')!;
    expect(leads.querySelector('.leads-label')!.textContent).to.equal('Leads to:');
    expect([...leads.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Licensed Practical and Licensed Vocational Nurses',
      'Associate Degree in Nursing',
    ]);
    const to = [...leads.querySelectorAll<HTMLButtonElement>('.lead')];
    expect(
      to.map((b) => b.tabIndex),
      'out of the Tab order: the arrow keys walk the same links',
    ).to.deep.equal([-1, -1]);
    to[1]!.click();
    await settle(el);
    expect(focusedId(el)).to.equal('adn');
    expect(card(el, 'adn').tabIndex, 'the Tab stop moved with it').to.equal(0);
    expect(status(el)).to.equal('Mid level, 3 of 3.');
  });

  it('walks the links with ↓ and ↑, and the stage with ← and →', async () => {
    const el = await mapOf(await load(), 360);
    card(el, 'cna').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(focusedId(el), '↓: the next step along a link').to.be.oneOf(['nursing-assistants', 'lpn-license']);
    const from = focusedId(el)!;
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focusedId(el), '↑: back along the link').to.equal('cna');
    // Within a stage the arrows follow the cards as the section lists them.
    const [first, second] = $$(el, '.stage-section:first-of-type .step').map((s) => s.getAttribute('data-id')!);
    card(el, first!).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focusedId(el), '→: the next card in the section').to.equal(second);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focusedId(el), '←: the card before').to.equal(first);
    expect(from).to.not.equal(undefined);
    await sendKeys({ press: '-' });
    expect($(el, 'svg.map'), 'zoom keys do nothing here').to.equal(null);
  });

  it('shows a selected step’s details inside its card, and Escape closes them', async () => {
    const el = await mapOf(await load(), 360);
    card(el, 'lpn').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const details = step(el, 'lpn').querySelector('.inline-details');
    expect(details, 'details in the card').to.not.equal(null);
    expect(details!.textContent).to.contain('Typical education');
    expect($(el, '#details:popover-open'), 'no popover over the list').to.equal(null);
    expect(el.selected).to.equal('lpn');
    expect(card(el, 'lpn').getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.selected).to.equal(undefined);
    expect(step(el, 'lpn').querySelector('.inline-details')).to.equal(null);
    await expectAccessible(el);
  });

  it('draws the stage columns when asked, and the sections when asked at any width', async () => {
    const el = await mapOf(await load(), 360, { orientation: 'horizontal' });
    expect($(el, 'svg.map')).to.not.equal(null);
    el.orientation = 'vertical';
    await settle(el);
    expect($(el, 'svg.map')).to.equal(null);
    expect($$(el, '.stage-section')).to.have.length(3);
    const wide = await mapOf(await load(), 1200, { orientation: 'vertical' });
    expect($$(wide, '.stage-section')).to.have.length(3);
  });

  for (const name of COLORADO) {
    it(`shows every step of the Colorado ${name} pathway whole at 360 px: no title cut, text at 11 px or more`, async () => {
      const el = await mapOf(await load(colorado(name)), 360);
      const doc = el.data as { nodes: { id: string; title: string }[] };
      for (const node of doc.nodes) expect(step(el, node.id).querySelector('.step-title')!.textContent).to.contain(node.title);
      expect(shadowText(el)).to.not.contain('…');
      // Where a step leads and the jobs O*NET only lists as related, apart.
      const full = el.data as { nodes: { id: string; title: string }[]; edges: { from: string; to: string; basis?: string }[] };
      const title = (id: string) => full.nodes.find((node) => node.id === id)!.title;
      for (const node of full.nodes) {
        const groups = Object.fromEntries(
          [...step(el, node.id).querySelectorAll('.leads')].map((g) => [
            g.querySelector('.leads-label')!.textContent,
            [...g.querySelectorAll('li')].map((li) => li.textContent!.trim()),
          ]),
        );
        const out = full.edges.filter((edge) => edge.from === node.id);
        const next = out.filter((edge) => !edge.basis).map((edge) => title(edge.to));
        const related = out.filter((edge) => edge.basis === 'related-occupations').map((edge) => title(edge.to));
        expect(groups['Leads to:'] ?? [], `${node.id} leads to`).to.have.members(next);
        expect(groups['Related jobs (O*NET):'] ?? [], `${node.id} related jobs`).to.have.members(related);
      }
      expect(el.scrollWidth, 'no sideways overflow').to.be.at.most(360);
      for (const text of $$<HTMLElement>(el, '.list :is(.step-title, .step-figure, .leads, .stage-title)')) {
        const size = parseFloat(getComputedStyle(text).fontSize);
        expect(size, text.textContent!).to.be.at.least(text.matches('.step-title, .stage-title') ? 12 : 11);
      }
    });
  }
});
