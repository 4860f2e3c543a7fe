// scripts/serve.mjs serves the demo, the examples and the benchmark pages; a stray request must not stop it.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { serve } from '../../scripts/serve.mjs';

let server;
before(async () => {
  server = await serve('test/fixtures');
});
after(() => server.close());

/** GET a raw path (fetch would re-encode it), resolving with the status. */
const get = (path) =>
  new Promise((resolve, reject) => {
    const { port } = server.address();
    request({ host: '127.0.0.1', port, path }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    })
      .on('error', reject)
      .end();
  });

test('a malformed percent-escape is answered 400, and the server keeps serving', async () => {
  assert.equal(await get('/%E0%A4%A'), 400);
  assert.equal(await get('/%'), 400);
  assert.equal(await get('/pathway-small.json'), 200);
});

test('a path outside the root is refused and a missing file is 404', async () => {
  // Encoded slashes survive URL parsing, so only the server's own check stands between these and the repo.
  assert.equal(await get('/..%2F..%2Fpackage.json'), 403);
  assert.equal(await get('/..%2Ffixtures-elsewhere%2Fx.json'), 403);
  assert.equal(await get('/no-such-file.json'), 404);
});
