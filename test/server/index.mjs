// Routes the browser tests can call on the test server (polling, slow responses, headers). Each file in
// this folder other than index.mjs exports `default` a Koa middleware (ctx, next) and owns one URL prefix.
import { readdirSync } from 'node:fs';

const here = new URL('./', import.meta.url);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.mjs') && name !== 'index.mjs')
  .sort();
export const testRoutes = await Promise.all(files.map(async (name) => (await import(new URL(name, here).href)).default));
