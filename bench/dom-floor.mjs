#!/usr/bin/env node
// How long the browser alone takes to show what an element draws: the shadow DOM its first render left
// (markup and style sheets), copied as static markup into fresh pages, and timed there with no script of
// ours running: cloning it in, style, layout, and the rest of the frame (paint). A floor under the
// element's first render: no faster renderer of the same markup could beat it. Medians over cold pages.
// Where the styles use container queries (the meter's), style needs layout, and both show as style.
//
// With --view, a big map's first drawing only: the cards and edges that meet its box (what it draws
// before the margin around them).
//
//   node bench/dom-floor.mjs map:<nodes> | meter:banner|compact|full     [--runs 10] [--view]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve.mjs';
import { prepare } from './prepare.mjs';
import { Session } from './session.mjs';
import { summarize } from './stats.mjs';

export const SUBJECTS = {
  map: (param) => ({
    tag: 'cp-pathway-map',
    page: 'pathway-map.html',
    arg: { nodes: Number(param ?? 150), seed: 20261122 },
    motion: true,
    name: `${param ?? 150}-node map`,
  }),
  // As the benchmark measures it: under reduced motion, so the figure is drawn, not counting up.
  meter: (param) => ({
    tag: 'cp-campaign-meter',
    page: 'campaign-meter.html',
    arg: { variant: param ?? 'banner' },
    motion: false,
    name: `${param ?? 'banner'} meter`,
  }),
};

/**
 * The floor under `subject`'s first render (a SUBJECTS entry), through `session` (bench/session.mjs): its
 * drawing, copied once, timed in `runs` fresh pages. Resolves with each phase's samples and the element count.
 */
export async function drawingFloor(session, subject, { runs = 10, view = false } = {}) {
  const page = await session.open(`bench/pages/${subject.page}`, { motion: subject.motion });
  await session.call('firstRender', subject.arg, { timeout: 120_000 });
  const drawing = await page.evaluate(
    ({ tag, view }) => {
      const root = document.querySelector(tag).shadowRoot;
      const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      if (view) {
        // What meets the map's box stays; the rest of the drawing is taken out of a copy.
        const box = root.querySelector('.viewport').getBoundingClientRect();
        const meets = (r) => r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
        const out = [...root.querySelectorAll('.step, .edge')].filter((el) => !meets(el.getBoundingClientRect()));
        const copy = document.createElement('div');
        copy.append(...[...root.childNodes].map((node) => node.cloneNode(true)));
        const all = [...root.querySelectorAll('*')];
        const copies = [...copy.querySelectorAll('*')];
        for (const el of out) copies[all.indexOf(el)].remove();
        return { html: copy.innerHTML, css, elements: copy.querySelectorAll('*').length };
      }
      return { html: root.innerHTML, css, elements: root.querySelectorAll('*').length };
    },
    { tag: subject.tag, view },
  );

  const phases = { clone: [], style: [], layout: [], paint: [], total: [] };
  for (let run = 0; run < runs; run++) {
    const cold = await session.open('bench/pages/platform.html', { motion: subject.motion });
    const t = await cold.evaluate(async ({ html, css }) => {
      // The benchmark's own timing: the work at the start of a frame, to the end of that frame (painted).
      const { atFrameStart } = await import('/bench/pages/harness.mjs');
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      const template = document.createElement('template');
      template.innerHTML = html; // our own element's output, read back from its shadow root
      const { t0, painted, result } = await atFrameStart(() => {
        const start = performance.now();
        root.append(template.content.cloneNode(true));
        const cloned = performance.now();
        void getComputedStyle(root.querySelector('svg') ?? host).color; // style
        const styled = performance.now();
        void host.offsetHeight; // layout
        return { clone: cloned - start, style: styled - cloned, layout: performance.now() - styled, end: performance.now() };
      });
      const t4 = await painted;
      return { clone: result.clone, style: result.style, layout: result.layout, paint: t4 - result.end, total: t4 - t0 };
    }, drawing);
    for (const phase of Object.keys(phases)) phases[phase].push(t[phase]);
  }
  return { phases, elements: drawing.elements };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '10' }, view: { type: 'boolean', default: false } },
  });
  const [what = 'map', param] = (positionals[0] ?? 'map:150').split(':');
  const runs = Number(values.runs);
  if (!SUBJECTS[what]) {
    console.error(`unknown subject "${what}" (expected map:<nodes> or meter:<variant>)`);
    process.exit(1);
  }
  const subject = SUBJECTS[what](param);
  await prepare({ log: () => {} });
  const server = await serve('.');
  const browser = await launch();
  const session = new Session(browser, `http://127.0.0.1:${server.address().port}`);
  try {
    const { phases, elements } = await drawingFloor(session, subject, { runs, view: values.view });
    const ms = (phase) => `${summarize(phases[phase]).median.toFixed(1)} ms`;
    console.log(
      `${subject.name}${values.view ? ', its view' : ''}, ${elements} elements: its drawing alone in a cold page, median of ${runs}`,
    );
    console.log(`  clone ${ms('clone')} · style ${ms('style')} · layout ${ms('layout')} · paint ${ms('paint')} · total ${ms('total')}`);
  } finally {
    await session.close();
    await browser.close();
    server.close();
  }
}
