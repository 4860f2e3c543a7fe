// A rung's details and the ladder's table view load when a reader first asks for them (issue 18): a page
// that shows the ladder fetches neither, and the first Enter on a rung or the first switch to the table
// still shows them. Needs `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, embedPage, servedPages, watchCode } from './support/page.mjs';

const dist = process.env.CP_DIST ?? 'dist';
const pages = servedPages('.');
const folder = `${dist}/.ladder-extras`;
before(() =>
  embedPage(folder, 'page', '<cp-credential-ladder src="/data/colorado/pathway-healthcare.json" ladder="nursing"></cp-credential-ladder>', {
    dist,
  }),
);

async function open() {
  const page = await pages.browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const problems = collectProblems(page);
  // Known by what it carries: the table view's row headers.
  const code = watchCode(page, { extras: 'scope="row"' });
  await page.goto(`${pages.base}/${folder}/page.html`);
  await page.locator('cp-credential-ladder .rung-button').first().waitFor();
  await page.waitForLoadState('networkidle');
  return { page, problems, code };
}

test('the ladder shows, and the keyboard walks it, without fetching its details or table', async () => {
  const { page, problems, code } = await open();
  await page.locator('cp-credential-ladder .rung-button').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  assert.deepEqual(code.extras, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the first Enter on a rung fetches them and opens its details', async () => {
  const { page, problems, code } = await open();
  await page.locator('cp-credential-ladder .rung-button').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('cp-credential-ladder #details h3').waitFor();
  assert.equal(code.extras.length, 1);
  assert.ok(await page.locator('cp-credential-ladder #details').evaluate((details) => details.matches(':popover-open')));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the first switch to the table fetches them and shows the table', async () => {
  const { page, problems, code } = await open();
  await page.locator('cp-credential-ladder [part="view-toggle"]').click();
  await page.locator('cp-credential-ladder table th[scope="row"]').first().waitFor();
  assert.equal(code.extras.length, 1);
  assert.equal(await page.locator('cp-credential-ladder [part="view-toggle"]').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(problems, []);
  await page.close();
});
