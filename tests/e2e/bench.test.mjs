// End-to-end: dist/bench.html, the page of the timeline benchmark (docs/bench/timeline.md), on
// its own data set: it stamps window.__rendered, a plain wheel zooms and a drag pans.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server, browser;
before(async () => {
  server = await serve(path.resolve('dist'), 0);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('bench.html?n=1000: drawn and stamped, every model in the window counted, the wheel zooms and a drag pans', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${server.url}/bench.html?n=1000`);
  await page.waitForFunction(() => typeof window.__rendered === 'number', null, { timeout: 30000 });
  const B = () => page.evaluate(() => ({ count: window.__bench.itemCount(), expected: window.__bench.expected, view: window.__bench.viewState() }));
  const start = await B();
  // July 2021 – June 2023 of 1,000 models over nine years, and the two gaps said in it.
  assert.ok(start.expected > 150 && start.expected < 300, `${start.expected}`);
  assert.equal(start.count, start.expected);
  assert.equal(await page.locator('svg.gl-svg .gl-claim').count(), 2);

  // A plain wheel over the chart zooms at once (data-wheel-zoom), around the pointer.
  const box = await page.locator('.gl-stage').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await page.waitForFunction((v) => window.__bench.viewState() !== v, start.view);
  const zoomed = await B();
  assert.ok(zoomed.count < start.count, `fewer models in a narrower window: ${zoomed.count} < ${start.count}`);
  assert.equal(await page.locator('.gl-hint').textContent(), '', 'no "click first" hint');

  // A drag pans.
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 10 });
  await page.mouse.up();
  await page.waitForFunction((v) => window.__bench.viewState() !== v, zoomed.view);
  assert.deepEqual(errors, []);
  await page.close();
});

test('bench.html?via=src: the same data as a data file (a Blob URL in data-src) draws the same count', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const counts = {};
  for (const via of ['', '&via=src']) {
    await page.goto(`${server.url}/bench.html?n=1000${via}`);
    await page.waitForFunction(() => typeof window.__rendered === 'number', null, { timeout: 30000 });
    counts[via || 'mount'] = await page.evaluate(() => ({
      count: window.__bench.itemCount(),
      expected: window.__bench.expected,
      src: document.querySelector('#timeline [data-src]')?.getAttribute('data-src')?.slice(0, 5) ?? null,
    }));
  }
  assert.equal(counts.mount.src, null, 'mount() is given objects, no data-src');
  assert.equal(counts['&via=src'].src, 'blob:');
  assert.equal(counts.mount.count, counts.mount.expected);
  assert.deepEqual(counts['&via=src'].count, counts.mount.count);
  assert.deepEqual(errors, []);
  await page.close();
});
