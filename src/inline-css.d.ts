/** Vite's `?inline` CSS imports: a style sheet's text, minified and inlined at build time (src/loader.ts). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
