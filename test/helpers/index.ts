/** Shared helpers for browser tests: a fresh fixture per test, events, axe, and Lit warnings. */
import { fixtureCleanup } from './testing.js';
// axe-core is a UMD script: importing it for its side effect defines window.axe.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** Resolves with the next `type` event fired by `target` (or rejects after `timeout` ms). */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, type: string, timeout = 4000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** Runs axe on `element` (it sees into open shadow roots) and fails with each violation listed. */
export async function expectAccessible(element: Element): Promise<void> {
  const result = await window.axe.run(element, { resultTypes: ['violations'] });
  if (result.violations.length) {
    const lines = result.violations.map(
      (v) =>
        `${v.id}: ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n  ')}`,
    );
    throw new Error(`axe found ${result.violations.length} violation(s):\n${lines.join('\n')}`);
  }
}

/** Warnings Lit's dev build prints (change-in-update, unsafe bindings…), caught per test. */
export const litWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (!/Lit is in dev mode/.test(text)) litWarnings.push(text);
  warn(...args);
};

beforeEach(() => {
  litWarnings.length = 0;
});

afterEach(() => {
  fixtureCleanup();
});

/** Waits for `count` animation frames (layout and ResizeObserver callbacks happen between them). */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The text of an element's shadow root (or the element), with white space collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot ?? element).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
