// Shared by the story checks (scripts/design-rules.mjs, scripts/test-stories.mjs): the list of stories in
// a built catalog, and waiting for a story's elements to settle.

/** The stories of the catalog served at `base` whose id contains `filter`. */
export async function storiesAt(base, filter = '') {
  const index = await (await fetch(`${base}/index.json`)).json();
  return Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));
}

/** Waits until every cp-* element has rendered and none is loading (a loading story stays busy). */
export async function settle(page) {
  await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, null, { timeout: 10_000 });
  await page.evaluate(async () => {
    const deadline = performance.now() + 4000;
    const elements = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cp-'));
    await Promise.all(elements().map((el) => el.updateComplete));
    while (
      performance.now() < deadline &&
      elements().some((el) => el.getAttribute('aria-busy') === 'true' && !el.getAttribute('src')?.includes('__pending__'))
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(elements().map((el) => el.updateComplete));
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}
