/**
 * What the browser tests used from @open-wc/testing, in a few lines: chai's `expect`, Lit's `html`, and a
 * fixture rendered into the page and removed after each test. @open-wc/testing brought a second
 * @web/test-runner line (1.x, which wants Node 22) through @open-wc/semantic-dom-diff, for assertions
 * these tests never used.
 */
import { render, type TemplateResult } from 'lit';

export { expect } from 'chai';
export { html } from 'lit';

const containers = new Set<HTMLElement>();

/**
 * Renders `template` into a fresh container at the end of the body and resolves with its first element,
 * once that element has finished its first update (Lit's `updateComplete`), or after a frame for an
 * element without one.
 */
export async function fixture<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.add(container);
  render(template, container);
  const element = container.firstElementChild as T | null;
  if (!element) throw new Error('fixture: the template rendered no element');
  const updating = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  if (updating) await updating;
  else await new Promise((resolve) => requestAnimationFrame(resolve));
  return element;
}

/** Removes every fixture rendered so far. */
export function fixtureCleanup(): void {
  for (const container of containers) container.remove();
  containers.clear();
}

// As @open-wc/testing did: a fresh page for every test, also in files that do not import ./index.ts.
afterEach(fixtureCleanup);
