// The build's css`` minifier (scripts/css-literals.mjs): every style sheet of the elements must mean
// exactly what it meant before, as Chromium parses it, while its comments and indentation go.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rolldown/parseAst';
import { RolldownMagicString } from 'rolldown';
import { launch } from '../../scripts/browser.mjs';
import { minifyCss, minifyCssLiterals } from '../../scripts/css-literals.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tools = { parse: parseAst, MagicString: RolldownMagicString };

test('comments, indentation and the last semicolon of a block go', () => {
  const css = `
    /* The host's box. */
    :host {
      display: block;
      color: var(--cp-color-text, #1a1a1a);
    }
    .a > .b,
    .c   .d { margin: 0 auto ; }
  `;
  assert.equal(minifyCss(css), ':host{display:block;color:var(--cp-color-text, #1a1a1a)}.a > .b, .c .d{margin:0 auto}');
});

test('whitespace that changes the meaning stays', () => {
  // A descendant's pseudo-class, calc()'s operators, a media query's `and (`, strings and escapes.
  assert.equal(minifyCss('.a :hover { }'), '.a :hover{}');
  assert.equal(minifyCss('width: calc(100% - 2 * 8px);'), 'width:calc(100% - 2 * 8px);');
  assert.equal(minifyCss('@media screen and (min-width: 600px) { a { b: c } }'), '@media screen and (min-width:600px){a{b:c}}');
  assert.equal(minifyCss("content: '  a ; b  /* not a comment */';"), "content:'  a ; b  /* not a comment */';");
  assert.equal(minifyCss('content: "\\2192  x";'), 'content:"\\2192  x";');
  assert.equal(minifyCss('background: url(a  b.svg)  no-repeat;'), 'background:url(a  b.svg) no-repeat;');
  assert.equal(minifyCss('a/**/b'), 'a b');
  // A custom property's value and a var()'s fallback are token lists that CSSOM and scripts read as written.
  assert.equal(minifyCss(':host { --cp-font:  a,  b ; font: var(--cp-font, c, d) ; }'), ':host{--cp-font:a, b;font:var(--cp-font, c, d)}');
});

test('beside an interpolation one space stays, as it may separate two values', () => {
  // css`margin: ${a} ${b};` has three pieces: 'margin: ', ' ', ';'.
  assert.equal(minifyCss('margin: ', { last: false }), 'margin:');
  assert.equal(minifyCss(' ', { first: false, last: false }), ' ');
  assert.equal(minifyCss('  solid red;\n', { first: false }), ' solid red;');
  assert.equal(minifyCss('\n  .a { b: c }\n', { first: false }), ' .a{b:c}');
  assert.equal(minifyCss(';\n  .a { b: c }', { first: false }), ';.a{b:c}');
});

test('only css`` literals of modules that use Lit change; html`` keeps its whitespace', () => {
  const source =
    "import { css, html } from 'lit';\nconst s = css`\n  .a {\n    color: red;\n  }\n`;\nconst t = html`<b>a</b> <i>b</i>\n  <p> c </p>`;\n";
  const out = minifyCssLiterals(source, { ...tools, id: '/x/src/a.styles.ts' });
  assert.ok(out, 'the css`` literal was minified');
  assert.match(out.code, /css`\.a\{color:red\}`/);
  assert.ok(out.code.includes('html`<b>a</b> <i>b</i>\n  <p> c </p>`'), 'the html`` literal is unchanged');
  assert.equal(typeof out.map.mappings, 'string', 'a source map follows the change');
  assert.equal(minifyCssLiterals(source.replace("from 'lit'", "from './mine.js'"), { ...tools, id: 'a.ts' }), undefined);
  assert.equal(minifyCssLiterals("import { html } from 'lit';\nhtml`<p>  a  </p>`;", { ...tools, id: 'a.ts' }), undefined);
});

/** Every css`` literal in src/, as the text Lit would build from it with each interpolation left empty. */
function literalsInSource() {
  const found = [];
  const files = readdirSync(join(ROOT, 'src'), { recursive: true }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const code = readFileSync(join(ROOT, 'src', file), 'utf8');
    if (!code.includes('css`')) continue;
    const small = minifyCssLiterals(code, { ...tools, id: file })?.code ?? code;
    const texts = (source) => {
      const out = [];
      const visit = (node) => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        if (node.type === 'TaggedTemplateExpression' && node.tag.name === 'css')
          out.push(node.quasi.quasis.map((q) => q.value.cooked).join(''));
        for (const key in node) if (node[key] && typeof node[key] === 'object') visit(node[key]);
      };
      visit(parseAst(source, { lang: 'ts' }));
      return out;
    };
    const [before, after] = [texts(code), texts(small)];
    assert.equal(after.length, before.length, `${file}: as many css\`\` literals after as before`);
    before.forEach((text, i) => found.push({ name: `${file} #${i + 1}`, before: text, after: after[i] }));
  }
  return found;
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('every style sheet in src/ parses to the same rules in Chromium, and is smaller', async () => {
  const literals = literalsInSource();
  assert.ok(literals.length >= 10, `found the elements' css\`\` literals (${literals.length})`);
  const page = await browser.newPage();
  try {
    const rules = await page.evaluate(
      (pairs) => {
        const parse = (text) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(text);
          return [...sheet.cssRules].map((rule) => rule.cssText);
        };
        // A literal of declarations alone (the tokens, spliced into :host rules) is read as a rule's body.
        return pairs.map(({ before, after }) =>
          parse(before).length
            ? { before: parse(before), after: parse(after) }
            : { before: parse(`x{${before}}`), after: parse(`x{${after}}`) },
        );
      },
      literals.map(({ before, after }) => ({ before, after })),
    );
    let saved = 0;
    literals.forEach((literal, i) => {
      assert.deepEqual(rules[i].after, rules[i].before, `${literal.name}: the minified sheet has the same rules`);
      assert.ok(rules[i].before.length > 0 || literal.before.trim() === '', `${literal.name}: the sheet has rules to compare`);
      assert.ok(!/\/\*|\n/.test(literal.after), `${literal.name}: no comment or line break is left`);
      saved += literal.before.length - literal.after.length;
    });
    assert.ok(saved > 0, 'the literals got smaller');
  } finally {
    await page.close();
  }
});
