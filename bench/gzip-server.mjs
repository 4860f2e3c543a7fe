// A static server for the phone and Lighthouse measures: the repository, text compressed with gzip as a
// CDN would serve it (scripts/serve.mjs sends files as they are, which on an emulated 1.6 Mbps link would
// measure the missing compression rather than the page). No caching between runs: every run is cold.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../scripts/serve.mjs';

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

export function serveGzip(root, { port = 0 } = {}) {
  const base = resolve(root);
  const packed = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) return void response.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const type = extname(path);
    const headers = { 'content-type': TYPES[type] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (TEXT.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${path}:${statSync(path).mtimeMs}`;
      if (!packed.has(key)) packed.set(key, gzipSync(readFileSync(path), { level: 9 }));
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(packed.get(key));
    } else {
      response.writeHead(200, headers).end(readFileSync(path));
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
