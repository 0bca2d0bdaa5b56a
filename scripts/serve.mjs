// A small static file server for dist/ on 127.0.0.1 (node:http, no dependencies).
// Used by `make demo` and by the end-to-end tests, so both see the same headers.
//
//   node scripts/serve.mjs [DIR] [PORT]      (defaults: dist 8080; PORT 0 = any free port)
//
// As a module: `const { url, close } = await serve(dir, port)`.
//
// Only GET and HEAD (else 405). The path is read as sent, never normalised by a URL parser:
// malformed percent-encoding, a NUL byte or an empty segment ("//") is a 400; a path that
// leads outside DIR once decoded and resolved ("..", an absolute path, a symlink pointing out)
// is a 404, as a missing file is. A directory is served as its index.html. No request stops
// the server: a failure answers 500, a broken connection is dropped.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8',
};

/** A refusal: its status and the short reason sent as the body. */
class Refusal extends Error {
  constructor(status, reason) {
    super(reason);
    this.status = status;
  }
}

/** `inner` is `dir` or inside it (a sibling such as `dist-old` of `dist` is not). */
const inside = (dir, inner) => inner === dir || inner.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

/** The raw path of a request target: origin form (`/a/b?q`) or absolute form (`http://h/a/b`). */
function rawPath(target) {
  let rest = target;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length) || '/';
  rest = rest.split(/[?#]/, 1)[0];
  if (!rest.startsWith('/')) throw new Refusal(400, 'bad request: the path must start with /');
  return rest;
}

/** The file under `root` (its real path `realRoot`) that the request target names. */
async function resolve(root, realRoot, target) {
  const raw = rawPath(target);
  // "/" and a trailing "/" are fine; "//" anywhere is an empty segment.
  if (raw.includes('//')) throw new Refusal(400, 'bad request: empty path segment');
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new Refusal(400, 'bad request: malformed percent-encoding');
  }
  if (decoded.includes('\0')) throw new Refusal(400, 'bad request: NUL byte in path');
  const relative = decoded.slice(1);
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative)) throw new Refusal(404, 'not found');
  let file = path.resolve(root, relative);
  if (!inside(root, file)) throw new Refusal(404, 'not found');
  try {
    if ((await fs.stat(file)).isDirectory()) file = path.join(file, 'index.html');
    else if (relative.endsWith('/')) throw new Refusal(404, 'not found'); // "file.html/"
    // Symlinks are followed only when what they point at is inside the root too.
    const real = await fs.realpath(file);
    if (!inside(realRoot, real) || !(await fs.stat(real)).isFile()) throw new Refusal(404, 'not found');
    return { file, real };
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw new Refusal(404, 'not found');
  }
}

function plain(res, status, reason, extra = {}) {
  if (res.headersSent) { res.destroy(); return; }
  const body = `${reason}\n`;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

export async function serve(dir, port = 0) {
  const root = path.resolve(dir);
  const realRoot = await fs.realpath(root);
  const handle = async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'method not allowed: use GET or HEAD', { allow: 'GET, HEAD' });
      return;
    }
    const { file, real } = await resolve(root, realRoot, req.url ?? '');
    const body = await fs.readFile(real);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store',
      'content-length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = http.createServer((req, res) => {
    // A client that goes away mid-answer is no error of the server's.
    req.on('error', () => {});
    res.on('error', () => {});
    handle(req, res).catch((e) => {
      try {
        if (e instanceof Refusal) plain(res, e.status, e.message);
        else plain(res, 500, 'internal server error');
      } catch {
        res.destroy();
      }
    });
  });
  // A request Node cannot parse (bad request line, NUL in it, headers too large): answered and
  // closed here, never thrown.
  server.on('clientError', (err, socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) { socket.destroy(); return; }
    const [status, text] = err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout'] : [400, 'Bad Request'];
    const body = `${text.toLowerCase()}\n`;
    socket.end(`HTTP/1.1 ${status} ${text}\r\ncontent-type: text/plain; charset=utf-8\r\n` +
      `content-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
  });
  await new Promise((resolve, reject) => server.listen(port, '127.0.0.1', resolve).on('error', reject));
  server.on('error', (e) => console.error(`gapline demo server: ${e.message}`));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`gapline demo: ${url}/  (Ctrl+C to stop)`);
}
