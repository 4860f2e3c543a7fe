// "Partner page on an emulated phone" (issue 18): a page with the campaign banner alone, and a programme page
// with a ladder and a map, opened cold on Lighthouse's mobile settings (4x CPU slowdown, 1.6 Mbps down,
// 750 kbps up, 150 ms round trip, no cache), served with gzip. Each is timed from navigation start to the
// frame in which its elements show their content, against its floor: the same text as static HTML, on the
// same emulated phone. Goal: at most 2x the floor.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serveGzip } from './gzip-server.mjs';
import { summarize } from './stats.mjs';

export const PHONE = {
  viewport: { width: 390, height: 844 },
  cpu: 4,
  network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
};
const SIZE = '390 px, 4x CPU, 1.6 Mbps, 150 ms';
const PAGES = [
  { name: 'the banner alone', page: 'phone-banner', wait: ['#banner'] },
  { name: 'a programme page: ladder and map', page: 'phone-programme', wait: ['#ladder', '#map'] },
];

/** Opens `url` in a fresh context on the emulated phone; resolves with ms from navigation to painted. */
async function openOnPhone(browser, url, { throttle = true } = {}) {
  const context = await browser.newContext({ viewport: PHONE.viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', PHONE.network);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
    }
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 60_000, polling: 100 });
    if (problems.length) throw new Error(problems.join('; '));
    return { page, context, painted: await page.evaluate(() => window.__painted) };
  } catch (error) {
    await context.close();
    throw new Error(`${url}: ${error.message.split('\n')[0]}${problems.length ? ` (${problems.join('; ')})` : ''}`, { cause: error });
  }
}

/** The floor of a page: the same page with each element's text, as the element rendered it, written in its
 * place as static HTML, and no script but the probe. Written to bench/.tmp/ and served from there. */
async function writeFloor(browser, base, { page: name, wait }) {
  const { page, context } = await openOnPhone(browser, `${base}/bench/pages/${name}.html`, { throttle: false });
  const texts = await page.evaluate(
    (wait) =>
      Object.fromEntries(
        wait.map((selector) => {
          const el = document.querySelector(selector);
          return [el.id, [...el.shadowRoot.children].map((child) => child.innerText ?? '').join('\n')];
        }),
      ),
    wait,
  );
  await context.close();
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = readFileSync(`bench/pages/${name}.html`, 'utf8')
    .replace(/<script type="module"[^>]*><\/script>\s*/, '')
    .replace(/src="phone-probe.js"/, 'src="/bench/pages/phone-probe.js"')
    .replace(/href="phone.css"/, 'href="/bench/pages/phone.css"')
    .replace(/<(cp-[a-z-]+) id="([^"]+)"[^>]*><\/\1>/g, (_, tag, id) => {
      const lines = texts[id]
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return `<div id="${id}" class="floor">${lines.map((line) => `<p>${escape(line)}</p>`).join('')}</div>`;
    });
  mkdirSync('bench/.tmp', { recursive: true });
  writeFileSync(`bench/.tmp/${name}-floor.html`, html);
  return `bench/.tmp/${name}-floor.html`;
}

export async function partnerPages(session, config, rows) {
  const { browser } = session;
  const server = await serveGzip('.');
  const base = `http://127.0.0.1:${server.address().port}`;
  const runs = config.phoneRuns ?? config.runs;
  try {
    for (const spec of PAGES) {
      const subject = 'partner page on an emulated phone';
      const row = { subject, measure: `${spec.name}: painted`, size: SIZE, unit: 'ms', runs: 0, samples: [] };
      const floorRow = { subject, measure: `${spec.name}: static HTML floor`, size: SIZE, unit: 'ms', runs: 0, samples: [] };
      rows.push(row, floorRow);
      try {
        const floor = await writeFloor(browser, base, spec);
        // Alternating, so a change in the machine's load falls on both alike.
        for (let i = 0; i < runs; i++) {
          for (const [target, url] of [
            [row, `${base}/bench/pages/${spec.page}.html`],
            [floorRow, `${base}/${floor}`],
          ]) {
            try {
              const { context, painted } = await openOnPhone(browser, url);
              await context.close();
              target.samples.push(Math.round(painted));
              target.runs++;
            } catch (error) {
              // One slow run on a loaded machine is a note, not the end of the row.
              target.note = `${(target.failed = (target.failed ?? 0) + 1)} of ${runs} runs did not paint within 60 s: ${error.message.slice(0, 120)}`;
            }
          }
        }
      } catch (error) {
        row.error = error.message;
      }
      Object.assign(row, summarize(row.samples));
      Object.assign(floorRow, summarize(floorRow.samples));
      const ratio = row.median / floorRow.median;
      rows.push({
        subject,
        measure: `${spec.name}: times its floor`,
        size: SIZE,
        unit: 'x',
        runs: row.runs,
        median: ratio,
        min: ratio,
        max: ratio,
        target: { op: '<', value: 2.0001 },
        ...(row.error ? { error: row.error } : { pass: ratio <= 2 }),
      });
    }
  } finally {
    server.close();
  }
}
