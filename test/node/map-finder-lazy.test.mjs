// The map's route finder (its pickers, the route search and the totals) loads when a reader first opens it,
// not with the map (issue 18): a page that shows the map and is walked with the keyboard never fetches it;
// the closed finder's button is there without it; opening it fetches it and finds routes; `from`/`to` on
// the tag fetch it at once; a failed fetch says so and the next open tries again. Needs `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, embedPage, servedPages } from './support/page.mjs';

const dist = process.env.CP_DIST ?? 'dist';
const pages = servedPages('.');
const folder = `${dist}/.map-finder`;
const map = (attributes = '') =>
  `<cp-pathway-map src="/data/colorado/pathway-healthcare.json" orientation="horizontal" ${attributes}></cp-pathway-map>`;
before(() => {
  embedPage(folder, 'plain', map(), { dist });
  embedPage(folder, 'routed', map('from="cna" to="registered-nurses"'), { dist });
});

// The finder's own chunk (dist/elements/finder-<hash>.js), known by its name.
const FINDER = /\/finder-[^/]*\.js(\?|$)/;

/** Opens a page and waits for its map; `finderCode` lists the requests for the finder's chunk, which `block` refuses. */
async function open(name, { block = false } = {}) {
  const page = await pages.browser.newPage({ viewport: { width: 900, height: 900 }, reducedMotion: 'reduce' });
  const problems = collectProblems(page);
  const finderCode = [];
  page.on('request', (request) => FINDER.test(request.url()) && finderCode.push(request.url()));
  if (block) await page.route(FINDER, (route) => route.abort());
  await page.goto(`${pages.base}/${folder}/${name}.html`);
  await page.waitForFunction(() => document.querySelector('cp-pathway-map')?.shadowRoot?.querySelector('.layer [tabindex="0"]'));
  return { page, problems, finderCode };
}

const summary = (page) => page.locator('cp-pathway-map [part="route-finder"] > summary');

test('the map shows, and the keyboard walks it, without fetching the route finder; its button is there', async () => {
  const { page, problems, finderCode } = await open('plain');
  await page.locator('cp-pathway-map .layer [tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  assert.deepEqual(finderCode, []);
  assert.equal(await summary(page).isVisible(), true);
  const name = await page.evaluate(() => {
    const root = document.querySelector('cp-pathway-map').shadowRoot;
    return root.querySelector('[part="route-finder"] > summary').textContent.trim();
  });
  assert.equal(name, 'Find a route');
  assert.deepEqual(problems, []);
  await page.close();
});

test('opening the finder fetches it, and it finds routes', async () => {
  const { page, problems, finderCode } = await open('plain');
  const size = async () => {
    const { width, height } = await summary(page).boundingBox();
    return { width, height };
  };
  const closed = await size();
  await summary(page).click();
  const pickers = page.locator('cp-pathway-map .pickers select');
  await pickers.first().waitFor();
  assert.ok(finderCode.length > 0, 'the finder came on the first open');
  assert.deepEqual(await size(), closed, 'its button is the same size');
  await pickers.nth(0).selectOption('cna');
  await pickers.nth(1).selectOption('registered-nurses');
  await page.locator('cp-pathway-map [part="route"]').first().waitFor();
  assert.equal(await page.locator('cp-pathway-map [part="route"] li').first().isVisible(), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('`from` and `to` on the tag fetch it at once, and the routes show without a click', async () => {
  const { page, problems, finderCode } = await open('routed');
  await page.locator('cp-pathway-map [part="route"]').first().waitFor();
  assert.ok(finderCode.length > 0);
  assert.equal(await page.locator('cp-pathway-map [part="route-finder"]').evaluate((d) => d.open), true);
  assert.ok((await page.locator('cp-pathway-map .step[data-on]').count()) > 0, 'the route is drawn on the map');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a failed fetch says so in the finder, throws nothing, and the next open tries again', async () => {
  const { page, problems } = await open('plain', { block: true });
  await summary(page).click();
  const note = page.locator('cp-pathway-map [part="route-finder"] [role="status"]');
  await note.waitFor();
  assert.match(await note.textContent(), /could not be loaded/);
  // The refused request is the test's doing; what the page says of it is only the map's warning.
  const said = problems.filter((line) => !FINDER.test(line) && !/Failed to load resource/.test(line));
  assert.equal(
    said.every((line) => /route finder could not be loaded/.test(line)),
    true,
    `only the warning: ${said.join('; ')}`,
  );
  await page.unroute(FINDER);
  await summary(page).click();
  await summary(page).click();
  await page.locator('cp-pathway-map .pickers select').first().waitFor();
  assert.equal(await note.count(), 0);
  await page.close();
});
