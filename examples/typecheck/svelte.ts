// Proves the Svelte markup types (svelteHTML.IntrinsicElements, read by svelte-check) accept the right
// attributes and events and reject wrong ones: each @ts-expect-error must be an error, or tsc fails.
import type {} from 'career-pathway-elements/svelte';
import type { PathwayDocument } from 'career-pathway-elements';

type Attributes<Tag extends keyof svelteHTML.IntrinsicElements> = svelteHTML.IntrinsicElements[Tag];

declare const pathway: PathwayDocument;

export const ladder: Attributes<'cp-credential-ladder'> = {
  data: pathway,
  ladder: 'nursing',
  class: 'wide',
  'oncp-select': (event) => event.detail.id.toUpperCase(),
  'oncp-error': (event) => event.detail.issues.map((issue) => issue.path),
};
export const meter: Attributes<'cp-campaign-meter'> = { variant: 'compact', value: 455000, 'aria-label': 'Progress' };

// @ts-expect-error orientation is 'auto' | 'horizontal' | 'vertical'
export const badOrientation: Attributes<'cp-credential-ladder'> = { orientation: 'sideways' };
// @ts-expect-error cp-select's detail is { id, kind, item }
export const badHandler: Attributes<'cp-pathway-map'> = { 'oncp-select': (event) => event.detail.rung };
