// The one-tag embed as a loader (issue 18): dist/embed.js defines each cp-* tag when it first appears (in the
// page, added later, or inside an open shadow root), fetches only that element's chunks, works under the
// strict CSP with Trusted Types, and is harmless loaded twice. Needs a build (npm test builds first).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageOf } from '../../scripts/page-chunks.mjs';
import { servedPages } from './support/page.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pages = servedPages(ROOT);
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const TAGS = ['cp-pathway-map', 'cp-credential-ladder', 'cp-campaign-meter', 'cp-occupation-explorer'];

let chunks;

before(async () => {
  assert.ok(existsSync(`${ROOT}dist/elements/chunks.json`), 'dist/elements/chunks.json is missing: run `npm run build` first');
  chunks = JSON.parse(readFileSync(`${ROOT}dist/elements/chunks.json`, 'utf8'));
});

/** The chunk file of an element, and every chunk it imports. */
const closure = (tag) => new Set(pageOf([tag.replace(/^cp-/, '')], chunks).eager.filter((file) => file !== 'embed.js'));

/**
 * Opens `body` as a page under the strict CSP (served by the test through a route, so the policy is a
 * real response header), records every script it fetches, and the errors and CSP violations it reports.
 */
async function open(body, { head = '' } = {}) {
  const page = await pages.browser.newPage();
  page.setDefaultTimeout(10_000);
  const scripts = [];
  const problems = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/dist/')) scripts.push(url.pathname.slice('/dist/'.length) + url.search);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  await page.route(`${pages.base}/loader-test.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loader test</title>
        <script src="/test/pages/probe.js"></script>${head}</head><body>${body}</body></html>`,
    }),
  );
  await page.goto(`${pages.base}/loader-test.html`);
  return { page, scripts, problems };
}

const defined = (page, tag) => page.waitForFunction((tag) => !!customElements.get(tag), tag);
const violations = (page) => page.evaluate(() => window.__probe.violations);
const rendered = (page, id) =>
  page.waitForFunction((id) => {
    const el = document.getElementById(id) ?? document.querySelector('partner-card')?.shadowRoot?.getElementById(id);
    // Its view, not a placeholder or an error message.
    return (
      el?.shadowRoot &&
      el.shadowRoot.textContent.trim().length > 20 &&
      el.getAttribute('aria-busy') !== 'true' &&
      !el.shadowRoot.querySelector('[role="alert"]')
    );
  }, id);

test('a page with only the banner defines the meter alone and fetches only its chunks, under strict CSP', async () => {
  const { page, scripts, problems } = await open(
    '<cp-campaign-meter id="banner" goal="1000000" value="455000" start="2021-01-01" deadline="2030-12-31" label="Credentials earned"></cp-campaign-meter>',
    { head: '<script type="module" src="/dist/embed.js"></script>' },
  );
  await defined(page, 'cp-campaign-meter');
  await rendered(page, 'banner');
  const wanted = closure('cp-campaign-meter');
  const fetched = scripts.filter((s) => s !== 'embed.js');
  assert.deepEqual(
    fetched.filter((s) => !wanted.has(s)),
    [],
    'fetched chunks the meter does not import',
  );
  assert.deepEqual(
    [...wanted].filter((s) => !fetched.includes(s)),
    [],
    'did not fetch a chunk the meter imports',
  );
  assert.deepEqual(await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS), ['cp-campaign-meter']);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('on a slow network, the chunks and the document are asked for together, not one round trip after another', async () => {
  const page = await pages.browser.newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  // When the page first makes a number formatter (its locale data loads then, in whichever task asks first).
  await page.addInitScript(() => {
    Intl.NumberFormat = new Proxy(Intl.NumberFormat, {
      construct(target, args) {
        window.__firstFormatter ??= Date.now();
        return Reflect.construct(target, args);
      },
    });
  });
  // Every script and document answered 400 ms late, as a phone's network would: each round trip shows.
  const asked = [];
  const start = Date.now();
  await page.route(/\/(dist\/elements\/.*\.js|data\/colorado\/.*\.json)$/, async (route) => {
    asked.push({ path: new URL(route.request().url()).pathname, at: Date.now() - start });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.route(`${pages.base}/loader-slow.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': CSP },
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow</title>
        <script src="/test/pages/probe.js"></script><script type="module" src="/dist/embed.js"></script></head>
        <body><cp-campaign-meter id="banner" variant="banner" src="/data/colorado/campaign.json"></cp-campaign-meter></body></html>`,
    }),
  );
  await page.goto(`${pages.base}/loader-slow.html`);
  await rendered(page, 'banner');
  const first = Math.min(...asked.map((a) => a.at));
  // Without the loader's help the shared chunks would wait for the meter's chunk (400 ms), and the document
  // for all of them (400 ms more): here each is asked for within one round trip of the first.
  for (const { path, at } of asked) assert.ok(at - first < 300, `${path} asked for ${at - first} ms after the first request`);
  assert.equal(asked.filter((a) => a.path.endsWith('campaign.json')).length, 1, 'the document is fetched once');
  // The loader warms the browser's number formatting while the code is on its way, not in the first render.
  const meterChunk = asked.find((a) => a.path === `/dist/${chunks.find((c) => c.element === 'cp-campaign-meter').file}`);
  const formatted = (await page.evaluate(() => window.__firstFormatter)) - start;
  assert.ok(
    formatted < meterChunk.at + 400,
    `the first number formatter was made ${formatted - meterChunk.at - 400} ms after the meter's code arrived`,
  );
  assert.deepEqual(
    [...closure('cp-campaign-meter')].filter((file) => !asked.some((a) => a.path === `/dist/${file}`)),
    [],
    'every chunk the meter imports was fetched',
  );
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a tag added after the page loaded is defined when it appears', async () => {
  const { page, scripts, problems } = await open('<p>Nothing yet.</p>', { head: '<script type="module" src="/dist/embed.js"></script>' });
  await page.waitForLoadState('load');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => !!customElements.get('cp-credential-ladder')), false);
  assert.ok(!scripts.some((s) => s.startsWith('elements/')), `fetched ${scripts.join(', ')} before any tag appeared`);
  await page.evaluate(() => {
    const wrapper = document.createElement('section');
    const ladder = document.createElement('cp-credential-ladder');
    ladder.id = 'late';
    ladder.setAttribute('src', '/data/colorado/pathway-healthcare.json');
    wrapper.append(ladder);
    document.body.append(wrapper);
  });
  await defined(page, 'cp-credential-ladder');
  await rendered(page, 'late');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

for (const order of ['before', 'after']) {
  test(`a tag inside a partner element's open shadow root is defined (partner defined ${order} the loader ran)`, async () => {
    const partner = `<script src="/test/pages/loader-partner.js"${order === 'before' ? ' data-define="now"' : ''}></script>`;
    const { page, problems } = await open('<partner-card></partner-card>', {
      head: `${partner}<script type="module" src="/dist/embed.js"></script>`,
    });
    if (order === 'after') {
      await page.waitForLoadState('load');
      await page.waitForTimeout(100);
      await page.evaluate(() => window.definePartnerCard());
    }
    await defined(page, 'cp-campaign-meter');
    await rendered(page, 'inside');
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('loaded twice (a second copy with another URL), each tag is defined once and nothing throws', async () => {
  const { page, problems } = await open(
    `<cp-campaign-meter id="a" goal="10" value="4" start="2021-01-01" deadline="2030-12-31" label="First"></cp-campaign-meter>
     <script type="module" src="/dist/embed.js?copy=2"></script>
     <cp-credential-ladder id="b" src="/data/colorado/pathway-healthcare.json"></cp-credential-ladder>`,
    { head: '<script type="module" src="/dist/embed.js"></script>' },
  );
  await rendered(page, 'a');
  await rendered(page, 'b');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the loader exports ready, which resolves once the tags in the page are defined', async () => {
  const { page } = await open(
    '<cp-campaign-meter goal="10" value="4" start="2021-01-01" deadline="2030-12-31" label="Ready"></cp-campaign-meter>',
  );
  // Imported after the page loaded, from a test script: what an app that adds the embed later would do.
  const wasDefined = await page.evaluate(async () => {
    const { ready } = await import('/dist/embed.js');
    await ready;
    return !!customElements.get('cp-campaign-meter');
  });
  assert.equal(wasDefined, true);
  await page.close();
});

test('dist/frame.html fetches only the element it shows', async () => {
  const page = await pages.browser.newPage();
  const scripts = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/dist/') && url.pathname.endsWith('.js')) scripts.push(url.pathname.slice('/dist/'.length));
  });
  await page.goto(
    `${pages.base}/dist/frame.html?element=campaign-meter&goal=100&value=40&start=2021-01-01&deadline=2030-12-31&label=Frame`,
  );
  await page.waitForFunction(() => {
    const root = document.querySelector('cp-campaign-meter')?.shadowRoot;
    return root?.textContent.includes('40') && !root.querySelector('[role="alert"]');
  });
  const wanted = closure('cp-campaign-meter');
  assert.deepEqual(
    scripts.filter((s) => !['embed.js', 'frame.js'].includes(s) && !wanted.has(s)),
    [],
  );
  await page.close();
});
