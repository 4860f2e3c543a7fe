// The pre-renderer as someone who installed the package uses it: unpacked from `npm pack`'s tarball into a
// scratch app's node_modules (beside the dependencies an install would bring, linked from this checkout,
// since this machine has no registry), then run as `cp-prerender` and imported as career-pathway-elements/ssr.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

const sample = JSON.parse(readFileSync('data/colorado/campaign-sample.json', 'utf8'));
const latest = sample.progress.at(-1);
const catalogue = JSON.parse(readFileSync('data/colorado/occupations.json', 'utf8'));
const sectorOf = new Map(catalogue.occupations.map((o) => [o.soc, o.sector]));

let app;
let installed;
before(() => {
  app = mkdtempSync(join(tmpdir(), 'pack-ssr-'));
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { encoding: 'utf8' }),
  );
  installed = join(app, 'node_modules', 'career-pathway-elements');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(app, filename), '-C', installed, '--strip-components=1']);
  for (const name of readdirSync('node_modules')) {
    if (name.startsWith('.') || name === 'career-pathway-elements') continue;
    symlinkSync(resolve('node_modules', name), join(app, 'node_modules', name));
  }
  // npm install makes the bins executable and links them; do what it does for this one.
  const bin = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).bin['cp-prerender'];
  chmodSync(join(installed, bin), 0o755);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
});
after(() => app && rmSync(app, { recursive: true, force: true }));

test('the package declares cp-prerender and ships it, with the ssr export and its types', () => {
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const path of [pkg.bin['cp-prerender'], pkg.exports['./ssr'].default, pkg.exports['./ssr'].types]) {
    assert.ok(statSync(join(installed, path)).isFile(), `${path} is in the package`);
  }
});

test('cp-prerender from the installed package renders a meter from attributes alone', () => {
  const bin = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).bin['cp-prerender'];
  const html = execFileSync(
    join(installed, bin),
    ['cp-campaign-meter', '-', 'goal=1000000', `value=${latest.value}`, 'start=2021-01-01', 'deadline=2030-12-31'],
    { cwd: app, encoding: 'utf8' },
  );
  assert.match(html, /^<cp-campaign-meter [^>]*goal="1000000"/);
  assert.match(html, /<template shadowroot(mode)?="open"/);
  assert.ok(html.includes(latest.value.toLocaleString('en-US')), 'the meter shows its value');
});

test('career-pathway-elements/ssr renders the explorer with its data, and refuses an unknown attribute', () => {
  const script = `
    import { prerender } from 'career-pathway-elements/ssr';
    import { readFileSync } from 'node:fs';
    const doc = JSON.parse(readFileSync(${JSON.stringify(resolve('data/colorado/occupations.json'))}, 'utf8'));
    const html = await prerender('cp-occupation-explorer', doc, { sector: 'Healthcare' });
    const refused = await prerender('cp-occupation-explorer', doc, { colour: 'red' }).then(() => '', (e) => e.message);
    console.log(JSON.stringify({ html, refused }));`;
  writeFileSync(join(app, 'run.mjs'), script);
  const { html, refused } = JSON.parse(execFileSync(process.execPath, ['run.mjs'], { cwd: app, encoding: 'utf8', maxBuffer: 64 << 20 }));
  assert.match(html, /^<cp-occupation-explorer [^>]*sector="Healthcare"/);
  const listed = [...html.slice(0, html.indexOf('<script type="application/json">')).matchAll(/<tr[^>]*data-soc="([^"]+)"/g)].map(
    (m) => m[1],
  );
  assert.ok(listed.length > 0, 'the list has rows');
  assert.deepEqual(
    listed.filter((soc) => sectorOf.get(soc) !== 'Healthcare'),
    [],
    'every row is a Healthcare occupation',
  );
  assert.ok(html.includes('<script type="application/json">'), 'the document travels with the markup');
  assert.match(refused, /unknown attribute.*colour/);
});
