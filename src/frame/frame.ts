/**
 * dist/frame.html: one element chosen by query parameters, for sites that allow only iframes.
 *   frame.html?element=pathway-map&src=https://example.org/pathway.json&lang=es&theme=dark
 * Only the element's documented attributes are copied from the query string (never event handlers
 * or arbitrary attributes), `src` only when it is an http(s) or relative URL. The frame reports its
 * content height to the parent page (`{ type: 'cp-frame:height', height }`) so the iframe can fit it,
 * and forwards `cp-select` (`{ type: 'cp-frame:select', detail }`).
 */
import { languageOf } from '../i18n/translate.js';
import { safeUrl } from '../lib/safe-url.js';

const ATTRIBUTES: Record<string, readonly string[]> = {
  'pathway-map': ['highlight', 'orientation', 'from', 'to', 'sync-url', 'view', 'selected'],
  'credential-ladder': ['ladder', 'current', 'orientation'],
  'campaign-meter': ['variant', 'goal', 'value', 'start', 'deadline', 'label', 'unit', 'poll', 'as-of', 'sample', 'stale-after'],
  'occupation-explorer': ['query', 'sector', 'education', 'top-jobs', 'min-wage', 'max-wage', 'sort', 'order', 'pathway-href'],
};
const SHARED = ['theme'];

// The frame's own two messages, kept here rather than in a catalogue: frame.js has a 2 KB budget.
const MESSAGES = {
  en: {
    element: (name: string, names: string) => `Unknown element "${name}": use ${names}.`,
    src: 'The src parameter must be an http(s) or relative URL.',
  },
  es: {
    element: (name: string, names: string) => `Elemento desconocido "${name}": use ${names}.`,
    src: 'El parámetro src debe ser una URL http(s) o relativa.',
  },
};

function fail(root: HTMLElement, message: string): void {
  const box = document.createElement('p');
  box.className = 'frame-error';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  root.replaceChildren(box);
}

function mount(root: HTMLElement, params: URLSearchParams): HTMLElement | undefined {
  // The language first, so that even the frame's own errors are in it.
  const lang = params.get('lang');
  if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;
  const say = MESSAGES[languageOf(document.documentElement.lang)];
  const name = params.get('element') ?? '';
  const allowed = ATTRIBUTES[name];
  if (!allowed) {
    fail(root, say.element(name, `element=${Object.keys(ATTRIBUTES).join(', element=')}`));
    return undefined;
  }
  const element = document.createElement(`cp-${name}`);
  for (const attribute of [...allowed, ...SHARED]) {
    const value = params.get(attribute);
    if (value !== null) element.setAttribute(attribute, value);
  }
  const src = params.get('src');
  if (src !== null) {
    const safe = safeUrl(src);
    if (!safe) {
      fail(root, say.src);
      return undefined;
    }
    element.setAttribute('src', safe);
  }
  root.replaceChildren(element);
  return element;
}

function post(message: Record<string, unknown>): void {
  // Heights and selections are not secret, and the parent's origin is not known to the frame.
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

const root = document.getElementById('frame')!;
const element = mount(root, new URLSearchParams(location.search));
element?.addEventListener('cp-select', (event) => post({ type: 'cp-frame:select', detail: event.detail }));

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) post({ type: 'cp-frame:height', height: (last = height) });
}).observe(document.body);
