// career-pathway-elements/react: the @lit/react wrappers, in one careers page built twice, against React 18
// (examples/react-wrappers/node_modules) and React 19 (the repository's). React 18 on its own sets `data`
// as the attribute "[object Object]" and never calls `oncp-select`; with the wrappers, both versions must
// set the document as a property and call onCpSelect on a real click and a real Enter.
// Needs a build of the package (npm test builds first).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { openCollecting, servedPages } from './support/page.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const data = (name) => JSON.parse(readFileSync(`${ROOT}data/colorado/${name}.json`, 'utf8'));
const healthcare = data('pathway-healthcare');
const it = data('pathway-information-technology');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const title = (pathway, id) => pathway.nodes.find((node) => node.id === id).title;

const pages = servedPages(`${ROOT}examples`);

before(async () => {
  assert.ok(existsSync(`${ROOT}dist/react.js`), 'dist/react.js is missing: run `npm run build` first');
  for (const major of ['18', '19']) {
    process.env.REACT = major;
    await build({ configFile: `${ROOT}examples/react-wrappers/vite.config.js`, logLevel: 'error' });
  }
  delete process.env.REACT;
});

for (const major of ['18', '19']) {
  test(`React ${major}: the wrappers set data as a property and call onCpSelect`, async () => {
    const { page, problems } = await openCollecting(pages.browser, `${pages.base}/react-wrappers/dist/react-${major}/`);

    assert.match(await page.locator('[data-react-version]').getAttribute('data-react-version'), new RegExp(`^${major}\\.`));
    const map = page.locator('cp-pathway-map');
    const ladder = page.locator('cp-credential-ladder');
    await map.getByRole('button', { name: new RegExp(`^${escape(title(healthcare, 'cna'))},`) }).waitFor();
    const documentOf = (element) =>
      element.evaluate((el) => ({
        id: el.data?.id,
        attribute: el.getAttribute('data'),
        failed: Boolean(el.shadowRoot.querySelector('[role="alert"]')),
      }));
    assert.deepEqual(await documentOf(map), { id: 'co-healthcare', attribute: null, failed: false });
    assert.deepEqual(await documentOf(ladder), { id: 'co-healthcare', attribute: null, failed: false });

    const aside = page.locator('aside.selection');
    const shownAfter = async (previous) => {
      await page.waitForFunction((p) => document.querySelector('aside.selection').dataset.selectedId !== p, previous);
      return aside.getAttribute('data-selected-id');
    };

    // A real Enter on the map's one Tab stop reaches onCpSelect with the id cp-select carried.
    const carried = page.evaluate(
      () => new Promise((resolve) => document.addEventListener('cp-select', (e) => resolve(e.detail.id), { once: true })),
    );
    await map.locator('[tabindex="0"]').first().focus();
    await page.keyboard.press('Enter');
    const first = await shownAfter('');
    assert.equal(first, await carried);
    await map.evaluate(async (el) => {
      await el.updateComplete;
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
    });

    // A real click on a ladder rung too; React then passes `highlight` to the map as a property.
    await ladder.getByText(title(healthcare, 'adn'), { exact: true }).first().click();
    assert.equal(await shownAfter(first), 'adn');
    await page.waitForFunction(() => document.querySelector('cp-pathway-map').highlight === 'adn');

    // A new document replaces the old one.
    await page.getByRole('button', { name: it.title, exact: true }).click();
    await map.getByRole('button', { name: new RegExp(`^${escape(title(it, 'comptia-a-plus'))},`) }).waitFor();
    assert.equal((await documentOf(map)).id, 'co-it');
    assert.equal((await documentOf(ladder)).id, 'co-it');

    assert.deepEqual(problems, []);
    await page.close();
  });
}
