/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). The same seed, the same numbers. */
export function prng(seed: number): () => number;
