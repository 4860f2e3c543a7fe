// ESLint finds bugs; Prettier (.prettierrc.json) owns layout, so no rule here is about style.
// `npm run lint` checks, `npx eslint --fix .` fixes what it can. See CONTRIBUTING.md.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
// typescript-eslint with its own TypeScript 6 (scripts/lint/package.json says why it is not the repository's 7).
import tseslint from './scripts/lint/index.js';

const unused = { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' };

const node = [
  'bin/**',
  'scripts/**',
  'bench/*.mjs',
  'bench/test/**',
  'test/node/**',
  'test/server/**',
  '.storybook/main.ts',
  '**/vite.config.*',
  '*.config.{js,mjs,ts}',
];

export default defineConfig(
  {
    // Built, generated, vendored or data: checked where they are made, not here.
    ignores: ['dist/', 'storybook-static/', 'bench/.tmp/', 'data/', '**/node_modules/', 'examples/**/dist/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  // Syntax-only rules: type-aware linting would need a second type-check of the whole tree (TypeScript 6
  // beside 7, about 4 s against tsc's 1 s), and `npm run typecheck` already runs the strict compiler.
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.browser },
    rules: {
      // An unused import or variable is usually a leftover or a typo; a leading underscore says
      // "deliberately unused" (a callback's first argument).
      // One rule for TypeScript and JavaScript alike (the core one would report each name twice).
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', unused],
      // `let { detail, bubbles } = …` where only `detail` is assigned again is one statement, not a bug.
      'prefer-const': ['error', { destructuring: 'all' }],
      // In ESLint 10's recommended set; ESLint stays 9 while 10 refuses Node 22.12 and 23, which
      // package.json's engines accept (test/node/engines.test.mjs).
      'no-useless-assignment': 'error',
      'preserve-caught-error': 'error',
    },
  },
  { files: node, languageOptions: { globals: globals.node } },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // The codebase asserts non-null after checks the compiler cannot follow (querySelector in tests,
      // Map.get after has); tsc's strict mode is the guard that matters.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `declare module 'react' { namespace JSX … }` is how a library adds its tags to a framework's JSX.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // Lit templates: invalid HTML, bindings in tag or attribute-name position, Polymer-era syntax, raw
  // `<` or `&` in attribute values, the same attribute bound twice, updates that re-trigger themselves.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'examples/**/*.{ts,tsx,js}', 'bench/pages/*.mjs', 'demo/*.js'],
    ...lit.configs['flat/recommended'],
    rules: {
      ...lit.configs['flat/recommended'].rules,
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-native-attributes': 'error',
    },
  },
  // Custom elements: the platform's rules for constructors, names, shadow roots and listeners. Lit's
  // LitElement and the project's CpElement are element base classes too.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/best-practice'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'CpElement'] } },
    rules: {
      ...wc.configs['flat/best-practice'].rules,
      // It asks for `if (super.connectedCallback) super.connectedCallback()`, which guards against a base
      // class without the callback; LitElement implements every lifecycle callback, and the elements
      // here all extend it, so the guard would be dead code.
      'wc/guard-super-call': 'off',
    },
  },
);
