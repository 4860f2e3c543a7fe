// The README is the first page a partner reads, and docs/*.md are the pages it sends them to: every
// relative link and picture must open, a link to a heading must find it, and the README must stay short
// enough to take in (the long detail belongs in docs/).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';

const README_LIMIT = 14 * 1024;
const PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

/** The text a reader sees as prose: fenced blocks and inline code hold examples, not links. */
const prose = (markdown) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');

/** Every link and picture target: Markdown `[text](target)` and `![alt](target)`, HTML src and href. */
export function targets(markdown) {
  const text = prose(markdown);
  const found = [];
  for (const match of text.matchAll(/!?\[(?:[^\]\n]|\][^(])*?\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push(match[1]);
  for (const match of text.matchAll(/\s(?:src|href)="([^"]+)"/g)) found.push(match[1]);
  return found;
}

/** GitHub's anchor for each heading (lower case, punctuation dropped, spaces to hyphens, -1 on repeats). */
export function anchors(markdown) {
  const seen = new Map();
  const ids = new Set();
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    // HTML tags drop out of the heading's text; inside a code span, `<cp-map>` is text.
    const words = heading
      .split('`')
      .map((part, i) => (i % 2 ? part : part.replace(/<\/?[a-z][^>]*>/gi, '')))
      .join('');
    const slug = words
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    ids.add(count ? `${slug}-${count}` : slug);
  }
  for (const [, id] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) ids.add(id);
  return ids;
}

const external = (target) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

test('the link reader finds links, pictures and headings as GitHub does', () => {
  const sample =
    '# The `<cp-map>` element\n## Shared behaviour\n## Shared behaviour\n[a](docs/a.md#x) ![b](b.png "t")\n' +
    '`[not](c.md)`\n```html\n<img src="d.png">\n```\n<img alt="" src="e.png"> [f](https://example.org)';
  assert.deepEqual(targets(sample), ['docs/a.md#x', 'b.png', 'https://example.org', 'e.png']);
  assert.deepEqual([...anchors(sample)], ['the-cp-map-element', 'shared-behaviour', 'shared-behaviour-1']);
});

test(`README.md is at most ${README_LIMIT / 1024} KB`, () => {
  const size = statSync('README.md').size;
  assert.ok(size <= README_LIMIT, `README.md is ${(size / 1024).toFixed(1)} KB: move detail into docs/*.md and link to it`);
});

test('the README shows a picture of each element', () => {
  const pictures = targets(readFileSync('README.md', 'utf8')).filter((target) => /\.(png|jpe?g|svg|webp|gif)$/i.test(target));
  for (const element of ['map', 'ladder', 'meter', 'explorer']) {
    assert.ok(
      pictures.some((picture) => picture.includes(element)),
      `no picture of the ${element} in README.md`,
    );
  }
});

for (const page of PAGES) {
  test(`every relative link and picture in ${page} opens`, () => {
    const markdown = readFileSync(page, 'utf8');
    const problems = [];
    for (const target of targets(markdown)) {
      if (external(target)) continue;
      const [pathAndQuery, fragment] = target.split('#');
      const path = decodeURIComponent(pathAndQuery.split('?')[0]);
      if (path.startsWith('/')) {
        problems.push(`${target}: a site-absolute path does not open on GitHub or npm; make it relative`);
        continue;
      }
      const file = path ? normalize(join(dirname(page), path)) : page;
      if (!existsSync(file)) {
        problems.push(`${target}: no such file (${file})`);
        continue;
      }
      if (fragment && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(fragment)) {
        problems.push(`${target}: ${file} has no heading #${fragment}`);
      }
    }
    assert.deepEqual(problems, [], `${page}:\n  ${problems.join('\n  ')}`);
  });
}
