/**
 * Helpers shared by the stories: the bundled data's URLs, a source that stays loading (for the loading
 * state), and frames that give a story a theme, a language or a width.
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/** The bundled Colorado documents, served by Storybook from ../data. */
export const DATA = {
  it: 'data/colorado/pathway-information-technology.json',
  healthcare: 'data/colorado/pathway-healthcare.json',
  construction: 'data/colorado/pathway-construction.json',
  business: 'data/colorado/pathway-business-operations.json',
  cybersecurity: 'data/colorado/pathway-cybersecurity.json',
  occupations: 'data/colorado/occupations.json',
  campaign: 'data/colorado/campaign.json',
  campaignSample: 'data/colorado/campaign-sample.json',
} as const;

const PENDING = '/__pending__/';
const realFetch = window.fetch.bind(window);
// A story's loading state needs a request that never settles: requests under /__pending__/ wait
// until the story unloads. Every other request goes to the network as usual.
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.includes(PENDING)) {
    return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  }
  return realFetch(input, init);
};

/** A `src` that stays loading, to show the placeholder. */
export const pendingSrc = (name = 'document.json') => `${PENDING}${name}`;

/** Fetches a bundled document, for stories that change it before showing it. */
export async function loadJson<T = unknown>(url: string): Promise<T> {
  const response = await realFetch(url);
  return response.json() as Promise<T>;
}

/** A frame with the page colours of a theme, so dark stories sit on a dark page. */
export function themed(theme: 'light' | 'dark', content: TemplateResult): TemplateResult {
  const page = theme === 'dark' ? { background: '#0b1117', color: '#e6edf3' } : { background: '#ffffff' };
  return html`<div style=${styleMap({ ...page, padding: '16px' })}>${content}</div>`;
}

/** A frame of a fixed width, e.g. a phone (360) or a sidebar (280). */
export function narrow(width: number, content: TemplateResult): TemplateResult {
  return html`<div style=${styleMap({ maxWidth: `${width}px`, border: '1px dashed #8995a3' })}>${content}</div>`;
}

/** A frame in another language. */
export function inLanguage(lang: string, content: TemplateResult): TemplateResult {
  return html`<div lang=${lang}>${content}</div>`;
}
