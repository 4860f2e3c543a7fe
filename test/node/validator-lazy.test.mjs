// The full validator (every problem in words, in two languages, and CTDL conversion) loads only for data
// that needs it (issue 18): a page of valid documents never fetches it, while a document with a problem
// still gets its exact message in the element and in `cp-error`, and a CTDL document is still converted.
// Needs `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { collectProblems, embedPage, servedPages, watchCode } from './support/page.mjs';

const dist = process.env.CP_DIST ?? 'dist';
const pages = servedPages('.');
const folder = `${dist}/.validator-lazy`;
const page = (name, body) => embedPage(folder, name, body, { dist });

before(() => {
  mkdirSync(folder, { recursive: true });
  page(
    'valid',
    `<cp-campaign-meter variant="banner" src="/data/colorado/campaign.json"></cp-campaign-meter>
<cp-credential-ladder src="/data/colorado/pathway-healthcare.json"></cp-credential-ladder>
<cp-pathway-map src="/data/colorado/pathway-healthcare.json"></cp-pathway-map>
<cp-occupation-explorer src="/data/colorado/occupations/index.json" sector="Healthcare"></cp-occupation-explorer>`,
  );
  // The campaign's deadline before its start: a rule JSON Schema cannot say, found by the quick check.
  writeFileSync(
    `${folder}/campaign-bad.json`,
    JSON.stringify({
      type: 'campaign',
      version: 1,
      id: 'bad',
      title: 'A campaign whose dates are the wrong way round',
      goal: 1000,
      start: '2030-01-01',
      deadline: '2020-01-01',
      progress: [],
      source: [{ name: 'Test document' }],
    }),
  );
  page('invalid', `<cp-campaign-meter lang="es" variant="banner" src="campaign-bad.json"></cp-campaign-meter>`);
  page('race', `<cp-campaign-meter variant="banner" lang="en"></cp-campaign-meter>`);
  page('ctdl', `<cp-pathway-map src="/test/fixtures/pathway-map-ctdl-comptia.jsonld"></cp-pathway-map>`);
});

async function open(name, ready) {
  const tab = await pages.browser.newPage({ viewport: { width: 900, height: 900 } });
  const problems = collectProblems(tab);
  // Known by what it carries rather than by its file's name: the words of the shared catalogue.
  const code = watchCode(tab, { validator: 'must not be negative, got' });
  await tab.addInitScript(() => {
    window.errors = [];
    document.addEventListener('cp-error', (event) => window.errors.push(event.detail));
  });
  await tab.goto(`${pages.base}/${folder}/${name}.html`);
  await tab.waitForFunction(ready);
  await tab.waitForLoadState('networkidle');
  return { tab, problems, validator: code.validator };
}

test('a page of valid documents shows all four without fetching the validator', async () => {
  const { tab, problems, validator } = await open('valid', () =>
    [...document.querySelectorAll('main > *')].every(
      (element) => element.shadowRoot && !element.hasAttribute('aria-busy') && element.shadowRoot.querySelector('[part]'),
    ),
  );
  await tab.waitForTimeout(300);
  assert.deepEqual(validator, []);
  assert.deepEqual(await tab.evaluate(() => window.errors), []);
  assert.deepEqual(problems, []);
  await tab.close();
});

test("a document with a problem fetches it, and the alert says what and where, in the reader's language", async () => {
  const { tab, problems, validator } = await open('invalid', () =>
    document.querySelector('cp-campaign-meter').shadowRoot?.querySelector('[role="alert"]'),
  );
  assert.equal(validator.length, 1);
  assert.match(
    await tab.locator('cp-campaign-meter [role="alert"]').innerText(),
    /deadline: 2020-01-01 no es posterior al inicio 2030-01-01/,
  );
  assert.deepEqual(await tab.evaluate(() => window.errors.map((detail) => detail.issues)), [
    [{ path: 'deadline', message: '2020-01-01 is not after the start 2030-01-01; the deadline must come later' }],
  ]);
  assert.deepEqual(problems, []);
  await tab.close();
});

test('a CTDL document fetches it and is converted and drawn', async () => {
  const { tab, problems, validator } = await open('ctdl', () =>
    document.querySelector('cp-pathway-map').shadowRoot?.querySelector('.layer [tabindex="0"], .list [tabindex="0"]'),
  );
  assert.equal(validator.length, 1);
  assert.deepEqual(await tab.evaluate(() => window.errors), []);
  assert.deepEqual(problems, []);
  await tab.close();
});

test('data set while a bad document waits for the validator wins: no alert, no cp-error', async () => {
  const { tab, problems } = await open('race', () => customElements.get('cp-campaign-meter'));
  const shown = await tab.evaluate(async () => {
    const meter = document.querySelector('cp-campaign-meter');
    const good = await (await fetch('/data/colorado/campaign-sample.json')).json();
    meter.data = { ...good, deadline: good.start };
    // One frame: the bad document has been taken and turned away by the quick check, and the validator asked for.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const busy = meter.getAttribute('aria-busy');
    meter.data = good;
    await meter.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { busy, alert: Boolean(meter.shadowRoot.querySelector('[role="alert"]')), text: meter.shadowRoot.textContent };
  });
  assert.equal(shown.busy, 'true', 'busy while the bad document was judged');
  assert.equal(shown.alert, false);
  assert.match(shown.text, /Sample/);
  assert.deepEqual(await tab.evaluate(() => window.errors), []);
  assert.deepEqual(problems, []);
  await tab.close();
});
