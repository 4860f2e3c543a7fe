#!/usr/bin/env node
// Writes docs/api.md, the API tables of every element, from custom-elements.json (itself generated from
// the classes' JSDoc), so the tables cannot drift from the code the way hand-copied ones did. With
// --check, exits 1 when the committed docs/api.md differs from what it would write.
//
//   node scripts/api-docs.mjs          write docs/api.md (npm run analyze does this after the manifest)
//   node scripts/api-docs.mjs --check  fail when docs/api.md is stale (a step of npm test)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const OUT = 'docs/api.md';
// The order the README introduces the elements in; a tag not listed here follows, by name.
const ORDER = ['cp-pathway-map', 'cp-credential-ladder', 'cp-campaign-meter', 'cp-occupation-explorer'];

/** One table cell: JSDoc line breaks become spaces, and a `|` (in a type, say) cannot end the cell. */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  if (!rows.length) return [];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''];
}

/** The package entry that defines `tag`, read from package.json's exports (the manifest names dist files). */
function entryOf(modulePath, exports) {
  const key = Object.entries(exports).find(
    ([, target]) => (typeof target === 'string' ? target : target.default) === `./${modulePath}`,
  )?.[0];
  return key ? `career-pathway-elements${key.slice(1)}` : undefined;
}

export function render(manifest, pkg) {
  const declarations = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((declaration) => ({ mod, declaration })));
  const elements = declarations
    .filter(({ declaration }) => declaration.tagName)
    .sort((a, b) => {
      const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
      return rank(a.declaration.tagName) - rank(b.declaration.tagName) || a.declaration.tagName.localeCompare(b.declaration.tagName);
    });
  // The shared base class: what every element inherits, listed once instead of four times.
  const baseNames = new Set(
    elements.flatMap(({ declaration }) =>
      [...(declaration.cssParts ?? []), ...(declaration.cssProperties ?? [])].map((item) => item.inheritedFrom?.name).filter(Boolean),
    ),
  );
  const bases = declarations.filter(({ declaration }) => baseNames.has(declaration.name));

  const lines = [
    '# API reference',
    '',
    '<!-- Generated from custom-elements.json by scripts/api-docs.mjs (npm run analyze). Do not edit by hand:',
    '     change the JSDoc in src/, run `npm run analyze`, commit both files. npm test fails when this is stale. -->',
    '',
    'Every element, as its class documents itself. The [README](../README.md) shows them at work; the',
    '[element guides](elements.md) say how each behaves and which keys it answers to.',
    '',
    ...elements.map(({ declaration }) => `- [\`<${declaration.tagName}>\`](#${declaration.tagName}): ${cell(declaration.summary)}`),
    '- [Shared by every element](#shared-by-every-element): parts and custom properties',
    '',
  ];

  for (const { mod, declaration: el } of elements) {
    const entry = entryOf(mod.path, pkg.exports ?? {});
    lines.push(`## \`<${el.tagName}>\``, '');
    if (el.summary) lines.push(`**${cell(el.summary)}**`, '');
    if (el.description) lines.push(el.description.trim(), '');
    lines.push(`Class \`${el.name}\`${entry ? `, defined by \`import '${entry}'\`` : ''}.`, '');

    const attributes = new Map((el.attributes ?? []).map((attribute) => [attribute.fieldName, attribute]));
    const fields = (el.members ?? []).filter((member) => member.kind === 'field' && !member.static);
    if (fields.length) {
      lines.push('### Attributes and properties', '');
      lines.push(
        ...table(
          ['attribute', 'property', 'type', 'default', 'description'],
          fields.map((field) => {
            const attribute = attributes.get(field.name)?.name ?? field.attribute;
            return [
              attribute ? code(attribute) : '(property only)',
              code(field.name),
              code(field.type?.text),
              code(field.default),
              cell(`${field.description ?? ''}${field.reflects ? ' Reflected to the attribute.' : ''}`),
            ];
          }),
        ),
      );
    }

    const methods = (el.members ?? []).filter((member) => member.kind === 'method' && !member.static);
    if (methods.length) {
      lines.push('### Methods', '');
      lines.push(
        ...table(
          ['method', 'returns', 'description'],
          methods.map((method) => [
            code(
              `${method.name}(${(method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})`,
            ),
            code(method.return?.type?.text),
            cell(method.description),
          ]),
        ),
      );
    }

    if (el.events?.length) {
      lines.push('### Events', '', 'All bubble and are composed (they cross shadow roots).', '');
      lines.push(
        ...table(
          ['event', 'type', 'description'],
          el.events.map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
        ),
      );
    }

    const own = (items) => (items ?? []).filter((item) => !item.inheritedFrom);
    const sharedNote = (what) => (bases.length ? `Plus the [shared ${what}](#shared-by-every-element).` : '');
    if (el.cssParts?.length) {
      lines.push('### Parts', '', 'For `::part()` styling.', '');
      lines.push(
        ...table(
          ['part', 'description'],
          own(el.cssParts).map((part) => [code(part.name), cell(part.description)]),
        ),
      );
      if (own(el.cssParts).length < el.cssParts.length) lines.push(sharedNote('parts'), '');
    }
    if (el.cssProperties?.length) {
      lines.push('### CSS custom properties', '');
      lines.push(
        ...table(
          ['property', 'default', 'description'],
          own(el.cssProperties).map((prop) => [code(prop.name), code(prop.default), cell(prop.description)]),
        ),
      );
      if (own(el.cssProperties).length < el.cssProperties.length) lines.push(sharedNote('custom properties'), '');
    }
    if (el.slots?.length) {
      lines.push('### Slots', '');
      lines.push(
        ...table(
          ['slot', 'description'],
          el.slots.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
        ),
      );
    }
  }

  for (const { declaration: base } of bases) {
    // The base class's own description speaks to subclass authors; readers need only what it gives them.
    lines.push('## Shared by every element', '', 'Every element has these besides its own.', '');
    lines.push('### Parts', '');
    lines.push(
      ...table(
        ['part', 'description'],
        (base.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
      ),
    );
    lines.push(
      '### CSS custom properties',
      '',
      'Set them on the element or on any ancestor. `theme="dark"` swaps these defaults for a dark palette; your own values win in every theme.',
      '',
    );
    lines.push(
      ...table(
        ['property', 'default (light theme)', 'description'],
        (base.cssProperties ?? []).map((prop) => [code(prop.name), code(prop.default), cell(prop.description)]),
      ),
    );
  }

  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const text = render(manifest, pkg);
  if (process.argv.includes('--check')) {
    const committed = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (committed !== text) {
      console.error(`${OUT} is stale: run \`node scripts/api-docs.mjs\` (npm run analyze runs it) and commit it.`);
      process.exit(1);
    }
    console.log(`${OUT} is current`);
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT}`);
  }
}
