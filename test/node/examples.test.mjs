// Framework sites (issue 8): the React 19, Vue 3 and Svelte 5 examples in examples/ are built with Vite,
// served, and used in headless Chromium as a reader would: each shows real Colorado data that the app set
// as a property, a real click and a real Enter on an element's item reach the app's own handler (the app
// shows what was picked), and the page logs no error. The JSX/template types are checked with tsc.
// Needs a build of the package (npm test builds first).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { openCollecting, servedPages } from './support/page.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = ['react', 'vue', 'svelte'];
const data = (name) => JSON.parse(readFileSync(`${ROOT}data/colorado/${name}.json`, 'utf8'));

const healthcare = data('pathway-healthcare');
const it = data('pathway-information-technology');
const construction = data('pathway-construction');
const cybersecurity = data('pathway-cybersecurity');
const occupations = data('occupations');
const node = (pathway, id) => pathway.nodes.find((candidate) => candidate.id === id);
const occupation = (title) => occupations.occupations.find((candidate) => candidate.title === title);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A map node, found as a screen reader finds it: a button whose name starts with the node's title. */
const mapNode = (map, title) => map.getByRole('button', { name: new RegExp(`^${escape(title)},`) });

const pages = servedPages(`${ROOT}examples`);

before(async () => {
  assert.ok(existsSync(`${ROOT}dist/index.js`), 'dist/ is missing: run `npm run build` first');
  // One after another: Vite builds share a process-wide cache, and each takes about a second.
  for (const name of EXAMPLES) await build({ configFile: `${ROOT}examples/${name}/vite.config.js`, logLevel: 'error' });
});

/** Opens a built example and collects every error the page reports. */
const open = (name) => openCollecting(pages.browser, `${pages.base}/${name}/dist/`);

/** The document the app set on the element: as a property (an object), never as an attribute. */
async function documentOf(page, tag) {
  return page.locator(tag).evaluate((element) => ({
    id: element.data?.id ?? element.data?.type,
    count: element.data?.occupations?.length,
    attribute: element.getAttribute('data'),
    failed: Boolean(element.shadowRoot?.querySelector('[role="alert"]')),
  }));
}

/** The id the app shows as selected, once it shows one different from `before`. */
async function selectedId(page, before = '') {
  const aside = page.locator('aside.selection');
  try {
    await page.waitForFunction(
      ([selector, previous]) => (document.querySelector(selector)?.dataset.selectedId ?? '') !== previous,
      ['aside.selection', before],
      { timeout: 5_000 },
    );
  } catch {
    assert.fail(`the app still shows "${before}" as selected 5 s later: cp-select did not reach its handler`);
  }
  return aside.getAttribute('data-selected-id');
}

/** Records the id of the next cp-select that reaches the document, to compare with what the app shows. */
async function listen(page) {
  await page.evaluate(() => {
    window.__selected = undefined;
    document.addEventListener('cp-select', (event) => (window.__selected = event.detail.id), { once: true });
  });
  return () => page.evaluate(() => window.__selected);
}

/** Focuses an element's one Tab stop inside its shadow root, presses Enter, and returns the selected id. */
async function enter(page, tag) {
  const event = await listen(page);
  const before = (await page.locator('aside.selection').getAttribute('data-selected-id')) ?? '';
  await page.locator(`${tag} [tabindex="0"]`).first().focus();
  await page.keyboard.press('Enter');
  const shown = await selectedId(page, before);
  assert.equal(shown, await event(), 'the app shows the id that cp-select carried');
  // Selecting opens the item's details, placed a frame or two later: let the element settle, so a click
  // that follows is aimed at what a reader sees (a popover opening under the pointer mid-click took the
  // click on a loaded machine).
  await page.locator(tag).evaluate(async (element) => {
    await element.updateComplete;
    for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
  });
  return shown;
}

test('React 19: properties and oncp-select in JSX, on a careers page', async () => {
  const { page, problems } = await open('react');
  const map = page.locator('cp-pathway-map');
  const ladder = page.locator('cp-credential-ladder');
  await mapNode(map, node(healthcare, 'cna').title).waitFor();
  assert.deepEqual(await documentOf(page, 'cp-pathway-map'), { id: 'co-healthcare', count: undefined, attribute: null, failed: false });
  assert.equal((await documentOf(page, 'cp-credential-ladder')).id, 'co-healthcare');

  // Enter on the map's focused node reaches React's handler.
  const first = await enter(page, 'cp-pathway-map');
  assert.ok(node(healthcare, first), `${first} is a node of the healthcare pathway`);

  // So does a real click on a ladder rung: the page shows the rung, and React highlights it on the map.
  const adn = node(healthcare, 'adn');
  await ladder.getByText(adn.title, { exact: true }).first().click();
  assert.equal(await selectedId(page, first), 'adn');
  await page.locator('aside.selection h2', { hasText: adn.title }).waitFor();
  assert.equal(await map.evaluate((element) => element.highlight), 'adn', 'React set the highlight property');

  // React replaces the data property: the map and the ladder show the other pathway.
  await page.getByRole('button', { name: it.title, exact: true }).click();
  await mapNode(map, node(it, 'comptia-a-plus').title).waitFor();
  assert.equal((await documentOf(page, 'cp-pathway-map')).id, 'co-it');
  assert.equal((await documentOf(page, 'cp-credential-ladder')).id, 'co-it');
  assert.equal(await page.locator('aside.selection').getAttribute('data-selected-id'), '', 'the selection was cleared');

  assert.deepEqual(problems, []);
  await page.close();
});

test('Vue 3: :data and @cp-select on a workforce centre page', async () => {
  const { page, problems } = await open('vue');
  const explorer = page.locator('cp-occupation-explorer');
  const nurses = occupation('Registered Nurses');
  await explorer.getByText(nurses.title, { exact: true }).first().waitFor();
  assert.deepEqual(await documentOf(page, 'cp-occupation-explorer'), {
    id: 'co-occupations',
    count: occupations.occupations.length,
    attribute: null,
    failed: false,
  });
  assert.equal(await explorer.getAttribute('sector'), 'Healthcare');
  const meter = await documentOf(page, 'cp-campaign-meter');
  assert.equal(meter.id, 'co-one-million');
  assert.equal(meter.failed, false);

  // Enter on the explorer's focused occupation reaches Vue's handler.
  const first = await enter(page, 'cp-occupation-explorer');
  assert.ok(
    occupations.occupations.some((candidate) => candidate.soc === first),
    `${first} is an occupation`,
  );

  // So does a real click: Vue adds the occupation to its shortlist, with the wage from the same document.
  const picked = first === nurses.soc ? occupation('Licensed Practical and Licensed Vocational Nurses') : nurses;
  // The row's title, not the chart's label of the same name.
  await explorer.locator('tbody').getByText(picked.title, { exact: true }).click();
  assert.equal(await selectedId(page, first), picked.soc);
  const latest = page.locator('aside.selection li').first();
  await latest.filter({ hasText: picked.title }).waitFor();
  assert.match(await latest.innerText(), new RegExp(`\\$${picked.wage.mean.toLocaleString('en-US')} a year \\(mean\\)`));

  assert.deepEqual(problems, []);
  await page.close();
});

test('Svelte 5: data={…}, ladder={…} and oncp-select on an apprenticeship page', async () => {
  const { page, problems } = await open('svelte');
  const ladder = page.locator('cp-credential-ladder');
  const [electrician, plumber] = construction.ladders;
  const apprenticeship = node(construction, electrician.steps[1]);
  await ladder.getByText(apprenticeship.title, { exact: true }).first().waitFor();
  assert.deepEqual(await documentOf(page, 'cp-credential-ladder'), {
    id: 'co-construction',
    count: undefined,
    attribute: null,
    failed: false,
  });
  assert.equal(await ladder.evaluate((element) => element.ladder), electrician.id);
  assert.equal((await documentOf(page, 'cp-campaign-meter')).failed, false);

  // Enter on the ladder's focused rung reaches Svelte's handler; so does a real click on another rung.
  const first = await enter(page, 'cp-credential-ladder');
  assert.ok(electrician.steps.includes(first), `${first} is a rung of the electrician ladder`);
  const other = node(
    construction,
    electrician.steps.find((id) => id !== first),
  );
  // The first rung's details are open beside it and cover the middle of this title: click where it shows.
  await ladder
    .getByText(other.title, { exact: true })
    .first()
    .click({ position: { x: 8, y: 8 } });
  assert.equal(await selectedId(page, first), other.id);
  const position = `${electrician.steps.indexOf(other.id) + 1} of ${electrician.steps.length}`;
  await page.locator('aside.selection', { hasText: position }).waitFor();

  // Svelte sets the ladder property from its own <select>.
  await page.getByLabel('Ladder').selectOption(plumber.id);
  await ladder.getByText(node(construction, plumber.steps[1]).title, { exact: true }).first().waitFor();
  assert.equal(await ladder.evaluate((element) => element.ladder), plumber.id);
  assert.equal(await page.locator('aside.selection').getAttribute('data-selected-id'), '', 'the selection was cleared');

  // And replaces the data property with another pathway.
  await page.getByLabel('Pathway').selectOption(cybersecurity.id);
  await ladder.getByText(node(cybersecurity, cybersecurity.ladders[0].steps[0]).title, { exact: true }).first().waitFor();
  assert.equal((await documentOf(page, 'cp-credential-ladder')).id, 'co-cybersecurity');

  assert.deepEqual(problems, []);
  await page.close();
});

test('the JSX and template types accept the elements’ API and reject mistakes (tsc on examples/)', () => {
  // examples/typecheck/ holds @ts-expect-error lines: tsc fails if a wrong prop or handler stops being an error.
  try {
    execFileSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', `${ROOT}examples/tsconfig.json`], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    assert.fail(`tsc -p examples/tsconfig.json failed:\n${error.stdout}${error.stderr}`);
  }
});

test('the framework types offer every public property in custom-elements.json, and no other', () => {
  // src/jsx/elements.ts lists, per tag, the properties a template may set; the manifest is generated from the
  // element classes. A property added to an element but not to the types (or the reverse) fails here.
  const source = readFileSync(`${ROOT}src/jsx/elements.ts`, 'utf8');
  const block = source.slice(source.indexOf('interface CpElementProperties'));
  const shared = [...source.match(/type Shared = ([^;]+);/)[1].matchAll(/'([^']+)'/g)].map((match) => match[1]);
  const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  for (const { tagName, members = [] } of declarations) {
    const entry = block.match(new RegExp(`'${tagName}': Settable<([^>]+)>`));
    assert.ok(entry, `${tagName} is missing from CpElementProperties in src/jsx/elements.ts`);
    const typed = new Set([...entry[1].matchAll(/'([^']+)'/g)].map((match) => match[1]));
    if (/\bShared\b/.test(entry[1])) for (const name of shared) typed.add(name);
    const settable = members
      .filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public')
      .map((member) => member.name);
    assert.deepEqual([...typed].sort(), [...new Set(settable)].sort(), `${tagName}: src/jsx/elements.ts against custom-elements.json`);
  }
});
