// Loads an element's standalone bundle: the snapshot bench/prepare.mjs made, or the copy named by
// ?bundles= (bench/profile.mjs points it at unminified bundles, so profiles show real function names).
// How long that took (fetched from the local server, compiled, run) is left in `window.benchScript`, ms.
export async function load(name) {
  const dir = new URLSearchParams(location.search).get('bundles') ?? '/bench/.tmp/dist';
  const t0 = performance.now();
  await import(`${dir}/standalone/${name}.js`);
  await customElements.whenDefined(`cp-${name}`);
  window.benchScript = performance.now() - t0;
}
