// End-to-end: gapline inside other people's pages. Host pages are served by routes over the
// built dist/, so each test states exactly what the host page holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { start, SHOTS } from './browser.mjs';
import { serve } from '../../scripts/serve.mjs';

let env;
before(async () => {
  env = await start();
  await fs.mkdir(SHOTS, { recursive: true });
});
after(async () => { await env?.close(); });

/**
 * A page at `file` (under the dist server) whose body is `body`, loading gapline the way the
 * README says; `headers` are added to the response. `errors` collects uncaught exceptions and
 * console errors; `console` every console message.
 */
async function host(body, { file = 'host.html', headers = {}, head = '', context: options = {} } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  const console = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
    <link rel="stylesheet" href="gapline.css">${head}
    <script type="module" src="gapline.js"></script></head><body>${body}</body></html>`;
  await page.route(`${env.server.url}/${file}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }));
  await page.goto(`${env.server.url}/${file}`);
  return { context, page, errors, console };
}

test('two widgets draw, a broken one says why in its own box, and the host page keeps running', async () => {
  const { context, page, errors, console } = await host(`
    <p id="host-text">The article around the timelines.</p>
    <div id="a" data-gapline data-from="2023" data-height="380"></div>
    <div id="b" data-gapline data-lang="zh" data-claims="data/claims.json" data-from="2022-06"></div>
    <div id="missing" data-gapline data-src="data/no-such-file.json"></div>
    <div id="script-url" data-gapline data-src="javascript:alert(document.domain)"></div>
    <div id="odd" data-gapline data-lang="fr" data-height="tall" data-from="soon"></div>
    <div id="bench" data-gapline data-benchmark="No such bench" data-from="2024"></div>
    <script>
      // The host's own script: it must keep running whatever the timelines do.
      window.ticks = 0; setInterval(() => { window.ticks += 1; }, 50);
      document.getElementById('host-text').addEventListener('click', () => { window.clicked = true; });
    </script>`);
  for (const id of ['a', 'b', 'odd']) await page.locator(`#${id} [data-mark]`).first().waitFor();
  // Independent: each has its own settings.
  assert.match(await page.locator('#b .gapline').first().getAttribute('lang'), /^zh/);
  assert.equal(await page.locator('#a .gapline').first().getAttribute('lang'), 'en');
  assert.equal(await page.locator('#a .gl-claim').count(), 0, 'a has no claims');
  assert.ok(await page.locator('#b .gl-claim').count() > 0, 'b draws its claims');

  const missing = page.locator('#missing .gl-error');
  await missing.waitFor();
  assert.match(await missing.textContent(), /data\/no-such-file\.json.*404/);
  const scripted = page.locator('#script-url .gl-error');
  await scripted.waitFor();
  assert.match(await scripted.textContent(), /"javascript:" URLs are not loaded/);
  assert.equal(await page.locator('#script-url [data-mark]').count(), 0);

  // Unreadable settings: named in the box, defaults used, the timeline drawn.
  const notes = await page.locator('#odd .gl-settings li').allTextContents();
  assert.equal(notes.length, 3, notes.join(' | '));
  assert.match(notes.join(' '), /data-lang="fr".*data-height="tall".*data-from="soon"/s);
  assert.ok(console.some((m) => m.startsWith('warning: gapline: data-lang="fr"')), console.join('\n'));
  await page.locator('#bench [data-mark]').first().waitFor();
  assert.match(await page.locator('#bench .gl-settings').textContent(), /no scores on the benchmark "No such bench"/);

  // The host page: its script runs, its text is untouched and still reacts.
  const before = await page.evaluate(() => window.ticks);
  await page.waitForTimeout(200);
  assert.ok(await page.evaluate(() => window.ticks) > before, 'the host interval still ticks');
  await page.click('#host-text');
  assert.equal(await page.evaluate(() => window.clicked), true);
  assert.deepEqual(errors, []);

  // An element added after load is mounted as it appears.
  await page.evaluate(() => {
    const late = document.createElement('div');
    late.id = 'late';
    late.setAttribute('data-gapline', '');
    late.setAttribute('data-from', '2024');
    document.body.append(late);
  });
  await page.locator('#late [data-mark]').first().waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'embed-host.png'), fullPage: true });
  await context.close();
});

test('inline JSON in the element: claims over the built-in data, or a whole dataset', async () => {
  const doc = { claims: [{ id: 'inline-1', speaker: 'A <b>Speaker</b>', said_on: '2024-05', source_url: 'https://example.org/x',
    text: 'Chinese models are about a year behind GPT-4o.' }] };
  const models = { models: [
    { id: 'm-us', name: 'Only US', region: 'US', released: '2024-01-10', source_url: 'https://example.org/us' },
    { id: 'm-cn', name: 'Only CN', region: 'CN', released: '2024-06-10', source_url: 'https://example.org/cn' }] };
  const { context, page, errors } = await host(`
    <div id="claims" data-gapline data-from="2023"><script type="application/json">${JSON.stringify(doc)}</script></div>
    <div id="models" data-gapline><script type="application/json">${JSON.stringify(models)}</script></div>
    <div id="broken" data-gapline><script type="application/json">{"models": [</script></div>`);
  await page.locator('#claims .gl-claim').first().waitFor();
  assert.ok(await page.locator('#claims [data-mark][data-model-id]').count() > 10, 'built-in models drawn');
  assert.match(await page.locator('#claims .gl-claims').textContent(), /A <b>Speaker<\/b>/, 'the speaker is text');
  await page.locator('#models [data-mark]').first().waitFor();
  const ids = await page.$$eval('#models [data-model-id]', (els) => els.map((e) => e.dataset.modelId).sort());
  assert.deepEqual(ids, ['m-cn', 'm-us']);
  assert.match(await page.locator('#broken .gl-error').textContent(), /inline data .* not valid JSON/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('mount() draws, update() changes options, destroy() leaves no nodes or listeners behind', async () => {
  const { context, page, errors } = await host('<div id="here"><a href="#">fallback link</a></div>');
  await page.waitForFunction(() => document.querySelector('script[type=module]'));
  const cdp = await context.newCDPSession(page);
  /** Listeners on window and on every node of the document. */
  const listeners = async () => {
    const count = async (expression) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners: l } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
      return l.length;
    };
    return { window: await count('window'), document: await count('document') };
  };
  // The module is loaded once (its page watcher is part of the page, not of a timeline).
  await page.evaluate(async () => { window.gl = await import('./gapline.js'); });
  const baseline = await listeners();
  const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
  const baseNodes = await nodes();

  await page.evaluate(() => { window.t = window.gl.mount(document.getElementById('here'), { from: '2023', height: 380, claims: 'data/claims.json' }); });
  await page.locator('#here [data-mark]').first().waitFor();
  assert.equal(await page.locator('#here a[href="#"]').count(), 0, 'the fallback gives way');
  const drawn = await listeners();
  assert.ok(drawn.document > baseline.document, 'a drawn timeline has listeners');

  await page.evaluate(() => window.t.update({ lang: 'zh', theme: 'dark' }));
  await page.waitForFunction(() => document.querySelector('#here .gapline')?.getAttribute('lang')?.startsWith('zh'));
  assert.match(await page.locator('#here .gapline').first().getAttribute('class'), /gl-dark/);
  await page.locator('#here .gl-claim').first().waitFor(); // update keeps the options not given

  await page.evaluate(() => window.t.destroy());
  assert.equal(await page.evaluate(() => document.getElementById('here').childNodes.length), 0);
  assert.deepEqual(await listeners(), baseline);
  assert.equal(await nodes(), baseNodes - 1, 'only the fallback link is gone');
  // Nothing of it wakes up later: a resize, then a second timeline in the same element.
  await page.setViewportSize({ width: 700, height: 800 });
  await page.evaluate(() => { window.t.update({ lang: 'en' }); window.t2 = window.gl.mount(document.getElementById('here'), {}); });
  await page.locator('#here [data-mark]').first().waitFor();
  await page.evaluate(() => window.t2.destroy());
  assert.deepEqual(await listeners(), baseline);
  // Bad arguments are refused with a console error, never an exception.
  await page.evaluate(() => { window.gl.mount(null, {}); window.gl.mount(document.body, 'not options').destroy(); });
  assert.deepEqual(errors, []);
  await context.close();
});

test('embed.html reports its height to the parent (Pym.js and AMP) and only answers its parent', async () => {
  const { context, page, errors } = await host(`
    <iframe id="frame" src="embed.html?claims=data/claims.json&from=2022-06&childId=gl-1" width="900" height="200"></iframe>
    <iframe id="other" srcdoc="<p>another frame</p>" width="10" height="10"></iframe>`,
  { file: 'parent.html', head: `<script>
      window.heights = [];
      addEventListener('message', (ev) => {
        if (ev.source !== document.getElementById('frame').contentWindow) return;
        const d = ev.data;
        if (typeof d === 'string' && d.startsWith('pymxPYMxgl-1xPYMxheightxPYMx')) heights.push(['pym', Number(d.split('xPYMx')[3])]);
        else if (d && d.sentinel === 'amp' && d.type === 'embed-size') heights.push(['amp', d.height]);
      });
    </script>` });
  const frame = page.frameLocator('#frame');
  await frame.locator('[data-mark]').first().waitFor();
  await page.waitForFunction(() => heights.some(([k]) => k === 'pym') && heights.some(([k]) => k === 'amp'));
  const first = await page.evaluate(() => heights.at(-1)[1]);
  const inside = await page.frame({ url: /embed\.html/ }).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.equal(first, inside, 'the reported height is the page height');
  assert.ok(first > 300, `height ${first}`);

  // The table view is taller than the chart: new messages with the new height.
  await frame.locator('button[data-ctl=table]').click();
  await page.waitForFunction((h) => heights.at(-1)[1] !== h, first);
  const [kind, second] = await page.evaluate(() => heights.at(-1));
  assert.notEqual(second, first);
  assert.deepEqual((await page.evaluate(() => heights.slice(-2))).map(([, h]) => h), [second, second], `${kind}: both protocols tell`);

  // A width message from another frame is ignored; the same from the parent is answered.
  const count = await page.evaluate(() => heights.length);
  await page.evaluate(() => {
    const other = document.getElementById('other').contentWindow;
    other.eval("parent.frames[0].postMessage('pymxPYMxgl-1xPYMxwidthxPYMx900', '*')");
  });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => heights.length), count, 'no answer to a stranger');
  await page.evaluate(() => {
    document.getElementById('frame').contentWindow.postMessage('pymxPYMxgl-1xPYMxwidthxPYMx900', '*');
    document.getElementById('frame').contentWindow.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*');
  });
  await page.waitForFunction((n) => heights.length >= n + 3, count);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the real pym.js and @newswire/frames size the iframe to the timeline, without scrollbars', async () => {
  // The parents' own libraries (npm: pym.js 1.3.2, @newswire/frames 1.0.0), served to the page.
  const vendor = {
    'pym.js': await fs.readFile('node_modules/pym.js/dist/p.v1.m.js'),
    'frames.js': await fs.readFile('node_modules/@newswire/frames/dist/frames.umd.js'),
  };
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(`${env.server.url}/vendor/*`, (route) => route.fulfill({
    contentType: 'text/javascript', body: vendor[new URL(route.request().url()).pathname.split('/').pop()] }));
  await page.route(`${env.server.url}/parents.html`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>
    <html><head><meta charset="utf-8"><title>parents</title><link rel="icon" href="data:,"></head><body>
    <div id="pym-here"></div>
    <div id="frames-here" data-frame-src="embed.html?claims=data/claims.json&from=2023"></div>
    <script src="vendor/pym.js"></script><script src="vendor/frames.js"></script>
    <script>
      window.pymParent = new pym.Parent('pym-here', 'embed.html?claims=data/claims.json&from=2022-06', {});
      newswireFrames.autoInitFrames();
    </script></body></html>` }));
  await page.goto(`${env.server.url}/parents.html`);
  for (const sel of ['#pym-here iframe', '#frames-here iframe']) {
    const frame = page.frameLocator(sel);
    await frame.locator('[data-mark]').first().waitFor();
    // The library set the frame's height to the page inside it: no scrollbar.
    await page.waitForFunction((s) => {
      const f = document.querySelector(s);
      const inner = f.contentDocument.documentElement;
      return Number.parseInt(f.getAttribute('height'), 10) >= inner.scrollHeight && inner.scrollHeight > 300;
    }, sel);
  }
  // A taller timeline (the table view) grows the frame.
  const before = Number.parseInt(await page.locator('#pym-here iframe').getAttribute('height'), 10);
  await page.frameLocator('#pym-here iframe').locator('button[data-ctl=table]').click();
  await page.waitForFunction((h) => Number.parseInt(document.querySelector('#pym-here iframe').getAttribute('height'), 10) !== h, before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('works under a strict Content-Security-Policy', async () => {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
  const { context, page, errors, console } = await host(
    '<div data-gapline data-claims="data/claims.json" data-from="2022-06"></div>',
    { file: 'csp.html', headers: { 'content-security-policy': csp } });
  await page.locator('[data-mark]').first().waitFor();
  await page.locator('.gl-claim').first().waitFor();
  // Interaction under the policy: a card opens, the theme changes.
  await page.locator('[data-mark]').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('.gl-card, [role=dialog]').first().waitFor();
  await page.selectOption('select[data-ctl=theme]', 'dark');
  await page.waitForFunction(() => document.querySelector('.gapline.gl-dark'));
  const refused = console.filter((m) => /Content Security Policy|Refused to/i.test(m));
  assert.deepEqual(refused, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad data sources each give a message in the box: cross-origin without CORS, too large', async () => {
  // The same server under another name is another origin, and it sends no CORS headers.
  const foreign = env.server.url.replace('127.0.0.1', 'localhost');
  const { context, page, errors, console } = await host(`
    <div id="cors" data-gapline data-src="${foreign}/data/models.json"></div>
    <div id="huge" data-gapline data-src="data/huge.json"></div>
    <div id="claims" data-gapline data-claims="data/missing-claims.json" data-from="2024"></div>`);
  await page.route('**/data/huge.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: Buffer.alloc(50 * 1024 * 1024, 32) }));
  await page.reload();
  const text = async (sel) => { await page.locator(sel).waitFor(); return page.locator(sel).textContent(); };
  assert.match(await text('#cors .gl-error'), /does not let this page read the file.*Access-Control-Allow-Origin/);
  assert.match(await text('#huge .gl-error'), /over the limit of 16 MB/);
  // Claims that fail: the models are still drawn, with the reason.
  await page.locator('#claims [data-mark]').first().waitFor();
  assert.match(await text('#claims .gl-error'), /missing-claims\.json.*404/);
  assert.ok(console.some((m) => m.startsWith('error: gapline: cannot load')), 'logged');
  assert.deepEqual(errors, []);
  await context.close();
});

test("README's five-minute embed works as written, from a sub-path of a static host", async () => {
  // The page a newcomer writes: the README's snippet, in a plain HTML page beside a copy of dist/
  // at /gapline/, served by a plain static server.
  const readme = await fs.readFile('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### In five minutes'));
  const snippet = section.match(/```html\n([\s\S]*?)```/)[1];
  assert.match(snippet, /src="\/gapline\/gapline\.js"/);
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'gapline-subpath-'));
  // A copy, not a symlink: the demo server serves nothing that resolves outside its folder.
  await fs.cp(path.resolve('dist'), path.join(root, 'gapline'), { recursive: true });
  await fs.writeFile(path.join(root, 'article.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,"></head><body><p>Text.</p>${snippet}</body></html>`);
  const sub = await serve(root, 0);
  const page = await env.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.goto(`${sub.url}/article.html`);
    await page.locator('[data-mark]').first().waitFor();
    await page.locator('.gl-claim').first().waitFor();
    // The site's own pages from the sub-path too.
    for (const url of ['/gapline/', '/gapline/embed.html?from=2023', '/gapline/guide.html']) {
      await page.goto(`${sub.url}${url}`);
      await page.locator('[data-mark]').first().waitFor();
    }
    await page.goto(`${sub.url}/gapline/claims.html`);
    await page.locator('.gl-entry').first().waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await sub.close();
    await fs.rm(root, { recursive: true });
  }
});
