// Each element's Spanish loads when it first speaks Spanish (issue 18): a page in English never fetches
// it, and a page in Spanish shows Spanish from its first paint, never English first. Needs `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collectProblems, embedPage, servedPages, watchCode } from './support/page.mjs';

const dist = process.env.CP_DIST ?? 'dist';
const pages = servedPages('.');
const folder = `${dist}/.languages-lazy`;
const elements = `<cp-campaign-meter variant="banner" src="/data/colorado/campaign.json"></cp-campaign-meter>
<cp-credential-ladder src="/data/colorado/pathway-healthcare.json"></cp-credential-ladder>
<cp-occupation-explorer src="/data/colorado/occupations/index.json" sector="Healthcare"></cp-occupation-explorer>
<cp-pathway-map src="/data/colorado/pathway-healthcare.json"></cp-pathway-map>`;

before(() => {
  for (const lang of ['en', 'es']) embedPage(folder, lang, elements, { dist, lang });
});

/** Opens the page, noting the Spanish strings it fetches and, frame by frame, what each element says. */
async function open(lang) {
  const tab = await pages.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = collectProblems(tab);
  // The shared strings' Spanish, which every element's Spanish brings: "Fuentes ({count})".
  const { spanish } = watchCode(tab, { spanish: 'Fuentes ({count})' });
  await tab.addInitScript(() => {
    window.said = [];
    const look = () => {
      for (const element of document.querySelectorAll('main > *')) {
        const text = element.shadowRoot?.textContent?.trim();
        if (text) window.said.push(`${element.localName}: ${text}`);
      }
      if (window.said.length < 5000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await tab.goto(`${pages.base}/${folder}/${lang}.html`);
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('main > *')].every(
      (element) => element.shadowRoot?.querySelector('[part]') && !element.hasAttribute('aria-busy'),
    ),
  );
  await tab.waitForLoadState('networkidle');
  const last = await tab.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('main > *')].map((element) => [element.localName, element.shadowRoot.textContent.trim()]),
    ),
  );
  return { tab, problems, spanish, said: await tab.evaluate(() => window.said), last };
}

let english;

test('a page in English fetches no Spanish', async () => {
  const { tab, problems, spanish, said, last } = await open('en');
  english = last;
  assert.deepEqual(spanish, []);
  assert.ok(said.some((text) => text.includes('Sources')));
  assert.deepEqual(problems, []);
  await tab.close();
});

test('a page in Spanish fetches it once and never shows English first', async () => {
  const { tab, problems, spanish, said, last } = await open('es');
  assert.equal(spanish.length, 1, `one module brings the shared Spanish: ${spanish.join(', ')}`);
  // The shared strings every element shows while loading and at its foot, and each element's English view.
  assert.deepEqual(
    said.filter((text) => /\b(Loading…|Sources \(|Nothing to show yet)/.test(text)),
    [],
  );
  for (const [tag, text] of Object.entries(english)) {
    assert.notEqual(last[tag], text, `${tag} speaks Spanish`);
    assert.ok(!said.includes(`${tag}: ${text}`), `${tag} never showed its English view`);
  }
  assert.deepEqual(problems, []);
  await tab.close();
});
