// The one-file bundles (dist/embed.all.js, dist/standalone/): for hosts that can copy only one file, every
// element works from it alone, under the strict CSP with Trusted Types, with the views the split embed
// loads on first use (the full meter's chart, a rung's details, the map's table, Spanish) and no request
// for any other script. Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, servedPages } from './support/page.mjs';

const pages = servedPages('.');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const ALL = `
  <cp-campaign-meter id="meter" variant="full" src="/data/colorado/campaign-sample.json"></cp-campaign-meter>
  <cp-credential-ladder id="ladder" src="/data/colorado/pathway-healthcare.json"></cp-credential-ladder>
  <cp-pathway-map id="map" src="/data/colorado/pathway-healthcare.json" view="table"></cp-pathway-map>
  <cp-occupation-explorer id="explorer" src="/data/colorado/occupations/index.json" sector="Healthcare"></cp-occupation-explorer>`;

/** Opens `body` with `script` under the strict CSP; records the scripts the page asks for. */
async function open(script, body, lang = 'en') {
  const page = await pages.browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  page.setDefaultTimeout(15_000);
  const problems = collectProblems(page);
  const scripts = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await page.route(`${pages.base}/one-file.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': CSP },
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>One file</title>
        <script type="module" src="${script}"></script></head><body><main>${body}</main></body></html>`,
    }),
  );
  await page.goto(`${pages.base}/one-file.html`);
  return { page, problems, scripts };
}

/** Waits until the element `id` shows its view: not busy, not an error, with text. */
const shown = (page, id) =>
  page.waitForFunction((id) => {
    const el = document.getElementById(id);
    return (
      el?.shadowRoot &&
      el.getAttribute('aria-busy') !== 'true' &&
      !el.shadowRoot.querySelector('[role="alert"]') &&
      el.shadowRoot.textContent.trim().length > 20
    );
  }, id);

test('embed.all.js alone shows all four elements, with their views loaded on first use elsewhere', async () => {
  const { page, problems, scripts } = await open('/dist/embed.all.js', ALL);
  for (const id of ['meter', 'ladder', 'map', 'explorer']) await shown(page, id);
  await page.locator('#meter [part="chart"]').waitFor();
  await page.locator('#map table th[scope="row"]').first().waitFor();
  await page.locator('#ladder .rung-button').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('#ladder #details h3').waitFor();
  assert.deepEqual(scripts, ['/dist/embed.all.js']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('embed.all.js in a Spanish page speaks Spanish from the start', async () => {
  const { page, problems } = await open('/dist/embed.all.js', ALL, 'es');
  await shown(page, 'meter');
  await shown(page, 'ladder');
  assert.match(await page.locator('#ladder').evaluate((el) => el.shadowRoot.textContent), /Fuentes/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("an element's own bundle shows it alone, its first-use views included", async () => {
  const { page, problems, scripts } = await open(
    '/dist/standalone/campaign-meter.js',
    '<cp-campaign-meter id="meter" variant="full" src="/data/colorado/campaign-sample.json"></cp-campaign-meter>',
  );
  await shown(page, 'meter');
  await page.locator('#meter [part="chart"]').waitFor();
  assert.deepEqual(scripts, ['/dist/standalone/campaign-meter.js']);
  assert.deepEqual(problems, []);
  await page.close();
});
