// A campaign document on a second origin (another loopback port), for the meter's cross-origin polling
// test. The host answers simple CORS only: Access-Control-Allow-Origin on GET, and nothing a preflight
// would need (an OPTIONS request gets a bare 405), like a static bucket or CDN with CORS switched on.
//   GET /__test__/cross-origin/start                 starts the second server once; { origin }
//   GET /__test__/cross-origin/set?key=K&points=3    changes that key's document
//   GET /__test__/cross-origin/log?key=K             every request the second server saw for K, as JSON
//   GET <origin>/campaign?key=K                      on the second server: the document, ETag, 304 when current
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const PREFIX = '/__test__/cross-origin/';
const sample = JSON.parse(readFileSync(new URL('../fixtures/campaign-meter-sample.json', import.meta.url), 'utf8'));
const states = new Map();
let started;

function stateOf(key) {
  if (!states.has(key)) states.set(key, { points: sample.progress.length, log: [] });
  return states.get(key);
}

function answer(request, response) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const state = stateOf(url.searchParams.get('key') || 'default');
  const entry = { method: request.method, ifNoneMatch: request.headers['if-none-match'] ?? null, status: 0 };
  state.log.push(entry);
  if (request.method !== 'GET' || url.pathname !== '/campaign') {
    entry.status = request.method === 'GET' ? 404 : 405;
    response.writeHead(entry.status).end();
    return;
  }
  const etag = `"points-${state.points}"`;
  // Storable but always revalidated, as a host that updates a document in place would say. ETag is exposed
  // to scripts, as bucket CORS settings often do: a client that read it and sent it back as If-None-Match
  // itself would need the preflight this host never answers.
  const headers = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'ETag',
    'Cache-Control': 'no-cache',
    ETag: etag,
  };
  entry.status = entry.ifNoneMatch === etag ? 304 : 200;
  if (entry.status === 304) {
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ ...sample, progress: sample.progress.slice(0, state.points) }));
}

function start() {
  started ??= new Promise((resolve) => {
    const server = createServer(answer);
    // The test runner exits when its tests are done; this server must not keep it alive.
    server.unref();
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
  return started;
}

export default async function crossOrigin(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const action = ctx.path.slice(PREFIX.length);
  ctx.set('Cache-Control', 'no-store');
  if (action === 'start') {
    ctx.body = { origin: await start() };
    return;
  }
  const state = stateOf(String(ctx.query.key || 'default'));
  if (action === 'set') {
    if (ctx.query.points !== undefined) state.points = Number(ctx.query.points);
    ctx.body = { points: state.points };
    return;
  }
  if (action === 'log') {
    ctx.body = state;
    return;
  }
  return next();
}
