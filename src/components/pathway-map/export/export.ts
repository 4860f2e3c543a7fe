/**
 * Export for flyers and slide decks: the map as a standalone SVG file (a clone of the drawn map whose
 * styles are written out as presentation attributes, never `style` attributes, with the title, a legend
 * and the source line), and as a PNG: that SVG's element tree drawn on a canvas (pathway-map/export/raster.ts),
 * never loaded as an image, so a strict Content-Security-Policy does not block it.
 */
import { common } from '../../../i18n/messages.js';
import { translate } from '../../../i18n/translate.js';
import { formatDate } from '../../../lib/format.js';
import type { PathwayDocument } from '../../../schema/types.js';
import type { Layout } from '../layout/layout.js';
import { FONTS, wrap, type Measure } from '../layout/card.js';
import { drawSvg } from './raster.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** "Sources: BLS OEWS, May 2023 (note); …" as one line of text, for the foot of an exported map. */
export function sourceLine(doc: PathwayDocument, lang: string): string {
  const label = translate(common, lang, doc.source.length === 1 ? 'source' : 'sources');
  const items = doc.source.map((s) => `${s.name}${s.date ? `, ${formatDate(s.date, lang)}` : ''}${s.url ? ` <${s.url}>` : ''}`);
  const sample = doc.sample ? `${translate(common, lang, 'sample')}. ` : '';
  return `${sample}${label}: ${items.join('; ')}`;
}

// Presentation properties worth writing out, with the initial values that need no attribute.
const PAINT: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'marker-end': 'none',
};
const TEXT: Record<string, string> = { 'font-family': '', 'font-size': '', 'font-weight': '400', 'text-anchor': 'start' };

/** Writes the computed styles of `source`'s subtree onto `copy` (a deep clone) as attributes, and drops
 * what only the live map needs: classes, ARIA, tab stops, data attributes, hidden parts. */
function inline(source: Element, copy: Element): void {
  const from = [source, ...source.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((element, i) => {
    const target = to[i]!;
    const style = getComputedStyle(element);
    if (style.display === 'none') return target.remove();
    for (const name of [...target.getAttributeNames()]) {
      if (/^(class|style|role|tabindex|aria-|data-|focusable)/.test(name)) target.removeAttribute(name);
    }
    const name = element.localName;
    const props = name === 'g' ? { opacity: '1' } : { ...PAINT, ...(/^t(ext|span)$/.test(name) ? TEXT : {}) };
    // A <tspan> inherits its <text>'s font: it says only where its own differs (a card's title, its figures).
    const parent = name === 'tspan' ? getComputedStyle(element.parentElement!) : undefined;
    for (const [prop, initial] of Object.entries(props)) {
      const value = style.getPropertyValue(prop);
      if (value && value !== initial && !(parent && prop in TEXT && value === parent.getPropertyValue(prop)))
        target.setAttribute(prop, value);
    }
  });
}

export interface ExportInput {
  /** The group holding the map (its zoom transform is dropped). */
  readonly layer: SVGGElement;
  readonly size: { readonly width: number; readonly height: number };
  /** Legend entries: a small swatch <svg> each, and its label. */
  readonly legend: readonly { readonly swatch: SVGSVGElement; readonly label: string }[];
  readonly title: string;
  readonly source: string;
  readonly measure: Measure;
  readonly colors: { readonly background: string; readonly text: string; readonly muted: string; readonly font: string };
}

export interface ExportedSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** The element tree `svg` was serialised from, for the PNG (SVG text cannot be parsed back under
   * Trusted Types: DOMParser is one of its sinks). */
  readonly root: SVGSVGElement;
}

/** The map as SVG text, `size.width` wide: title, map, legend, sources. */
export function exportSvg(input: ExportInput): ExportedSvg {
  const { size, colors, measure } = input;
  const width = Math.ceil(Math.max(size.width, 480));
  const root = document.createElementNS(SVG_NS, 'svg');
  const add = (parent: Element, name: string, attributes: Record<string, string | number>, text?: string) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return parent.appendChild(element);
  };
  const background = add(root, 'rect', { fill: colors.background });
  add(root, 'title', {}, input.title);
  const textStyle = { 'font-family': colors.font, fill: colors.text };
  add(root, 'text', { ...textStyle, x: 12, y: 30, 'font-size': 20, 'font-weight': 700 }, input.title);

  const map = input.layer.cloneNode(true) as SVGGElement;
  inline(input.layer, map);
  map.setAttribute('transform', 'translate(0 44)');
  root.append(map);
  let y = 44 + size.height + 8;

  // Legend: swatch and label side by side, wrapping onto more rows as needed.
  let x = 12;
  for (const { swatch, label } of input.legend) {
    const w = Number(swatch.getAttribute('width')) + 6 + measure(label, 'meta') + 20;
    if (x + w > width - 12 && x > 12) [x, y] = [12, y + 22];
    const copy = swatch.cloneNode(true) as SVGSVGElement;
    inline(swatch, copy);
    copy.setAttribute('x', String(x));
    copy.setAttribute('y', String(y));
    root.append(copy);
    add(root, 'text', { ...textStyle, x: x + Number(swatch.getAttribute('width')) + 6, y: y + 11, 'font-size': FONTS.meta.size }, label);
    x += w;
  }
  y += 22;
  for (const line of wrap(input.source, width - 24, measure, 'meta').lines) {
    y += FONTS.meta.line;
    add(root, 'text', { ...textStyle, fill: colors.muted, x: 12, y, 'font-size': FONTS.meta.size }, line);
  }
  const height = Math.ceil(y + 12);
  Object.entries({ xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` }).forEach(([k, v]) => root.setAttribute(k, String(v)));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  return { svg: new XMLSerializer().serializeToString(root), width, height, root };
}

/** Exports the map drawn in `root` (undefined when none is drawn, as in the table view). The colours and
 * font are the host's, so a dark or custom theme exports as it looks. */
export function exportMap(host: HTMLElement, root: ParentNode, doc: PathwayDocument, layout: Layout, lang: string, measure: Measure) {
  const map = root.querySelector<SVGSVGElement>('svg.map');
  if (!map) return undefined;
  const style = getComputedStyle(host);
  const color = (name: string) => style.getPropertyValue(name).trim();
  const legend = [...root.querySelectorAll('.legend li')].flatMap((li) => {
    const swatch = li.querySelector<SVGSVGElement>('svg');
    return swatch ? [{ swatch, label: li.textContent!.trim() }] : [];
  });
  return exportSvg({
    layer: map.querySelector<SVGGElement>('.layer')!,
    size: layout,
    legend,
    title: doc.title,
    source: sourceLine(doc, lang),
    measure,
    colors: { background: color('--_bg'), text: color('--_text'), muted: color('--_muted'), font: style.fontFamily },
  });
}

/** Draws an exported map (exportSvg()'s element tree) on a canvas and encodes it as PNG (twice the size,
 * within canvas limits). Nothing is loaded, so no img-src or Trusted Types policy is involved. Rejects
 * when canvas is unavailable or cannot encode. */
export function toPng(root: SVGSVGElement, width: number, height: number): Promise<Blob> {
  const scale = Math.min(2, 8192 / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  return new Promise((resolve, reject) => {
    if (!context) return reject(new Error('no canvas'));
    context.scale(canvas.width / width, canvas.height / height);
    drawSvg(context, root);
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png');
  });
}

/** Offers `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
