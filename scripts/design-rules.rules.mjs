// The design rules of DESIGN.md ("Text as drawn on screen", "A phone is its own layout") as data and
// pure functions: what counts as a title, the limits, turning measurements (design-rules.measure.mjs)
// into violations, and comparing them with the list of known ones. No browser here: the node tests run
// these on plain objects.

/** The widths every story is checked at: a phone (the width a story is loaded at) and a laptop. */
export const WIDTHS = [390, 1280];

/** Text smaller than this (px, as drawn on screen) breaks the rule. */
export const MIN_TEXT = 11;
/** A title smaller than this (px, as drawn) breaks the rule. */
export const MIN_TITLE = 12;
/** A title cut before it shows this many characters breaks the rule: up to 60, a title is shown whole. */
export const TITLE_CHARS = 60;

/**
 * What makes text a title: it sits inside an element matching this (in its own shadow tree).
 * - headings: h1-h6 and role="heading";
 * - named titles: class or part "title" / "heading" (the elements' own title and heading parts, and the
 *   map's card title lines, `<tspan class="title">`);
 * - the name of a step a reader picks: the ladder's rung button and the explorer's occupation name in
 *   its table (`.rung-button`, `th .name`);
 * - the map's stage labels over its columns (`text.stage`).
 * Captions, meta lines, ticks and badges are other text (11 px).
 */
export const TITLE_SELECTOR = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  '[role="heading"]',
  '.title',
  '.heading',
  '[part~="title"]',
  '[part~="heading"]',
  '.rung-button',
  'th .name',
  // The map's stage labels head their columns.
  'text.stage',
].join(', ');

/** The rules, by the name the known list and the report use. */
export const RULES = {
  'small-text': `text drawn under ${MIN_TEXT} px`,
  'small-title': `title drawn under ${MIN_TITLE} px`,
  'cut-title': `title cut before ${TITLE_CHARS} characters`,
  'cut-text': 'text cut with an ellipsis',
  overflow: 'page wider than the viewport',
};

// Sizes are rounded to 0.1 px in the page; a hair under the limit is still under it.
const under = (size, limit) => size < limit - 0.05;

/**
 * The violations in one measurement of a page: `{ rule, text, size?, note }` each, `text` cut to 40
 * characters. Texts are counted once per (rule, text, size), so a label repeated on 300 cards is one line.
 */
export function classify({ width, scrollWidth, texts, pokers }) {
  const found = new Map();
  const add = (violation) => {
    const key = `${violation.rule}|${violation.text}|${violation.size ?? ''}`;
    if (!found.has(key)) found.set(key, violation);
  };
  for (const t of texts) {
    const text = clip(t.text);
    if (t.title && under(t.size, MIN_TITLE)) add({ rule: 'small-title', text, size: t.size, note: `${t.size} px` });
    else if (!t.title && under(t.size, MIN_TEXT)) add({ rule: 'small-text', text, size: t.size, note: `${t.size} px` });
    const shown = t.cut === 'css' ? `${t.shown} of ${t.full} characters shown` : `${t.shown} characters, then "…"`;
    if (t.cut && t.title && t.shown < TITLE_CHARS) add({ rule: 'cut-title', text, note: shown });
    else if (t.cut === 'css' && !t.title) add({ rule: 'cut-text', text, note: shown });
  }
  if (scrollWidth > width + 1) add({ rule: 'overflow', text: '(page)', note: `${scrollWidth} px wide in ${width} px` });
  for (const p of pokers) add({ rule: 'overflow', text: clip(p.what), note: `right edge at ${p.right} px of ${width}` });
  return [...found.values()];
}

/** The first 40 characters of a text, for a report line. */
export function clip(text) {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Compares one story at one width with the known list `{ [story]: { [width]: { [rule]: reason } } }`.
 * A known rule that still occurs is "known" and passes; a rule that is not known fails ("new"); a known
 * rule that no longer occurs fails too ("fixed"), so the list only shrinks.
 */
export function compare(story, width, violations, known) {
  const expected = known[story]?.[width] ?? {};
  const rules = new Set(violations.map((v) => v.rule));
  const fresh = violations.filter((v) => !(v.rule in expected));
  const stillKnown = Object.keys(expected).filter((rule) => rules.has(rule));
  const fixed = Object.keys(expected).filter((rule) => !rules.has(rule));
  return { story, width, ok: !fresh.length && !fixed.length, fresh, known: stillKnown, fixed, violations };
}

/** Report lines for one comparison: a ✔/✘ headline, then the new and the fixed, then the known briefly. */
export function report(result, known, { verbose = false } = {}) {
  const { story, width, ok, fresh, fixed, violations } = result;
  const count = (rule) => violations.filter((v) => v.rule === rule).length;
  const knownNote = result.known.length ? ` (known: ${result.known.map((rule) => `${rule} ×${count(rule)}`).join(', ')})` : '';
  const lines = [`${ok ? '✔' : '✘'} ${story} @${width}${knownNote}`];
  for (const v of fresh) lines.push(`    new ${v.rule}: "${v.text}" ${v.note}`);
  for (const rule of fixed) lines.push(`    fixed ${rule}: remove it from the list (${known[story][width][rule]})`);
  if (verbose) {
    for (const v of violations.filter((x) => result.known.includes(x.rule))) lines.push(`    known ${v.rule}: "${v.text}" ${v.note}`);
  }
  return lines;
}

/** The issue that fixes a story's known violations: the map is being rebuilt (#16), the rest are #17. */
export const issueFor = (story) => (story.includes('pathway-map') ? '#16' : '#17');

/**
 * The known list as it would be now: every (story, width, rule) found, keeping an existing reason and
 * writing one for a new entry from the issue and the first example. Keys are sorted so the file diffs well.
 */
export function updateKnown(results, previous = {}) {
  const next = {};
  for (const { story, width, violations } of [...results].sort((a, b) => a.story.localeCompare(b.story) || b.width - a.width)) {
    for (const v of violations) {
      const old = previous[story]?.[width]?.[v.rule];
      ((next[story] ??= {})[width] ??= {})[v.rule] ??= old ?? `${issueFor(story)}: "${v.text}" ${v.note}`;
    }
  }
  return next;
}
