/**
 * The elements' own custom properties: each is named `--cp-<whole tag without cp->-<thing>`, and the
 * shorter names of before (`--cp-map-*`, `--cp-ladder-*`, `--cp-campaign-meter-fill`) are public contract,
 * so a page that still sets one must still see it applied; a page that sets both gets the new one.
 */
import { expect, fixture, html } from './helpers/testing.js';
import '../src/components/pathway-map/pathway-map.js';
import '../src/components/credential-ladder/credential-ladder.js';
import '../src/components/campaign-meter/campaign-meter.js';
import type { CredentialLadder } from '../src/components/credential-ladder/credential-ladder.component.js';
import type { CampaignMeter } from '../src/components/campaign-meter/campaign-meter.component.js';
import type { PathwayDocument } from '../src/schema/types.js';
import { frames, nextEvent } from './helpers/index.js';
import { $, load, mapOf, menuItem } from './helpers/map.js';

const NURSING = new URL('./fixtures/credential-ladder-nursing.json', import.meta.url).href;
const METER = new URL('./fixtures/campaign-meter-sample.json', import.meta.url).href;

/** Sets each property on the element as a page's stylesheet would, inline on the tag. */
const style = (el: HTMLElement, props: Record<string, string>) => {
  for (const [name, value] of Object.entries(props)) el.style.setProperty(name, value);
};
const shadow = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function ladder(props: Record<string, string>, orientation: 'vertical' | 'horizontal' = 'vertical') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><cp-credential-ladder></cp-credential-ladder></div>`);
  const el = wrapper.querySelector<CredentialLadder>('cp-credential-ladder')!;
  style(el, props);
  el.orientation = orientation;
  el.current = 'lpn-license';
  const loaded = nextEvent(el, 'cp-load');
  el.data = (await (await fetch(NURSING)).json()) as PathwayDocument;
  await loaded;
  await frames(3);
  await el.updateComplete;
  return el;
}

async function meter(props: Record<string, string>) {
  const el = await fixture<CampaignMeter>(html`<cp-campaign-meter variant="compact" as-of="2025-06-30"></cp-campaign-meter>`);
  style(el, props);
  const loaded = nextEvent(el, 'cp-load');
  el.src = METER;
  await loaded;
  await el.updateComplete;
  await frames(2);
  return el;
}

/** The colour as the browser computes it, to compare with what an element draws. */
function rgb(colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** How far each rung climbs above the one before it, in px, read from the horizontal ladder's steps. */
function climbs(el: CredentialLadder): number[] {
  const pads = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.horizontal .rung')].map((rung) =>
    parseFloat(getComputedStyle(rung).paddingTop),
  );
  return pads.slice(1).map((pad, i) => pads[i] - pad);
}

describe('element custom properties, new names and old', () => {
  describe('cp-pathway-map height', () => {
    for (const name of ['--cp-pathway-map-height', '--cp-map-height']) {
      it(`${name} sets the drawn map's height`, async () => {
        const el = await mapOf(await load(), 1000);
        style(el, { [name]: '333px' });
        expect(shadow(el, '.viewport').getBoundingClientRect().height).to.equal(333);
      });
    }
    it('the new name wins when a page sets both', async () => {
      const el = await mapOf(await load(), 1000);
      style(el, { '--cp-map-height': '333px', '--cp-pathway-map-height': '277px' });
      expect(shadow(el, '.viewport').getBoundingClientRect().height).to.equal(277);
    });
    it('with neither set, the map keeps its own height', async () => {
      const el = await mapOf(await load(), 1000);
      const own = shadow(el, '.viewport').getBoundingClientRect().height;
      expect(own).to.be.greaterThan(0);
      expect(own).to.not.equal(333);
      style(el, { '--cp-map-height': '333px' });
      style(el, { '--cp-map-height': '' });
      expect(shadow(el, '.viewport').getBoundingClientRect().height).to.equal(own);
    });
    it('caps the table view at the height, old name too', async () => {
      const el = await mapOf(await load(), 1000);
      style(el, { '--cp-map-height': '120px' });
      // The "More" menu's item, the menu opened as a reader would (its code comes on first use).
      (await menuItem(el, 'Show as table')).click();
      await el.updateComplete;
      await frames(2);
      expect($(el, '.table-wrap')!.getBoundingClientRect().height).to.be.at.most(120);
    });
  });

  describe('cp-credential-ladder', () => {
    const cases = [
      ['--cp-credential-ladder-rail-color', '--cp-credential-ladder-current-color', '--cp-credential-ladder-rise'],
      ['--cp-ladder-rail-color', '--cp-ladder-current-color', '--cp-ladder-rise'],
    ] as const;
    for (const [rail, current, rise] of cases) {
      it(`${rail} and ${current} colour the rungs`, async () => {
        const el = await ladder({ [rail]: '#6b2c91', [current]: '#0a7a3b' });
        const nums = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.rung .num')];
        const here = nums.find((num) => num.closest('.is-current'))!;
        const other = nums.find((num) => !num.closest('.is-current'))!;
        expect(getComputedStyle(other).borderTopColor).to.equal(rgb('#6b2c91'));
        expect(getComputedStyle(here).backgroundColor).to.equal(rgb('#0a7a3b'));
      });
      it(`${rise} sets how far each step climbs`, async () => {
        const el = await ladder({ [rise]: '30px' }, 'horizontal');
        const steps = climbs(el);
        expect(steps.length).to.be.greaterThan(1);
        for (const step of steps) expect(step).to.be.closeTo(30, 0.5);
      });
    }
    it('the new names win when a page sets both', async () => {
      const el = await ladder({ '--cp-ladder-rail-color': '#6b2c91', '--cp-credential-ladder-rail-color': '#8a4b00' });
      const other = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.rung .num')].find((num) => !num.closest('.is-current'))!;
      expect(getComputedStyle(other).borderTopColor).to.equal(rgb('#8a4b00'));
    });
  });

  describe('cp-campaign-meter fill', () => {
    for (const name of ['--cp-campaign-meter-fill-color', '--cp-campaign-meter-fill']) {
      it(`${name} colours the progress bar's fill`, async () => {
        const el = await meter({ [name]: '#6b2c91' });
        expect(getComputedStyle(shadow(el, '.fill')).backgroundColor).to.equal(rgb('#6b2c91'));
      });
    }
    it('the new name wins when a page sets both', async () => {
      const el = await meter({ '--cp-campaign-meter-fill': '#6b2c91', '--cp-campaign-meter-fill-color': '#8a4b00' });
      expect(getComputedStyle(shadow(el, '.fill')).backgroundColor).to.equal(rgb('#8a4b00'));
    });
  });
});
