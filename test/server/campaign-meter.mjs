// A campaign document host for the meter's polling tests, one state per `key` so tests do not share it.
//   GET /__test__/campaign-meter/doc?key=K   the bundled sample document, its progress cut to `points` entries;
//        ETag (or Last-Modified) validators, 304 when the client's copy is current, 500 while `fail` is set,
//        each request held `ms` milliseconds. Every request is logged, with how many were in flight at once.
//   GET /__test__/campaign-meter/set?key=K&points=3&fail=1&validator=date&ms=100   changes the state.
//   GET /__test__/campaign-meter/log?key=K   the state and the log, as JSON.
import { readFileSync } from 'node:fs';

const PREFIX = '/__test__/campaign-meter/';
const sample = JSON.parse(readFileSync(new URL('../fixtures/campaign-meter-sample.json', import.meta.url), 'utf8'));
const states = new Map();

function stateOf(key) {
  if (!states.has(key))
    states.set(key, { points: sample.progress.length, fail: false, validator: 'etag', ms: 0, active: 0, maxActive: 0, log: [] });
  return states.get(key);
}

export default async function campaignMeter(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const action = ctx.path.slice(PREFIX.length);
  const state = stateOf(String(ctx.query.key || 'default'));
  ctx.set('Cache-Control', 'no-store');

  if (action === 'set') {
    if (ctx.query.points !== undefined) state.points = Number(ctx.query.points);
    if (ctx.query.fail !== undefined) state.fail = ctx.query.fail === '1';
    if (ctx.query.validator !== undefined) state.validator = String(ctx.query.validator);
    if (ctx.query.ms !== undefined) state.ms = Math.min(Number(ctx.query.ms) || 0, 5000);
    ctx.body = { ...state, log: undefined };
    return;
  }
  if (action === 'log') {
    ctx.body = state;
    return;
  }
  if (action !== 'doc') return next();

  state.active++;
  state.maxActive = Math.max(state.maxActive, state.active);
  const entry = { at: Date.now(), ifNoneMatch: ctx.get('If-None-Match') || null, ifModifiedSince: ctx.get('If-Modified-Since') || null };
  try {
    if (state.ms) await new Promise((resolve) => setTimeout(resolve, state.ms));
    // The document may be revalidated, not re-sent, so the browser may keep it: `no-cache`, not `no-store`.
    ctx.set('Cache-Control', 'no-cache');
    if (state.fail) {
      ctx.status = 500;
      ctx.body = 'down for the test';
      return;
    }
    const etag = `"points-${state.points}"`;
    const modified = new Date(Date.UTC(2025, 0, 1, 0, state.points)).toUTCString();
    if (state.validator === 'etag') {
      ctx.set('ETag', etag);
      if (entry.ifNoneMatch === etag) {
        ctx.status = 304;
        return;
      }
    } else {
      ctx.set('Last-Modified', modified);
      if (entry.ifModifiedSince && Date.parse(entry.ifModifiedSince) >= Date.parse(modified)) {
        ctx.status = 304;
        return;
      }
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ ...sample, progress: sample.progress.slice(0, state.points) });
  } finally {
    entry.status = ctx.status;
    state.log.push(entry);
    state.active--;
  }
}
