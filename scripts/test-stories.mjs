#!/usr/bin/env node
// Opens every story of the built catalog (storybook-static) in headless Chromium, waits for the
// elements to settle, and runs axe on it. Fails on any axe violation, page error or console error.
// `node scripts/test-stories.mjs [filter]` checks only stories whose id contains the filter.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';
import { settle, storiesAt } from './stories.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const filter = process.argv[2] ?? '';

const server = await serve('storybook-static');
const base = `http://127.0.0.1:${server.address().port}`;
const stories = await storiesAt(base, filter);

const browser = await launch();

async function check(story) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource.*404/.test(message.text()))
      problems.push(`console error: ${message.text()}`);
  });
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await settle(page);
    await page.addScriptTag({ content: axeSource });
    // Storybook's a11y panel runs axe on the story too; two runs at once make axe throw "Axe is
    // already running", so wait and try again.
    const violations = await page.evaluate(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
          return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
        } catch (error) {
          if (attempt > 20 || !/already running/i.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    });
    problems.push(...violations);
  } catch (error) {
    problems.push(`could not check: ${error.message}`);
  } finally {
    await page.close();
  }
  return problems;
}

let passed = 0;
let failed = 0;
const queue = [...stories];
async function worker() {
  for (let story = queue.shift(); story; story = queue.shift()) {
    const problems = await check(story);
    if (problems.length) {
      failed++;
      console.log(`✘ ${story.id}\n    ${problems.join('\n    ')}`);
    } else {
      passed++;
      console.log(`✔ ${story.id}`);
    }
  }
}
await Promise.all([worker(), worker()]);
await browser.close();
server.close();
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed || !stories.length ? 1 : 0);
