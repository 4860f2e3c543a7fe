// Loads an element's standalone bundle: the snapshot bench/prepare.mjs made, or the copy named by
// ?bundles= (bench/profile.mjs points it at unminified bundles, so profiles show real function names).
export async function load(name) {
  const dir = new URLSearchParams(location.search).get('bundles') ?? '/bench/.tmp/dist';
  await import(`${dir}/standalone/${name}.js`);
  await customElements.whenDefined(`cp-${name}`);
}
