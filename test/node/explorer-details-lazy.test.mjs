// An occupation's details load when a reader first opens one (issue 18): a page that shows the explorer,
// and a reader who walks its rows, fetch none of that code; the first Enter on a row fetches it and shows
// the details. Needs `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { servedPages } from './support/page.mjs';

const dist = process.env.CP_DIST ?? 'dist';
const pages = servedPages('.');
const folder = `${dist}/.explorer-details`;
before(() => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    `${folder}/page.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Explorer</title><script type="module" src="/${dist}/embed.js"></script></head>
<body><main><cp-occupation-explorer src="/data/colorado/occupations/index.json" sector="Healthcare"></cp-occupation-explorer></main></body></html>`,
  );
});

test('walking the rows fetches no details code; the first Enter on a row fetches it and shows them', async () => {
  const page = await pages.browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const problems = [];
  const details = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    // Known by what it carries: the details popover's own markup.
    if ((await response.text().catch(() => '')).includes('class="details"')) details.push(response.url());
  });
  await page.goto(`${pages.base}/${folder}/page.html`);
  const first = page.locator('cp-occupation-explorer tbody tr[data-soc]').first();
  await first.waitFor();
  await page.waitForLoadState('networkidle');
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  assert.deepEqual(details, []);
  await page.keyboard.press('Enter');
  await page.locator('cp-occupation-explorer .details').first().waitFor();
  assert.equal(details.length, 1);
  assert.deepEqual(problems, []);
  await page.close();
});
