// Mermaid is only the comparison in one bench row, and it brings 123 MB and engine warnings (it wants
// Node >= 22.12), so it is not a devDependency: the Mermaid row installs it here, once, on first use.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { TMP } from './prepare.mjs';

export const MERMAID_VERSION = '12.3.0';
const PREFIX = `${TMP}/mermaid`;
// The script bench/pages/mermaid.html loads.
const MERMAID_SCRIPT = `${PREFIX}/node_modules/mermaid/dist/mermaid.min.js`;

const installed = () => {
  const manifest = `${PREFIX}/node_modules/mermaid/package.json`;
  return existsSync(MERMAID_SCRIPT) && existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === MERMAID_VERSION;
};

/** Installs the pinned Mermaid into bench/.tmp/mermaid unless it is there already. */
export function ensureMermaid({ log = console.log } = {}) {
  if (installed()) return;
  log(`installing mermaid@${MERMAID_VERSION} into ${PREFIX} (once; the Mermaid row needs it)`);
  execFileSync(
    'npm',
    ['install', '--prefix', PREFIX, `mermaid@${MERMAID_VERSION}`, '--no-save', '--no-audit', '--no-fund', '--loglevel=error'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (!installed()) throw new Error(`mermaid@${MERMAID_VERSION} did not install into ${PREFIX}`);
}
