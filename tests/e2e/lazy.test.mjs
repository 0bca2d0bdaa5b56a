// End-to-end: the readers' bundle (dist/gapline.js, no author's tools) and the authoring build it
// loads on demand (dist/site/gapline.js): a page that only reads never downloads the authoring
// part; a claim with no stored reading, a spreadsheet data-src, an Export click and a mount()
// timeline each load it and work; a failed download is a message in the box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { start } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const CLAIMS = JSON.stringify({ claims: [{
  id: 'text-only', speaker: 'A. Speaker', said_on: '2024-05', source_url: 'https://example.org/said',
  text: 'Chinese models are about a year behind GPT-4',
}] });

const SHEET = 'Model;Country;Release date;Link\r\n'
  + 'GPT-4;United States of America;14 Mar 2023;https://a.example\r\n'
  + '"Qwen; 7B";中国;2023年8月;https://b.example\r\n';

/** A host page with `body`; `routes` maps a path to [content type, body]; `block` fails the
 * authoring build's wasm. Returns the page, its errors and the site/ files it requested. */
async function host(body, { routes = {}, block = false, script = '' } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  const authoring = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/site/')) authoring.push(new URL(r.url()).pathname); });
  for (const [file, [type, text]] of Object.entries(routes)) {
    await page.route(`${env.server.url}/${file}`, (route) => route.fulfill({ status: 200, contentType: type, body: text }));
  }
  if (block) await page.route(`${env.server.url}/site/gapline_bg.wasm`, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
    <link rel="stylesheet" href="gapline.css"><script type="module" src="gapline.js"></script>${script}</head><body>${body}</body></html>`;
  await page.route(`${env.server.url}/host.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${env.server.url}/host.html`);
  return { context, page, errors, authoring };
}

test('a timeline of stored readings draws without downloading the authoring build', async () => {
  const { context, page, errors, authoring } = await host('<div data-gapline data-claims="data/claims.json"></div>');
  await page.locator('svg .gl-claim').first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(authoring, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a claim given only as text loads the authoring build, which reads and draws it', async () => {
  const { context, page, errors, authoring } = await host('<div data-gapline data-claims="said.json"></div>',
    { routes: { 'said.json': ['application/json', CLAIMS] } });
  const row = page.locator('svg .gl-claim[data-claim-id="text-only"]');
  await row.waitFor();
  assert.match((await row.locator('.gl-claim-label').allTextContents()).join(' '), /behind GPT-4 by (about )?1 year/);
  assert.ok(authoring.includes('/site/gapline.js') && authoring.includes('/site/gapline_bg.wasm'), authoring.join());
  assert.deepEqual(errors, []);
  await context.close();
});

test('a spreadsheet data-src loads the authoring build, which reads its rows', async () => {
  const { context, page, errors } = await host('<div data-gapline data-src="sheet.csv"></div>',
    { routes: { 'sheet.csv': ['text/csv', SHEET] } });
  await page.locator('[data-model-id]').first().waitFor();
  assert.deepEqual(await page.$$eval('[data-model-id]', (els) => els.map((e) => e.dataset.modelId)), ['gpt-4', 'qwen-7b']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Export from the readers\' bundle: SVG, PNG and CSV of the view as the reader set it', async () => {
  const { context, page, errors, authoring } = await host('<div data-gapline data-claims="data/claims.json" data-from="2023" data-to="2024-06"></div>');
  await page.locator('svg .gl-claim').first().waitFor();
  assert.deepEqual(authoring, [], 'nothing loaded before the click');
  // The reader's own choice is in the file: the Chinese interface.
  await page.click('button[data-ctl=lang]');
  await page.waitForFunction(() => document.querySelector('.gapline')?.getAttribute('lang')?.startsWith('zh'));
  const take = async (kind) => {
    await page.locator('.gl-export summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-ctl=export][value=${kind}]`)]);
    return { name: download.suggestedFilename(), bytes: await fs.readFile(await download.path()) };
  };
  const svg = await take('svg');
  assert.match(svg.name, /-2023-01-01-to-2024-06-30\.svg$/);
  const text = svg.bytes.toString('utf8');
  assert.ok(text.startsWith('<svg') || text.startsWith('<?xml'), text.slice(0, 40));
  assert.match(text, /美国/);
  const png = await take('png');
  assert.equal(png.bytes.subarray(1, 4).toString(), 'PNG');
  const csv = await take('csv');
  assert.match(csv.name, /\.csv$/);
  assert.match(csv.bytes.toString('utf8'), /\nkind,id,name/);
  assert.ok(authoring.includes('/site/gapline_bg.wasm'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a mount() timeline with a text-only claim is handed over, and its handle still updates it', async () => {
  const script = `<script type="module">
    import { mount } from './gapline.js';
    window.timeline = mount(document.getElementById('t'), { claims: 'said.json' });
  </script>`;
  const { context, page, errors } = await host('<div id="t"></div>', { routes: { 'said.json': ['application/json', CLAIMS] }, script });
  await page.locator('svg .gl-claim[data-claim-id="text-only"]').waitFor();
  await page.evaluate(() => window.timeline.update({ lang: 'zh' }));
  await page.waitForFunction(() => document.querySelector('#t [lang]')?.getAttribute('lang')?.startsWith('zh'));
  await page.evaluate(() => window.timeline.destroy());
  await page.waitForFunction(() => !document.querySelector('#t svg'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the authoring build cannot be downloaded the box says so, and other timelines draw', async () => {
  const { context, page, errors } = await host(
    '<div id="a" data-gapline data-claims="said.json"></div><div id="b" data-gapline data-claims="data/claims.json"></div>',
    { routes: { 'said.json': ['application/json', CLAIMS] }, block: true });
  const message = page.locator('#a .gl-error');
  await message.waitFor();
  assert.match(await message.textContent(), /authoring build, which could not be loaded: .*404.*site\/ folder is served beside gapline\.js/);
  assert.equal(await page.locator('#a [role=alert]').count(), 1);
  await page.locator('#b svg .gl-claim').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
