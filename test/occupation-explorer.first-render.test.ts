/** The explorer's first view of a large catalogue: validated in one task, derived and drawn in the next. */
import { expect, fixture, html } from './helpers/testing.js';
import '../src/components/occupation-explorer/occupation-explorer.js';
import type { OccupationExplorer } from '../src/components/occupation-explorer/occupation-explorer.component.js';
import type { OccupationsDocument } from '../src/schema/types.js';
import { nextEvent } from './helpers/index.js';

describe('<cp-occupation-explorer> first render of a large catalogue', () => {
  it('shows the busy placeholder until a later task draws the view, then fires cp-load with the view there', async () => {
    const doc: OccupationsDocument = await (await fetch('/data/colorado/occupations.json')).json();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><cp-occupation-explorer></cp-occupation-explorer></div>`);
    const el = wrapper.firstElementChild as OccupationExplorer;
    let rowsAtLoad = -1;
    const loaded = nextEvent(el, 'cp-load', 8000).then(() => (rowsAtLoad = el.shadowRoot!.querySelectorAll('tbody tr').length));
    el.data = doc;
    await el.updateComplete;
    // Still the task that validated the document: nothing derived or drawn yet, and said to be busy.
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).not.to.equal(null);
    await loaded;
    expect(rowsAtLoad).to.equal(50);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('draws a small document at once', async () => {
    const doc: OccupationsDocument = await (
      await fetch(new URL('./fixtures/occupation-explorer-colorado.json', import.meta.url).href)
    ).json();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><cp-occupation-explorer></cp-occupation-explorer></div>`);
    const el = wrapper.firstElementChild as OccupationExplorer;
    el.data = doc;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(doc.occupations.length);
  });
});
