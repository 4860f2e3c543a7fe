// The in-page half of the design-rule check (scripts/design-rules.mjs): one function, run by Playwright's
// page.evaluate() on a story or on test/fixtures/design-rules.html. It is serialised to the page, so it
// must stay self-contained: no imports, no closures over module scope, everything it needs in `options`.
// It measures and reports; deciding what breaks a rule is design-rules.rules.mjs's job, in Node, where it
// can be tested without a browser.

/**
 * Measures the text and the page width of the document as drawn now.
 *
 * @param {{ root?: string, title: string, below: number }} options `root`: a selector for the subtree to
 *   walk (the document body when it matches nothing); `title`: the selector that makes text a title;
 *   `below`: only texts drawn smaller than this many px are returned (plus any that look cut), so a
 *   10,000-row story does not ship every cell to Node.
 * @returns {{ width: number, scrollWidth: number, texts: Array<{ text: string, size: number, title: boolean,
 *   svg: boolean, cut: null | 'ellipsis-char' | 'css', shown: number, full: number | null }>,
 *   pokers: Array<{ what: string, right: number }> }}
 */
export function measure(options) {
  const { title: TITLE, below } = options;
  const root = (options.root && document.querySelector(options.root)) || document.body;
  const width = window.innerWidth;

  /** The parent in the flat tree: a slotted node's slot, or a shadow root's host. */
  const up = (el) => el.assignedSlot ?? el.parentElement ?? el.getRootNode().host ?? null;

  /** Every element under `start`, including inside open shadow roots, in document order. */
  function* elements(start) {
    const walker = document.createTreeWalker(start, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.currentNode; el; el = walker.nextNode()) {
      if (el.nodeType !== 1) continue;
      yield el;
      if (el.shadowRoot) yield* elements(el.shadowRoot);
    }
  }

  // The text node's font size is multiplied by the vertical scale of every transform above it: a card
  // drawn at 14px inside a viewBox shrunk to 50% is 7px on screen. SVG elements know their full
  // matrix to the screen (getScreenCTM includes CSS transforms of the HTML around the <svg>); HTML
  // elements multiply their ancestors' computed transform, scale and zoom.
  const yScale = (m) => Math.hypot(m.c, m.d);
  const scales = new Map();
  function drawnScale(el) {
    if (!el || el === document.documentElement) return 1;
    if (scales.has(el)) return scales.get(el);
    let scale;
    if (el instanceof SVGElement) scale = el.getScreenCTM ? yScale(el.getScreenCTM()) : drawnScale(up(el));
    else {
      const style = getComputedStyle(el);
      scale = drawnScale(up(el));
      if (style.transform !== 'none') scale *= yScale(new DOMMatrixReadOnly(style.transform));
      if (style.scale !== 'none') {
        const [sx, sy = sx] = style.scale.split(/\s+/).map(Number);
        scale *= Math.abs(sy);
      }
      const zoom = Number(style.zoom);
      if (zoom && zoom !== 1) scale *= zoom;
    }
    scales.set(el, scale);
    return scale;
  }

  const clipsContent = (style) =>
    style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain);
  /** The visually-hidden pattern's clip: `clip: rect(0 0 0 0)` (any empty rect) or `clip-path: inset(50%)`. */
  function hiding(style) {
    if (/^inset\(50%\)$/.test(style.clipPath)) return true;
    const rect = /^rect\((.*)\)$/.exec(style.clip);
    if (!rect) return false;
    const [top, right, bottom, left] = rect[1].split(/[\s,]+/).map(parseFloat);
    return bottom - top < 1 || right - left < 1;
  }

  /**
   * Whether the box `rect` of text inside `el` is painted: no ancestor hides it (display, visibility,
   * opacity 0, closed <details>, closed popover: checkVisibility covers them, across shadow roots), no
   * ancestor clips it away entirely (the visually-hidden 1px box, an <svg> viewport it lies outside),
   * and it has a size. Scrolling containers do not hide: their text is one scroll away.
   */
  function painted(el, rect) {
    if (!rect || rect.width < 0.5 || rect.height < 0.5) return false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false })) return false;
    for (let node = el; node && node !== document.body && node !== document.documentElement; node = up(node)) {
      const style = getComputedStyle(node);
      if (hiding(style)) return false;
      const scrolls = /auto|scroll/.test(style.overflowX) || /auto|scroll/.test(style.overflowY);
      if (clipsContent(style) && !scrolls) {
        const box = node.getBoundingClientRect();
        const w = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
        const h = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
        if (w <= 1 || h <= 1) return false;
      }
    }
    return true;
  }

  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  const texts = [];
  const cutEls = new Set();

  // Text cut by CSS: an ellipsis (text-overflow) or a line clamp that is actually cutting.
  for (const el of elements(root)) {
    if (el instanceof SVGElement) continue;
    const style = getComputedStyle(el);
    const ellipsis = style.textOverflow === 'ellipsis' && style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth;
    const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '' && el.scrollHeight > el.clientHeight + 1;
    if (!(ellipsis || clamped)) continue;
    const rect = el.getBoundingClientRect();
    if (!painted(el, rect)) continue;
    const full = squash(el.textContent);
    if (!full) continue;
    cutEls.add(el);
    const shownShare = ellipsis ? el.clientWidth / el.scrollWidth : el.clientHeight / el.scrollHeight;
    const scale = drawnScale(el);
    texts.push({
      text: full,
      size: Math.round(parseFloat(style.fontSize) * scale * 10) / 10,
      title: Boolean(el.closest(TITLE) || el.querySelector(TITLE)),
      svg: false,
      cut: 'css',
      shown: Math.floor(full.length * shownShare),
      full: full.length,
    });
  }

  // Every text node: its size as drawn, whether it is a title, whether it ends in a drawn "…".
  for (const host of [root, ...[...elements(root)].filter((el) => el.shadowRoot).map((el) => el.shadowRoot)]) {
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = squash(node.data);
      const el = node.parentElement;
      if (!text || !el || el.closest('script, style, template, title, desc')) continue;
      const svg = el instanceof SVGElement;
      if (svg && !(el instanceof SVGTextContentElement)) continue;
      const isTitle = Boolean(el.closest(TITLE));
      const endsCut = isTitle && text.endsWith('…');
      const style = getComputedStyle(el);
      const size = Math.round(parseFloat(style.fontSize) * drawnScale(el) * 10) / 10;
      if (size >= below && !endsCut) continue;
      let rect;
      if (svg) rect = el.getBoundingClientRect();
      else {
        const range = document.createRange();
        range.selectNodeContents(node);
        rect = range.getBoundingClientRect();
      }
      if (!painted(el, rect)) continue;
      let shown = text;
      // A title drawn as several SVG lines (the map's cards) is cut as a whole: count all its lines.
      if (endsCut && svg && el.parentElement) {
        shown = squash(
          [...el.parentElement.children]
            .filter((c) => c.matches(TITLE))
            .map((c) => c.textContent)
            .join(' '),
        );
      }
      texts.push({
        text: shown,
        size,
        title: isTitle,
        svg,
        cut: endsCut ? 'ellipsis-char' : null,
        shown: shown.replace(/…$/, '').trim().length,
        full: endsCut ? null : shown.length,
      });
    }
  }

  // Form controls draw their value or placeholder in their own (closed) shadow: no text node to walk.
  for (const el of elements(root)) {
    if (!el.matches('input:not([type="hidden"], [type="checkbox"], [type="radio"], [type="range"], [type="color"]), textarea, select'))
      continue;
    const text = squash(el.localName === 'select' ? (el.selectedOptions[0]?.textContent ?? '') : el.value || el.placeholder || '');
    if (!text) continue;
    const size = Math.round(parseFloat(getComputedStyle(el).fontSize) * drawnScale(el) * 10) / 10;
    if (size >= below || !painted(el, el.getBoundingClientRect())) continue;
    texts.push({ text, size, title: false, svg: false, cut: null, shown: text.length, full: text.length });
  }

  // Boxes poking past the right edge of the viewport with nothing around them to clip or scroll them.
  // Only the outermost is reported: its children poke out with it.
  const pokers = [];
  const reported = new Set();
  for (const el of elements(root)) {
    if (pokers.length >= 5) break;
    const rect = el.getBoundingClientRect();
    if (rect.right <= width + 1 || rect.width < 1 || rect.height < 1) continue;
    let skip = !el.checkVisibility({ visibilityProperty: true });
    for (let node = up(el); !skip && node && node !== document.body && node !== document.documentElement; node = up(node)) {
      skip = reported.has(node) || clipsContent(getComputedStyle(node));
    }
    if (skip) continue;
    reported.add(el);
    const name = `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    pokers.push({ what: `${name} ${squash(el.textContent ?? '').slice(0, 40)}`.trim(), right: Math.round(rect.right) });
  }

  return { width, scrollWidth: document.documentElement.scrollWidth, texts, pokers };
}
