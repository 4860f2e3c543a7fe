// Where Debian's Chromium is. No tool in this project downloads a browser of its own.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const MISSING = 'Chromium was not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).';

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. ${MISSING}`);
    process.exit(1);
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    console.error(MISSING);
    process.exit(1);
  }
}
