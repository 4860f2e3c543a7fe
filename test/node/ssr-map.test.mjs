// Server-rendered first paint for the map: <cp-pathway-map> pre-rendered to declarative shadow DOM with
// @lit-labs/ssr shows its steps and stages with JavaScript off, at a laptop's width and a phone's, and
// hydrates cleanly with dist/embed-hydrate.js: no errors, no second copy of the view, and the keyboard
// walk works. Needs `npm run build` first (it renders the built dist/pathway-map.js, or $CP_DIST's).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { prerender } from '../../bin/prerender.mjs';
import { servedPages } from './support/page.mjs';

const dist = process.env.CP_DIST ?? 'dist';
const healthcare = JSON.parse(readFileSync('data/colorado/pathway-healthcare.json', 'utf8'));
const titles = healthcare.nodes.map((node) => node.title);
const stages = healthcare.stages.map((stage) => stage.label);

/** The map's markup as a server sends it, made by the package's own pre-renderer (career-pathway-elements/ssr). */
const prerenderMap = (id, orientation) => prerender('cp-pathway-map', healthcare, orientation ? { id, orientation } : { id });

// The page is written under dist/ (ignored by git, beside the built script it loads), never into the
// node_modules that every worktree shares.
const pages = servedPages('.');
const folder = `${dist}/.ssr-map`;
let url;
before(async () => {
  // `auto` is what a page gets by default; `horizontal` makes the server draw the columns, measured
  // with the same metrics the browser's hydrating render uses.
  const maps = [await prerenderMap('auto'), await prerenderMap('columns', 'horizontal')];
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    `${folder}/page.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pre-rendered map</title></head>
<body><main>${maps.join('\n')}</main><script type="module" src="/${dist}/embed-hydrate.js"></script></body></html>`,
  );
  url = `${pages.base}/${folder}/page.html`;
});

for (const width of [1280, 390]) {
  test(`at ${width}px with JavaScript off, the pre-rendered map shows every step title and stage heading`, async () => {
    const context = await pages.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    assert.equal(await page.evaluate(() => Boolean(customElements.get('cp-pathway-map'))), false, "the page's scripts did not run");
    // The default map is the stacked sections (HTML text); the columns are SVG text. innerText is what shows.
    const sections = await page.locator('#auto [part="map"]').innerText();
    for (const title of titles) assert.ok(sections.includes(title), `the sections show "${title}"`);
    const headings = await page.locator('#auto [part="map"] h3').allInnerTexts();
    assert.deepEqual(headings, stages, 'one heading per stage, in order');
    const drawn = await page.locator('#columns svg.map').evaluate((svg) => svg.textContent.replace(/\s+/g, ' '));
    for (const stage of stages) assert.ok(drawn.includes(stage), `the columns label "${stage}"`);
    // A long title is wrapped over lines (and may end in an ellipsis): its first word is on the card.
    for (const title of titles) assert.ok(drawn.includes(title.split(' ')[0]), `the columns show "${title}"`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    if (width < 600) assert.ok(overflow <= 0, `the default map does not widen a phone's page (${overflow}px over)`);
    await context.close();
  });

  test(`at ${width}px with JavaScript on, the map hydrates once, without errors, and the keyboard walks it`, async () => {
    const page = await pages.browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on(
      'console',
      (message) => ['error', 'warning'].includes(message.type()) && problems.push(`console ${message.type()}: ${message.text()}`),
    );
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('cp-pathway-map'));
    // After hydration each map measures in the page's font and its own width: wait for that update.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('cp-pathway-map')].every((el) => el.shadowRoot.querySelector('[part="map"] [tabindex="0"]')),
    );
    await page.evaluate(() => Promise.all([...document.querySelectorAll('cp-pathway-map')].map((el) => el.updateComplete)));
    const views = await page.evaluate(() =>
      [...document.querySelectorAll('cp-pathway-map')].map((el) => ({
        maps: el.shadowRoot.querySelectorAll('[part="map"]').length,
        kind: el.shadowRoot.querySelector('[part="map"]').matches('.list') ? 'list' : 'columns',
        steps: el.shadowRoot.querySelectorAll('[part="map"] .step').length,
        headings: el.shadowRoot.querySelectorAll('header h2').length,
      })),
    );
    const steps = healthcare.nodes.length;
    // Below 600px the default map is the stacked sections; wider, the stage columns, once hydrated.
    assert.deepEqual(views, [
      { maps: 1, kind: width < 600 ? 'list' : 'columns', steps, headings: 1 },
      { maps: 1, kind: 'columns', steps, headings: 1 },
    ]);

    // Tab reaches the default map's one stop; the arrow key along the links moves to a next step.
    await page.locator('main').evaluate((main) => main.setAttribute('tabindex', '-1'));
    await page.locator('main').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.querySelector('#auto').shadowRoot.activeElement?.closest('.step')?.dataset.id);
    const first = await focused();
    assert.ok(first, 'Tab put focus on a step of the map');
    await page.keyboard.press(width < 600 ? 'ArrowDown' : 'ArrowRight');
    const next = await focused();
    const follows = healthcare.edges.filter((edge) => edge.from === first).map((edge) => edge.to);
    assert.ok(
      follows.includes(next),
      `the arrow moved from ${first} to a step it leads to (${next}; expected one of ${follows.join(', ')})`,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('a map asked for a route pre-renders the routes found, shows them with JavaScript off, and hydrates without a mismatch', async () => {
  const routed = await prerender('cp-pathway-map', healthcare, { id: 'routed', from: 'cna', to: 'registered-nurses' });
  writeFileSync(
    `${folder}/routed.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A route</title></head>
<body><main>${routed}</main><script type="module" src="/${dist}/embed-hydrate.js"></script></body></html>`,
  );
  const target = healthcare.nodes.find((node) => node.id === 'registered-nurses').title;
  const context = await pages.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const off = await context.newPage();
  await off.goto(`${pages.base}/${folder}/routed.html`);
  const finder = off.locator('#routed [part="route-finder"]');
  assert.equal(await finder.evaluate((details) => details.open), true, 'the finder is open');
  const routes = await off.locator('#routed [part="route"]').allInnerTexts();
  assert.ok(routes.length > 0, 'at least one route is shown');
  assert.ok(routes[0].includes(target), `the first route leads to ${target}`);
  await context.close();

  const page = await pages.browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on(
    'console',
    (message) => ['error', 'warning'].includes(message.type()) && problems.push(`console ${message.type()}: ${message.text()}`),
  );
  await page.goto(`${pages.base}/${folder}/routed.html`);
  await page.waitForFunction(() => customElements.get('cp-pathway-map'));
  await page.evaluate(() => document.querySelector('#routed').updateComplete);
  assert.deepEqual(await page.locator('#routed [part="route"]').allInnerTexts(), routes, 'the same routes once hydrated');
  assert.equal(await page.evaluate(() => document.querySelector('#routed').shadowRoot.querySelectorAll('[part="route-finder"]').length), 1);
  assert.deepEqual(problems, []);
  await page.close();
});
