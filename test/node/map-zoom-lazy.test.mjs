// The map's pan and zoom code (d3-zoom with d3-transition) loads on the reader's first gesture, not with
// the map (issue 18): a page that only shows the map never fetches it, and the first Ctrl + wheel, the
// first drag and the toolbar's zoom still work, the gesture that woke it included. Needs `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, embedPage, servedPages } from './support/page.mjs';

const dist = process.env.CP_DIST ?? 'dist';
const pages = servedPages('.');
const folder = `${dist}/.map-zoom`;
before(() =>
  embedPage(folder, 'page', '<cp-pathway-map src="/data/colorado/pathway-healthcare.json" orientation="horizontal"></cp-pathway-map>', {
    dist,
  }),
);

async function open() {
  const page = await pages.browser.newPage({ viewport: { width: 900, height: 900 }, reducedMotion: 'reduce' });
  const problems = collectProblems(page);
  const zoomCode = [];
  page.on('request', (request) => /d3-zoom|zoom-behavior|d3-transition/.test(request.url()) && zoomCode.push(request.url()));
  await page.goto(`${pages.base}/${folder}/page.html`);
  await page.waitForFunction(() => document.querySelector('cp-pathway-map')?.shadowRoot?.querySelector('.layer [tabindex="0"]'));
  return { page, problems, zoomCode };
}

const view = (page) =>
  page.evaluate(() => {
    const [, x, y, k] = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([\d.e]+)\)/.exec(
      document.querySelector('cp-pathway-map').shadowRoot.querySelector('.layer').getAttribute('transform'),
    );
    return { x: Number(x), y: Number(y), k: Number(k) };
  });
const middle = (page) =>
  page
    .locator('cp-pathway-map svg.map')
    .evaluate((svg) => ({ x: svg.getBoundingClientRect().x + 300, y: svg.getBoundingClientRect().y + 200 }));

test('the map shows, and the keyboard walks it, without fetching the pan and zoom code', async () => {
  const { page, problems, zoomCode } = await open();
  await page.locator('cp-pathway-map .layer [tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  assert.deepEqual(zoomCode, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the first Ctrl + wheel loads it and zooms the map', async () => {
  const { page, problems, zoomCode } = await open();
  const before = await view(page);
  const at = await middle(page);
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await page.waitForFunction(
    (k) =>
      /scale\(([\d.e]+)\)/.exec(document.querySelector('cp-pathway-map').shadowRoot.querySelector('.layer').getAttribute('transform'))[1] >
      k,
    before.k,
  );
  assert.ok(zoomCode.length > 0, 'the pan and zoom code came on the gesture');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the first drag loads it and pans the map, and the toolbar zooms before it has come', async () => {
  const { page, problems, zoomCode } = await open();
  const zoomIn = page.locator('cp-pathway-map [part="toolbar"] button[aria-label="Zoom in"]');
  const start = await view(page);
  await zoomIn.click();
  const zoomed = await view(page);
  assert.ok(Math.abs(zoomed.k - start.k * 1.25) < 0.001, `zoomed in at once: ${start.k} to ${zoomed.k}`);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /zoom-behavior/.test(entry.name)));
  // Clicking the toolbar scrolled it into view: the map's top back in view to drag it.
  await page.evaluate(() => scrollTo(0, 0));
  const at = await middle(page);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x - 120, at.y - 80, { steps: 6 });
  await page.mouse.up();
  const panned = await view(page);
  assert.ok(panned.x < zoomed.x - 50, `panned left: ${zoomed.x} to ${panned.x}`);
  assert.ok(zoomCode.length > 0);
  assert.deepEqual(problems, []);
  await page.close();
});
