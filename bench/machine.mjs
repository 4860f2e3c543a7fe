// Where and when the figures were taken.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export function machine(browserVersion, loadAtStart) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1e9),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium: browserVersion,
    node: process.version,
    // 1-minute load averages when the run started and ended: other work on the machine slows every figure.
    loadAverage: { start: loadAtStart, end: loadNow() },
  };
}

/** The commit measured, with "+changes" when the working tree differs from it. */
export function revision() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim();
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}

export const loadNow = () => Math.round(os.loadavg()[0] * 100) / 100;
