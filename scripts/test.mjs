#!/usr/bin/env node
// npm test: every check a change must pass, in order, each timed. Ends with a plain
// "N passed, N failed" line (tests and checks counted together) for CI to read.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { chromiumPath } from './chromium.mjs';

// The browser checks need Debian's Chromium: without it, say so in one line before doing anything.
chromiumPath();

// Test files named one by one: from Node 21, `node --test <folder>` no longer looks inside the folder.
const nodeTests = ['test/node', 'bench/test'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.test.mjs'))
    .sort()
    .map((name) => `${dir}/${name}`),
);

const steps = [
  { name: 'typecheck', command: 'npx', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  // Prettier owns layout (.prettierrc.json), ESLint finds bugs (eslint.config.js): `npm run format` and
  // `npx eslint --fix .` repair most of what these two report.
  { name: 'formatted (prettier)', command: 'npx', args: ['prettier', '--check', '.'] },
  { name: 'lint (eslint)', command: 'npx', args: ['eslint', '.'] },
  { name: 'manifest is current', command: 'node', args: ['scripts/manifest.mjs', '--check'] },
  { name: 'API reference is current', command: 'node', args: ['scripts/api-docs.mjs', '--check'] },
  { name: 'bundled data is current', command: 'node', args: ['scripts/data/build.mjs', '--check'], when: 'scripts/data/build.mjs' },
  { name: 'build', command: 'node', args: ['scripts/build.mjs'] },
  { name: 'JSON Schema files are current', command: 'node', args: ['scripts/schema.mjs', '--check'] },
  { name: 'bundle size budgets', command: 'node', args: ['scripts/size.mjs'] },
  {
    name: 'node tests',
    command: 'node',
    args: ['--test', '--test-reporter=spec', ...nodeTests],
    counts: /^ℹ pass (\d+)[\s\S]*?^ℹ fail (\d+)/m,
  },
  { name: 'browser tests', command: 'npx', args: ['wtr'], counts: /(\d+) passed, (\d+) failed(?![\s\S]*\d+ passed, \d+ failed)/ },
  {
    name: 'bench smoke',
    command: 'node',
    args: ['bench/run.mjs', '--smoke', '--no-build'],
    counts: /^bench smoke: (\d+) passed, (\d+) failed$/m,
  },
  { name: 'storybook build', command: 'npx', args: ['storybook', 'build', '--quiet', '-o', 'storybook-static'] },
  { name: 'axe on every story', command: 'node', args: ['scripts/test-stories.mjs'], counts: /^stories: (\d+) passed, (\d+) failed$/m },
  // Text sizes, cut titles and sideways overflow at 1280 and 390 px; known violations are listed in
  // scripts/design-rules.known.json. One pass or fail per story and width.
  {
    name: 'design rules on every story',
    command: 'node',
    args: ['scripts/design-rules.mjs'],
    counts: /^design rules: (\d+) passed, (\d+) failed$/m,
  },
];

function run({ command, args }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true' } });
    let output = '';
    const take = (stream, into) =>
      stream.on('data', (chunk) => {
        output += chunk;
        into.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    // Counts are read from the text, so colour codes some tools print anyway are taken out.
    child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) }));
  });
}

let passed = 0;
let failed = 0;
const summary = [];
const only = process.argv.slice(2);
for (const step of steps) {
  if (step.when && !existsSync(step.when)) continue;
  if (only.length && !only.some((word) => step.name.includes(word))) continue;
  console.log(`\n▶ ${step.name}`);
  const started = performance.now();
  const { code, output } = await run(step);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const match = step.counts?.exec(output);
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
  }
  // A step that fails without a counted failure (a crash, a type error) still counts once.
  if (code !== 0 && !(match && Number(match[2]) > 0)) failed += 1;
  if (code === 0 && !match) passed += 1;
  summary.push(`${code === 0 ? '✔' : '✘'} ${step.name} (${seconds} s)${match ? `: ${match[1]} passed, ${match[2]} failed` : ''}`);
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
