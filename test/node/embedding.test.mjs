// Embedding anywhere (issue 8): the elements on hostile host pages, under a strict CSP with Trusted Types,
// loaded twice, right to left in Spanish, and printed, in headless Chromium. Needs a build (npm test builds
// first). The pages are test/pages/*.html; each check saves a screenshot to test/pages/screenshots/ (ignored
// by git) and names it in its failure message. An element not yet registered in src/index.ts is skipped,
// saying so; one registered but missing from dist/embed.js fails.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../../scripts/browser.mjs';
import { serve } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = fileURLToPath(new URL('../pages/screenshots/', import.meta.url));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// What a partner writes when it lists the Trusted Types policies it allows: Lit's one policy, created once per
// copy of the library, so two copies need 'allow-duplicates'.
const CSP_LISTED = `${CSP}; trusted-types lit-html 'allow-duplicates'`;
const POLICIES = { '/test/pages/csp.html': CSP, '/test/pages/double-csp.html': CSP_LISTED };

/**
 * The elements on every page, by id. `shows`: figures from the bundled Colorado documents each must show (so
 * a placeholder or an error box does not pass); `es`: Spanish it must show on the Spanish page, and `en`: the
 * English it must then not show; `items`: it has a roving-focus group of items with details to exercise.
 */
const ELEMENTS = [
  {
    id: 'map',
    tag: 'cp-pathway-map',
    items: true,
    shows: ['Certified Nurse Aide (CNA)', 'Registered Nurses'],
    // The "More" menu's items come on its first use: its button speaks for it.
    es: ['Fuente', 'Buscar una ruta', 'Ajustar a la vista', 'Más'],
    en: ['Sources (', 'Find a route', 'Fit to view', 'More'],
  },
  {
    id: 'ladder',
    tag: 'cp-credential-ladder',
    items: true,
    shows: ['Master of Science in Nursing (MSN)', '$121,990'],
    es: ['Fuente', 'Ver como tabla', 'Ayuda de teclado', '121.990'],
    en: ['Sources (', 'Show as table', 'Keyboard help', '121,990'],
  },
  {
    id: 'meter',
    tag: 'cp-campaign-meter',
    label: 'cp-campaign-meter variant="full"',
    items: true,
    shows: ['455,000', '1,000,000'],
    es: ['Fuente', 'de la meta', '455.000'],
    en: ['Sources (', 'of the goal', '455,000'],
  },
  {
    id: 'compact',
    tag: 'cp-campaign-meter',
    label: 'cp-campaign-meter variant="compact"',
    shows: ['455,000', '1,000,000'],
    es: ['Fuentes', 'de la meta', '455.000'],
    en: ['Sources', 'of the goal', '455,000'],
  },
  {
    id: 'explorer',
    tag: 'cp-occupation-explorer',
    items: true,
    shows: ['Registered Nurses'],
    es: ['Fuente', 'Buscar ocupaciones', 'Ayuda de teclado'],
    en: ['Sources (', 'Search occupations', 'Keyboard help'],
  },
];
const nameOf = ({ tag, label }) => label ?? tag;

/**
 * The hostile pages. `canary` proves the page's own hostile styles applied (a stylesheet that failed to load
 * must not make a pass); `sameSizes`: text sizes inside must equal the plain page's.
 */
const HOSTILE = [
  {
    page: 'hostile',
    canary: () => {
      const button = getComputedStyle(document.querySelector('.page-button'));
      return button.textTransform === 'uppercase' && button.backgroundColor === 'rgb(255, 0, 0)';
    },
  },
  { page: 'unset', canary: () => getComputedStyle(document.querySelector('.page-button')).display === 'inline' },
  { page: 'font-10', sameSizes: true, canary: () => getComputedStyle(document.documentElement).fontSize === '10px' },
  { page: 'font-24', sameSizes: true, canary: () => getComputedStyle(document.documentElement).fontSize === '24px' },
  { page: 'bootstrap', canary: () => getComputedStyle(document.querySelector('.row')).display === 'flex' },
  { page: 'narrow', viewport: { width: 320, height: 640 }, canary: () => document.documentElement.clientWidth === 320 },
];

let browser;
let server;
let base;

before(async () => {
  assert.ok(existsSync(`${ROOT}dist/embed.js`), 'dist/embed.js is missing: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  const headers = (path) => (POLICIES[path] ? { 'content-security-policy': POLICIES[path] } : {});
  server = await serve(ROOT, { headers });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens a test page and waits until every element the embed defines has fired cp-load (or cp-error) and
 * stopped updating. Returns the page, the ids of the defined elements, and the errors the page reported.
 */
async function open(name, { viewport = { width: 1200, height: 900 }, setup } = {}) {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  page.setDefaultTimeout(15_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console error: ${message.text()}`);
  });
  await setup?.(page);
  await page.goto(`${base}/test/pages/${name}.html`, { waitUntil: 'load' });
  // dist/embed.js is a loader: each element's code arrives after the page's load event, once its tag is seen.
  await page
    .waitForFunction(() => ![...document.querySelectorAll(':not(:defined)')].some((el) => el.localName.startsWith('cp-')), null, {
      timeout: 15_000,
    })
    .catch(() => {});
  const ids = await page.evaluate(
    (elements) => elements.filter(({ id, tag }) => customElements.get(tag) && document.getElementById(id)).map(({ id }) => id),
    ELEMENTS.map(({ id, tag }) => ({ id, tag })),
  );
  // An element that never settles fails its own subtest (eachElement), not the whole page.
  await page
    .waitForFunction((ids) => ids.every((id) => window.__probe.loaded[id] || window.__probe.failed[id]), ids, { timeout: 15_000 })
    .catch(() => {});
  await settle(page);
  return { page, ids, problems };
}

/** Waits until no element has an update pending for two frames running (they re-render once measured). */
async function settle(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cp-'));
    const deadline = performance.now() + 3000;
    for (let quiet = 0; quiet < 2 && performance.now() < deadline;) {
      await Promise.all(elements.map((el) => el.updateComplete));
      await frame();
      quiet = elements.some((el) => el.isUpdatePending) ? 0 : quiet + 1;
    }
  });
}

/** Opens every <details> inside the elements (keyboard help, a route finder), so what they hold is checked too. */
async function openDetails(page) {
  await page.evaluate(() => {
    const open = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName === 'details') el.open = true;
        if (el.shadowRoot) open(el.shadowRoot);
      }
    };
    open(document);
  });
  await settle(page);
}

/** A picture of the element, at most its first 2,400px (a long list would take seconds to encode). */
async function screenshot(page, id, path) {
  const clip = await page.evaluate((id) => {
    const box = document.getElementById(id).getBoundingClientRect();
    return { x: box.left + scrollX, y: box.top + scrollY, width: Math.max(1, box.width), height: Math.max(1, Math.min(box.height, 2400)) };
  }, id);
  await page.screenshot({ path, clip, fullPage: true });
}

const index = readFileSync(`${ROOT}src/index.ts`, 'utf8');
const registered = (tag) => index.includes(`./components/${tag.slice(3)}/${tag.slice(3)}.js`);

/** Runs `check(element, where)` as one subtest per element of the page, skipping those not defined yet. */
async function eachElement(t, { page, ids }, name, check) {
  for (const element of ELEMENTS) {
    await t.test(nameOf(element), async (t) => {
      if (!ids.includes(element.id)) {
        // Skipped only while the element is not registered; registered and still undefined is a broken build.
        assert.ok(
          !registered(element.tag),
          `${element.tag} is registered in src/index.ts, but dist/embed.js does not define it (tree-shaken away? see "sideEffects" in package.json)`,
        );
        return t.skip(`${element.tag} is not registered in src/index.ts yet, so dist/embed.js does not define it`);
      }
      const shot = `test/pages/screenshots/${name}-${element.id}.png`;
      await screenshot(page, element.id, `${ROOT}${shot}`);
      const where = `${name}.html ${nameOf(element)} (screenshot: ${shot})`;
      const { loaded, failed } = await page.evaluate(
        (id) => ({ loaded: window.__probe.loaded[id], failed: window.__probe.failed[id] }),
        element.id,
      );
      assert.equal(failed, undefined, `${where}: cp-error instead of the view`);
      assert.ok(loaded, `${where}: no cp-load within 15 s`);
      await check(element, where);
    });
  }
}

/**
 * Measures one element in the page: its box; every box and every run of text in its shadow tree that sticks
 * out of that box, after clipping by the element's own containers (a scrolling table or a pan-and-zoom
 * drawing may hold more than it shows, on purpose); the size and colour of its text; and its text.
 * `strict`: content cut off by an inner container counts as a fault too (on paper nothing scrolls).
 */
function measure({ id, strict = false }) {
  const host = document.getElementById(id);
  const hostBox = host.getBoundingClientRect();
  const hostStyle = getComputedStyle(host);
  const round = (r) => ({ left: Math.round(r.left), top: Math.round(r.top), right: Math.round(r.right), bottom: Math.round(r.bottom) });
  const parentOf = (el) => el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  const label = (el) => {
    const name =
      el.localName +
      (el.id ? `#${el.id}` : '') +
      (el.getAttribute('class') ? `.${el.getAttribute('class').trim().split(/\s+/).join('.')}` : '');
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return text ? `${name} "${text}"` : name;
  };

  // Every rendered element of the shadow tree (and of nested open ones). Skipped with their subtrees: what is
  // not rendered (display: none, a closed <details>), what is visually hidden for screen readers (.sr-only
  // clipping), and popovers (in the top layer when open, so they may sit outside the element on purpose).
  const all = [];
  const walk = (rootNode) => {
    for (const el of rootNode.children) {
      const style = getComputedStyle(el);
      if (!el.checkVisibility() || style.clipPath !== 'none' || el.matches('[popover]')) continue;
      if (style.overflow === 'hidden' && el.getBoundingClientRect().width <= 1) continue;
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(host.shadowRoot);
  const rendered = new Set(all);

  // What is left of `box` once every container from `from` up to the host has clipped it.
  const visiblePart = (box, from) => {
    let { left, top, right, bottom } = box;
    for (let a = from; a && a !== host; a = parentOf(a)) {
      const s = getComputedStyle(a);
      const r = a.getBoundingClientRect();
      if (s.overflowX !== 'visible') [left, right] = [Math.max(left, r.left), Math.min(right, r.right)];
      if (s.overflowY !== 'visible') [top, bottom] = [Math.max(top, r.top), Math.min(bottom, r.bottom)];
    }
    return { left, top, right, bottom };
  };
  const outside = [];
  const cut = [];
  const check = (box, from, what, focusable) => {
    if (box.width < 2 && box.height < 2) return;
    const shown = visiblePart(box, from);
    if (shown.right - shown.left < 1 || shown.bottom - shown.top < 1) {
      if (strict && focusable) cut.push(`${what} ${JSON.stringify(round(box))} is not visible at all`);
      return;
    }
    if (
      shown.left < hostBox.left - 1 ||
      shown.right > hostBox.right + 1 ||
      shown.top < hostBox.top - 1 ||
      shown.bottom > hostBox.bottom + 1
    ) {
      outside.push(`${what} ${JSON.stringify(round(shown))}`);
    }
    if (strict && (shown.left > box.left + 1 || shown.right < box.right - 1 || shown.top > box.top + 1 || shown.bottom < box.bottom - 1)) {
      cut.push(`${what} ${JSON.stringify(round(box))} is cut to ${JSON.stringify(round(shown))}`);
    }
  };
  for (const el of all) {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'contents') continue;
    check(el.getBoundingClientRect(), parentOf(el), label(el), el.matches('[tabindex]'));
  }

  // Text: where each visible run really is (a run can overflow its own box), and its size and colour.
  const runs = [];
  const range = document.createRange();
  const collect = (rootNode) => {
    const walker = document.createTreeWalker(rootNode, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.data.trim();
      if (!text || !parent || !rendered.has(parent)) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || parent.getBoundingClientRect().width < 2) continue;
      range.selectNodeContents(node);
      check(range.getBoundingClientRect(), parent, `text "${text.slice(0, 40)}" in ${parent.localName}`, false);
      runs.push({
        size: parseFloat(style.fontSize),
        color: style.color,
        length: text.length,
        source: !!parent.closest('[part~="sources"]'),
      });
    }
  };
  for (const el of [host, ...all]) if (el.shadowRoot) collect(el.shadowRoot);
  runs.sort((a, b) => a.size - b.size);
  const total = runs.reduce((sum, run) => sum + run.length, 0);
  // The representative text: the median character outside the (long, small) source notes.
  const body = runs.some((run) => !run.source) ? runs.filter((run) => !run.source) : runs;
  const half = body.reduce((sum, run) => sum + run.length, 0) / 2;
  let seen = 0;
  const median = body.find((run) => (seen += run.length) >= half);

  const container = host.parentElement;
  const containerBox = container.getBoundingClientRect();
  const containerStyle = getComputedStyle(container);
  return {
    box: round(hostBox),
    height: hostBox.height,
    background: hostStyle.backgroundColor,
    scrolls: /auto|scroll/.test(hostStyle.overflowX),
    scrollWidth: host.scrollWidth,
    clientWidth: host.clientWidth,
    containerLeft: containerBox.left + parseFloat(containerStyle.paddingLeft) + parseFloat(containerStyle.borderLeftWidth),
    containerRight: containerBox.right - parseFloat(containerStyle.paddingRight) - parseFloat(containerStyle.borderRightWidth),
    viewport: document.documentElement.clientWidth,
    outside,
    cut,
    fontSize: median?.size,
    textColor: median?.color,
    minFont: runs[0]?.size,
    maxFont: runs.at(-1)?.size,
    characters: total,
    text: host.shadowRoot.textContent.replace(/\s+/g, ' '),
  };
}

/** What every page asks of an element: real text, and nothing out of its box, its container or the viewport. */
function fitProblems(m) {
  const problems = [];
  if (m.characters < 40 || m.height < 40) problems.push(`shows (almost) nothing: ${m.characters} characters, ${m.height}px high`);
  for (const part of m.outside.slice(0, 6)) problems.push(`sticks out of the element's box ${JSON.stringify(m.box)}: ${part}`);
  if (m.outside.length > 6) problems.push(`…and ${m.outside.length - 6} more parts stick out`);
  if (!m.scrolls && m.scrollWidth > m.clientWidth + 1) problems.push(`its content is ${m.scrollWidth}px wide in a ${m.clientWidth}px box`);
  if (m.box.right > m.containerRight + 1 || m.box.left < m.containerLeft - 1) {
    problems.push(
      `the element (${m.box.left}–${m.box.right}px) is wider than its container (${Math.round(m.containerLeft)}–${Math.round(m.containerRight)}px)`,
    );
  }
  if (m.box.right > m.viewport + 1) problems.push(`the element ends at ${m.box.right}px, past the ${m.viewport}px viewport`);
  return problems;
}

/** Text neither collapsed nor exploded: most of it 12–22px, none under 9px. */
function sizeProblems(m) {
  const problems = [];
  if (!(m.fontSize >= 12 && m.fontSize <= 22)) problems.push(`most text is ${m.fontSize}px (expected 12–22px)`);
  if (!(m.minFont >= 9)) problems.push(`some text is only ${m.minFont}px`);
  return problems;
}

/** Fails with every problem found, so one run shows all that is wrong with an element on a page. */
function expectNone(problems, where) {
  assert.deepEqual(problems, [], `${where}: ${problems.length} problem(s)`);
}

/** The items of an element's first roving-focus group: one item with tabindex="0", its peers with "-1". */
function rovingItems(id) {
  const root = document.getElementById(id).shadowRoot;
  const classes = (el) => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  for (const first of root.querySelectorAll('[tabindex="0"]')) {
    if (first.closest('[popover]')) continue;
    const peers = [...root.querySelectorAll(`${first.localName}[tabindex="-1"]`)].filter(
      (el) =>
        el.getAttribute('role') === first.getAttribute('role') &&
        (!classes(first).length || classes(el).some((c) => classes(first).includes(c))),
    );
    if (peers.length) return [first, ...peers];
  }
  return [];
}

/**
 * Where a pointer reaches one of `items` (the last reachable one: a pan-and-zoom drawing may hold items
 * outside its viewport), after scrolling it into view: its index and the centre of its box.
 */
function itemToClick(items) {
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    item.scrollIntoView({ block: 'center', inline: 'center' });
    const box = item.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    if (x > 0 && y > 0 && x < innerWidth && y < innerHeight && item.contains(item.getRootNode().elementFromPoint(x, y)))
      return { index, x, y };
  }
  return null;
}

/** Whether the pointer at (x, y) is on items[index]: nothing (another element's popover, say) covers it. */
function reaches([items, { index, x, y }]) {
  return items[index].contains(items[index].getRootNode().elementFromPoint(x, y));
}

/** The element at a point of the page, looking into shadow roots: `cp-pathway-map#map > div#details`. */
const whatIsAt = (page, point) =>
  page.evaluate(({ x, y }) => {
    const path = [];
    for (
      let root = document, el = root.elementFromPoint(x, y);
      el && !path.includes(el);
      root = el.shadowRoot, el = root?.elementFromPoint(x, y)
    ) {
      path.push(el);
      if (!el.shadowRoot) break;
    }
    return path.map((el) => el.localName + (el.id ? `#${el.id}` : '')).join(' > ');
  }, point);

const selections = (page, id) => page.evaluate((id) => window.__probe.selected.filter((s) => s.element === id), id);
const selected = (page, id, count) =>
  page.waitForFunction(([id, count]) => window.__probe.selected.filter((s) => s.element === id).length > count, [id, count], {
    timeout: 3000,
  });
const focusedItem = (page, id) =>
  page.evaluate((id) => document.getElementById(id).shadowRoot.activeElement?.outerHTML.slice(0, 160) ?? null, id);
const popoverOpen = (page, id) =>
  page.evaluate((id) => !!document.getElementById(id).shadowRoot.querySelector('[popover]:popover-open'), id);

/**
 * What a reader does with a visual: focus its item, arrow to another (focus moves), Enter (cp-select, and
 * the details popover opens), Escape (it closes), click another item (cp-select again), Escape and move on.
 */
async function exercise(page, id, where) {
  const items = await page.evaluateHandle(rovingItems, id);
  assert.ok(
    await items.evaluate((list) => list.length > 1),
    `${where}: no roving-focus group (one item with tabindex="0", the others "-1") to exercise`,
  );
  await items.evaluate((list) => list[0].focus());
  const start = await focusedItem(page, id);
  assert.ok(start, `${where}: its first item cannot take focus`);
  let moved = false;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowUp', 'ArrowLeft']) {
    await page.keyboard.press(key);
    if ((moved = (await focusedItem(page, id)) !== start)) break;
  }
  assert.ok(moved, `${where}: arrow keys do not move focus between its items`);
  const before = (await selections(page, id)).length;
  await page.keyboard.press('Enter');
  await selected(page, id, before).catch(() => assert.fail(`${where}: Enter on a focused item fired no cp-select`));
  await page
    .waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('[popover]:popover-open'), id, { timeout: 3000 })
    .catch(() => assert.fail(`${where}: Enter on an item opened no details popover`));
  await page.keyboard.press('Escape');
  assert.equal(await popoverOpen(page, id), false, `${where}: Escape did not close the details popover`);
  const clicks = (await selections(page, id)).length;
  // Park the pointer in the page's corner while scrolling, so the scroll does not slide another element's
  // hover details under it.
  await page.mouse.move(1, 1);
  const point = await items.evaluate(itemToClick);
  assert.ok(point, `${where}: no item can be clicked (none is visible where a pointer can reach it)`);
  // Move there first, as a hand does: anything another element opened on hover has time to close.
  await page.mouse.move(point.x, point.y);
  await page
    .waitForFunction(reaches, [items, point], { timeout: 3000 })
    .catch(async () => assert.fail(`${where}: 3 s after the pointer arrived on its item, ${await whatIsAt(page, point)} still covers it`));
  await page.mouse.click(point.x, point.y);
  await selected(page, id, clicks).catch(() => assert.fail(`${where}: clicking an item fired no cp-select`));
  const events = await selections(page, id);
  assert.ok(
    events.every((s) => s.id && s.kind),
    `${where}: cp-select without id and kind: ${JSON.stringify(events)}`,
  );
  // The reader is done here: Escape, and the pointer moves on. What the click opened must close, and not
  // float over the next element.
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await page
    .waitForFunction((id) => !document.getElementById(id).shadowRoot.querySelector('[popover]:popover-open'), id, { timeout: 3000 })
    .catch(() => assert.fail(`${where}: after Escape and the pointer moving away, its popover is still open`));
}

/** A button that opens a popover (the compact meter's sources): a click opens it, Escape closes it. */
async function popoverButton(page, id, where) {
  const button = page.locator(`#${id} button[popovertarget]`).first();
  if (!(await button.count())) return;
  await button.click();
  await page
    .waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('[popover]:popover-open'), id, { timeout: 3000 })
    .catch(() => assert.fail(`${where}: its popover button opened nothing`));
  await page.keyboard.press('Escape');
  assert.equal(await popoverOpen(page, id), false, `${where}: Escape did not close the popover`);
}

/** The explorer: typing a search and choosing a sector filter the list and reflect to attributes. */
async function filterExplorer(page, where) {
  const explorer = page.locator('#explorer');
  const search = explorer.locator('input[type="search"]');
  await search.click();
  await page.keyboard.type('therap');
  await page
    .waitForFunction(() => document.getElementById('explorer').getAttribute('query') === 'therap', null, { timeout: 3000 })
    .catch(async () =>
      assert.fail(`${where}: typing in the search did not set query="therap" (it is ${await explorer.getAttribute('query')})`),
    );
  await search.fill('');
  const sector = explorer.locator('select[name="sector"]');
  if (!(await sector.isVisible()))
    await explorer
      .locator('button[aria-controls]')
      .filter({ hasText: /filter/i })
      .first()
      .click();
  await sector.selectOption({ label: 'Information Technology' });
  await page
    .waitForFunction(() => document.getElementById('explorer').getAttribute('sector') === 'Information Technology', null, { timeout: 3000 })
    .catch(() => assert.fail(`${where}: choosing the Information Technology sector did not set sector="Information Technology"`));
  await settle(page);
  const { text } = await page.evaluate(measure, { id: 'explorer' });
  assert.ok(text.includes('Software Developers'), `${where}: the Information Technology filter does not list Software Developers`);
  assert.ok(!text.includes('Registered Nurses'), `${where}: the Information Technology filter still lists Registered Nurses`);
}

/** The map: zooming in (its zoom-in button, else Ctrl + wheel over it) changes the drawing's transform. */
async function zoomMap(page, where) {
  const transforms = () =>
    [...document.getElementById('map').shadowRoot.querySelectorAll('svg [transform]')].map((g) => g.getAttribute('transform')).join('|');
  const before = await page.evaluate(transforms);
  const button = page
    .locator('#map button[aria-label*="zoom in" i], #map button[title*="zoom in" i]')
    .or(page.locator('#map button').filter({ hasText: /zoom in/i }));
  if (await button.count()) await button.first().click();
  else {
    const box = await page.locator('#map svg').first().boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
  }
  await settle(page);
  assert.notEqual(await page.evaluate(transforms), before, `${where}: zooming in changed nothing in the drawing`);
}

/** WCAG relative luminance of a computed `rgb()`/`rgba()` colour. */
function luminance(color) {
  const [r, g, b] = color
    .match(/[\d.]+/g)
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// The plain page's text sizes, for the root-font-size pages to compare with (filled by the first test).
const baseline = new Map();
let baselineMeasured;
const baselineReady = new Promise((resolve) => (baselineMeasured = resolve));

// Each test opens its own page; three at a time keep the file well under a minute on two cores.
describe('embedding', { concurrency: 3 }, () => {
  test('plain page (the baseline): every element renders real data, fits, and reads at a normal size', async (t) => {
    const opened = await open('plain');
    try {
      await openDetails(opened.page);
      await eachElement(t, opened, 'plain', async ({ id, shows }, where) => {
        const m = await opened.page.evaluate(measure, { id });
        baseline.set(id, m);
        const missing = shows.filter((figure) => !m.text.includes(figure)).map((figure) => `does not show "${figure}"`);
        expectNone([...missing, ...fitProblems(m), ...sizeProblems(m)], where);
      });
      assert.deepEqual(opened.problems, [], 'plain.html reported errors');
    } finally {
      baselineMeasured();
      await opened.page.close();
    }
  });

  for (const { page: name, viewport, canary, sameSizes } of HOSTILE) {
    test(`hostile page ${name}.html: every element renders, fits its box, and keeps its text size`, async (t) => {
      const opened = await open(name, { viewport });
      try {
        await openDetails(opened.page);
        assert.ok(
          await opened.page.evaluate(canary),
          `${name}.html: the page's own hostile styles did not apply, so this test would prove nothing`,
        );
        await eachElement(t, opened, name, async ({ id }, where) => {
          const m = await opened.page.evaluate(measure, { id });
          const problems = [...fitProblems(m), ...sizeProblems(m)];
          const plain = sameSizes && (await baselineReady, baseline.get(id));
          const [sizes, plainSizes] = [[m.fontSize, m.minFont, m.maxFont], plain && [plain.fontSize, plain.minFont, plain.maxFont]];
          if (plain && sizes.join() !== plainSizes.join()) {
            problems.push(
              `text sizes (most, smallest, largest) ${sizes.join(', ')}px follow the page's root font size (plain page: ${plainSizes.join(', ')}px)`,
            );
          }
          expectNone(problems, where);
        });
        assert.deepEqual(opened.problems, [], `${name}.html reported errors`);
      } finally {
        await opened.page.close();
      }
    });
  }

  test('strict CSP with Trusted Types: every element fully works, and the browser reports no violation', async (t) => {
    const opened = await open('csp');
    const { page } = opened;
    try {
      await eachElement(t, opened, 'csp', async ({ id, tag, shows, items }, where) => {
        const { text } = await page.evaluate(measure, { id });
        for (const figure of shows) assert.ok(text.includes(figure), `${where}: does not show "${figure}"`);
        if (items) await exercise(page, id, where);
        else await popoverButton(page, id, where);
        if (id === 'explorer') await filterExplorer(page, where);
        if (id === 'map') await zoomMap(page, where);
        const violations = await page.evaluate(
          (prefix) => window.__probe.violations.filter((v) => v.element.startsWith(prefix)),
          `${tag}#${id}`,
        );
        assert.deepEqual(violations, [], `${where}: Content-Security-Policy violations`);
      });
      assert.deepEqual(await page.evaluate(() => window.__probe.violations), [], 'csp.html: Content-Security-Policy violations');
      assert.deepEqual(opened.problems, [], 'csp.html reported errors');

      // The control: the policy really is in force and the counter really counts. An HTML string for innerHTML
      // (Trusted Types) and a style attribute (style-src) are both refused and reported.
      const control = await page.evaluate(async () => {
        let threw = false;
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
        } catch {
          threw = true;
        }
        document.querySelector('footer').setAttribute('style', 'color: red');
        await new Promise((resolve) => setTimeout(resolve, 100));
        return { threw, directives: window.__probe.violations.map((v) => v.directive) };
      });
      assert.ok(control.threw, 'csp.html: innerHTML took a plain string, so Trusted Types are not enforced and this test proves nothing');
      assert.ok(
        control.directives.includes('require-trusted-types-for'),
        `csp.html: the Trusted Types violation was not counted (${control.directives})`,
      );
      assert.ok(
        control.directives.some((d) => d.startsWith('style-src')),
        `csp.html: the style-src violation was not counted (${control.directives})`,
      );
    } finally {
      await page.close();
    }
  });

  test("strict CSP: the map's Download PNG menu item downloads a PNG, with no violation and no notice", async () => {
    const opened = await open('csp');
    const { page } = opened;
    try {
      const map = page.locator('#map');
      const downloaded = page.waitForEvent('download');
      await map.getByRole('button', { name: 'More' }).click();
      await map.getByRole('menuitem', { name: 'Download PNG' }).click();
      const download = await downloaded;
      assert.match(download.suggestedFilename(), /\.png$/);
      const head = readFileSync(await download.path()).subarray(0, 8);
      assert.deepEqual([...head], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the download is not a PNG');
      await page.waitForTimeout(100);
      assert.equal(await map.locator('[part="notice"]').count(), 0, 'csp.html: the map says the PNG could not be made');
      assert.deepEqual(
        await page.evaluate(() => window.__probe.violations),
        [],
        'csp.html: Content-Security-Policy violations from the PNG export',
      );
      assert.deepEqual(opened.problems, [], 'csp.html reported errors');
    } finally {
      await page.close();
    }
  });

  test('two copies of the embed on one page: both run, no error, every element renders', async (t) => {
    const copies = [];
    const setup = (page) =>
      page.on('response', (response) => {
        if (new URL(response.url()).pathname === '/dist/embed.js') copies.push(`${response.url().replace(base, '')} ${response.status()}`);
      });
    const opened = await open('double', { setup });
    try {
      // Two URLs are two module instances: both ran, and the second found every tag already defined.
      assert.deepEqual(copies.sort(), ['/dist/embed.js 200', '/dist/embed.js?copy=2 200']);
      await eachElement(t, opened, 'double', async ({ id, shows }, where) => {
        const m = await opened.page.evaluate(measure, { id });
        const missing = shows.filter((figure) => !m.text.includes(figure)).map((figure) => `does not show "${figure}"`);
        expectNone([...missing, ...fitProblems(m)], where);
      });
      assert.deepEqual(opened.problems, [], 'double.html reported errors');
    } finally {
      await opened.page.close();
    }
  });

  test("two copies under a Trusted Types allow-list (trusted-types lit-html 'allow-duplicates'): no error, every element renders", async (t) => {
    const opened = await open('double-csp');
    try {
      await eachElement(t, opened, 'double-csp', async ({ id, shows }, where) => {
        const { text } = await opened.page.evaluate(measure, { id });
        expectNone(
          shows.filter((figure) => !text.includes(figure)).map((figure) => `does not show "${figure}"`),
          where,
        );
      });
      // Style violations are the strict CSP test's business; here only Trusted Types and uncaught errors.
      const trusted = await opened.page.evaluate(() => window.__probe.violations.filter((v) => /trusted-types/.test(v.directive)));
      assert.deepEqual(trusted, [], 'double-csp.html: Trusted Types violations (a policy name other than lit-html, or created twice?)');
      assert.deepEqual(
        opened.problems.filter((problem) => problem.startsWith('page error')),
        [],
        'double-csp.html: uncaught errors',
      );
    } finally {
      await opened.page.close();
    }
  });

  test('dir="rtl" lang="es": every element fits and speaks Spanish', async (t) => {
    const opened = await open('rtl');
    try {
      await openDetails(opened.page);
      await eachElement(t, opened, 'rtl', async ({ id, es, en }, where) => {
        const m = await opened.page.evaluate(measure, { id });
        const direction = await opened.page.evaluate((id) => getComputedStyle(document.getElementById(id)).direction, id);
        assert.equal(direction, 'rtl', `${where}: the page's dir="rtl" does not reach the element, so this test would prove nothing`);
        expectNone(
          [
            ...es.filter((words) => !m.text.includes(words)).map((words) => `does not say "${words}" (Spanish)`),
            ...en.filter((words) => m.text.includes(words)).map((words) => `still says "${words}" (English)`),
            ...fitProblems(m),
            ...sizeProblems(m),
          ],
          where,
        );
      });
      assert.deepEqual(opened.problems, [], 'rtl.html reported errors');
    } finally {
      await opened.page.close();
    }
  });

  test('print: dark-themed elements print light, legible, and the map fits the page', async (t) => {
    // 720px is the printable width of US Letter with half-inch margins, the PDF made below.
    const opened = await open('print', { viewport: { width: 720, height: 1000 } });
    const { page } = opened;
    try {
      const screen = await page.evaluate(
        (ids) => ids.map((id) => getComputedStyle(document.getElementById(id)).backgroundColor),
        opened.ids,
      );
      for (const color of screen)
        assert.ok(luminance(color) < 0.1, `print.html: on screen the elements should be dark (theme="dark"), but one is ${color}`);
      await page.emulateMedia({ media: 'print' });
      await settle(page);
      await eachElement(t, opened, 'print', async ({ id }, where) => {
        const m = await page.evaluate(measure, { id, strict: id === 'map' });
        const [paper, ink] = [luminance(m.background), luminance(m.textColor)];
        const problems = [];
        if (paper < 0.8) problems.push(`prints on a dark background (${m.background})`);
        if (ink > 0.2) problems.push(`prints its text in a light colour (${m.textColor})`);
        if ((Math.max(paper, ink) + 0.05) / (Math.min(paper, ink) + 0.05) < 4.5)
          problems.push(`text ${m.textColor} on ${m.background} is below 4.5:1`);
        for (const part of m.cut.slice(0, 6)) problems.push(`cut off on paper: ${part}`);
        if (m.cut.length > 6) problems.push(`…and ${m.cut.length - 6} more parts cut off`);
        expectNone([...problems, ...fitProblems(m)], where);
      });
      // Controls that do nothing on paper are not printed; the full meter prints its table below the chart.
      const printed = await page.evaluate(() => {
        const screenOnly = {
          ladder: ['[part="view-toggle"]', '.help', '[popover]'],
          meter: ['.toolbar', '[popover]'],
          compact: ['[popover]'],
          explorer: ['.toggle', '.clear', '[part="more"]', '[popover]'],
        };
        const root = (id) => document.getElementById(id)?.shadowRoot;
        const seen = (node) => node.getClientRects().length > 0;
        const shown = Object.entries(screenOnly).flatMap(([id, selectors]) =>
          selectors
            .filter((selector) => [...(root(id)?.querySelectorAll(selector) ?? [])].some(seen))
            .map((selector) => `#${id} ${selector}`),
        );
        const table = root('meter')?.querySelector('.print-table table');
        return { shown, table: Boolean(table && seen(table)) };
      });
      assert.deepEqual(printed.shown, [], 'print.html: controls that do nothing on paper are printed');
      assert.ok(printed.table, 'print.html: the full campaign meter does not print its table below the chart');
      const pdf = `${SHOTS}print.pdf`;
      await page.pdf({
        path: pdf,
        format: 'Letter',
        margin: { top: '0.5in', right: '0.5in', bottom: '0.5in', left: '0.5in' },
        printBackground: true,
      });
      const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      assert.ok(pages >= 1, 'print.html: the PDF has no pages');
      assert.deepEqual(opened.problems, [], 'print.html reported errors');
    } finally {
      await page.close();
    }
  });
});
