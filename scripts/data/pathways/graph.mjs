// Small graph helpers for pathway edges.

/** Throws if the edges contain a cycle (any kind counts). */
export function assertAcyclic(id, nodes, edges) {
  const out = new Map(nodes.map((n) => [n.id, []]));
  for (const e of edges) out.get(e.from).push(e.to);
  const state = new Map(); // undefined = unvisited, 1 = on the stack, 2 = done
  const visit = (n, path) => {
    if (state.get(n) === 2) return;
    if (state.get(n) === 1) throw new Error(`${id}: cycle ${[...path, n].join(' -> ')}`);
    state.set(n, 1);
    for (const m of out.get(n)) visit(m, [...path, n]);
    state.set(n, 2);
  };
  for (const n of nodes) visit(n.id, []);
}

/** True when `to` can be reached from `from` over `edges` without using the edge `skip`. */
export function reachable(edges, from, to, skip) {
  const stack = [from];
  const seen = new Set([from]);
  while (stack.length) {
    const n = stack.pop();
    for (const e of edges) {
      if (e === skip || e.from !== n || seen.has(e.to)) continue;
      if (e.to === to) return true;
      seen.add(e.to);
      stack.push(e.to);
    }
  }
  return false;
}
