// End-to-end: one timeline's failure does not take the others down. Each [data-gapline]
// element runs in a wasm instance of its own; the failures here are planted through the DOM
// the widget calls (a DOM call that throws makes the Rust side panic, and the bundle aborts on
// panic: a real trap), while mounting and later, in an event handler.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const STOPPED = /This timeline stopped because of an error\. Reloading the page may help\./;

/** A host page with three timelines (b in Chinese); `plant` runs before the module loads. */
async function host(plant) {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>three timelines</title>
    <link rel="stylesheet" href="gapline.css"><script>${plant}</script>
    <script type="module" src="gapline.js"></script></head><body>
    <div id="a" data-gapline data-height="300"></div>
    <div id="b" data-gapline data-height="300" data-lang="zh"></div>
    <div id="c" data-gapline data-height="300"></div></body></html>`;
  await page.route(`${env.server.url}/three.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${env.server.url}/three.html`);
  return { context, page, errors };
}

/** Whether the timeline in `#id` still zooms: the Zoom in button changes its tick labels. */
async function zooms(page, id) {
  const ticks = () => page.$$eval(`#${id} svg.gl-svg .gl-tick-label`, (els) => els.map((e) => e.textContent).join('|'));
  const before = await ticks();
  await page.locator(`#${id}`).getByRole('button', { name: /zoom in|放大/i }).first().click();
  await page.waitForFunction(([sel, was]) => [...document.querySelectorAll(`${sel} svg.gl-svg .gl-tick-label`)]
    .map((e) => e.textContent).join('|') !== was, [`#${id}`, before]);
  return true;
}

test('a timeline that fails while it mounts shows why; the others draw and work', async () => {
  // While #b's instance mounts (from its own mark on #b, set a second time by the Rust side,
  // until the mount returns), the first element created throws: the widget unwraps it, a panic.
  const plant = `let armed = false;
    const set = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name, value) {
      if (this.id === 'b' && name === 'data-gapline-mounted' && this.hasAttribute(name)) {
        armed = true;
        queueMicrotask(() => { armed = false; });
      }
      return set.call(this, name, value);
    };
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (...args) {
      if (armed) {
        armed = false;
        throw new Error('planted failure');
      }
      return create.apply(this, args);
    };`;
  const { context, page, errors } = await host(plant);
  await page.locator('#a [data-mark]').first().waitFor();
  await page.locator('#c [data-mark]').first().waitFor();
  await page.locator('#b .gl-error').waitFor();
  assert.match(await page.locator('#b .gl-error').textContent(), /此时间线因出错而停止/);
  assert.equal(await page.locator('#b .gl-error').getAttribute('role'), 'alert');
  assert.equal(await page.locator('#b [data-mark]').count(), 0);
  assert.ok(await zooms(page, 'a'));
  assert.ok(await zooms(page, 'c'));
  assert.equal(await page.locator('#a .gl-error, #c .gl-error').count(), 0);
  // The failure was contained: it never reached the page as an uncaught error.
  assert.deepEqual(errors, []);
  await context.close();
});

test('a timeline that traps later, in an event handler, is stopped; the others keep working', async () => {
  const { context, page, errors } = await host('');
  for (const id of ['a', 'b', 'c']) await page.locator(`#${id} [data-mark]`).first().waitFor();
  // From now on, drawing into #c throws (the chart is written as markup): its next redraw
  // fails inside the wasm.
  await page.evaluate(() => {
    const real = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
    Object.defineProperty(Element.prototype, 'innerHTML', {
      ...real,
      set(value) {
        if (window.__planted && document.getElementById('c').contains(this)) throw new Error('planted failure');
        real.set.call(this, value);
      },
    });
    window.__planted = true;
  });
  await page.locator('#c').getByRole('button', { name: /zoom in/i }).first().click();
  await page.locator('#c .gl-error').waitFor();
  assert.match(await page.locator('#c .gl-error').textContent(), STOPPED);
  assert.ok(errors.length >= 1, 'the trap itself is an uncaught error of the page');
  await page.evaluate(() => { window.__planted = false; });
  assert.ok(await zooms(page, 'a'));
  assert.ok(await zooms(page, 'b'));
  assert.equal(await page.locator('#a .gl-error, #b .gl-error').count(), 0);
  await context.close();
});

test('timelines added later each start in their own instance', async () => {
  const { context, page, errors } = await host('');
  await page.locator('#a [data-mark]').first().waitFor();
  await page.evaluate(() => {
    const d = document.createElement('div');
    d.id = 'd';
    d.setAttribute('data-gapline', '');
    d.setAttribute('data-height', '300');
    document.body.append(d);
  });
  await page.locator('#d [data-mark]').first().waitFor();
  assert.ok(await zooms(page, 'd'));
  // One module record per element: gapline.js#gl1… (and the copy the page imported).
  const copies = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.includes('gapline_bg.wasm')).length);
  assert.equal(copies, 1, 'the wasm is fetched and compiled once, instantiated per timeline');
  assert.deepEqual(errors, []);
  await context.close();
});
