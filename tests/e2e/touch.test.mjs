// Touch on the timeline, with touches sent through the DevTools protocol as a touch screen
// sends them: two fingers pan and zoom the time window, one finger scrolls the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { start, openDemo, tickLabels, SHOTS } from './browser.mjs';

let env, released;
before(async () => {
  env = await start();
  const { models } = JSON.parse(await fs.readFile(path.resolve('dist/data/models.json'), 'utf8'));
  // Days since 1970 of each model released on a known day (drawn as a point at that day).
  released = new Map(models.filter((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.released)).map((m) => [m.id, Date.parse(m.released) / 864e5]));
});
after(async () => { await env?.close(); });

/** Sends one touch event; `points` are [x, y] pairs, one per finger still down. */
function touch(cdp, type, points) {
  return cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
}

/** Moves fingers from `from` to `to` (lists of [x, y]) in `steps` moves, then lifts them. */
async function gesture(cdp, from, to, steps = 10) {
  await touch(cdp, 'touchStart', from);
  for (let i = 1; i <= steps; i++) {
    await touch(cdp, 'touchMove', from.map(([x, y], f) => [x + (to[f][0] - x) * i / steps, y + (to[f][1] - y) * i / steps]));
  }
  await touch(cdp, 'touchEnd', []);
}

/** Where each drawn point mark's centre is, in px from the page's left, by model id. */
async function pointX(page) {
  const xs = await page.$$eval('svg.gl-svg [data-model-id]', (els) => els
    .filter((e) => e.querySelector('circle'))
    .map((e) => { const r = e.getBoundingClientRect(); return [e.dataset.modelId, r.x + r.width / 2]; }));
  return new Map(xs.filter(([id]) => released.has(id)));
}

/** The time scale drawn, px per day, from the two point marks furthest apart. */
async function pxPerDay(page) {
  const xs = [...(await pointX(page))].sort((a, b) => a[1] - b[1]);
  const [[a, xa], [b, xb]] = [xs[0], xs[xs.length - 1]];
  return (xb - xa) / (released.get(b) - released.get(a));
}

const pageState = (page) => page.evaluate(() => ({
  scrollY: window.scrollY,
  scale: window.visualViewport.scale,
  marks: document.querySelectorAll('svg.gl-svg [data-mark]').length,
}));

// As shipped, and with the stage's `touch-action` undone, so that the touch listener alone must
// keep the page still (the CSS guards the case where a move can no longer be cancelled).
for (const [label, css] of [['as shipped', null], ['touch-action: auto', '.gapline .gl-stage { touch-action: auto !important; }']]) {
  test(`touch (${label}): two fingers zoom and pan the window and the page stays still; one finger scrolls the page`, async () => {
    const { context, page, errors } = await openDemo(env, { viewport: { width: 800, height: 600 }, hasTouch: true });
    if (css) await page.addStyleTag({ content: css });
    const cdp = await context.newCDPSession(page);
    // The chart near the top of the screen, as a reader scrolls to it (the page's text above
    // it is taller than a phone's screen).
    await page.evaluate(() => window.scrollBy(0, document.querySelector('.gl-stage').getBoundingClientRect().top - 40));
    const box = await page.locator('.gl-stage').boundingBox();
    const [cx, y] = [box.x + box.width / 2, Math.min(box.y + 120, 560)];
    const before = { ...(await pageState(page)), ticks: await tickLabels(page), scale: await pxPerDay(page) };
    assert.ok(y > box.y && y < box.y + box.height, 'the fingers land on the chart');

    // Pinch out (fingers 100 px apart, then 400) while their midpoint moves 100 px up.
    await gesture(cdp, [[cx - 50, y], [cx + 50, y]], [[cx - 200, y - 100], [cx + 200, y - 100]]);
    await page.waitForFunction((n) => document.querySelectorAll('svg.gl-svg [data-mark]').length < n, before.marks);
    const zoomed = { ...(await pageState(page)), ticks: await tickLabels(page) };
    assert.notDeepEqual(zoomed.ticks, before.ticks);
    // Every move is followed (not only the first): four times as far apart, four times as close.
    const ratio = (await pxPerDay(page)) / before.scale;
    assert.ok(ratio > 3.6 && ratio < 4.4, `zoomed ×${ratio.toFixed(2)}, not ×4`);
    assert.equal(zoomed.scrollY, before.scrollY, 'the page did not scroll');
    assert.equal(zoomed.scale, 1, 'the page did not zoom');

    // Two fingers moved 150 px right together, the same distance apart: the chart follows them.
    const xs = await pointX(page);
    await gesture(cdp, [[cx - 100, y], [cx + 100, y]], [[cx + 50, y], [cx + 250, y]]);
    await page.waitForFunction((t) => JSON.stringify([...document.querySelectorAll('svg.gl-svg .gl-tick-label')].map((e) => e.textContent)) !== t, JSON.stringify(zoomed.ticks));
    const panned = { ...(await pageState(page)), ticks: await tickLabels(page) };
    const moved = [...(await pointX(page))].filter(([id]) => xs.has(id)).map(([id, x]) => x - xs.get(id));
    assert.ok(moved.length > 0 && moved.every((dx) => Math.abs(dx - 150) < 2), `marks moved by ${moved}`);
    assert.equal(panned.scrollY, before.scrollY, 'the page did not scroll');
    await page.screenshot({ path: path.join(SHOTS, `touch-pinched${css ? '-no-touch-action' : ''}.png`) });

    // One finger up the chart: the page scrolls and the window stays.
    await gesture(cdp, [[cx, y]], [[cx, y - 200]]);
    await page.waitForFunction((s) => window.scrollY > s, before.scrollY);
    assert.deepEqual(await tickLabels(page), panned.ticks);
    assert.equal((await pageState(page)).marks, panned.marks);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
