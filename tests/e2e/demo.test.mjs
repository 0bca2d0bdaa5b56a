// End-to-end: the built demo site (dist/) in Debian's Chromium, driven by playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const DIST = path.resolve('dist');
const SHOTS = path.resolve('e2e-out');
// Flags for a root user on a machine without network: no sandbox, no background calls home.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server, browser, builtin;
// The demo page opens on June 2022 onward (data-from="2022-06"): models released before are not drawn.
const inWindow = (m) => (m.region === 'US' || m.region === 'CN') && m.released >= '2022-06';

before(async () => {
  server = await serve(DIST, 0);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  builtin = JSON.parse(await fs.readFile(path.join(DIST, 'data/models.json'), 'utf8'));
  await fs.mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records console errors and uncaught exceptions. */
async function open(width, { route } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (route) await page.route('**/data/models.json', route);
  await page.goto(`${server.url}/`);
  return { page, errors };
}

/** The models drawn: ids of the marks drawn on their own, and how many models clusters stand for. */
function drawnModels(page) {
  return page.evaluate(() => ({
    ids: [...document.querySelectorAll('svg.gl-svg [data-model-id]')].map((e) => e.dataset.modelId).sort(),
    clustered: [...document.querySelectorAll('svg.gl-svg [data-cluster]')].reduce((n, e) => n + Number(e.dataset.cluster), 0),
  }));
}

/** Pairs of label boxes that intersect, as measured by the browser. */
function overlappingLabels(page) {
  return page.$$eval('[data-label]', (els) => {
    const boxes = els.map((e) => ({ id: e.dataset.label, r: e.getBoundingClientRect() }));
    const bad = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) bad.push([boxes[i].id, boxes[j].id]);
      }
    }
    return bad;
  });
}

for (const width of [1280, 375]) {
  test(`demo at ${width} px: both lanes, every US and CN model, no overlapping labels, no errors`, async () => {
    const { page, errors } = await open(width);
    await page.locator('[data-mark]').first().waitFor();
    assert.equal(await page.locator('[data-lane="US"] .gl-lane-name').textContent(), 'United States');
    assert.equal(await page.locator('[data-lane="CN"] .gl-lane-name').textContent(), 'China');

    // Every model in the window is drawn, on its own or counted in a cluster (models released
    // a few px apart, e.g. in the same month, are one counted mark until zoomed in).
    const expected = builtin.models.filter(inWindow).map((m) => m.id);
    const drawn = await drawnModels(page);
    assert.ok(drawn.ids.every((id) => expected.includes(id)), 'only models in the window');
    assert.equal(drawn.ids.length + drawn.clustered, expected.length);
    const others = builtin.models.filter((m) => m.region !== 'US' && m.region !== 'CN').length;
    assert.match(await page.locator('.gl-note').first().textContent(), new RegExp(`^${others} models? from .* not shown$`));

    // Month-precision releases are spans, day-precision ones points.
    const monthId = builtin.models.find((m) => inWindow(m) && /^\d{4}-\d{2}$/.test(m.released) && drawn.ids.includes(m.id)).id;
    assert.equal(await page.locator(`[data-model-id="${monthId}"] rect`).count(), 1);

    const labels = await page.locator('[data-label]').count();
    assert.ok(labels > 0, 'some labels are placed');
    assert.deepEqual(await overlappingLabels(page), []);
    // Labels stay inside the widget's box.
    const outside = await page.$$eval('[data-label]', (els) => {
      const box = document.querySelector('.gapline').getBoundingClientRect();
      return els.filter((e) => { const r = e.getBoundingClientRect(); return r.left < box.left || r.right > box.right; }).length;
    });
    assert.equal(outside, 0);
    await page.screenshot({ path: path.join(SHOTS, `demo-${width}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a mark without a label shows its name on hover, and the keyboard walks the marks', async () => {
  const { page, errors } = await open(375);
  await page.locator('[data-mark]').first().waitFor();
  // A model's own mark that no neighbour covers at its centre, one whose label did not fit if
  // there is one (at 375 px, close marks are mostly clusters, and few single marks lack a label).
  const hiddenId = await page.evaluate(() => {
    const labelled = new Set([...document.querySelectorAll('[data-label]')].map((e) => e.dataset.label));
    const uncovered = [...document.querySelectorAll('[data-model-id]')].filter((m) => {
      const r = m.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('[data-mark]') === m;
    });
    return (uncovered.find((m) => !labelled.has(m.dataset.modelId)) ?? uncovered[0])?.dataset.modelId;
  });
  const hidden = builtin.models.find((m) => m.id === hiddenId);
  assert.ok(hidden, 'a mark to hover');
  await page.locator(`[data-model-id="${hidden.id}"]`).hover();
  assert.match(await page.locator('.gl-tooltip text').textContent(), new RegExp(`^${hidden.name.replace(/[()+.]/g, '\\$&')}, `));

  // One tab stop into the timeline, then arrows move between marks.
  assert.equal(await page.locator('[data-mark][tabindex="0"]').count(), 1);
  await page.locator('[data-mark][tabindex="0"]').focus();
  const first = await page.evaluate(() => document.activeElement.dataset.mark);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.mark), String(Number(first) + 1));
  // On to a model's own mark (a cluster zooms instead of opening a card).
  while (!(await page.evaluate(() => document.activeElement.dataset.modelId))) await page.keyboard.press('ArrowRight');
  const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.equal(await page.locator('.gl-tooltip text').textContent(), focused);
  // The focused mark is announced to screen readers (a polite live region), name, lab and date.
  assert.equal(await page.locator('.gl-sr[aria-live="polite"]').textContent(), focused);
  // Enter opens the focused model's card, with a safe source link; Escape closes it.
  await page.keyboard.press('Enter');
  const card = page.locator('.gl-card[role="dialog"]');
  await card.waitFor();
  assert.ok(focused.startsWith(`${await card.getAttribute('aria-label')}, `), focused);
  const link = card.locator('a');
  assert.match(await link.getAttribute('href'), /^https?:\/\//);
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await card.textContent(), /Released /);
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.mark), String(await page.locator('[data-mark]').count() - 1));
  assert.deepEqual(errors, []);
  await page.close();
});

const failures = [
  ['missing file', (r) => r.fulfill({ status: 404, body: 'not found' }), /the server answered 404/],
  ['unreachable server', (r) => r.abort('connectionrefused'), /could not be reached/],
  ['malformed JSON', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"models": [' }), /not valid JSON/],
  ['not a dataset', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"models": 7}' }), /not a gapline dataset/],
];
for (const [label, route, reason] of failures) {
  test(`bad data (${label}) is explained inside the widget and logged, the page keeps working`, async () => {
    const { page, errors } = await open(800, { route });
    const message = page.locator('.gapline .gl-error');
    await message.waitFor();
    const text = await message.textContent();
    assert.match(text, /Could not load the timeline data from http:\/\/127\.0\.0\.1:\d+\/data\/models\.json/);
    assert.match(text, reason);
    assert.equal(await page.locator('[data-mark]').count(), 0);
    assert.ok(errors.some((e) => e.includes('gapline: cannot load')), `logged: ${errors}`);
    assert.ok(errors.every((e) => !e.startsWith('pageerror')), `no uncaught exception: ${errors}`);
    assert.equal(await page.locator('h1').count(), 1, 'the host page is intact');
    await page.close();
  });
}

test('bad records are listed and left out; every valid one is still drawn', async () => {
  const models = builtin.models.filter(inWindow);
  const broken = { ...models[0], id: 'broken', name: '<img src=x onerror=alert(1)>', released: '2023-02-30', source_url: 'javascript:alert(1)' };
  const injected = { ...models[1], id: 'injected', name: '<script>window.__pwned = 1</script>' };
  const body = JSON.stringify({ ...builtin, models: [...models, broken, injected] });
  const { page } = await open(1280, { route: (r) => r.fulfill({ status: 200, contentType: 'application/json', body }) });
  await page.locator('[data-mark]').first().waitFor();
  const drawn = await drawnModels(page);
  assert.equal(drawn.ids.length + drawn.clustered, models.length + 1);
  // Released on the same day as another model, the injected one is in a cluster: a click on it
  // zooms in until each model of that day is a mark of its own.
  const day = injected.released.slice(0, 10);
  const cluster = await page.$$eval('[data-window]', (els, d) => els.find((e) => {
    const [a, b] = e.dataset.window.split('/');
    return a <= d && d <= b;
  })?.dataset.mark, day);
  if (cluster !== undefined) await page.locator(`[data-mark="${cluster}"]`).dispatchEvent('click');
  const problems = page.locator('.gl-problems');
  assert.equal(await problems.locator('summary').textContent(), '1 record left out of the chart (2 problems):');
  assert.match(await problems.locator('li').first().textContent(), /^`\/models\/\d+\/released`: `2023-02-30` is not a real calendar date/);
  // A name is text: the markup in it is shown, never run.
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const label = await page.locator('[data-model-id="injected"]').getAttribute('aria-label');
  assert.ok(label.startsWith(`${injected.name}, `), label);
  await page.close();
});

test('a CSV export is read too: valid rows drawn, bad ones counted and located', async () => {
  const csv = '\ufeffModel;Country;Release date;Link\r\n'
    + 'GPT-4;United States of America;14 Mar 2023;https://a.example\r\n'
    + '"Qwen; 7B";中国;2023年8月;https://b.example\r\n'
    + 'Broken;Atlantis;2023-02-30;javascript:alert(1)\r\n';
  const { page, errors } = await open(1280, { route: (r) => r.fulfill({ status: 200, contentType: 'text/csv', body: csv }) });
  await page.locator('[data-mark]').first().waitFor();
  assert.deepEqual(await page.$$eval('[data-model-id]', (els) => els.map((e) => e.dataset.modelId)), ['gpt-4', 'qwen-7b']);
  assert.equal(await page.locator('[data-model-id="qwen-7b"]').getAttribute('aria-label'), 'Qwen; 7B, August 2023');
  assert.equal(await page.locator('.gl-problems summary').textContent(), '1 record left out of the chart (3 problems):');
  const items = await page.locator('.gl-problems li').allTextContents();
  assert.equal(items[0], 'row 4, column `Country`: `Atlantis` is not a region: use a two-letter ISO 3166 code such as US or CN, or a country name');
  assert.equal(errors.filter((e) => e.startsWith('pageerror')).length, 0);
  await page.close();
});

test('the demo draws Zhou Hongyi\'s claims from data-claims: brackets, verdicts, readings parsed in the browser', async () => {
  const { page, errors } = await open(1280);
  const claims = page.locator('svg .gl-claim');
  await claims.first().waitFor();
  assert.equal(await claims.count(), 2);
  const feb = page.locator('svg .gl-claim[data-claim-id="zhou-hongyi-2024-02-16-weibo-1.5yr"]');
  assert.match(await feb.locator('.gl-claim-label').textContent(), /behind GPT-4 by 1\.5 years/);
  // The verdict names the benchmark and the Chinese model that first matched GPT-4's score.
  assert.match(await feb.locator('.gl-verdict').textContent(), /GPQA diamond score .* with Qwen1\.5-32B \(April 2024\)/);
  // The bracket: from GPT-4's release (left) to the projected parity (right), with the date said between.
  const box = async (sel) => (await feb.locator(sel).first().boundingBox());
  const [bracket, said, band] = [await box('.gl-bracket'), await box('.gl-said'), await box('.gl-band')];
  assert.ok(bracket.x < said.x && said.x < band.x, `${bracket.x} < ${said.x} < ${band.x}`);
  // Observed-lag connectors for the benchmark, and the claim list under the chart.
  assert.ok(await page.locator('svg .gl-connector').count() > 3);
  assert.match(await page.locator('.gl-claims li').nth(1).textContent(), /behind GPT-4 by 1\.5 years/);
  await page.screenshot({ path: path.join(SHOTS, 'demo-claims-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a cluster says how many models and when; a click or Enter zooms to them, drawn apart', async () => {
  const { page, errors } = await open(375);
  await page.locator('[data-mark]').first().waitFor();
  const cluster = page.locator('svg.gl-svg [data-cluster]').first();
  const count = Number(await cluster.getAttribute('data-cluster'));
  const label = await cluster.getAttribute('aria-label');
  assert.match(label, new RegExp(`^${count} models, `));
  assert.equal(await cluster.getAttribute('role'), 'button');
  // Its window is an ISO interval of days, and its models are released inside it.
  const [first, last] = (await cluster.getAttribute('data-window')).split('/');
  const inside = builtin.models.filter((m) => inWindow(m) && m.released.slice(0, 10) <= last && `${m.released}-01-01`.slice(0, 10) >= first.slice(0, 7));
  assert.ok(inside.length >= count, `${inside.length} models between ${first} and ${last}`);
  await cluster.hover();
  assert.equal(await page.locator('.gl-tooltip text').textContent(), label);

  // A click zooms to its dates: the window changes and its models are drawn apart.
  const before = await tickSpan(page);
  await cluster.click();
  await page.waitForFunction((t) => JSON.stringify([...document.querySelectorAll('svg.gl-svg .gl-tick-label')].map((e) => e.textContent)) !== t, JSON.stringify(before));
  const zoomed = await drawnModels(page);
  assert.ok(zoomed.ids.length >= 2, `models drawn apart: ${zoomed.ids}`);
  assert.equal(await page.locator('.gl-card').count(), 0, 'no card for a cluster');

  // Enter on a focused cluster zooms too, and the focus stays in the timeline.
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.waitForFunction((t) => JSON.stringify([...document.querySelectorAll('svg.gl-svg .gl-tick-label')].map((e) => e.textContent)) === t, JSON.stringify(before));
  await page.locator('[data-mark][tabindex="0"]').focus();
  while (!(await page.evaluate(() => document.activeElement.dataset.cluster))) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => JSON.stringify([...document.querySelectorAll('svg.gl-svg .gl-tick-label')].map((e) => e.textContent)) !== t, JSON.stringify(before));
  await page.waitForFunction(() => document.activeElement?.matches('[data-mark][tabindex="0"]'));
  assert.deepEqual(errors, []);
  await page.close();
});

/** First and last tick labels' dates are hard to read; the window is read from the tick positions instead. */
async function tickSpan(page) {
  return page.$$eval('svg.gl-svg .gl-tick-label', (els) => els.map((e) => e.textContent));
}

test('zoom: buttons and Ctrl+wheel zoom, a plain wheel scrolls the page and shows the hint, drag pans, reset restores', async () => {
  const { page, errors } = await open(1280);
  await page.locator('[data-mark]').first().waitFor();
  const marks = async () => page.locator('svg.gl-svg [data-mark]').count();
  const before = { marks: await marks(), ticks: await tickSpan(page) };

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('svg.gl-svg [data-mark]').length < n, before.marks);
  assert.notDeepEqual(await tickSpan(page), before.ticks);

  await page.getByRole('button', { name: 'Reset' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('svg.gl-svg [data-mark]').length === n, before.marks);

  // A plain wheel over the chart before clicking into it scrolls the page and shows the hint.
  const stage = page.locator('.gl-stage');
  const box = await stage.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((y) => window.scrollY > y, scrolled);
  assert.equal(await marks(), before.marks, 'no zoom from a plain wheel');
  assert.match(await page.locator('.gl-hint').textContent(), /Ctrl \+ scroll to zoom/);

  // Ctrl + wheel zooms around the pointer, without scrolling the page.
  const box2 = await stage.boundingBox();
  await page.mouse.move(box2.x + box2.width * 0.8, box2.y + 100);
  const y0 = await page.evaluate(() => window.scrollY);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await page.waitForFunction((n) => document.querySelectorAll('svg.gl-svg [data-mark]').length < n, before.marks);
  assert.equal(await page.evaluate(() => window.scrollY), y0);

  // Dragging pans: the first tick label changes.
  const ticks = await tickSpan(page);
  await page.mouse.move(box2.x + box2.width * 0.6, box2.y + 150);
  await page.mouse.down();
  await page.mouse.move(box2.x + box2.width * 0.2, box2.y + 150, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction((t) => JSON.stringify([...document.querySelectorAll('svg.gl-svg .gl-tick-label')].map((e) => e.textContent)) !== t, JSON.stringify(ticks));
  await page.screenshot({ path: path.join(SHOTS, 'demo-zoomed-1280.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
