// The one seeded random function of the generated test and benchmark data: test/support/synthetic.ts
// and bench/generate.mjs both import it, so a seed means the same numbers to both. Plain JavaScript, so
// node and the benchmark pages load it without a TypeScript step (random.d.mts types it for TypeScript).

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). The same seed, the same numbers. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
