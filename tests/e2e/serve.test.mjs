// The demo server (scripts/serve.mjs) against hostile requests, sent as raw bytes over a socket
// so that no client normalises the path first. A folder `<root>-old` beside the served one holds
// a secret: it shares the root's name as a prefix, and must never be served.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';

const SECRET = 'SECRET-7f3a-not-for-the-web';
let tmp, root, server, port;

before(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gapline-serve-'));
  root = path.join(tmp, 'site');
  await fs.mkdir(path.join(root, 'sub'), { recursive: true });
  await fs.mkdir(path.join(tmp, 'site-old'));
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
  await fs.writeFile(path.join(root, 'a.txt'), 'plain file');
  await fs.writeFile(path.join(root, 'data.json'), '{"ok":true}');
  await fs.writeFile(path.join(root, 'sub', 'index.html'), '<!doctype html><title>sub</title>');
  await fs.writeFile(path.join(tmp, 'site-old', 'x'), SECRET);
  await fs.writeFile(path.join(tmp, 'secret.txt'), SECRET);
  // Symlinks: two pointing out of the root (a file, a folder), one pointing inside it.
  await fs.symlink(path.join(tmp, 'site-old', 'x'), path.join(root, 'out'));
  await fs.symlink(path.join(tmp, 'site-old'), path.join(root, 'outdir'));
  await fs.symlink('index.html', path.join(root, 'in.html'));
  server = await serve(root, 0);
  port = Number(new URL(server.url).port);
});

after(async () => {
  await server?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

/** Sends `text` as is and reads the whole answer: `{status, headers, body}` (status 0: none). */
function raw(text) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    socket.setTimeout(5000, () => { socket.destroy(); reject(new Error(`no answer to ${JSON.stringify(text)}`)); });
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = all.split('\r\n\r\n');
      const [line = '', ...fields] = head.split('\r\n');
      const headers = Object.fromEntries(fields.map((f) => {
        const i = f.indexOf(':');
        return [f.slice(0, i).trim().toLowerCase(), f.slice(i + 1).trim()];
      }));
      resolve({ status: Number(line.split(' ')[1] ?? 0), headers, body: rest.join('\r\n\r\n'), all });
    });
    // Written, not ended: a client that half-closes its side has its request dropped by Node.
    socket.write(text);
  });
}

const request = (method, target) => raw(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

/** Method, request target, status; built once the temporary folder exists. */
const hostile = () => [
  // Malformed percent-encoding and empty segments: 400.
  ['GET', '/%ff', 400], ['GET', '/%', 400], ['GET', '/%zz', 400], ['GET', '/a%2', 400],
  ['GET', '/%c0%af', 400], ['GET', '//', 400], ['GET', '//x', 400], ['GET', '/sub//index.html', 400],
  ['GET', '//../secret.txt', 400],
  // NUL bytes, encoded: 400.
  ['GET', '/%00', 400], ['GET', '/a.txt%00.html', 400],
  // Out of the root once decoded and resolved: 404, like a missing file.
  ['GET', '/..%2fsite-old/x', 404], ['GET', '/%2e%2e/', 404], ['GET', '/../', 404],
  ['GET', '/../site-old/x', 404], ['GET', '/%2e%2e%2fsite-old%2fx', 404], ['GET', '/sub/../../secret.txt', 404],
  ['GET', '/%2e%2e/secret.txt', 404], ['GET', '/..', 404], ['GET', '/%2fetc%2fpasswd', 404],
  ['GET', `/${encodeURIComponent(path.join(tmp, 'secret.txt'))}`, 404],
  ['GET', '/..%5csite-old%5cx', 404], ['GET', '/out', 404], ['GET', '/outdir/x', 404], ['GET', '/outdir/', 404],
  ['GET', '/a.txt/', 404], ['GET', '/missing.html', 404],
  ['GET', 'http://127.0.0.1/../site-old/x', 404], ['GET', 'http://127.0.0.1/..%2fsite-old/x', 404],
  // Methods other than GET and HEAD: 405.
  ['POST', '/', 405], ['PUT', '/a.txt', 405], ['DELETE', '/a.txt', 405], ['OPTIONS', '*', 405],
  ['PATCH', '/../site-old/x', 405], ['TRACE', '/', 405],
  // Not a path at all.
  ['GET', '*', 400], ['GET', 'a.txt', 400],
];

test('serve: hostile paths get 400, 404 or 405 with a short reason, and no byte of the secret', async () => {
  for (const [method, target, want] of hostile()) {
    const r = await request(method, target);
    assert.equal(r.status, want, `${method} ${target}: ${r.all.slice(0, 200)}`);
    assert.ok(!r.all.includes(SECRET), `${method} ${target} leaked the secret`);
    assert.match(r.headers['content-type'] ?? '', /^text\/plain/, `${method} ${target}`);
    if (method !== 'HEAD') assert.ok(r.body.length > 0 && r.body.length < 200, `${method} ${target}: a short reason`);
    if (want === 405) assert.equal(r.headers.allow, 'GET, HEAD');
  }
  assert.match((await request('GET', '/%ff')).body, /percent-encoding/);
  assert.match((await request('GET', '//x')).body, /empty path segment/);
  assert.match((await request('GET', '/%00')).body, /NUL/);
});

test('serve: requests Node cannot parse, and clients that hang up, are answered or dropped', async () => {
  // A raw NUL or a space in the request line, garbage, oversized headers: 400 (431), then closed.
  for (const text of ['GET /\0 HTTP/1.1\r\nHost: x\r\n\r\n', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n',
    'NOT HTTP AT ALL\r\n\r\n', 'GET / HTTP/1.1\r\nno colon here\r\n\r\n']) {
    const r = await raw(text);
    assert.equal(r.status, 400, JSON.stringify(text));
  }
  const big = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70000)}\r\n\r\n`);
  assert.ok([400, 431].includes(big.status), `${big.status}`);
  // A client that sends half a request and goes away.
  await new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => { s.write('GET /index.html HTTP/1.1\r\nHo'); setTimeout(() => { s.destroy(); resolve(); }, 50); });
    s.on('error', resolve);
  });
  // One that asks for a file and closes before reading the answer.
  await new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => { s.write('GET /a.txt HTTP/1.1\r\nHost: x\r\n\r\n'); s.destroy(); resolve(); });
    s.on('error', resolve);
  });
});

test('serve: after all of them it still serves files, with their types', async () => {
  const home = await request('GET', '/');
  assert.equal(home.status, 200);
  assert.equal(home.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(home.headers['cache-control'], 'no-store');
  assert.match(home.body, /<title>home<\/title>/);
  const json = await request('GET', '/data.json?x=%ff#frag');
  assert.equal(json.status, 200);
  assert.equal(json.headers['content-type'], 'application/json; charset=utf-8');
  const sub = await request('GET', '/sub/');
  assert.equal(sub.status, 200);
  assert.match(sub.body, /<title>sub<\/title>/);
  assert.equal((await request('GET', '/sub')).status, 200);
  assert.equal((await request('GET', '/sub/../a.txt')).body, 'plain file');
  assert.equal((await request('GET', '/%61.txt')).body, 'plain file');
  assert.equal((await request('GET', 'http://127.0.0.1/a.txt')).body, 'plain file');
  // A symlink that stays inside the root is followed.
  assert.match((await request('GET', '/in.html')).body, /<title>home<\/title>/);
  // HEAD: the headers of GET, no body.
  const head = await request('HEAD', '/a.txt');
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-type'], 'application/octet-stream');
  assert.equal(head.headers['content-length'], String('plain file'.length));
  assert.equal(head.body, '');
  // An ordinary client too.
  const res = await fetch(`${server.url}/index.html`);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /home/);
});
