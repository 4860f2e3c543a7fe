// custom-elements.json as tools read it from the installed package (VS Code custom data, Storybook's
// docs, the Lit language server, JSX type generators). Checks a fresh manifest from the generator; the
// committed file is compared with a fresh one by `node scripts/manifest.mjs --check`. Module paths are
// checked against `npm pack --dry-run`, so run after `npm run build` (npm test builds first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';

// The analyzer takes --outdir relative to the working directory.
const outdir = mkdtempSync(join(tmpdir(), 'cem-test-'));
after(() => rmSync(outdir, { recursive: true, force: true }));
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(process.cwd(), outdir)], {
  stdio: 'pipe',
});
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName));

const DOCUMENT = {
  'cp-pathway-map': 'PathwayDocument',
  'cp-credential-ladder': 'PathwayDocument',
  'cp-campaign-meter': 'CampaignDocument',
  'cp-occupation-explorer': 'OccupationsDocument',
};

test('every module path in the manifest names a file the package ships', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
  const shipped = new Set(pack.files.map((file) => file.path));
  const paths = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') paths.add(inner);
        else collect(inner);
      }
    }
  };
  collect(manifest.modules);
  assert.ok(paths.size > 0);
  for (const path of paths) assert.ok(shipped.has(path), `${path} is named in the manifest but is not in the package`);
});

test("each tag is defined in the module that the element's own entry point imports", () => {
  assert.deepEqual(elements.map((d) => d.tagName).sort(), Object.keys(DOCUMENT).sort());
  for (const tag of Object.keys(DOCUMENT)) {
    const entry = pkg.exports[`./${tag.replace(/^cp-/, '')}`].default.replace(/^\.\//, '');
    const definers = manifest.modules.filter((mod) =>
      (mod.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === tag),
    );
    assert.deepEqual(
      definers.map((mod) => mod.path),
      [entry],
      `${tag} is defined in ${definers.map((mod) => mod.path)}`,
    );
    const { declaration } = definers[0].exports.find((e) => e.name === tag);
    const target = manifest.modules.find((mod) => mod.path === declaration.module)?.declarations?.find((d) => d.name === declaration.name);
    assert.equal(target?.tagName, tag);
  }
});

test("every event has a type, and cp-load and data carry the element's own document type", () => {
  for (const element of elements) {
    const own = DOCUMENT[element.tagName];
    const names = element.events.map((event) => event.name);
    for (const name of ['cp-load', 'cp-error', 'cp-select']) assert.ok(names.includes(name), `${element.tagName} does not list ${name}`);
    for (const event of element.events) {
      assert.match(
        event.type?.text ?? '',
        /^CustomEvent<\{.+\}>$/,
        `${element.tagName} ${event.name} has type ${JSON.stringify(event.type)}`,
      );
    }
    assert.equal(
      element.events.find((event) => event.name === 'cp-load').type.text,
      `CustomEvent<{ document: ${own}; warnings: Issue[] }>`,
    );
    assert.equal(element.members.find((member) => member.name === 'data').type.text, own);
  }
});

test('every --cp-* custom property the styles read is documented', () => {
  const files = (dir) =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
  const read = new Set(
    files('src')
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/var\((--cp-[a-z0-9-]+)/g)].map(([, name]) => name)),
  );
  const documented = new Set(elements.flatMap((element) => (element.cssProperties ?? []).map((p) => p.name)));
  assert.deepEqual([...read].filter((name) => !documented.has(name)).sort(), []);
});
