/**
 * cp-campaign-meter's full view loads its chart's code on first use (issue 18): a page with only banners and
 * cards never fetches it; the first full meter does, shows the placeholder meanwhile, and then the chart.
 * A file of its own: each test file runs in a fresh page, so what was fetched is this file's alone.
 */
import { expect, fixture, html } from './helpers/testing.js';
import type { CampaignMeter } from '../src/components/campaign-meter/campaign-meter.component.js';
import '../src/components/campaign-meter/campaign-meter.js';
import { expectAccessible, frames, litWarnings, nextEvent } from './helpers/index.js';

const SAMPLE = new URL('./fixtures/campaign-meter-sample.json', import.meta.url).href;
/** Modules the page has fetched whose names say they are the full view's alone. */
const fullCode = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /campaign-meter\.(full|chart|layout)\.|d3-array/.test(name));

describe("cp-campaign-meter: the full view's code on first use", () => {
  it("shows banners and cards without fetching the chart's code", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <cp-campaign-meter variant="banner" goal="1000000" start="2021-01-01" deadline="2030-12-31" value="455000" as-of="2025-06-30"></cp-campaign-meter>
      <cp-campaign-meter as-of="2025-06-30"></cp-campaign-meter>
    </div>`);
    const [banner, card] = [...wrapper.querySelectorAll<CampaignMeter>('cp-campaign-meter')] as [CampaignMeter, CampaignMeter];
    const loaded = nextEvent(card, 'cp-load');
    card.src = SAMPLE;
    await loaded;
    await frames(2);
    expect(banner.shadowRoot!.querySelector('[role="progressbar"]')).to.exist;
    expect(card.shadowRoot!.querySelector('.meter.compact')).to.exist;
    expect(fullCode()).to.deep.equal([]);
  });

  it('fetches it for the first full meter, holding the placeholder meanwhile, then draws the chart', async () => {
    const el = await fixture<CampaignMeter>(html`<cp-campaign-meter variant="full" as-of="2025-06-30"></cp-campaign-meter>`);
    const loaded = nextEvent(el, 'cp-load');
    el.src = SAMPLE;
    await el.updateComplete;
    // Until the figures and the chart's code are here: the full view's placeholder, busy, and no alert.
    expect(el.shadowRoot!.querySelector('.meter.full.placeholder')).to.exist;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await loaded;
    // cp-load follows the chart itself, not the placeholder.
    expect(el.shadowRoot!.querySelector('.placeholder')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.chart-svg .point').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(fullCode().length).to.be.greaterThan(0);
    // The chart's own styles arrived with it (a legend entry is a list item without them).
    expect(getComputedStyle(el.shadowRoot!.querySelector('.legend li')!).display).to.not.equal('list-item');
    await expectAccessible(el);
    expect(litWarnings).to.deep.equal([]);
  });

  it('draws a second full meter at once, with the code already here', async () => {
    const el = document.createElement('cp-campaign-meter') as CampaignMeter;
    el.setAttribute('variant', 'full');
    el.setAttribute('as-of', '2025-06-30');
    el.data = await (await fetch(SAMPLE)).json();
    const loaded = nextEvent(el, 'cp-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await loaded;
    expect(el.shadowRoot!.querySelectorAll('.chart-svg .point').length).to.be.greaterThan(0);
  });
});
