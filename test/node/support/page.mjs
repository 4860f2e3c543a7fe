import { after, before } from 'node:test';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from '../../../scripts/browser.mjs';
import { serve } from '../../../scripts/serve.mjs';

// For the node tests that drive built pages in Chromium.

/** Opens `url` in a new page of `browser`, as a reader with reduced motion would, and collects every
 * error and warning the page reports (and failed requests) into `problems`. */
export async function openCollecting(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });
  page.setDefaultTimeout(10_000);
  const problems = collectProblems(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Every error and warning `page` reports from now on (and failed requests), as lines in an array. */
export function collectProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  return problems;
}

/**
 * For a test file about server-rendered markup: before its tests, writes a page whose body is what
 * `body()` returns (markup from the pre-renderer) and which hydrates with dist/embed-hydrate.js, in a folder
 * of its own outside the work tree (dist/ linked beside it), serves it and launches the browser; removes
 * it all after. Read `browser` and `url` inside the tests.
 */
export function servedMarkup(title, body) {
  const pages = { browser: undefined, url: '', server: undefined };
  let folder;
  before(async () => {
    const markup = await body();
    folder = mkdtempSync(join(tmpdir(), 'ssr-'));
    symlinkSync(resolve('dist'), join(folder, 'dist'));
    writeFileSync(
      join(folder, 'page.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main>${markup}</main><script type="module" src="/dist/embed-hydrate.js"></script></body></html>`,
    );
    pages.server = await serve(folder);
    pages.url = `http://127.0.0.1:${pages.server.address().port}/page.html`;
    pages.browser = await launch();
  });
  after(async () => {
    await pages.browser?.close();
    pages.server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  return pages;
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

/**
 * For a test of code loaded on first use: the scripts `page` fetches from now on that carry each of
 * `marks` (a string only that chunk holds; chunks are known by what they carry, as their file names are
 * hashed). `seen[name]` lists the URLs of each; a response still being read when a test looks is missed,
 * so look after `networkidle` or after waiting for what the chunk shows.
 */
export function watchCode(page, marks) {
  const seen = Object.fromEntries(Object.keys(marks).map((name) => [name, []]));
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const text = await response.text().catch(() => '');
    for (const [name, mark] of Object.entries(marks)) if (text.includes(mark)) seen[name].push(response.url());
  });
  return seen;
}

/** Writes `folder/name.html`: `body` in a page (in `lang`) that loads the one-tag embed from `dist`. */
export function embedPage(folder, name, body, { dist = 'dist', lang = 'en' } = {}) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    `${folder}/${name}.html`,
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"><script type="module" src="/${dist}/embed.js"></script></head><body><main>${body}</main></body></html>`,
  );
}
