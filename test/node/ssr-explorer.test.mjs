// Server-rendered first paint of the explorer: pre-rendered with the shipped helper (career-pathway-elements/ssr,
// bin/prerender.mjs) it shows its occupations, their figures and its chart with JavaScript off, and hydrates
// with dist/embed-hydrate.js without errors or Lit warnings, without a second copy of the view, and with its
// keyboard Tab stop where the server put it. Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from '../../scripts/browser.mjs';
import { prerender } from '../../bin/prerender.mjs';
import { serve } from '../../scripts/serve.mjs';

const catalogue = JSON.parse(readFileSync('data/colorado/occupations.json', 'utf8'));
const bySoc = new Map(catalogue.occupations.map((o) => [o.soc, o]));
const healthcare = catalogue.occupations.filter((o) => o.sector === 'Healthcare');
const PAGE = 50;

let server;
let browser;
let url;
let folder;
before(async () => {
  const explorer = await prerender('cp-occupation-explorer', catalogue, { sector: 'Healthcare' });
  // The page lives outside the work tree (and out of the shared node_modules); dist/ is linked beside it.
  folder = mkdtempSync(join(tmpdir(), 'ssr-explorer-'));
  symlinkSync(resolve('dist'), join(folder, 'dist'));
  writeFileSync(
    join(folder, 'page.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pre-rendered explorer</title></head>
<body><main>${explorer}</main><script type="module" src="/dist/embed-hydrate.js"></script></body></html>`,
  );
  server = await serve(folder);
  browser = await launch();
  url = `http://127.0.0.1:${server.address().port}/page.html`;
});
after(async () => {
  await browser?.close();
  server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Each listed row's SOC code and what a reader sees in it. */
const rowsOf = (page) =>
  page.evaluate(() =>
    [...document.querySelector('cp-occupation-explorer').shadowRoot.querySelectorAll('tbody tr[data-soc]')].map((tr) => ({
      soc: tr.dataset.soc,
      text: tr.innerText,
      tabindex: tr.getAttribute('tabindex'),
    })),
  );

test('with JavaScript off, the pre-rendered explorer lists the sector\'s occupations with their figures, and its chart', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  assert.equal(await page.evaluate(() => Boolean(customElements.get('cp-occupation-explorer'))), false, 'the server\'s markup, not the browser\'s');
  const rows = await rowsOf(page);
  assert.equal(rows.length, Math.min(PAGE, healthcare.length));
  for (const { soc, text } of rows) {
    const occupation = bySoc.get(soc);
    assert.equal(occupation?.sector, 'Healthcare', `${soc} is a Healthcare occupation`);
    assert.ok(text.includes(occupation.title), `row ${soc} shows its title: ${text}`);
    if (occupation.openings != null) assert.ok(text.includes(occupation.openings.toLocaleString('en-US')), `row ${soc} shows its openings: ${text}`);
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
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  const before = await rowsOf(page);
  await page.waitForFunction(() => customElements.get('cp-occupation-explorer'));
  await page.evaluate(() => document.querySelector('cp-occupation-explorer').updateComplete);
  const counts = await page.evaluate(() => {
    const root = document.querySelector('cp-occupation-explorer').shadowRoot;
    return { views: root.querySelectorAll('.explorer').length, tables: root.querySelectorAll('table').length, charts: root.querySelectorAll('figure.chart').length };
  });
  assert.deepEqual(counts, { views: 1, tables: 1, charts: 1 });
  const rows = await rowsOf(page);
  assert.deepEqual(rows.map((row) => row.soc), before.map((row) => row.soc), 'the same rows, in the same order');
  // The Tab stop the server wrote is live: Tab reaches it, ArrowDown moves on, Enter selects.
  const selected = page.evaluate(() => new Promise((resolve) => document.addEventListener('cp-select', (e) => resolve(e.detail.id), { once: true })));
  await page.locator('cp-occupation-explorer tbody tr[tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  assert.equal(await selected, rows[1].soc);
  // Filtering still works after hydration: the query narrows the list.
  await page.locator('cp-occupation-explorer input[name="query"]').fill(bySoc.get(rows[0].soc).title);
  await page.waitForFunction((count) => document.querySelector('cp-occupation-explorer').shadowRoot.querySelectorAll('tbody tr[data-soc]').length < count, rows.length);
  assert.deepEqual(problems, []);
  await page.close();
});
