// GET /__test__/slow?ms=300&file=/test/fixtures/x.json: the file after a delay (loading states, aborts).
import { readFile } from 'node:fs/promises';

export default async function slow(ctx, next) {
  if (ctx.path !== '/__test__/slow') return next();
  const ms = Math.min(Number(ctx.query.ms) || 300, 10_000);
  await new Promise((resolve) => setTimeout(resolve, ms));
  const file = String(ctx.query.file || '');
  if (!/^\/test\/fixtures\/[\w.-]+\.json$/.test(file)) {
    ctx.status = 400;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = await readFile(new URL(`../..${file}`, import.meta.url));
}
