// Polling's code loads with the first meter that polls (issue 18): a banner fed once by `src` never fetches
// it, and one with `poll` does, once, and still shows its figures. Needs `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, embedPage, servedPages, watchCode } from './support/page.mjs';

const dist = process.env.CP_DIST ?? 'dist';
const pages = servedPages('.');
const folder = `${dist}/.meter-poll`;
const banner = (poll) =>
  `<cp-campaign-meter variant="banner" src="/data/colorado/campaign.json"${poll ? ` poll="${poll}"` : ''}></cp-campaign-meter>`;
before(() => {
  embedPage(folder, 'once', banner());
  embedPage(folder, 'polling', `${banner(60)}${banner(60)}`);
});

async function open(name) {
  const page = await pages.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = collectProblems(page);
  // Known by what it carries: the poller's revalidating fetch (see campaign-meter.poller.ts).
  const code = watchCode(page, { poller: 'cache:`no-cache`' });
  await page.goto(`${pages.base}/${folder}/${name}.html`);
  await page.locator('cp-campaign-meter [part="meter"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  return { page, problems, code };
}

test('a banner that does not poll shows its figures without fetching the polling code', async () => {
  const { page, problems, code } = await open('once');
  assert.deepEqual(code.poller, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('banners that poll fetch the polling code once, for all of them', async () => {
  const { page, problems, code } = await open('polling');
  assert.equal(code.poller.length, 1);
  assert.equal(await page.locator('cp-campaign-meter [part="meter"]').count(), 2);
  assert.deepEqual(problems, []);
  await page.close();
});
