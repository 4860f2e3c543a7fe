// Debian's headless Chromium through playwright-core, for node scripts (story checks, embedding tests,
// benchmarks). The flags keep it off the network this machine does not have.
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium.mjs';

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-gpu',
];

export function launch(options = {}) {
  return chromium.launch({ executablePath: chromiumPath(), ...options, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}
