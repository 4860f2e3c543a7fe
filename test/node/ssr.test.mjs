// Server-rendered first paint: the ladder and the meter pre-rendered to declarative shadow DOM with
// @lit-labs/ssr (the shipped helper, bin/prerender.mjs, through its old path scripts/prerender.mjs) show
// their figures with JavaScript off, in English or in the element's own lang, and hydrate cleanly with
// dist/embed-hydrate.js: no errors or warnings, no second copy of the view, and they respond to the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { prerender } from '../../scripts/prerender.mjs';
import { collectProblems, servedMarkup } from './support/page.mjs';

const healthcare = JSON.parse(readFileSync('data/colorado/pathway-healthcare.json', 'utf8'));
const sample = JSON.parse(readFileSync('data/colorado/campaign-sample.json', 'utf8'));
const nursing = healthcare.ladders.find((ladder) => ladder.id === 'nursing');
const title = (id) => healthcare.nodes.find((node) => node.id === id).title;
const latest = sample.progress.at(-1);

const served = servedMarkup('Pre-rendered', async () => {
  const ladder = await prerender('credential-ladder', healthcare, { ladder: 'nursing' });
  const meter = await prerender('campaign-meter', sample, { variant: 'compact', 'as-of': latest.date });
  // A Spanish page: the server sees no ancestors, so the element carries its own lang.
  const spanish = await prerender('credential-ladder', healthcare, { ladder: 'nursing', lang: 'es', id: 'es-ladder' });
  return `${ladder}${meter}${spanish}`;
});

test('with JavaScript off, the pre-rendered ladder and meter show their figures', async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(served.url);
  // Locators see into open shadow roots; innerText is what a reader sees.
  const ladderText = await page.locator('cp-credential-ladder ol').first().innerText();
  for (const step of nursing.steps) assert.ok(ladderText.includes(title(step)), `ladder shows ${title(step)}`);
  const meterText = await page.locator('cp-campaign-meter [part="meter"]').innerText();
  assert.ok(meterText.includes(latest.value.toLocaleString('en-US')), `meter shows ${latest.value}: ${meterText}`);
  const defined = await page.evaluate(() => Boolean(customElements.get('cp-credential-ladder')));
  assert.equal(defined, false, "the page's scripts did not run, so this is the server's markup");
  await context.close();
});

test('a ladder pre-rendered with lang="es" is Spanish on the server and stays Spanish once hydrated', async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const off = await context.newPage();
  await off.goto(served.url);
  const text = (page) => page.evaluate(() => document.getElementById('es-ladder').shadowRoot.textContent.replace(/\s+/g, ' '));
  const server = await text(off);
  assert.match(server, /121\.990/, 'Spanish number format');
  assert.match(server, /Fuente/);
  assert.doesNotMatch(server, /Sources \(/);
  await context.close();
  const page = await served.browser.newPage();
  const problems = collectProblems(page);
  await page.goto(served.url);
  await page.waitForFunction(() => customElements.get('cp-credential-ladder'));
  await page.evaluate(() => document.getElementById('es-ladder').updateComplete);
  const hydrated = await text(page);
  assert.match(hydrated, /121\.990/);
  assert.doesNotMatch(hydrated, /Sources \(/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('with JavaScript on, both hydrate without errors, without a second copy, and work', async () => {
  const page = await served.browser.newPage();
  const problems = collectProblems(page);
  await page.goto(served.url);
  await page.waitForFunction(() => customElements.get('cp-credential-ladder') && customElements.get('cp-campaign-meter'));
  await page.evaluate(() =>
    Promise.all([...document.querySelectorAll('cp-credential-ladder, cp-campaign-meter')].map((el) => el.updateComplete)),
  );
  const counts = await page.evaluate(() => ({
    lists: document.querySelector('cp-credential-ladder').shadowRoot.querySelectorAll('ol').length,
    rungs: document.querySelector('cp-credential-ladder').shadowRoot.querySelectorAll('ol > li').length,
    bars: document.querySelector('cp-campaign-meter').shadowRoot.querySelectorAll('[role="progressbar"]').length,
  }));
  assert.deepEqual(counts, { lists: 1, rungs: nursing.steps.length, bars: 1 });
  const selected = page.evaluate(
    () => new Promise((resolve) => document.addEventListener('cp-select', (e) => resolve(e.detail.id), { once: true })),
  );
  await page.locator('cp-credential-ladder [tabindex="0"]').first().focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  assert.equal(await selected, nursing.steps[0]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a document with a problem pre-renders its alert, though the browser loads those words on first need', async () => {
  const bad = { ...sample, deadline: sample.start };
  const markup = await prerender('campaign-meter', bad, { variant: 'banner', lang: 'es' });
  assert.match(markup, /role="alert"/);
  // Lit's markers out: the text as a reader gets it.
  const text = markup.replace(/<!--[^>]*-->/g, '');
  assert.match(text, /<code>deadline<\/code>: \S+ no es posterior al inicio/);
});
