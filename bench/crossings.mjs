// How easy the pathway map's edges are to follow, on the five Colorado pathways: it lays each one out as
// the element does (its pure model, with the deterministic text estimate instead of a canvas) and prints
//
//   crossings   places where two edges cross, all of them drawn (their paths, flattened to short segments;
//               edges that share a step are not counted against each other)
//   drawn       the same, of the edges drawn by default: related jobs (basis "related-occupations") show
//               only when a step is chosen (where the source does not know them, this equals crossings)
//   through     edges drawn across a card that is neither of their ends (should be 0)
//   side        the most edges meeting one side of one card, all edges / drawn by default
//   point       the most distinct lines converging on one point: edge ends within 4 px of each other on
//               one card, where edges drawn on top of each other there (a trunk) count once; all / drawn
//   size        the layout's width × height at scale 1, and the card width
//
// Usage: node bench/crossings.mjs [width] [--svg dir]
//   width   of the element's box, default 1280; the card width is what columnsFit() chooses for it where
//           the source has columnsFit, else the fixed CARD_WIDTH
//   --svg   also writes each layout as a plain SVG (cards as boxes with their titles, edges by kind) into
//           dir, to look at: `chromium --headless --screenshot=x.png --window-size=1100,1400 dir/x.svg`
//
// It bundles src/ with esbuild into bench/.tmp/, so it runs on any commit that has the pure model:
// `git stash; node bench/crossings.mjs; git stash pop` or a worktree of an older commit, to compare.
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('../', import.meta.url);
const NAMES = ['information-technology', 'healthcare', 'construction', 'business-operations', 'cybersecurity'];
const args = process.argv.slice(2);
const svgDir = args.includes('--svg') ? args.splice(args.indexOf('--svg'), 2)[1] : undefined;
const width = Number(args[0] ?? 1280);

mkdirSync(new URL('bench/.tmp/', ROOT), { recursive: true });
const out = new URL(`bench/.tmp/crossings-${process.pid}.mjs`, ROOT);
await build({
  stdin: {
    contents: `export * from './src/components/pathway-map/model/model.ts';
      export * from './src/components/pathway-map/layout/layout.ts';
      export { graphOf } from './src/components/pathway-map/model/graph.ts';
      export { estimate } from './src/components/pathway-map/layout/card.ts';`,
    resolveDir: new URL('.', ROOT).pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: out.pathname,
  logLevel: 'error',
});
const lib = await import(pathToFileURL(out.pathname).href);
const { rmSync } = await import('node:fs');
rmSync(out);

/** The path's points, its cubics flattened to 16 segments each (the map's paths use M, L, H, V, C, A only;
 * an arc is taken as its chord, which is all a crossing count needs of the short ones the map draws). */
function flatten(d) {
  const tokens = d.match(/[MLHVCA]|-?\d*\.?\d+(?:e-?\d+)?/g);
  const points = [];
  let [x, y] = [0, 0];
  let command = '';
  const num = () => Number(tokens[i++]);
  let i = 0;
  while (i < tokens.length) {
    if (/[A-Z]/.test(tokens[i])) command = tokens[i++];
    if (command === 'M' || command === 'L') [x, y] = [num(), num()];
    else if (command === 'H') x = num();
    else if (command === 'V') y = num();
    else if (command === 'A') {
      i += 5;
      [x, y] = [num(), num()];
    } else if (command === 'C') {
      const [x1, y1, x2, y2, x3, y3] = [num(), num(), num(), num(), num(), num()];
      for (let k = 1; k < 16; k++) {
        const t = k / 16;
        const u = 1 - t;
        points.push([
          u * u * u * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
          u * u * u * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
        ]);
      }
      [x, y] = [x3, y3];
    }
    points.push([x, y]);
  }
  return points;
}

const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
/** Whether segments pq and rs cross properly (touching or overlapping runs do not count). */
const intersects = (p, q, r, s) => cross(p, q, r) * cross(p, q, s) < 0 && cross(r, s, p) * cross(r, s, q) < 0;
const inside = ([x, y], box, m = 1) => x > box.x + m && x < box.x + box.w - m && y > box.y + m && y < box.y + box.h - m;

async function measure(doc) {
  const graph = lib.graphOf(doc);
  const fit = lib.columnsFit?.(doc.stages.length, width);
  const options = { lang: 'en', horizontal: true, measure: lib.estimate, ...(fit ? { cardWidth: fit.cardWidth } : {}) };
  const model = lib.buildModel(doc, graph, options);
  const { layout } = model;
  const index = new Map(doc.nodes.map((n, i) => [n.id, i]));
  const ends = doc.edges.map((e) => [index.get(e.from), index.get(e.to)]);
  const paths = layout.edges.map((edge) => flatten(edge.d));
  const hidden = doc.edges.map((edge) => edge.basis === 'related-occupations');
  let crossings = 0;
  let drawn = 0;
  for (let a = 0; a < paths.length; a++) {
    for (let b = a + 1; b < paths.length; b++) {
      if (ends[a].some((n) => ends[b].includes(n))) continue;
      const [p, q] = [paths[a], paths[b]];
      let count = 0;
      for (let i = 0; i + 1 < p.length; i++) for (let j = 0; j + 1 < q.length; j++) if (intersects(p[i], p[i + 1], q[j], q[j + 1])) count++;
      crossings += count;
      if (!hidden[a] && !hidden[b]) drawn += count;
    }
  }
  let through = 0;
  paths.forEach((path, e) =>
    layout.nodes.forEach((box, n) => {
      if (!ends[e].includes(n) && path.some((pt) => inside(pt, box))) through++;
    }),
  );
  // Each edge's two ends: the point on (or an arrowhead short of) its card, and a point 12 px back along
  // the line, to tell lines drawn on top of each other from lines that only meet.
  // The point is taken 12 px along the path (within a long straight run too: a trunk's lane is one segment,
  // and its edges must give the same point there to count once).
  const back = (path, from) => {
    const [x0, y0] = path[from];
    const step = from ? -1 : 1;
    for (let i = from + step; i >= 0 && i < path.length; i += step) {
      const [p, q] = [path[i - step], path[i]];
      const [dp, dq] = [Math.hypot(p[0] - x0, p[1] - y0), Math.hypot(q[0] - x0, q[1] - y0)];
      if (dq >= 12) {
        const t = dq > dp ? (12 - dp) / (dq - dp) : 1;
        return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
      }
    }
    return path[from + step] ?? path[from];
  };
  // The most edges at one side of a card, and the most lines into one point, of the edges `only` keeps.
  const converging = (only) => {
    const meeting = new Map(); // node -> [{ at, behind, side }]
    paths.forEach((path, e) => {
      if (!only(e)) return;
      [0, path.length - 1].forEach((k, which) => {
        const node = ends[e][which];
        const box = layout.nodes[node];
        const at = path[k];
        const near = [
          ['left', Math.abs(at[0] - box.x)],
          ['right', Math.abs(at[0] - box.x - box.w)],
          ['top', Math.abs(at[1] - box.y)],
          ['bottom', Math.abs(at[1] - box.y - box.h)],
        ];
        const side = near.sort((a, b) => a[1] - b[1])[0][0];
        meeting.set(node, [...(meeting.get(node) ?? []), { at, behind: back(path, k), side }]);
      });
    });
    let side = 0;
    let point = 0;
    let where = '';
    for (const [node, list] of meeting) {
      for (const name of ['left', 'right', 'top', 'bottom']) side = Math.max(side, list.filter((m) => m.side === name).length);
      for (const m of list) {
        const lines = [];
        for (const o of list) {
          if (Math.hypot(o.at[0] - m.at[0], o.at[1] - m.at[1]) > 4) continue;
          if (!lines.some((l) => Math.hypot(l[0] - o.behind[0], l[1] - o.behind[1]) < 1.5)) lines.push(o.behind);
        }
        if (lines.length > point) [point, where] = [lines.length, doc.nodes[node].id];
      }
    }
    return { side, point, where };
  };
  const all = converging(() => true);
  const shown = converging((e) => !hidden[e]);
  if (svgDir) {
    const colour = { qualifies: '#1a6', stacks: '#a61', advances: '#888', lateral: '#bbb', requires: '#555' };
    const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = [
      ...layout.bands.map((b) => `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="#f4f4f6"/>`),
      ...layout.edges.map(
        (edge, e) => `<path d="${edge.d}" fill="none" stroke="${colour[doc.edges[e].kind]}" stroke-width="1.5" marker-end="url(#a)"/>`,
      ),
      ...layout.nodes.map(
        (b, i) =>
          `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="6" fill="#fff" stroke="${doc.nodes[i].kind === 'occupation' ? '#26c' : '#a61'}"/>` +
          model.cards[i].title
            .map(
              (line, k) =>
                `<text x="${b.x + 10}" y="${b.y + 24 + k * 19}" font-size="15" font-weight="600" font-family="sans-serif">${esc(line)}</text>`,
            )
            .join(''),
      ),
    ];
    const { writeFileSync, mkdirSync: mk } = await import('node:fs');
    mk(svgDir, { recursive: true });
    writeFileSync(
      `${svgDir}/${doc.id}.svg`,
      `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}"><defs><marker id="a" viewBox="0 0 7 9" refX="0" refY="4.5" markerWidth="7" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L7,4.5L0,9Z"/></marker></defs><rect width="100%" height="100%" fill="#fff"/>${body.join('')}</svg>`,
    );
  }
  return {
    crossings,
    drawn,
    through,
    side: `${all.side}/${shown.side}`,
    point: `${all.point}/${shown.point}`,
    where: `${all.where} / ${shown.where}`,
    size: `${Math.round(layout.width)}×${Math.round(layout.height)}`,
    card: fit?.cardWidth ?? lib.CARD_WIDTH.horizontal,
  };
}

console.log(`box ${width}px`);
console.log(['pathway'.padEnd(24), 'crossings', 'drawn', 'through', ' side', 'point', 'size'.padEnd(11), 'card'].join('  '));
for (const name of NAMES) {
  const doc = JSON.parse(readFileSync(new URL(`data/colorado/pathway-${name}.json`, ROOT)));
  const r = await measure(doc);
  console.log(
    [
      name.padEnd(24),
      String(r.crossings).padStart(9),
      String(r.drawn).padStart(5),
      String(r.through).padStart(7),
      r.side.padStart(5),
      r.point.padStart(5),
      r.size.padEnd(11),
      r.card,
      ` (points at ${r.where})`,
    ].join('  '),
  );
}
