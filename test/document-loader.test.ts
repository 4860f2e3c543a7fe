import { expect, fixture, html } from './helpers/testing.js';
import { html as litHtml, type TemplateResult } from 'lit';
import { CpElement } from '../src/base/cp-element.js';
import { define } from '../src/base/define.js';
import { fetchShared } from '../src/base/document-loader.js';
import type { PathwayDocument } from '../src/schema/types.js';
import { nextEvent, shadowText } from './helpers/index.js';
import { pathwayRules } from '../src/schema/documents/pathway.js';

/** The smallest real element: shows the document's title. */
class SharedView extends CpElement<PathwayDocument> {
  protected static override documents = [pathwayRules];
  protected override renderDocument(document: PathwayDocument): TemplateResult {
    return litHtml`<h2>${document.title}</h2>`;
  }
}
define('test-shared-view', SharedView);

let n = 0;
/** A URL no other test has asked for, so the shared cache and the browser's cache start empty for it. */
const fresh = (path: string) => new URL(`${path}${path.includes('?') ? '&' : '?'}case=${Date.now()}-${n++}`, import.meta.url).href;
const fixtureUrl = () => fresh('./fixtures/pathway-small.json');
const slowUrl = (ms = 300) => fresh(`/__test__/slow?ms=${ms}&file=/test/fixtures/pathway-small.json`);
/** How many requests the page made for `url` (resource timing lists each, aborted ones included). */
const requests = (url: string) => performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
/**
 * Resolves once `count` elements whose `src` is `url` have fired cp-load. Listening on the document from
 * before they exist: a small document can load before fixture() has returned them.
 */
const loaded = (url: string, count: number) =>
  new Promise<void>((resolve) => {
    let seen = 0;
    const on = (event: Event) => {
      if ((event.target as Element).getAttribute('src') !== url || ++seen < count) return;
      document.removeEventListener('cp-load', on);
      resolve();
    };
    document.addEventListener('cp-load', on);
  });

describe('documents shared between elements (one request per src)', () => {
  it('makes one request when two elements name the same src at once, and both render it', async () => {
    const url = slowUrl(200);
    const box = await fixture(
      html`<div><test-shared-view src=${url}></test-shared-view><test-shared-view src=${url}></test-shared-view></div>`,
    );
    const [a, b] = [...box.querySelectorAll<SharedView>('test-shared-view')];
    await Promise.all([nextEvent(a!, 'cp-load'), nextEvent(b!, 'cp-load')]);
    await settle();
    expect(requests(url)).to.equal(1);
    expect(shadowText(a!)).to.contain('Nursing (test fixture)');
    expect(shadowText(b!)).to.contain('Nursing (test fixture)');
  });

  it('serves an element that arrives after the first has loaded (its code came later) from the same request', async () => {
    const url = fixtureUrl();
    const first = await fixture<SharedView>(html`<test-shared-view src=${url}></test-shared-view>`);
    await nextEvent(first, 'cp-load');
    const second = await fixture<SharedView>(html`<test-shared-view src=${url}></test-shared-view>`);
    await nextEvent(second, 'cp-load');
    await settle();
    expect(requests(url)).to.equal(1);
    expect(shadowText(second)).to.contain('Nursing (test fixture)');
  });

  it('treats a relative and an absolute src for the same document as one', async () => {
    const url = fixtureUrl();
    const relative = new URL(url).pathname + new URL(url).search;
    const both = Promise.all([loaded(url, 1), loaded(relative, 1)]);
    await fixture(html`<div><test-shared-view src=${url}></test-shared-view><test-shared-view src=${relative}></test-shared-view></div>`);
    await both;
    await settle();
    expect(requests(url)).to.equal(1);
  });

  it('keeps loading for one element when the other gives up (its data set instead)', async () => {
    const url = slowUrl(300);
    const doc = (await (await fetch(fixtureUrl())).json()) as PathwayDocument;
    // a (its data) and b (the fetch), both still with that src attribute.
    const fetched = loaded(url, 2);
    const box = await fixture(
      html`<div><test-shared-view src=${url}></test-shared-view><test-shared-view src=${url}></test-shared-view></div>`,
    );
    const [a, b] = [...box.querySelectorAll<SharedView>('test-shared-view')];
    a!.data = { ...doc, title: 'Set by data' };
    await fetched;
    await a!.updateComplete;
    expect(shadowText(a!)).to.contain('Set by data');
    expect(shadowText(b!)).to.contain('Nursing (test fixture)');
    expect(requests(url)).to.equal(1);
  });

  it('aborts the request when everyone waiting for it gives up, and asks again next time', async () => {
    const url = slowUrl(400);
    const [one, two] = [new AbortController(), new AbortController()];
    const first = fetchShared(url, one.signal);
    const second = fetchShared(url, two.signal);
    one.abort();
    two.abort();
    const outcomes = await Promise.allSettled([first, second]);
    expect(outcomes.map((o) => o.status)).to.deep.equal(['rejected', 'rejected']);
    const again = await fetchShared(url, new AbortController().signal);
    expect(again.shared.status).to.equal(200);
    expect(JSON.parse(again.shared.body).title).to.equal('Nursing (test fixture)');
    again.release();
    await settle();
    expect(requests(url)).to.equal(2);
  });

  it('fetches again once no element shows the document (it left the page)', async () => {
    const url = fixtureUrl();
    const first = await fixture<SharedView>(html`<test-shared-view src=${url}></test-shared-view>`);
    await nextEvent(first, 'cp-load');
    first.remove();
    const second = await fixture<SharedView>(html`<test-shared-view src=${url}></test-shared-view>`);
    await nextEvent(second, 'cp-load');
    await settle();
    expect(requests(url)).to.equal(2);
  });

  it('does not keep a failed response: the next element asks again', async () => {
    const url = fresh('./fixtures/no-such-document.json');
    const a = await fixture<SharedView>(html`<test-shared-view src=${url}></test-shared-view>`);
    await nextEvent(a, 'cp-error');
    const b = await fixture<SharedView>(html`<test-shared-view src=${url}></test-shared-view>`);
    const { detail } = await nextEvent<CustomEvent>(b, 'cp-error');
    expect(detail.message).to.contain('404');
    await settle();
    expect(requests(url)).to.equal(2);
  });
});
