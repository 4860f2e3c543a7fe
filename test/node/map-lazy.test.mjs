// What a map loads on first use rather than with the map (issue 18): the "More" menu's behaviour, the URL
// state (only with `sync-url`), a step's details with the table and the keyboard help, and the server's
// font metrics (only to hydrate server-rendered markup). A plain map page fetches none of them; each first
// use still works as before, the keyboard included, and a server render shows the table view without
// waiting. Chunks are known by what they carry, not by their file names. Needs `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { prerender } from '../../bin/prerender.mjs';
import { servedPages } from './support/page.mjs';

const dist = process.env.CP_DIST ?? 'dist';
const pages = servedPages('.');
const folder = `${dist}/.map-lazy`;
const SRC = '/data/colorado/pathway-healthcare.json';
const healthcare = JSON.parse(readFileSync(`.${SRC}`, 'utf8'));

/** What each chunk alone carries on a page with only a map. */
const MARKS = {
  menu: 'menuitemcheckbox',
  url: 'hashchange',
  figures: '.details .description',
  metrics: '278,278,355',
};

const page = (name, body, script = `/${dist}/embed.js`) =>
  writeFileSync(
    `${folder}/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Map</title></head>
<body><main>${body}</main><script type="module" src="${script}"></script></body></html>`,
  );
before(async () => {
  mkdirSync(folder, { recursive: true });
  page('plain', `<cp-pathway-map src="${SRC}" orientation="horizontal"></cp-pathway-map>`);
  page('synced', `<cp-pathway-map id="m" sync-url src="${SRC}" orientation="horizontal"></cp-pathway-map>`);
  page('table', `<cp-pathway-map view="table" src="${SRC}"></cp-pathway-map>`);
  page('ssr-table', await prerender('cp-pathway-map', healthcare, { view: 'table' }), `/${dist}/embed-hydrate.js`);
});

/**
 * Opens a page and waits for its map to be drawn. `fetched` lists the chunks (by MARKS) the page has
 * fetched so far; `hold(name)` delays a chunk's response until the returned release is called.
 */
async function open(name, { hash = '', hold, block, viewport = { width: 1000, height: 900 }, ready } = {}) {
  await pages.ready;
  const tab = await pages.browser.newPage({ viewport, reducedMotion: 'reduce' });
  const problems = [];
  const fetched = new Set();
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on(
    'console',
    (message) =>
      ['error', 'warning'].includes(message.type()) && !/^Failed to load resource/.test(message.text()) && problems.push(message.text()),
  );
  tab.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const text = await response.text().catch(() => '');
    for (const [chunk, mark] of Object.entries(MARKS)) if (text.includes(mark)) fetched.add(chunk);
  });
  let release = () => {};
  const refused = [];
  if (hold || block) {
    // Each chunk's file is found by its content the first time it is asked for, then held or refused.
    await tab.route(/\/elements\/.*\.js$/, async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      if (block && text.includes(MARKS[block])) {
        refused.push(route.request().url());
        return route.abort();
      }
      if (hold && text.includes(MARKS[hold])) await new Promise((resolve) => (release = resolve));
      return route.fulfill({ response, body: text });
    });
  }
  await tab.addInitScript(() => {
    window.atLoad = [];
    document.addEventListener('cp-load', (event) => {
      const root = event.target.shadowRoot;
      window.atLoad.push({
        table: !!root.querySelector('table'),
        map: !!root.querySelector('svg.map'),
        selected: event.target.selected ?? null,
      });
    });
  });
  await tab.goto(`${pages.base}/${folder}/${name}.html${hash}`);
  await tab.waitForFunction(
    ready ?? (() => document.querySelector('cp-pathway-map')?.shadowRoot?.querySelector('.layer [tabindex="0"], table')),
  );
  return { tab, problems, fetched, refused, release: () => release() };
}

/** Whether `chunk` has come, once its response has been read (which ends after the page has used it). */
async function came(fetched, chunk) {
  for (let i = 0; i < 40 && !fetched.has(chunk); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return fetched.has(chunk);
}

const more = (tab) => tab.locator('cp-pathway-map [part="more-button"]');
const focused = (tab) =>
  tab.evaluate(() => {
    const active = document.querySelector('cp-pathway-map').shadowRoot.activeElement;
    return active?.getAttribute('part') ?? active?.textContent.trim();
  });

test('a plain map page fetches none of them; the More button is there, a collapsed menu button named "More"', async () => {
  const { tab, problems, fetched } = await open('plain');
  await tab.waitForLoadState('networkidle');
  await tab.waitForTimeout(300);
  assert.deepEqual([...fetched], []);
  assert.equal(await tab.getByRole('button', { name: 'More' }).count(), 1);
  assert.equal(await more(tab).getAttribute('aria-haspopup'), 'menu');
  assert.equal(await more(tab).getAttribute('aria-expanded'), 'false');
  // Walking the map with the keys brings a step's details (they open on focus), nothing else.
  await tab.locator('cp-pathway-map .layer [tabindex="0"]').focus();
  await tab.keyboard.press('ArrowDown');
  await tab.waitForTimeout(300);
  assert.deepEqual([...fetched], ['figures']);
  assert.match(await tab.locator('cp-pathway-map #details').innerText(), /Stage/);
  assert.deepEqual(problems, []);
  await tab.close();
});

test('the first ArrowUp on the More button fetches the menu and opens it on its last item; its keys work as before', async () => {
  const { tab, problems, fetched } = await open('plain');
  await more(tab).focus();
  await tab.keyboard.press('ArrowUp');
  await tab.waitForFunction(
    () => document.querySelector('cp-pathway-map').shadowRoot.activeElement?.textContent.trim() === 'Keyboard help',
  );
  assert.ok(await came(fetched, 'menu'));
  assert.equal(await more(tab).getAttribute('aria-expanded'), 'true');
  await tab.keyboard.press('Home');
  assert.equal(await focused(tab), 'Show as table');
  await tab.keyboard.press('d');
  assert.equal(await focused(tab), 'Download SVG');
  await tab.keyboard.press('Escape');
  assert.equal(await focused(tab), 'more-button', 'Escape goes back to the button');
  // Enter now toggles it through the browser, and the keyboard help opens from it.
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(
    () => document.querySelector('cp-pathway-map').shadowRoot.activeElement?.textContent.trim() === 'Show as table',
  );
  await tab.keyboard.press('End');
  await tab.keyboard.press('Enter');
  await tab.locator('cp-pathway-map #keys').waitFor();
  assert.match(await tab.locator('cp-pathway-map #keys').innerText(), /Select a step/);
  assert.equal(await focused(tab), 'more-button');
  assert.deepEqual(problems, []);
  await tab.close();
});

test('the first click on the More button opens the menu on its first item', async () => {
  const { tab, problems, fetched } = await open('plain');
  await more(tab).click();
  await tab.waitForFunction(
    () => document.querySelector('cp-pathway-map').shadowRoot.activeElement?.textContent.trim() === 'Show as table',
  );
  assert.ok(await came(fetched, 'menu'));
  assert.equal(await tab.locator('cp-pathway-map [role="menu"]').evaluate((menu) => menu.matches(':popover-open')), true);
  assert.deepEqual(problems, []);
  await tab.close();
});

test('the table view shows nothing new until its code is here, then the table, focus on the More button', async () => {
  const { tab, problems, fetched, release } = await open('plain', { hold: 'figures' });
  const box = () => tab.locator('cp-pathway-map [part="map"]').evaluate((map) => map.getBoundingClientRect().toJSON());
  await more(tab).focus();
  await tab.keyboard.press('ArrowDown');
  await tab.waitForFunction(
    () => document.querySelector('cp-pathway-map').shadowRoot.activeElement?.textContent.trim() === 'Show as table',
  );
  const before = await box();
  await tab.keyboard.press('Enter');
  await tab.waitForTimeout(300);
  assert.equal(await tab.locator('cp-pathway-map svg.map').count(), 1, 'the map stays while the table is on its way');
  assert.equal(await tab.locator('cp-pathway-map table').count(), 0);
  assert.deepEqual(await box(), before, 'nothing moved');
  assert.equal(await focused(tab), 'more-button');
  release();
  await tab.locator('cp-pathway-map table').waitFor();
  assert.ok(await came(fetched, 'figures'));
  assert.equal(await tab.locator('cp-pathway-map svg.map').count(), 0);
  assert.equal(await focused(tab), 'more-button', 'focus stays on the button');
  assert.equal(await tab.locator('cp-pathway-map tbody tr').count(), healthcare.nodes.length);
  assert.deepEqual(problems, []);
  await tab.close();
});

test('a table that cannot be fetched leaves the map, says so, and throws nothing', async () => {
  const { tab, problems } = await open('plain', { block: 'figures' });
  await more(tab).click();
  await tab.getByRole('menuitemcheckbox', { name: 'Show as table' }).click();
  await tab.waitForFunction(() =>
    /could not be loaded/.test(document.querySelector('cp-pathway-map').shadowRoot.querySelector('[role="status"]').textContent),
  );
  assert.equal(await tab.evaluate(() => document.querySelector('cp-pathway-map').view), 'map');
  assert.equal(await tab.locator('cp-pathway-map svg.map').count(), 1);
  assert.ok(
    problems.every((line) => /could not be loaded/.test(line)),
    `only the warning: ${problems.join('; ')}`,
  );
  await tab.close();
});

test("a step's details that cannot be fetched say so; the next step tries again; the keyboard help says so too", async () => {
  const { tab, problems, refused } = await open('plain', { block: 'figures' });
  const details = tab.locator('cp-pathway-map #details');
  await tab.locator('cp-pathway-map .layer [tabindex="0"]').focus();
  await tab.keyboard.press('ArrowDown');
  await tab.waitForFunction(() =>
    /could not be loaded/.test(document.querySelector('cp-pathway-map').shadowRoot.querySelector('#details').textContent),
  );
  assert.ok(await details.evaluate((popover) => popover.matches(':popover-open')));
  const focused = await tab.evaluate(() => document.querySelector('cp-pathway-map').shadowRoot.activeElement.getAttribute('aria-label'));
  assert.ok(focused.startsWith(await details.locator('h3').innerText()), 'the details name the focused step');
  const asked = refused.length;
  await tab.keyboard.press('ArrowDown');
  for (let i = 0; i < 40 && refused.length === asked; i++) await tab.waitForTimeout(50);
  assert.ok(refused.length > asked, 'the next step asked for the details again');
  await more(tab).click();
  await tab.getByRole('menuitem', { name: /keyboard/i }).click();
  await tab
    .locator('cp-pathway-map #keys')
    .filter({ hasText: /could not be loaded/ })
    .waitFor();
  assert.ok(await tab.locator('cp-pathway-map #keys').evaluate((popover) => popover.matches(':popover-open')));
  assert.ok(
    problems.every((line) => /could not be loaded/.test(line)),
    `only the warning: ${problems.join('; ')}`,
  );
  await tab.close();
});

test('view="table" on the tag: the first view is the table, fetched with the map', async () => {
  const { tab, problems, fetched } = await open('table');
  assert.deepEqual(await tab.evaluate(() => window.atLoad), [{ table: true, map: false, selected: null }]);
  assert.ok(await came(fetched, 'figures'));
  assert.deepEqual(problems, []);
  await tab.close();
});

test('sync-url fetches the URL state at once, and a link opens its step on the first view; a plain map never does', async () => {
  const { tab, problems, fetched } = await open('synced', { hash: '#m.node=registered-nurses' });
  assert.ok(await came(fetched, 'url'));
  const [first] = await tab.evaluate(() => window.atLoad);
  assert.equal(first.selected, 'registered-nurses', 'selected when first drawn');
  assert.equal(await tab.locator('cp-pathway-map .step[data-id="registered-nurses"] [aria-pressed="true"]').count(), 1);
  // Choosing another step writes it back.
  await tab.evaluate(() => (document.querySelector('cp-pathway-map').selected = 'cna'));
  await tab.waitForFunction(() => location.hash === '#m.node=cna');
  assert.deepEqual(problems, []);
  await tab.close();
});

test('a server-rendered table view shows without JavaScript, styled, and hydrates with the metrics it was laid out with', async () => {
  const context = await pages.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
  const off = await context.newPage();
  await off.goto(`${pages.base}/${folder}/ssr-table.html`);
  assert.equal(await off.locator('cp-pathway-map tbody tr').count(), healthcare.nodes.length);
  assert.equal(await off.locator('cp-pathway-map .table-wrap').evaluate((wrap) => getComputedStyle(wrap).overflowY), 'auto');
  assert.equal(
    await off
      .locator('cp-pathway-map thead th')
      .first()
      .evaluate((th) => getComputedStyle(th).position),
    'sticky',
  );
  await context.close();
  const { tab, problems, fetched } = await open('ssr-table', {
    ready: () => customElements.get('cp-pathway-map') && document.querySelector('cp-pathway-map').hasUpdated,
  });
  await tab.evaluate(() => document.querySelector('cp-pathway-map').updateComplete);
  assert.ok((await came(fetched, 'metrics')) && (await came(fetched, 'figures')));
  assert.equal(await tab.locator('cp-pathway-map table').count(), 1, 'one table, hydrated in place');
  assert.equal(await tab.locator('cp-pathway-map tbody tr').count(), healthcare.nodes.length);
  assert.deepEqual(problems, []);
  await tab.close();
});
