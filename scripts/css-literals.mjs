// Minifies the text of Lit's css`` literals at build time: comments out, whitespace collapsed and dropped
// where CSS does not need it. Lit ships a css`` literal's text as written, so its indentation and comments
// were about a tenth of each element's bytes. The plugins that do this (rollup-plugin-minify-html-literals,
// minify-literals) would be new devDependencies, written for Rollup's `this.parse` and html-minifier/
// clean-css; these few rules, on rolldown's own parser, are enough for CSS and are tested on their own
// (test/node/css-literals.test.mjs). html`` and svg`` literals are left alone: whitespace between inline
// elements is text a reader sees.
//
// Only what is certainly insignificant goes: whitespace around `{ } ;`, after `:` and at the ends of a
// literal; `;` before `}`; elsewhere runs of whitespace become one space. After a comma one space stays:
// a value that holds a var() is kept as written until it is used, so `a, b` and `a,b` read back differently
// from CSSOM, and gzip makes that space nearly free. Inside a custom property's value or a var(), whitespace
// only collapses. Whitespace before `:` (`a :hover` is not `a:hover`), around `+ - * /` (`calc()`),
// before `(` (`and (` in a media query) and beside an interpolation stays, as one space. Strings, escapes
// and `url()` are copied as they are.

/** Whitespace and comments out of one piece of CSS text. `first`/`last`: the piece starts/ends the literal. */
export function minifyCss(text, { first = true, last = true } = {}) {
  // Tokens: a string, a comment, an escape, `url(…)` unquoted, whitespace, or one other character.
  const tokens =
    text.match(/"(?:[^"\\]|\\[\s\S])*"?|'(?:[^'\\]|\\[\s\S])*'?|\/\*[\s\S]*?(?:\*\/|$)|\\[\s\S]|url\([^)'"]*\)|\s+|[\s\S]/g) ?? [];
  let out = '';
  let space = false;
  // A custom property's value and a var()'s fallback are kept as tokens, whitespace included (CSSOM gives
  // them back as written, and a script may read them): there whitespace only collapses, except at the ends
  // of a custom property's value, which CSS trims.
  let custom = false;
  const parens = [];
  const verbatim = () => custom || parens.includes(true);
  for (const token of tokens) {
    if (token.startsWith('/*') || /^\s+$/.test(token)) {
      // A comment separates tokens like whitespace does.
      space = true;
      continue;
    }
    if (space && out) {
      const drop = verbatim()
        ? /^[;}]/.test(token) || (custom && out.endsWith(':') && !parens.length)
        : /[{};:]$/.test(out) || /^[{};]/.test(token);
      if (!drop) out += ' ';
    }
    space = false;
    if (token === '(') parens.push(/\bvar$/.test(out));
    if (token === ')') parens.pop();
    if (token === ':' && !parens.length && /(^|[{;])\s*--[\w-]+$/.test(out)) custom = true;
    if ((token === ';' || token === '}') && !parens.length) custom = false;
    if (token === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += token;
  }
  // At an interpolation, whitespace may separate this text from the value: keep one space there.
  if (space && !last && out && (verbatim() || !/[{};:]$/.test(out))) out += ' ';
  if (!first && /^(\s|\/\*)/.test(text) && !/^[{};]/.test(out)) out = ` ${out}`;
  return out;
}

/**
 * Minifies every css`` literal in `code` (a module that imports from lit), through `parse` (rolldown's
 * `parseAst`) and `MagicString` (rolldown's), so a source map can follow. Returns undefined when nothing
 * changed, else `{ code, map }`.
 */
export function minifyCssLiterals(code, { parse, MagicString, id = 'module.ts' }) {
  if (!/\bcss`/.test(code) || !/from ['"](lit|@lit\/reactive-element)(\/[^'"]*)?['"]/.test(code)) return undefined;
  const literals = [];
  walk(parse(code, { lang: /\.tsx?$/.test(id) ? 'ts' : 'js' }), (node) => {
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') literals.push(node.quasi);
  });
  if (!literals.length) return undefined;
  const s = new MagicString(code);
  let changed = false;
  for (const { quasis } of literals) {
    quasis.forEach((quasi, i) => {
      const raw = quasi.value.raw;
      // Rolldown's span of a template element includes its delimiters (` or } before, ${ or ` after);
      // ESTree's does not. Either way the text there must be the raw text, or the literal is left alone.
      const at = code.slice(quasi.start, quasi.end) === raw ? quasi.start : quasi.start + 1;
      if (code.slice(at, at + raw.length) !== raw || at + raw.length > quasi.end) return;
      const small = minifyCss(raw, { first: i === 0, last: i === quasis.length - 1 });
      if (small === raw) return;
      if (raw.length) s.overwrite(at, at + raw.length, small);
      changed = true;
    });
  }
  if (!changed) return undefined;
  return { code: s.toString(), map: JSON.parse(s.generateMap({ hires: true, source: id, includeContent: true }).toString()) };
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key in node) {
    if (key !== 'parent' && node[key] && typeof node[key] === 'object') walk(node[key], visit);
  }
}

/** The Vite plugin: every css`` literal in the project's own TypeScript, before bundling. */
export function cssLiterals() {
  let tools;
  return {
    name: 'cp-css-literals',
    async buildStart() {
      const [{ parseAst }, { RolldownMagicString }] = await Promise.all([import('rolldown/parseAst'), import('rolldown')]);
      tools = { parse: parseAst, MagicString: RolldownMagicString };
    },
    transform: {
      filter: { id: /[\\/]src[\\/].*\.ts$/ },
      handler(code, id) {
        return minifyCssLiterals(code, { ...tools, id });
      },
    },
  };
}
