// An occupation's details load when a reader first opens one (issue 18): a page that shows the explorer,
// and a reader who walks its rows, fetch none of that code; the first Enter on a row fetches it and shows
// the details. Needs `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, embedPage, servedPages, watchCode } from './support/page.mjs';

const dist = process.env.CP_DIST ?? 'dist';
const pages = servedPages('.');
const folder = `${dist}/.explorer-details`;
before(() =>
  embedPage(
    folder,
    'page',
    '<cp-occupation-explorer src="/data/colorado/occupations/index.json" sector="Healthcare"></cp-occupation-explorer>',
    {
      dist,
    },
  ),
);

test('walking the rows fetches no details code; the first Enter on a row fetches it and shows them', async () => {
  const page = await pages.browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const problems = collectProblems(page);
  // Known by what it carries: the details popover's own markup.
  const code = watchCode(page, { details: 'class="details"' });
  await page.goto(`${pages.base}/${folder}/page.html`);
  const first = page.locator('cp-occupation-explorer tbody tr[data-soc]').first();
  await first.waitFor();
  await page.waitForLoadState('networkidle');
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  assert.deepEqual(code.details, []);
  await page.keyboard.press('Enter');
  await page.locator('cp-occupation-explorer .details').first().waitFor();
  assert.equal(code.details.length, 1);
  assert.deepEqual(problems, []);
  await page.close();
});
