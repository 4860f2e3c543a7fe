import { after, before } from 'node:test';
import { launch } from '../../../scripts/browser.mjs';
import { serve } from '../../../scripts/serve.mjs';

// For the node tests that drive built pages in Chromium.

/** Opens `url` in a new page of `browser`, as a reader with reduced motion would, and collects every
 * error and warning the page reports (and failed requests) into `problems`. */
export async function openCollecting(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/**
 * For a test file that drives pages of `root` in Chromium: serves `root` and launches the browser before
 * its tests, closes both after them. Read `browser` and `base` (the server's origin) inside the tests, or
 * after `await pages.ready` in a hook.
 */
export function servedPages(root) {
  const pages = { browser: undefined, base: '', server: undefined, ready: undefined };
  // Node 20 starts a file's root-level `before` hooks without waiting for the earlier ones, so a test
  // file's own hook that opens a page awaits `pages.ready` first.
  let started;
  pages.ready = new Promise((resolve) => (started = resolve));
  before(async () => {
    pages.server = await serve(root);
    pages.base = `http://127.0.0.1:${pages.server.address().port}`;
    pages.browser = await launch();
    started();
  });
  after(async () => {
    await pages.browser?.close();
    pages.server?.close();
  });
  return pages;
}
