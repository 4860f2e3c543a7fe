// typescript-eslint for eslint.config.js, parsing with this folder's TypeScript 6.
// typescript-eslint itself is installed here (its peer range excludes the repository's TypeScript 7), but
// one of its helpers, ts-api-utils, accepts any TypeScript and so is hoisted to the repository's
// node_modules, where `require('typescript')` would find TypeScript 7, which has no JavaScript API (it
// fails with "Cannot read properties of undefined (reading 'Intrinsic')"). In the ESLint process only
// typescript-eslint asks for `typescript`, so every such request is answered with TypeScript 6.
import Module, { createRequire } from 'node:module';

const typescript6 = createRequire(import.meta.url).resolve('typescript');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'typescript' ? typescript6 : request, ...rest);
};

const { default: tseslint } = await import('typescript-eslint');
export default tseslint;
