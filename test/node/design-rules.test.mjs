// The design-rule checker (scripts/design-rules.mjs) can fail: on test/fixtures/design-rules.html, in
// headless Chromium, it flags every text marked "bad:" (small, cut, shrunk by a transform, too wide) and
// none marked "fine:" (hidden, clipped away, big enough). Then the pure half: classifying, comparing with
// the known list, reporting, and rewriting the list.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch } from '../../scripts/browser.mjs';
import { serve } from '../../scripts/serve.mjs';
import { measure } from '../../scripts/design-rules.measure.mjs';
import { MIN_TITLE, TITLE_SELECTOR, classify, compare, report, updateKnown } from '../../scripts/design-rules.rules.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('design rules on the fixture page', () => {
  let server;
  let browser;
  const at = {};
  before(async () => {
    server = await serve(ROOT);
    browser = await launch();
    const url = `http://127.0.0.1:${server.address().port}/test/fixtures/design-rules.html`;
    for (const width of [1280, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(url);
      at[width] = await page.evaluate(measure, { root: '#root', title: TITLE_SELECTOR, below: MIN_TITLE });
      await page.close();
    }
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  const flagged = (width, rule) =>
    classify(at[width])
      .filter((v) => v.rule === rule)
      .map((v) => `${v.text} ${v.note}`)
      .sort();

  test('text drawn under 11 px is flagged at its size as drawn, through transforms, zoom, SVG, shadow roots and form controls', () => {
    assert.deepEqual(flagged(1280, 'small-text'), [
      'bad: a ten pixel placeholder 10 px',
      'bad: halved by css zoom 8 px',
      'bad: hidden from readers but drawn 10 px',
      'bad: inside a shadow root 10.5 px',
      'bad: nine pixel print 9 px',
      'bad: shrunk by a css transform 8 px',
      'bad: svg in a shrunk html box 9 px',
      'bad: svg text scaled down 8 px',
    ]);
  });

  test('a title under 12 px is flagged, a 12 px one is not', () => {
    assert.deepEqual(flagged(1280, 'small-title'), ['bad: a small title in a shadow 11.5 px', 'bad: an eleven pixel heading 11 px']);
  });

  test('a title cut by CSS or ending in a drawn "…" is flagged; "Loading…" in plain text is not', () => {
    // How many characters CSS shows depends on the font's widths: "N of 31".
    const cut = flagged(1280, 'cut-title').map((line) => line.replace(/\d+ of 31/, 'N of 31'));
    assert.deepEqual(cut, ['bad: Registered Nur… 19 characters, then "…"', 'bad: a title cut by an ellipsis N of 31 characters shown']);
    // The one-line caption has room at 1280.
    assert.deepEqual(flagged(1280, 'cut-text'), []);
  });

  test('the page and the box wider than the viewport are flagged; the one inside a scroller is not', () => {
    assert.deepEqual(flagged(1280, 'overflow'), [
      '(page) 2000 px wide in 1280 px',
      'div bad: two thousand pixels wide right edge at 2000 px of 1280',
    ]);
  });

  test('at 390 px the caption that fitted at 1280 is cut', () => {
    // How much of it shows depends on the font: only that some, not all, of its 83 characters do.
    const [cut, ...more] = classify(at[390]).filter((v) => v.rule === 'cut-text');
    assert.deepEqual(more, []);
    assert.equal(cut.text, 'narrow: a caption on one line that need…');
    const [, shown] = /^(\d+) of 83 characters shown$/.exec(cut.note) ?? [];
    assert.ok(shown > 10 && shown < 83, cut.note);
  });

  test('hidden, clipped-away and big-enough text is never flagged', () => {
    for (const width of [1280, 390]) {
      const wrong = classify(at[width]).filter((v) => v.text.startsWith('fine:'));
      assert.deepEqual(wrong, [], `at ${width}`);
    }
  });
});

describe('classify', () => {
  const page = (texts, extra = {}) => ({ width: 390, scrollWidth: 390, texts, pokers: [], ...extra });
  const text = (t) => ({ text: 'A label', size: 12, title: false, svg: false, cut: null, shown: 7, full: 7, ...t });

  test('limits: 11 px for text, 12 px for titles, with a hair of rounding', () => {
    const found = classify(
      page([
        text({ text: 'a', size: 10.9 }),
        text({ text: 'b', size: 10.96 }),
        text({ text: 'c', size: 11.9, title: true }),
        text({ text: 'd', size: 11.96, title: true }),
        text({ text: 'e', size: 11.5 }),
      ]),
    );
    assert.deepEqual(
      found.map((v) => `${v.rule} ${v.text}`),
      ['small-text a', 'small-title c'],
    );
  });

  test('a title may be cut only after 60 characters shown; other text cut by CSS is flagged', () => {
    const found = classify(
      page([
        text({ text: 'short', title: true, cut: 'css', shown: 20, full: 80 }),
        text({ text: 'long', title: true, cut: 'ellipsis-char', shown: 60, full: null }),
        text({ text: 'caption', cut: 'css', shown: 10, full: 12 }),
        text({ text: 'Loading…', cut: 'ellipsis-char', shown: 7, full: null }),
      ]),
    );
    assert.deepEqual(
      found.map((v) => `${v.rule} ${v.text}`),
      ['cut-title short', 'cut-text caption'],
    );
  });

  test('the same text at the same size is one violation, and long text is cut to 40 characters', () => {
    const long = 'x'.repeat(50);
    const found = classify(page([text({ text: long, size: 9 }), text({ text: long, size: 9 }), text({ text: long, size: 8 })]));
    assert.equal(found.length, 2);
    assert.equal(found[0].text, `${'x'.repeat(39)}…`);
  });

  test('a page one pixel wider passes (rounding); two pixels fail', () => {
    assert.deepEqual(classify(page([], { scrollWidth: 391 })), []);
    assert.equal(classify(page([], { scrollWidth: 392 }))[0].rule, 'overflow');
  });
});

describe('compare with the known list', () => {
  const known = { s: { 390: { 'small-text': '#17: captions at 10 px' } } };
  const small = { rule: 'small-text', text: 'caption', size: 10, note: '10 px' };
  const cut = { rule: 'cut-title', text: 'Nurse', note: '3 characters, then "…"' };

  test('a known violation passes and is reported as known', () => {
    const result = compare('s', 390, [small, small], known);
    assert.equal(result.ok, true);
    assert.deepEqual(report(result, known), ['✔ s @390 (known: small-text ×2)']);
  });

  test('a new rule fails and names the text and the size', () => {
    const result = compare('s', 390, [small, cut], known);
    assert.equal(result.ok, false);
    assert.deepEqual(report(result, known), ['✘ s @390 (known: small-text ×1)', '    new cut-title: "Nurse" 3 characters, then "…"']);
  });

  test('a known violation that is gone fails until it is removed from the list', () => {
    const result = compare('s', 390, [], known);
    assert.equal(result.ok, false);
    assert.deepEqual(report(result, known), ['✘ s @390', '    fixed small-text: remove it from the list (#17: captions at 10 px)']);
  });

  test('the known list is per width: the same story at 1280 must be clean', () => {
    assert.equal(compare('s', 1280, [small], known).ok, false);
    assert.equal(compare('s', 1280, [], known).ok, true);
  });

  test('updateKnown keeps old reasons, names the issue for new ones, and drops what is gone', () => {
    const results = [
      compare('s', 390, [small, cut], known),
      compare('elements-pathway-map--x', 1280, [small], {}),
      compare('gone', 390, [], { gone: { 390: { overflow: '#17' } } }),
    ];
    assert.deepEqual(updateKnown(results, known), {
      s: { 390: { 'small-text': '#17: captions at 10 px', 'cut-title': '#17: "Nurse" 3 characters, then "…"' } },
      'elements-pathway-map--x': { 1280: { 'small-text': '#16: "caption" 10 px' } },
    });
  });
});
