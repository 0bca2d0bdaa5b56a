// End-to-end: nothing valid is lost in the browser. A dataset with badly typed records keeps
// the others, inline data without models keeps its events and runs, a failed claims file keeps
// the data's problem list, and a download over the limit stops even when the server does not
// say its length.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { start } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A host page under the dist server with `body`; `routes` maps paths to JSON bodies. */
async function host(body, routes = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  for (const [file, json] of Object.entries(routes)) {
    await page.route(`${env.server.url}/${file}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: typeof json === 'string' ? json : JSON.stringify(json) }));
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
    <link rel="stylesheet" href="gapline.css"><script type="module" src="gapline.js"></script></head><body>${body}</body></html>`;
  await page.route(`${env.server.url}/host.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${env.server.url}/host.html`);
  return { context, page, errors };
}

const model = (id, region, released) =>
  ({ id, name: id.toUpperCase(), region, released, source_url: `https://example.org/${id}` });

test('a dataset with badly typed records draws every other record and lists each bad one where it is', async () => {
  const doc = {
    title: 5,
    models: [
      model('a', 'US', '2023-03'),
      { ...model('b', 'CN', '2023-06'), released: 2023 },
      { ...model('c', 'CN', '2024-01'), id: 7 },
      { ...model('d', 'CN', '2024-02'), scores: { mmlu: null, 'GPQA diamond': 40 } },
      'not a model',
      model('e', 'US', '2024-05'),
    ],
    events: { not: 'a list' },
  };
  const { context, page, errors } = await host('<div id="t" data-gapline data-src="data/typed.json"></div>',
    { 'data/typed.json': doc });
  await page.locator('#t [data-mark][data-model-id]').first().waitFor();
  const ids = await page.$$eval('#t [data-model-id]', (els) => [...new Set(els.map((e) => e.dataset.modelId))].sort());
  assert.deepEqual(ids, ['a', 'd', 'e'], 'every record that could be read is drawn, d without its null score');
  const problems = await page.$$eval('#t .gl-problems li', (els) => els.map((e) => e.textContent));
  assert.equal(problems.length, 6, problems.join('\n'));
  for (const pointer of ['/title', '/events', '/models/1/released', '/models/2/id', '/models/3/scores/mmlu', '/models/4']) {
    assert.ok(problems.some((p) => p.includes(`\`${pointer}\``)), `${pointer} in ${problems.join('\n')}`);
  }
  assert.match(await page.locator('#t .gl-problems summary').textContent(), /3 records left out/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('inline data without models adds its events, runs and claims to the built-in data', async () => {
  const doc = {
    events: [
      { id: 'inline-rule', date: '2024-03-01', region: 'US', kind: 'export_control', title: 'An inline rule', source_url: 'https://example.org/rule' },
      { id: 'bad-event', date: 'someday', region: 'US', kind: 'chip', title: 'Bad', source_url: 'https://example.org/bad' },
    ],
    benchmarks: [
      { benchmark: 'Inline bench', model: 'x1', model_name: 'X1', region: 'US', released: '2024-01', score: 50, source_url: 'https://example.org/x1' },
      { benchmark: 'Inline bench', model: 'y1', model_name: 'Y1', region: 'CN', released: '2024-07', score: 51, source_url: 'https://example.org/y1' },
    ],
    claims: [{ id: 'inline-claim', speaker: 'A', said_on: '2024-05', source_url: 'https://example.org/c', text: 'China is about a year behind GPT-4o.' }],
  };
  const { context, page, errors } = await host(`
    <div id="t" data-gapline data-from="2023" data-benchmark="Inline bench"><script type="application/json">${JSON.stringify(doc)}</script></div>`);
  await page.locator('#t [data-mark][data-model-id]').first().waitFor();
  assert.equal(await page.locator('#t [data-event-id="inline-rule"]').count(), 1, 'the inline event is drawn');
  assert.equal(await page.locator('#t [data-claim-id="inline-claim"]').count() > 0, true, 'the inline claim is drawn');
  // The runs are there: the benchmark they name is accepted (an unknown one falls back with a note).
  assert.equal(await page.locator('#t .gl-settings').count(), 0, 'no note: "Inline bench" has scores');
  const problems = await page.$$eval('#t .gl-problems li', (els) => els.map((e) => e.textContent));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /\/events\/1\/date/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('claims that fail to load leave the data drawn and its problem list shown', async () => {
  const doc = { models: [model('a', 'US', '2023-03'), { ...model('b', 'CN', '2023-06'), released: 'June-ish' }, model('c', 'CN', '2024-01')] };
  const { context, page, errors } = await host(
    '<div id="t" data-gapline data-src="data/some.json" data-claims="data/missing-claims.json"></div>',
    { 'data/some.json': doc });
  await page.locator('#t [data-mark][data-model-id]').first().waitFor();
  await page.locator('#t .gl-error').waitFor();
  assert.match(await page.locator('#t .gl-error').textContent(), /missing-claims\.json.*404/);
  const problems = await page.$$eval('#t .gl-problems li', (els) => els.map((e) => e.textContent));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /\/models\/1\/released/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a claims file with one badly typed claim keeps the others', async () => {
  const claims = [
    { id: 'good', speaker: 'A', said_on: '2024-05', source_url: 'https://example.org/c', text: 'China is about a year behind GPT-4.' },
    { id: 'bad', speaker: 'B', said_on: 2024, source_url: 'https://example.org/d', text: 'China trails by two years.' },
  ];
  const { context, page, errors } = await host('<div id="t" data-gapline data-from="2023" data-claims="data/c.json"></div>',
    { 'data/c.json': claims });
  await page.locator('#t [data-claim-id="good"]').first().waitFor();
  assert.equal(await page.locator('#t [data-claim-id="bad"]').count(), 0);
  const problems = await page.$$eval('#t .gl-problems li', (els) => els.map((e) => e.textContent));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /\/claims\/1.*this claim cannot be read/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a download with no Content-Length stops at the 16 MB limit', async () => {
  // A server that streams 64 MB in chunks without saying how long the body is.
  const total = 64 * 1024 * 1024;
  const chunk = Buffer.alloc(256 * 1024, 32);
  let sent = 0;
  let finished = false;
  let closed;
  const done = new Promise((resolve) => { closed = resolve; });
  // The page and the widget come from this server too (proxied to the dist server): a page
  // may not fetch from another loopback origin without a permission prompt.
  const page0 = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>big</title>
    <link rel="stylesheet" href="gapline.css"><script type="module" src="gapline.js"></script></head>
    <body><div id="t" data-gapline data-src="big.json"></div></body></html>`;
  const big = http.createServer(async (req, res) => {
    if (req.url === '/host.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page0);
      return;
    }
    if (req.url !== '/big.json') {
      const r = await fetch(`${env.server.url}${req.url}`);
      res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/octet-stream' });
      res.end(Buffer.from(await r.arrayBuffer()));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.on('close', () => closed());
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!res.write(chunk)) { res.once('drain', pump); return; }
      }
      finished = true;
      res.end();
    };
    pump();
  });
  await new Promise((resolve) => big.listen(0, '127.0.0.1', resolve));
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`http://127.0.0.1:${big.address().port}/host.html`);
  await page.locator('#t .gl-error').waitFor();
  assert.match(await page.locator('#t .gl-error').textContent(), /over the limit of 16 MB/);
  assert.deepEqual(errors, []);
  await done;
  await context.close();
  big.closeAllConnections();
  big.close();
  assert.equal(finished, false, `the browser stopped reading (the server wrote ${(sent / 1e6).toFixed(1)} MB of 67)`);
});
