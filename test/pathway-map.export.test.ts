// The PNG export: the export SVG's element tree drawn on a canvas (pathway-map/export/raster.ts), no image
// loaded. Decodes the PNG and samples its pixels against the colours of the live map.
import { expect, fixture, html } from './helpers/testing.js';
import '../src/components/pathway-map/pathway-map.js';
import type { PathwayMap } from '../src/components/pathway-map/pathway-map.component.js';
import { drawSvg } from '../src/components/pathway-map/export/raster.js';
import { frames, nextEvent } from './helpers/index.js';
import { menuItem } from './helpers/map.js';

const SMALL = new URL('./fixtures/pathway-small.json', import.meta.url).href;
type RGB = [number, number, number];

async function mapOf(orientation = 'horizontal'): Promise<PathwayMap> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 1000px"><cp-pathway-map orientation=${orientation}></cp-pathway-map></div>`,
  );
  const el = wrapper.querySelector('cp-pathway-map')!;
  const loaded = nextEvent(el, 'cp-load');
  el.data = await (await fetch(SMALL)).json();
  await loaded;
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await frames(2);
  }
  return el;
}

/** The PNG's pixels, decoded, with its size. */
async function pixels(png: Blob) {
  const bitmap = await createImageBitmap(png);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const at = (x: number, y: number): RGB => {
    const i = (Math.round(y) * bitmap.width + Math.round(x)) * 4;
    return [data[i]!, data[i + 1]!, data[i + 2]!];
  };
  return { width: bitmap.width, height: bitmap.height, at };
}

/** A CSS colour (a custom property's value too) as [r, g, b]. */
function rgb(color: string): RGB {
  const probe = document.body.appendChild(document.createElement('i'));
  probe.style.color = color;
  const value = getComputedStyle(probe).color;
  probe.remove();
  return (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as RGB;
}
const near = (a: RGB, b: RGB, tolerance = 40) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);
/** Whether a pixel within `r` pixels of (x, y) is near `color`. */
const around = (at: (x: number, y: number) => RGB, x: number, y: number, color: RGB, r = 2) => {
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (near(at(x + dx, y + dy), color)) return true;
  return false;
};
/** The last point of path data and the unit direction it arrives in (absolute M and C only). */
function ending(d: string): { x: number; y: number; ux: number; uy: number } {
  const n = d.match(/-?[\d.]+/g)!.map(Number);
  const [x, y] = n.slice(-2) as [number, number];
  let i = n.length - 4;
  while (n[i] === x && n[i + 1] === y) i -= 2;
  const length = Math.hypot(x - n[i]!, y - n[i + 1]!);
  return { x, y, ux: (x - n[i]!) / length, uy: (y - n[i + 1]!) / length };
}

describe('cp-pathway-map PNG export', () => {
  it('exports the drawn map from the stacked sections too, and leaves nothing of it behind', async () => {
    const el = await mapOf('vertical');
    expect(el.shadowRoot!.querySelector('svg.map'), 'the sections draw no map').to.equal(null);
    const exported = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml').documentElement;
    // Every step's title is drawn (the export keeps no classes: find the words), and the links.
    const words = [...exported.querySelectorAll('text')].map((text) => text.textContent!.replace(/\s+/g, ' ')).join(' ');
    const doc = el.data as { nodes: { title: string }[] };
    for (const { title } of doc.nodes) expect(words).to.contain(title.split(' ')[0]);
    expect(exported.querySelectorAll('path[marker-end]').length, 'the links, with their arrowheads').to.be.greaterThan(0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg.map'), 'the drawing made for it is gone').to.equal(null);
  });

  for (const orientation of ['horizontal']) {
    it(`draws the ${orientation} map on a canvas: background, cards, title, arrowheads, at twice the size`, async () => {
      const el = await mapOf(orientation);
      const exported = new DOMParser().parseFromString(await el.toSvg(), 'image/svg+xml').documentElement;
      const [width, height] = [Number(exported.getAttribute('width')), Number(exported.getAttribute('height'))];
      const create = URL.createObjectURL;
      let urls = 0;
      URL.createObjectURL = (object) => (urls++, create(object));
      let png: Blob;
      try {
        png = await el.toPng();
      } finally {
        URL.createObjectURL = create;
      }
      expect(urls, 'no blob: URL made, nothing loaded').to.equal(0);
      expect(png.type).to.equal('image/png');
      const { width: w, height: h, at } = await pixels(png);
      expect([w, h]).to.deep.equal([width * 2, height * 2]);

      const root = el.shadowRoot!;
      const style = getComputedStyle(el);
      expect(
        near(at(3, 3), rgb(style.getPropertyValue('--_bg')), 2),
        `the background at a corner: ${at(3, 3)} vs ${style.getPropertyValue('--_bg')}`,
      ).to.equal(true);

      // The title (12, 30) at 20px bold: dark pixels in its box.
      const text = rgb(style.getPropertyValue('--_text'));
      let dark = 0;
      for (let y = 16 * 2; y < 31 * 2; y += 1) for (let x = 12 * 2; x < 150 * 2; x += 2) dark += near(at(x, y), text) ? 1 : 0;
      expect(dark, 'text pixels in the title').to.be.greaterThan(40);

      // The map is drawn 44px down. A card's border: the middle of its left side.
      const map = (x: number, y: number) => [x * 2, (y + 44) * 2] as const;
      for (const step of root.querySelectorAll<SVGGElement>('.step')) {
        const [tx, ty] = step
          .getAttribute('transform')!
          .match(/-?[\d.]+/g)!
          .map(Number) as [number, number];
        const card = step.querySelector<SVGPathElement>('.card')!;
        const box = card.getBBox();
        const stroke = rgb(getComputedStyle(card).stroke);
        const [x, y] = map(tx + box.x, ty + box.y + box.height / 2);
        expect(around(at, x, y, stroke), `the border of ${step.dataset.id} (${stroke}) at ${x},${y}`).to.equal(true);
        // Its title's words, in the text colour, inside the card.
        const title = step.querySelector<SVGTSpanElement>('tspan.title')!;
        const [, ty0] = map(0, ty + Number(title.getAttribute('y')) - 5);
        let words = 0;
        for (let px = (tx + 10) * 2; px < (tx + box.width - 10) * 2; px += 2) words += near(at(px, ty0), text, 60) ? 1 : 0;
        expect(words, `the title of ${step.dataset.id}`).to.be.greaterThan(3);
      }

      // Each edge's arrowhead: the marker fills the 7px between the path's end and its target card, 9px
      // wide at the base. A point 2.5px to the side of the line, 1.5px past the end, is inside the
      // arrowhead and outside the line's stroke.
      // Each kind's arrowhead is in its line's colour (qualifies, stacks), or the grey one.
      const arrowOf = (kind: string) =>
        rgb(getComputedStyle(root.querySelector(`#arrow-${kind} path`) ?? root.querySelector('#arrow path')!).fill);
      const edges = [...root.querySelectorAll<SVGPathElement>('.edges .edge')];
      expect(edges.length).to.be.greaterThan(3);
      for (const edge of edges) {
        const arrow = arrowOf(edge.dataset.kind!);
        const { x, y, ux, uy } = ending(edge.getAttribute('d')!);
        for (const side of [-2.5, 2.5]) {
          const [px, py] = map(x + ux * 1.5 - uy * side, y + uy * 1.5 + ux * side);
          expect(near(at(px, py), arrow), `the arrowhead of edge ${edge.dataset.i} at ${px},${py}: ${at(px, py)}`).to.equal(true);
        }
      }
    });
  }

  it('turns a marker along the last segment, whichever way it runs', async () => {
    const NS = 'http://www.w3.org/2000/svg';
    const make = (name: string, attributes: Record<string, string>, parent?: Element) => {
      const element = document.createElementNS(NS, name);
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
      parent?.append(element);
      return element;
    };
    const root = make('svg', { width: '60', height: '60' }) as SVGSVGElement;
    const marker = make(
      'marker',
      { id: 'm', viewBox: '0 0 7 9', refX: '0', refY: '4.5', markerWidth: '7', markerHeight: '9', markerUnits: 'userSpaceOnUse' },
      make('defs', {}, root),
    );
    make('path', { d: 'M0,0L7,4.5L0,9Z', fill: 'rgb(255, 0, 0)' }, marker);
    make(
      'path',
      {
        d: 'M30,5C30,20 30,20 30,40',
        fill: 'none',
        stroke: 'rgb(0, 0, 255)',
        'stroke-width': '4',
        'marker-end': 'url("#m")',
        transform: 'translate(0 2)',
      },
      root,
    );
    // Lit's markers are comments in the clone: not text to draw.
    make('text', { x: '2', y: '58', 'font-size': '12px' }, root).append(document.createComment('?lit$1$'));
    const canvas = new OffscreenCanvas(60, 60);
    const context = canvas.getContext('2d')!;
    drawSvg(context as unknown as CanvasRenderingContext2D, root);
    const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
    expect(at(30, 30), 'the line').to.deep.equal([0, 0, 255]);
    expect(at(28, 43), 'the arrowhead, pointing down').to.deep.equal([255, 0, 0]);
    expect(at(32, 43)).to.deep.equal([255, 0, 0]);
    expect(at(26, 38), 'nothing beside the line').to.deep.equal([0, 0, 0]);
    expect(
      [...context.getImageData(0, 50, 25, 10).data].some((v) => v),
      'a comment drawn as text',
    ).to.equal(false);
  });

  /** Runs `action` with canvas encoding failing (toBlob yields null), then returns the map's notice. */
  async function failing(el: PathwayMap, action: () => Promise<unknown>): Promise<string | undefined> {
    const toBlob = HTMLCanvasElement.prototype.toBlob;
    HTMLCanvasElement.prototype.toBlob = (callback: BlobCallback) => callback(null);
    try {
      await action();
    } finally {
      HTMLCanvasElement.prototype.toBlob = toBlob;
    }
    await el.updateComplete;
    return el.shadowRoot!.querySelector('[part="notice"]')?.textContent ?? undefined;
  }

  it('says so in the element when toPng() cannot encode the PNG, and clears that once it can', async () => {
    const el = await mapOf();
    let rejected = false;
    const notice = await failing(el, () => el.toPng().catch(() => (rejected = true)));
    expect(rejected).to.equal(true);
    expect(notice).to.contain('The PNG could not be made here');
    await el.toPng();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="notice"]'), 'gone once a PNG is made').to.equal(null);
  });

  it('says so plainly when the Download PNG button cannot make one', async () => {
    const el = await mapOf();
    const errors: unknown[] = [];
    const onError = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('unhandledrejection', onError);
    // The item in the toolbar's "More" menu, opened as a reader would.
    const button = await menuItem(el, 'Download PNG');
    const notice = await failing(el, async () => {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    window.removeEventListener('unhandledrejection', onError);
    expect(notice).to.contain('The PNG could not be made here');
    expect(errors).to.deep.equal([]);
  });
});
