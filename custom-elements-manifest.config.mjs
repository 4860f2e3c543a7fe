// custom-elements.json is generated from each element class's JSDoc (npm run analyze). The test
// command regenerates it in memory and fails when the committed file is stale.
/** Keeps the public API only: drops private, protected and #private members and `_`-prefixed names. */
function publicOnly() {
  const isPublic = (member) =>
    !member.privacy || member.privacy === 'public' ? !member.name.startsWith('_') && !member.name.startsWith('#') : false;
  return {
    name: 'public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || isPublic({ name: a.fieldName }));
        }
      }
    },
  };
}

/**
 * Records where each tag is defined. The elements register through src/base/define.ts (which skips a tag
 * already defined by another copy), a call the analyzer does not recognise, so each element's module gets
 * its `custom-element-definition` export here: tools map tag names to classes through it.
 */
function definitions() {
  return {
    name: 'definitions',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          mod.exports ??= [];
          if (mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName)) continue;
          mod.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: mod.path } });
        }
      }
    },
  };
}

export default {
  globs: ['src/components/*/*.component.ts', 'src/base/cp-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // The analyzer would otherwise point package.json's customElements at whatever --outdir it was given.
  packagejson: false,
  plugins: [publicOnly(), definitions()],
};
