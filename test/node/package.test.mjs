// What package.json promises npm users exists once the package is built: every export, every file kept
// as a side effect, the types. Run after `npm run build` (npm test builds first).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The files a path in package.json names: itself, or those a single `*` in its last segment matches. */
function filesOf(path) {
  const clean = path.replace(/^\.\//, '');
  if (!clean.includes('*')) return existsSync(clean) ? [clean] : [];
  const dir = dirname(clean);
  const [before, after] = clean.slice(dir.length + 1).split('*');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.startsWith(before) && name.endsWith(after))
        .map((name) => join(dir, name))
    : [];
}

test('every export of package.json names files that exist', () => {
  const targets = Object.entries(pkg.exports).flatMap(([key, value]) =>
    typeof value === 'string' ? [[key, value]] : Object.values(value).map((target) => [key, target]),
  );
  for (const [key, target] of targets) assert.ok(filesOf(target).length > 0, `exports["${key}"] → ${target} matches no file`);
});

test('the pages the README sends people to are exported: embed.js, embed-hydrate.js, frame.html', () => {
  for (const name of ['embed.js', 'embed-hydrate.js', 'frame.html']) {
    assert.equal(pkg.exports[`./${name}`], `./dist/${name}`);
  }
});

test('every script that defines elements when loaded is kept as a side effect', () => {
  for (const entry of pkg.sideEffects) assert.ok(filesOf(entry).length > 0, `sideEffects entry ${entry} matches no file`);
  // A bundler that drops these would drop the customElements.define() calls with them.
  for (const file of ['dist/embed.js', 'dist/embed-hydrate.js', 'dist/frame.js']) {
    assert.ok(pkg.sideEffects.includes(`./${file}`), `${file} is not listed in sideEffects`);
  }
});

test('the command-line validator exists', () => {
  for (const bin of Object.values(pkg.bin)) assert.ok(existsSync(bin), `${bin} is missing`);
});

test('custom-elements.json defines each of the four tags, pointing at its class', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const definitions = manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
  assert.deepEqual(definitions.map((d) => d.name).sort(), [
    'cp-campaign-meter',
    'cp-credential-ladder',
    'cp-occupation-explorer',
    'cp-pathway-map',
  ]);
  for (const { name, declaration } of definitions) {
    const mod = manifest.modules.find((m) => m.path === declaration.module);
    const cls = mod?.declarations?.find((d) => d.name === declaration.name);
    assert.equal(cls?.tagName, name, `${name} points at ${declaration.module}#${declaration.name}`);
  }
});

test('each element alone asks V8 to compile it on load; embed.js, holding all four, does not', () => {
  // The magic comment only works as the file's first line (V8's explicit compile hints).
  const hint = '//# allFunctionsCalledOnLoad\n';
  for (const name of ['pathway-map', 'credential-ladder', 'campaign-meter', 'occupation-explorer']) {
    assert.ok(readFileSync(`dist/standalone/${name}.js`, 'utf8').startsWith(hint), `dist/standalone/${name}.js lacks the compile hint`);
  }
  assert.ok(!readFileSync('dist/embed.js', 'utf8').includes('allFunctionsCalledOnLoad'), 'dist/embed.js carries the compile hint');
});
