/**
 * A pure function that remembers its last answer: called again with the same inputs (each compared with
 * `Object.is`), it returns the same result without recomputing. Elements derive their view model through
 * one of these in `willUpdate`, keyed on exactly what the derivation reads (document revision, language,
 * size, properties), so a re-render caused by anything else (focus, hover) costs nothing, and the result
 * keeps its identity, which Lit's `guard` and `repeat` rely on.
 *
 * One slot, not a cache: an element only ever needs its current view, and one slot cannot grow.
 */
export function memo<Inputs extends readonly unknown[], Result>(derive: (...inputs: Inputs) => Result): (...inputs: Inputs) => Result {
  let last: { inputs: Inputs; result: Result } | undefined;
  return (...inputs: Inputs): Result => {
    if (last && last.inputs.length === inputs.length && last.inputs.every((value, i) => Object.is(value, inputs[i]))) return last.result;
    const result = derive(...inputs);
    last = { inputs, result };
    return result;
  };
}
