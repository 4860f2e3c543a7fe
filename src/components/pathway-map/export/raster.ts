/**
 * Draws the map's export SVG (pathway-map/export/export.ts) on a canvas with the Canvas 2D API, element by
 * element, for the PNG export.
 *
 * Why not draw the SVG as an image? Loading it through `new Image()` needs a blob: or data: URL, and a
 * strict Content-Security-Policy (img-src, or default-src 'self') blocks both. Parsing the SVG text back
 * into a tree is no way out either: DOMParser.parseFromString is a Trusted Types sink, refused under
 * require-trusted-types-for 'script' even for image/svg+xml. So this draws the element tree exportSvg
 * built, before it was serialised. A library does not fit: canvg takes SVG text (and parses it with
 * DOMParser), and brings rgbcolor, stackblur-canvas and svg-pathdata, many times this file's size.
 *
 * It draws only what exportSvg writes: <g>, <svg> (nested: the legend swatches, clipped to their box),
 * <rect> (with rx), <path>, <text> and <tspan>, with transforms, the presentation attributes of
 * export.ts's PAINT and TEXT, and marker-end arrowheads. Anything else is skipped.
 */

type Paint = Record<string, string>;
interface Pen {
  x: number;
  y: number;
}

// Inherited presentation attributes (opacity is not: it multiplies down through globalAlpha).
const INHERITED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
];
const ALIGN: Record<string, CanvasTextAlign> = { middle: 'center', end: 'right' };
const px = (value = '') => (/\d$/.test(value) ? `${value}px` : value);

/** The direction the path's last segment arrives in, from its last point and the last point (or control
 * point) before it that differs. Enough for absolute M, L, C and Q, which is all the map's edges use. */
function endAngle(d: string): [number, number, number] {
  const n = (d.match(/-?(\d*\.)?\d+(e-?\d+)?/gi) ?? []).map(Number);
  const [x, y] = n.slice(-2) as [number, number];
  for (let i = n.length - 4; i >= 0; i -= 2) {
    if (n[i] !== x || n[i + 1] !== y) return [x, y, Math.atan2(y - n[i + 1]!, x - n[i]!)];
  }
  return [x, y, 0];
}

const own = (el: Element, inherited: Paint): Paint => {
  const paint = { ...inherited };
  for (const key of INHERITED) if (el.getAttribute(key)) paint[key] = el.getAttribute(key)!;
  return paint;
};

/** Draws `root` (the export SVG's <svg>) in its own units: scale the context first for other sizes. */
export function drawSvg(ctx: CanvasRenderingContext2D, root: SVGSVGElement): void {
  const pen: Pen = { x: 0, y: 0 };

  const draw = (el: Element, inherited: Paint): void => {
    const name = el.localName;
    if (!/^(g|svg|rect|path|text|tspan)$/.test(name)) return; // defs, marker, title: not drawn in place
    const attr = (key: string) => el.getAttribute(key) ?? '';
    const num = (key: string) => parseFloat(attr(key)) || 0;
    const paint = own(el, inherited);
    ctx.save();
    if (attr('opacity')) ctx.globalAlpha *= num('opacity');
    const m = (el as SVGGraphicsElement).transform?.baseVal.consolidate()?.matrix;
    if (m) ctx.transform(m.a, m.b, m.c, m.d, m.e, m.f);
    if (name === 'svg' && el !== root) {
      ctx.translate(num('x'), num('y'));
      ctx.beginPath();
      ctx.rect(0, 0, num('width'), num('height'));
      ctx.clip();
    }
    if (name === 'rect' || name === 'path') {
      const path = new Path2D(name === 'path' ? attr('d') : undefined);
      if (name === 'rect') path.roundRect(num('x'), num('y'), num('width'), num('height'), num('rx'));
      shape(path, paint);
      const marker = /#([^"')]+)/.exec(attr('marker-end'))?.[1];
      const defs = marker && root.querySelector(`marker[id="${marker}"]`);
      if (defs) arrow(defs, attr('d'));
    }
    if (name === 'text' || name === 'tspan') {
      if (el.hasAttribute('x')) pen.x = num('x');
      if (el.hasAttribute('y')) pen.y = num('y');
      pen.x += num('dx');
      pen.y += num('dy');
    }
    for (const node of el.childNodes) {
      if (node instanceof Element) draw(node, paint);
      // Text nodes only: Lit's markers are comments, and the clone keeps them.
      else if (node.nodeType === Node.TEXT_NODE && name.startsWith('t') && node.textContent!.trim() && paint.fill !== 'none') {
        const words = node.textContent!.replace(/\s+/g, ' ');
        ctx.font = `${paint['font-weight'] ?? ''} ${px(paint['font-size'] ?? '16')} ${paint['font-family'] || 'sans-serif'}`;
        ctx.textAlign = ALIGN[paint['text-anchor']!] ?? 'left';
        ctx.fillStyle = paint.fill ?? 'black';
        ctx.fillText(words, pen.x, pen.y);
        pen.x += ctx.textAlign === 'left' ? ctx.measureText(words).width : 0;
      }
    }
    ctx.restore();
  };

  const shape = (path: Path2D, paint: Paint) => {
    if (paint.fill !== 'none') {
      ctx.fillStyle = paint.fill ?? 'black';
      ctx.fill(path);
    }
    if (paint.stroke && paint.stroke !== 'none') {
      ctx.strokeStyle = paint.stroke;
      ctx.lineWidth = parseFloat(paint['stroke-width'] ?? '1');
      const dashes = paint['stroke-dasharray'] ?? 'none';
      ctx.setLineDash(dashes === 'none' ? [] : dashes.split(/[\s,]+/).map(parseFloat));
      ctx.lineCap = (paint['stroke-linecap'] ?? 'butt') as CanvasLineCap;
      ctx.lineJoin = (paint['stroke-linejoin'] ?? 'miter') as CanvasLineJoin;
      ctx.stroke(path);
    }
  };

  // A marker at the path's end, turned along its last segment (orient="auto"), its refX/refY on the end.
  // Drawn one unit to one, as the map's are (markerUnits="userSpaceOnUse", a viewBox of the marker's size).
  const arrow = (marker: Element, d: string) => {
    const [x, y, angle] = endAngle(d);
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate(angle);
    ctx.translate(-Number(marker.getAttribute('refX')), -Number(marker.getAttribute('refY')));
    // The marker's content inherits from the marker, not from the path it is drawn on.
    for (const child of marker.children) draw(child, own(marker, {}));
    ctx.restore();
  };

  draw(root, {});
}
