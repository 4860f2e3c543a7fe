#!/usr/bin/env node
// A small static file server (no dependencies) for the demo, the built catalog, benchmarks and the CSP
// test page. `node scripts/serve.mjs [root] [port]`; `npm start` serves the repository at /demo/.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Content types by file extension, for this server and the bench's gzip server. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves `root`. `headers(path)` may add response headers per path (e.g. a Content-Security-Policy).
 * Resolves with the server once it listens; `port` 0 picks a free port.
 */
export function serve(root, { port = 0, headers = () => ({}), quiet = true } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    let url, path;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
      path = normalize(join(base, decodeURIComponent(url.pathname)));
    } catch {
      // A broken percent-escape (GET /%E0%A4%A) is the client's mistake; it must not stop the server.
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request: malformed URL');
      return;
    }
    // `base + sep`, so a sibling folder that shares the name's start (root-old beside root) is outside too.
    if (path !== base && !path.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${url.pathname}`);
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...headers(url.pathname),
    });
    // A file that vanishes between the check and the read would otherwise be an unhandled 'error' event.
    createReadStream(path)
      .on('error', () => response.destroy())
      .pipe(response);
    if (!quiet) console.log(request.method, url.pathname);
  });
  return new Promise((resolveServer) => server.listen(port, '127.0.0.1', () => resolveServer(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [what = '.', port = '8080'] = process.argv.slice(2);
  // `demo` serves the repository root (so the demo can load /dist and /data) and points at /demo/.
  const root = what === 'demo' ? '.' : what;
  const server = await serve(root, { port: Number(port) });
  const { port: actual } = server.address();
  console.log(`Serving ${resolve(root)} at http://localhost:${actual}/${what === 'demo' ? 'demo/' : ''}`);
}
