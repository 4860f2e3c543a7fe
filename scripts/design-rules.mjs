#!/usr/bin/env node
// Design rules as a test (DESIGN.md "Text as drawn on screen"): opens every story of the built catalog
// (storybook-static) at 1280 and 390 px and fails when text is drawn under 11 px (titles under 12 px), a
// title is cut with an ellipsis, or the page overflows sideways. Violations listed in
// scripts/design-rules.known.json (by story, width and rule, each naming the issue that fixes it) pass
// as "known"; a known one that no longer occurs fails until it is taken off the list, so the list only
// shrinks.
//
//   node scripts/design-rules.mjs [filter] [--verbose] [--update-known]
//
// `filter` checks only stories whose id contains it; `--verbose` lists the known violations too;
// `--update-known` rewrites the list from this run (keeping existing reasons) and passes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';
import { settle, storiesAt } from './stories.mjs';
import { measure } from './design-rules.measure.mjs';
import { MIN_TITLE, TITLE_SELECTOR, WIDTHS, classify, compare, report, updateKnown } from './design-rules.rules.mjs';

const KNOWN = fileURLToPath(new URL('./design-rules.known.json', import.meta.url));
const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
const filter = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
const known = JSON.parse(readFileSync(KNOWN, 'utf8'));
// A phone's and a laptop's height: the width is what the rules are about.
const HEIGHT = { 1280: 800, 390: 844 };

const server = await serve('storybook-static');
const base = `http://127.0.0.1:${server.address().port}`;
const stories = await storiesAt(base, filter);
const browser = await launch();

let passed = 0;
let failed = 0;
let broken = 0; // stories that could not be checked: no update of the list hides them
const results = [];

/** Measures the story now in `page` at `width` and reports it: the report's lines. */
async function checkAt(page, story, width) {
  try {
    await page.setViewportSize({ width, height: HEIGHT[width] ?? 800 });
    await settle(page);
    const measured = await page.evaluate(measure, { root: '#storybook-root', title: TITLE_SELECTOR, below: MIN_TITLE });
    const result = compare(story.id, width, classify(measured), known);
    results.push(result);
    if (result.ok) passed++;
    else failed++;
    return report(result, known, { verbose: flags.has('--verbose') });
  } catch (error) {
    failed++;
    broken++;
    return [`✘ ${story.id} @${width}`, `    could not check: ${error.message.split('\n')[0]}`];
  }
}

// Two pages take stories from one queue. Each story is loaded once, at the first width, then the page is
// resized to the others: loading Storybook's preview is most of the cost, and the elements size
// themselves by observing their box, so a resized story lays out as one loaded at that width would.
// The phone comes first, so its view is the one the story opens with.
const queue = [...stories];
async function worker() {
  // Reduced motion: count-ups and fades end at once, so what is measured is the settled picture.
  const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: HEIGHT[WIDTHS[0]] }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (let story = queue.shift(); story; story = queue.shift()) {
    const lines = [];
    try {
      await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT[WIDTHS[0]] });
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'domcontentloaded' });
      for (const width of WIDTHS) lines.push(...(await checkAt(page, story, width)));
    } catch (error) {
      failed += WIDTHS.length;
      broken += WIDTHS.length;
      lines.push(`✘ ${story.id}`, `    could not load: ${error.message.split('\n')[0]}`);
    }
    console.log(lines.join('\n'));
  }
  await context.close();
}

await Promise.all([worker(), worker()]);
await browser.close();
server.close();

// A known entry for a story that is gone would never be checked again: it fails until it is removed.
if (!filter) {
  const ids = new Set(stories.map((s) => s.id));
  for (const story of Object.keys(known).filter((id) => !ids.has(id))) {
    failed++;
    console.log(`✘ ${story}: no such story; remove it from scripts/design-rules.known.json`);
  }
}

if (flags.has('--update-known')) {
  // Entries of stories not checked this time (filtered out, or failing to load) are kept as they were.
  const checked = new Set(results.map((r) => r.story));
  const exists = new Set(stories.map((s) => s.id));
  const kept = Object.fromEntries(Object.entries(known).filter(([id]) => !checked.has(id) && (filter || exists.has(id))));
  const next = { ...kept, ...updateKnown(results, known) };
  const sorted = Object.fromEntries(
    Object.keys(next)
      .sort()
      .map((id) => [id, next[id]]),
  );
  writeFileSync(KNOWN, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`wrote ${Object.keys(sorted).length} stories to scripts/design-rules.known.json`);
  passed = results.length;
  failed = broken;
}

console.log(`design rules: ${passed} passed, ${failed} failed`);
process.exit(failed || !stories.length ? 1 : 0);
