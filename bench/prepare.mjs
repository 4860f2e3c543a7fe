// Everything the pages load, made before the browser starts: a fresh build when dist/ is missing or older
// than the sources, a snapshot of the bundles (so a rebuild by someone else mid-run cannot change what is
// measured), and the pathway map's pure layout bundled on its own.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ELEMENTS = ['pathway-map', 'credential-ladder', 'campaign-meter', 'occupation-explorer'];
export const TMP = 'bench/.tmp';
const LAYOUT_MODULE = 'src/components/pathway-map/layout/layout.ts';

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Elements whose entry file exists (the others are still being written). */
export const present = () => ELEMENTS.filter((name) => existsSync(`src/components/${name}/${name}.ts`));

/** Why dist/ needs building, or '' when it is current. */
export function staleness() {
  if (!existsSync('dist/embed.js')) return 'dist/embed.js is missing';
  const missing = present().filter((name) => !existsSync(`dist/standalone/${name}.js`));
  if (missing.length) return `dist/standalone/ lacks ${missing.join(', ')}`;
  const built = statSync('dist/embed.js').mtimeMs;
  const changed = ['src', 'vite.config.ts', 'scripts/build.mjs', 'package.json'].filter((path) => existsSync(path) && newest(path) > built);
  return changed.length ? `${changed.join(', ')} changed since the last build` : '';
}

/** `minifyLayout: false` keeps the layout bundle's function names (bench/profile.mjs). */
export async function prepare({ build = true, log = console.log, minifyLayout = true } = {}) {
  const reason = staleness();
  let warning = '';
  if (reason && build) {
    log(`building (${reason}): node scripts/build.mjs`);
    try {
      execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
    } catch {
      // The bundles come before the type declarations in the build, so an element that does not
      // type-check yet usually still has its bundle: measure what exists and say so.
      warning = 'node scripts/build.mjs failed; measuring the bundles it left in dist/';
      log(`warning: ${warning}`);
    }
  } else if (reason) {
    warning = `${reason}, and --no-build was given`;
    log(`warning: ${warning}`);
  }
  if (!existsSync('dist/embed.js'))
    throw new Error('dist/embed.js is missing and could not be built; run node scripts/build.mjs to see why');

  rmSync(`${TMP}/dist`, { recursive: true, force: true });
  mkdirSync(`${TMP}/dist/standalone`, { recursive: true });
  cpSync('dist/embed.js', `${TMP}/dist/embed.js`);
  const bundled = [];
  for (const name of present()) {
    const file = `dist/standalone/${name}.js`;
    if (!existsSync(file)) continue;
    cpSync(file, `${TMP}/dist/${file.slice('dist/'.length)}`);
    bundled.push(name);
  }

  let layout = false;
  if (existsSync(LAYOUT_MODULE)) {
    const { build: viteBuild } = await import('vite');
    try {
      await viteBuild({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: `${TMP}/lib`,
          emptyOutDir: true,
          target: 'es2022',
          minify: minifyLayout,
          lib: { entry: 'bench/pathway-layout.mjs', formats: ['es'], fileName: () => 'pathway-layout.js' },
        },
      });
      layout = true;
    } catch (error) {
      warning ||= `the pathway map's layout module could not be bundled (${error.message.split('\n')[0]})`;
      log(`warning: ${warning}`);
    }
  }
  return { elements: bundled, layout, warning };
}
