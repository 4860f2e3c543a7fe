// package.json "engines" is what npm checks before a contributor's install: it must not promise a Node the
// build tools refuse (Vite 8 and rolldown need ^20.19 || >=22.12; ">=20" let Node 20.0–20.18 through).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** A version as [major, minor, patch]; missing parts are 0. */
const parse = (version) => {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
};
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The subset of npm's range syntax that engines fields use: `||` between alternatives, spaces between
 * conditions that must all hold, each `>=`, `>`, `<=`, `<`, `^` or an exact version. Anything else throws,
 * so a tool with an unusual range is noticed rather than misread.
 */
function accepts(range, version) {
  const v = parse(version);
  return range.split('||').some((alternative) =>
    // npm allows a space after the operator (eslint-plugin-lit says ">= 18").
    alternative
      .replace(/(>=|<=|>|<|\^|=)\s+/g, '$1')
      .trim()
      .split(/\s+/)
      .every((condition) => {
        const [, op, rest] = condition.match(/^(>=|<=|>|<|\^|=)?(\d+(?:\.\d+){0,2}|\*)$/) ?? assert.fail(`cannot read range "${range}"`);
        if (rest === '*') return true;
        const bound = parse(rest);
        const c = compare(v, bound);
        if (op === '>=') return c >= 0;
        if (op === '>') return c > 0;
        if (op === '<=') return c <= 0;
        if (op === '<') return c < 0;
        if (op === '^') return c >= 0 && v[0] === bound[0];
        return c === 0;
      }),
  );
}

/**
 * Known gaps, each narrow and with its reason, so any other tool's refusal still fails:
 * - the Svelte example's Vite plugin refuses Node 23 only, an odd, end-of-life line.
 * (Mermaid, which needs Node >= 22.12, is no devDependency: the bench installs it on demand.)
 */
const WAIVED = {
  '@sveltejs/vite-plugin-svelte': (version) => parse(version)[0] === 23,
};

/** Every devDependency that states a Node range: the tools a contributor's install runs. */
const tools = Object.keys(pkg.devDependencies)
  .map((name) => [name, JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).engines?.node])
  .filter(([, range]) => range);

// Each boundary a range names, and the versions just below it, plus a spread of majors.
const probes = [
  ...new Set([
    ...[18, 19, 20, 21, 22, 23, 24, 25, 26].map((major) => `${major}.0.0`),
    ...[pkg.engines.node, ...tools.map(([, range]) => range)].flatMap((range) =>
      [...range.matchAll(/\d+\.\d+\.\d+/g)].flatMap(([v]) => {
        const [major, minor, patch] = parse(v);
        return [v, patch ? `${major}.${minor}.${patch - 1}` : minor ? `${major}.${minor - 1}.99` : `${major - 1}.99.99`];
      }),
    ),
  ]),
];

test('the range reads as intended', () => {
  assert.equal(accepts('>= 18', '18.0.0'), true);
  assert.equal(accepts('>= 18', '17.9.0'), false);
  assert.equal(accepts(pkg.engines.node, '20.18.1'), false);
  assert.equal(accepts(pkg.engines.node, '20.19.0'), true);
  assert.equal(accepts(pkg.engines.node, '22.11.0'), false);
  assert.equal(accepts(pkg.engines.node, '22.12.0'), true);
  assert.equal(accepts(pkg.engines.node, '24.1.0'), true);
});

test('engines.node accepts no Node version that a build or test tool refuses', () => {
  assert.ok(
    tools.some(([name]) => name === 'vite'),
    'vite states no Node range any more; check what it needs',
  );
  for (const version of probes.filter((v) => accepts(pkg.engines.node, v))) {
    for (const [name, range] of tools) {
      if (WAIVED[name]?.(version)) continue;
      assert.ok(accepts(range, version), `engines.node "${pkg.engines.node}" accepts Node ${version}, which ${name} refuses ("${range}")`);
    }
  }
});

test('the Node this runs on is one engines.node accepts', () => {
  assert.ok(accepts(pkg.engines.node, process.versions.node), `Node ${process.versions.node} is outside "${pkg.engines.node}"`);
});
