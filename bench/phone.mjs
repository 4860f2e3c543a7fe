// "Partner page on an emulated phone" (issue 18): a page with the campaign banner alone, and a programme page
// with a ladder and a map, opened cold on Lighthouse's mobile settings (4x CPU slowdown, 1.6 Mbps down,
// 750 kbps up, 150 ms round trip, no cache), served with gzip. Each is timed from navigation start to the
// frame in which its elements show their content, against its floor: the same text as static HTML, on the
// same emulated phone. Goal: at most 2x the floor.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageOf } from '../scripts/page-chunks.mjs';
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

/**
 * Waits for the probe's `window.__painted`, reading it through CDP every 100 ms. Not with Playwright's
 * waitForFunction, which first evaluates Playwright's own script of several hundred kilobytes in the page:
 * 50-90 ms of the slowed main thread, early in the load, in every figure.
 */
async function paintedAt(cdp, timeout = 60_000) {
  for (const end = Date.now() + timeout; Date.now() < end;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__painted', returnByValue: true });
    if (typeof result.value === 'number') return result.value;
  }
  throw new Error(`did not paint within ${timeout / 1000} s`);
}

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
    const painted = await paintedAt(cdp);
    if (problems.length) throw new Error(problems.join('; '));
    return { page, context, painted };
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
  writeOneTagFloors(name, texts);
  return `bench/.tmp/${name}-floor.html`;
}

/**
 * The one-tag floors of a page. `one-tag`: what any one-tag embed costs before it has code to run. The
 * page's one module script (as embed.js) starts fetching each element's document and imports one more
 * module beside itself (as the loader imports an element's chunk); that module holds only the text each
 * element showed, and writes it as static HTML once the documents are here. Its two requests one after the
 * other and the documents are the least a loader that fetches an element's code on demand can do.
 * `bytes`: the same, each module padded with a comment that gzip cannot shrink to the bytes the page's
 * loader and chunks take (gzip), so it downloads what the page downloads and runs none of it. What a page
 * takes over this is compiling and running the elements' code.
 */
function writeOneTagFloors(name, texts) {
  const html = readFileSync(`bench/pages/${name}.html`, 'utf8');
  const code = codeBytes(html);
  const lines = Object.fromEntries(
    Object.entries(texts).map(([id, text]) => [
      id,
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ]),
  );
  // What a module of `bytes` (gzip) is made of beyond `body`; the module's own text counts towards them.
  const gzipped = (text) => gzipSync(text, { level: 9 }).length;
  for (const [variant, padding] of [
    ['one-tag', () => ''],
    ['bytes', (bytes, body) => incompressible(Math.max(0, bytes - gzipped(body)))],
  ]) {
    const file = `${name}-${variant}`;
    writeFileSync(
      `bench/.tmp/${file}.html`,
      html
        .replace(/<script type="module"[^>]*><\/script>/, `<script type="module" src="/bench/.tmp/${file}.js"></script>`)
        .replace(/src="phone-probe.js"/, 'src="/bench/pages/phone-probe.js"')
        .replace(/href="phone.css"/, 'href="/bench/pages/phone.css"')
        .replace(/<(cp-[a-z-]+) id="([^"]+)"[^>]*src="([^"]+)"[^>]*><\/\1>/g, '<div id="$2" class="floor" data-src="$3"></div>'),
    );
    const loader = `const urls = new Set([...document.querySelectorAll('[data-src]')].map((el) => el.dataset.src));
const documents = [...urls].map((url) => fetch(url).then((response) => response.json()));
import('./${file}-text.js').then(async ({ show }) => show(await Promise.all(documents)));
`;
    writeFileSync(`bench/.tmp/${file}.js`, `${loader}${padding(code.loader, loader)}`);
    const text = `const texts = ${JSON.stringify(lines)};
export function show() {
  for (const [id, lines] of Object.entries(texts)) document.getElementById(id).append(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
}
`;
    writeFileSync(`bench/.tmp/${file}-text.js`, `${text}${padding(code.chunks, text)}`);
  }
}

/** Gzip bytes of the loader, and of every chunk the page's elements import at once (as scripts/size.mjs counts them). */
function codeBytes(html) {
  const chunks = JSON.parse(readFileSync('dist/elements/chunks.json', 'utf8'));
  const names = [...html.matchAll(/<cp-([a-z-]+)/g)].map(([, name]) => name);
  const gzipped = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
  const files = pageOf(names, chunks).eager.filter((file) => file !== 'embed.js');
  return { loader: gzipped('embed.js'), chunks: files.reduce((sum, file) => sum + gzipped(file), 0) };
}

/** A comment of random base64 that gzips to about `bytes` bytes. */
function incompressible(bytes) {
  let length = bytes;
  let comment = '';
  for (let i = 0; i < 4; i++) {
    comment = `/* ${randomBytes(Math.ceil((length * 3) / 4) + 3)
      .toString('base64')
      .slice(0, length)} */\n`;
    length = Math.max(0, Math.round(length * (bytes / gzipSync(comment, { level: 9 }).length)));
  }
  return comment;
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
      const oneTagRow = { subject, measure: `${spec.name}: one-tag floor`, size: SIZE, unit: 'ms', runs: 0, samples: [] };
      const bytesRow = {
        subject,
        measure: `${spec.name}: one-tag floor with the page's bytes`,
        size: SIZE,
        unit: 'ms',
        runs: 0,
        samples: [],
      };
      rows.push(row, floorRow, oneTagRow, bytesRow);
      try {
        const floor = await writeFloor(browser, base, spec);
        // Alternating, so a change in the machine's load falls on both alike.
        for (let i = 0; i < runs; i++) {
          for (const [target, url] of [
            [row, `${base}/bench/pages/${spec.page}.html`],
            [floorRow, `${base}/${floor}`],
            [oneTagRow, `${base}/bench/.tmp/${spec.page}-one-tag.html`],
            [bytesRow, `${base}/bench/.tmp/${spec.page}-bytes.html`],
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
      Object.assign(oneTagRow, summarize(oneTagRow.samples));
      Object.assign(bytesRow, summarize(bytesRow.samples));
      const ratio = row.median / floorRow.median;
      // Recorded, no target: how much of the 2x the one-tag embed's round trips, and then its bytes, take
      // before any of its code runs.
      for (const [what, floor] of [
        ['one-tag floor', oneTagRow],
        ["one-tag floor with the page's bytes", bytesRow],
      ]) {
        const times = floor.median / floorRow.median;
        rows.push({
          subject,
          measure: `${spec.name}: ${what}, times the floor`,
          size: SIZE,
          unit: 'x',
          runs: floor.runs,
          median: times,
          min: times,
          max: times,
        });
      }
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
