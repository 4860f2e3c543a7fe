// Server-rendered first paint of the explorer: pre-rendered with the shipped helper (career-pathway-elements/ssr,
// bin/prerender.mjs) it shows its occupations, their figures and its chart with JavaScript off, and hydrates
// with dist/embed-hydrate.js without errors or Lit warnings, without a second copy of the view, and with its
// keyboard Tab stop where the server put it. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { prerender } from '../../bin/prerender.mjs';
import { collectProblems, servedMarkup } from './support/page.mjs';

const catalogue = JSON.parse(readFileSync('data/colorado/occupations.json', 'utf8'));
const bySoc = new Map(catalogue.occupations.map((o) => [o.soc, o]));
const healthcare = catalogue.occupations.filter((o) => o.sector === 'Healthcare');
const PAGE = 50;

const served = servedMarkup('Pre-rendered explorer', () => prerender('cp-occupation-explorer', catalogue, { sector: 'Healthcare' }));

/** Each listed row's SOC code and what a reader sees in it. */
const rowsOf = (page) =>
  page.evaluate(() =>
    [...document.querySelector('cp-occupation-explorer').shadowRoot.querySelectorAll('tbody tr[data-soc]')].map((tr) => ({
      soc: tr.dataset.soc,
      text: tr.innerText,
      tabindex: tr.getAttribute('tabindex'),
    })),
  );

test("with JavaScript off, the pre-rendered explorer lists the sector's occupations with their figures, and its chart", async () => {
  const context = await served.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(served.url);
  assert.equal(
    await page.evaluate(() => Boolean(customElements.get('cp-occupation-explorer'))),
    false,
    "the server's markup, not the browser's",
  );
  const rows = await rowsOf(page);
  assert.equal(rows.length, Math.min(PAGE, healthcare.length));
  for (const { soc, text } of rows) {
    const occupation = bySoc.get(soc);
    assert.equal(occupation?.sector, 'Healthcare', `${soc} is a Healthcare occupation`);
    assert.ok(text.includes(occupation.title), `row ${soc} shows its title: ${text}`);
    if (occupation.openings != null)
      assert.ok(text.includes(occupation.openings.toLocaleString('en-US')), `row ${soc} shows its openings: ${text}`);
  }
  assert.equal(rows.filter((row) => row.tabindex === '0').length, 1, 'the list has one Tab stop');
  // The chart: its sentence summary and the listed rows' points, drawn at a default width.
  const summary = await page.locator('cp-occupation-explorer .summary').innerText();
  assert.ok(summary.trim().length > 20, `the chart says what it shows: ${summary}`);
  const marks = await page.locator('cp-occupation-explorer .mark').count();
  assert.ok(marks > 0 && marks <= rows.length, `the chart marks the listed rows (${marks})`);
  await context.close();
});

test('with JavaScript on, it hydrates without errors or a second view, and the keyboard works', async () => {
  const page = await served.browser.newPage();
  const problems = collectProblems(page);
  await page.goto(served.url);
  const before = await rowsOf(page);
  await page.waitForFunction(() => customElements.get('cp-occupation-explorer'));
  await page.evaluate(() => document.querySelector('cp-occupation-explorer').updateComplete);
  const counts = await page.evaluate(() => {
    const root = document.querySelector('cp-occupation-explorer').shadowRoot;
    return {
      views: root.querySelectorAll('.explorer').length,
      tables: root.querySelectorAll('table').length,
      charts: root.querySelectorAll('figure.chart').length,
    };
  });
  assert.deepEqual(counts, { views: 1, tables: 1, charts: 1 });
  const rows = await rowsOf(page);
  assert.deepEqual(
    rows.map((row) => row.soc),
    before.map((row) => row.soc),
    'the same rows, in the same order',
  );
  // The Tab stop the server wrote is live: Tab reaches it, ArrowDown moves on, Enter selects.
  const selected = page.evaluate(
    () => new Promise((resolve) => document.addEventListener('cp-select', (e) => resolve(e.detail.id), { once: true })),
  );
  await page.locator('cp-occupation-explorer tbody tr[tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  assert.equal(await selected, rows[1].soc);
  // Filtering still works after hydration: the query narrows the list.
  await page.locator('cp-occupation-explorer input[name="query"]').fill(bySoc.get(rows[0].soc).title);
  await page.waitForFunction(
    (count) => document.querySelector('cp-occupation-explorer').shadowRoot.querySelectorAll('tbody tr[data-soc]').length < count,
    rows.length,
  );
  assert.deepEqual(problems, []);
  await page.close();
});
