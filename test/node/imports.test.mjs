// No import loops in src/. Type imports count: a loop of types is still a loop for a reader, who
// cannot read either file first, and it is how a runtime loop starts (a type gains a value beside it).
// A loop is reported as its files in order, so the message says where to cut it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative specifiers a module names: static imports and re-exports (type-only included) and import(). */
export function specifiers(text) {
  // Comments out first, so an example in a comment is not read as an import. Strings holding "//" or
  // "/*" are not a concern: the patterns below only match quoted relative paths after from/import.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const found = [];
  const patterns = [
    /\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g, // import … from, export … from, import type … from
    /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g, // import './side-effect.js'
    /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g, // import('./lazy.js')
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** The .ts file a relative specifier names (the sources import './x.js' for './x.ts'), or undefined. */
function resolveImport(from, specifier) {
  const target = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, join(target, 'index.ts')];
  return candidates.find((path) => path.endsWith('.ts') && existsSync(path));
}

/** Strongly connected components with more than one file (or a file importing itself): Tarjan. */
export function cycles(graph) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), indices.get(next)));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)?.includes(node)) found.push(loopIn(graph, component));
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node);
  return found;
}

/** One loop through a component, as a path from its first file (sorted) back to itself. */
function loopIn(graph, component) {
  const members = new Set(component);
  const start = [...component].sort()[0];
  // Breadth first from start, within the component, to the shortest way back to start.
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== undefined && at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

function importGraph() {
  const graph = new Map();
  for (const file of sources(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const targets = specifiers(text)
      .map((specifier) => resolveImport(file, specifier))
      .filter((target) => target !== undefined)
      .map((target) => relative(root, target));
    graph.set(relative(root, file), [...new Set(targets)].sort());
  }
  return graph;
}

test('the cycle finder finds a loop of three and a file importing itself, and passes a chain', () => {
  const graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts', 'd.ts']],
    ['d.ts', []],
    ['e.ts', ['e.ts']],
    ['f.ts', ['d.ts']],
  ]);
  const found = cycles(graph)
    .map((loop) => loop.join(' -> '))
    .sort();
  assert.deepEqual(found, ['a.ts -> b.ts -> c.ts -> a.ts', 'e.ts -> e.ts']);
  assert.deepEqual(
    cycles(
      new Map([
        ['a.ts', ['b.ts']],
        ['b.ts', []],
      ]),
    ),
    [],
  );
});

test('type imports, re-exports and lazy imports are read; commented ones are not', () => {
  const text = [
    "import type { Box } from './box.js';",
    "import {\n  a,\n  b,\n} from '../layout/layout.js';",
    "export { c } from './c.js';",
    "import './side.js';",
    "const lazy = () => import('./lazy.js');",
    "// import { old } from './old.js';",
    "/* import { older } from './older.js'; */",
    "import { html } from 'lit';",
  ].join('\n');
  assert.deepEqual(specifiers(text).sort(), ['../layout/layout.js', './box.js', './c.js', './lazy.js', './side.js']);
});

test('src/ has no import loops (type imports included)', () => {
  const graph = importGraph();
  assert.ok(graph.size > 50, `read ${graph.size} files under src/`);
  const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
  assert.ok(edges > graph.size, `resolved ${edges} imports`);
  const loops = cycles(graph);
  assert.deepEqual(
    loops.map((loop) => loop.join(' -> ')),
    [],
    `${loops.length} import loop(s); give the shared type or constant its own module:\n` +
      loops.map((loop) => `  ${loop.join(' -> ')}`).join('\n'),
  );
});
