/** Vite's `?raw` imports: a file's text as a string, inlined at build time (src/loader.ts). */
declare module '*?raw' {
  const text: string;
  export default text;
}
