// dist/frame.html: one element per iframe, chosen by query parameters, fitted to its content.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { servedPages } from './support/page.mjs';

const pages = servedPages('.');
let page;
before(async () => {
  await pages.ready;
  page = await pages.browser.newPage();
  await page.goto(`${pages.base}/test/frame/parent.html`);
});

const frameOf = (id) =>
  page.frame({ url: (url) => url.href.includes(id === 'ladder' ? 'credential-ladder' : id === 'meter' ? 'campaign-meter' : 'javascript') });

test('renders the chosen element with real data and fits the iframe to it', async () => {
  const ladder = page.frameLocator('#ladder');
  await ladder.locator('cp-credential-ladder').waitFor();
  // The placeholder reserves the ladder's height before its data arrives, so wait for the data itself.
  await frameOf('ladder').waitForFunction(
    () => /Registered Nurse/.test(document.querySelector('cp-credential-ladder').shadowRoot?.textContent ?? ''),
    null,
    { timeout: 10_000 },
  );
  const fitted = () =>
    Promise.all([
      page.$eval('#ladder', (frame) => Number(frame.height)),
      frameOf('ladder').evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
    ]);
  // The frame reports its new height a frame after it changes: allow it a second to catch up.
  let [height, content] = await fitted();
  for (let i = 0; i < 20 && height !== content; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    [height, content] = await fitted();
  }
  assert.ok(height > 150, `the iframe grew to its content (${height}px)`);
  assert.equal(height, content, 'the iframe is as tall as its content');
});

test('copies only documented attributes from the query string', async () => {
  const attributes = await frameOf('ladder').evaluate(() => document.querySelector('cp-credential-ladder').getAttributeNames().sort());
  assert.ok(!attributes.includes('onclick'), `attributes: ${attributes}`);
  assert.ok(attributes.includes('ladder') && attributes.includes('src'));
});

test('refuses a src that is not http(s) or relative, with a visible message', async () => {
  const alert = await frameOf('bad').locator('[role="alert"]').textContent();
  assert.match(alert, /must be an http\(s\) or relative URL/);
  assert.equal(await frameOf('bad').locator('cp-pathway-map').count(), 0);
});

test('works from attributes alone, in the language asked for', async () => {
  const meter = frameOf('meter');
  await meter.locator('cp-campaign-meter').waitFor();
  assert.equal(await meter.evaluate(() => document.documentElement.lang), 'es');
  const text = await meter.locator('cp-campaign-meter [part="meter"]').innerText();
  assert.match(text, /1\.000\.000/, `the goal, formatted in Spanish: ${text}`);
});

/** A frame page of its own, opened directly at `query`. */
async function frameAt(query) {
  const own = await pages.browser.newPage();
  await own.goto(`${pages.base}/dist/frame.html?${query}`);
  return own;
}

test('passes the other documented attributes through (view, order, max-wage, pathway-href…)', async () => {
  const own = await frameAt(
    'element=occupation-explorer&src=/data/colorado/occupations.json&order=asc&max-wage=60000&pathway-href=/pathways/{id}/&onmouseover=alert(1)',
  );
  try {
    const explorer = own.locator('cp-occupation-explorer');
    await explorer.waitFor();
    const seen = await explorer.evaluate(async (el) => {
      // The frame loads the element's code after the tag is in the page: wait for it to be defined.
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
      return { order: el.order, maxWage: el.maxWage, pathwayHref: el.pathwayHref, names: el.getAttributeNames() };
    });
    assert.deepEqual({ ...seen, names: undefined }, { order: 'asc', maxWage: 60000, pathwayHref: '/pathways/{id}/', names: undefined });
    assert.ok(!seen.names.includes('onmouseover'), `attributes: ${seen.names}`);
  } finally {
    await own.close();
  }
  const map = await frameAt('element=pathway-map&src=/data/colorado/pathway-healthcare.json&view=table');
  try {
    assert.equal(await map.locator('cp-pathway-map').getAttribute('view'), 'table');
  } finally {
    await map.close();
  }
});

test('says its own errors in the language asked for', async () => {
  for (const [query, expected] of [
    ['element=nope&lang=es', /^Elemento desconocido "nope": use element=pathway-map, element=credential-ladder/],
    ['element=pathway-map&src=javascript:alert(1)&lang=es-MX', /^El parámetro src debe ser una URL http\(s\) o relativa\.$/],
    ['element=nope', /^Unknown element "nope": use element=pathway-map/],
  ]) {
    const own = await frameAt(query);
    try {
      assert.match(await own.locator('[role="alert"]').textContent(), expected, query);
    } finally {
      await own.close();
    }
  }
});
