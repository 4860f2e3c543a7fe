// Which chunks of the one-tag embed a page fetches, from the graph the embed build writes
// (dist/elements/chunks.json): for scripts/size.mjs's page budgets, the phone benchmark's floors and the
// loader's tests.

/** The chunks a page fetches to show `names`: the loader, each element's chunk and its static imports. */
export function pageOf(names, chunks) {
  const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
  const eager = new Set(['embed.js']);
  const lazy = new Set();
  const visit = (file) => {
    if (eager.has(file)) return;
    eager.add(file);
    const chunk = byFile.get(file);
    for (const next of chunk.imports) visit(next);
    for (const next of chunk.dynamicImports) lazy.add(next);
  };
  for (const name of names) {
    const chunk = chunks.find((c) => c.element === `cp-${name}`);
    if (!chunk) throw new Error(`dist/elements/chunks.json has no chunk for cp-${name}`);
    visit(chunk.file);
  }
  // What loads on first use, and every chunk only it needs.
  const later = new Set();
  const visitLazy = (file) => {
    if (eager.has(file) || later.has(file)) return;
    later.add(file);
    for (const next of byFile.get(file).imports) visitLazy(next);
  };
  for (const file of lazy) visitLazy(file);
  return { eager: [...eager], later: [...later] };
}
