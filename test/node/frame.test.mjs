// dist/frame.html: one element per iframe, chosen by query parameters, fitted to its content.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from '../../scripts/browser.mjs';
import { serve } from '../../scripts/serve.mjs';

let server;
let browser;
let page;
before(async () => {
  server = await serve('.');
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/test/frame/parent.html`);
});
after(async () => {
  await browser?.close();
  server?.close();
});

const frameOf = (id) => page.frame({ url: (url) => url.href.includes(id === 'ladder' ? 'credential-ladder' : id === 'meter' ? 'campaign-meter' : 'javascript') });

test('renders the chosen element with real data and fits the iframe to it', async () => {
  const ladder = page.frameLocator('#ladder');
  await ladder.locator('cp-credential-ladder').waitFor();
  await page.waitForFunction(() => Number(document.getElementById('ladder').height) > 150, null, { timeout: 10_000 });
  const [height, content] = await Promise.all([
    page.$eval('#ladder', (frame) => Number(frame.height)),
    frameOf('ladder').evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
  ]);
  assert.equal(height, content, 'the iframe is as tall as its content');
  const text = await frameOf('ladder').evaluate(() => document.querySelector('cp-credential-ladder').shadowRoot.textContent);
  assert.match(text, /Registered Nurse/);
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
