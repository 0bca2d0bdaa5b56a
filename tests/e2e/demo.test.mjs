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
// The models view draws model releases; chips (modality `chips`) are the chips view's.
const inWindow = (m) => (m.region === 'US' || m.region === 'CN') && m.released >= '2022-06' && m.modality !== 'chips';

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
async function open(width, { route, authoring } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (route) await page.route('**/data/models.json', route);
  // The authoring build (site/gapline.js, with the spreadsheet reader) in place of the readers'.
  if (authoring) {
    await page.route(/\/gapline(_bg\.wasm|\.js)(\?.*)?$/, (r) => {
      const file = new URL(r.request().url()).pathname.endsWith('.wasm') ? 'gapline_bg.wasm' : 'gapline.js';
      return r.fulfill({ path: `dist/site/${file}`, contentType: file.endsWith('.js') ? 'text/javascript' : 'application/wasm' });
    });
  }
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
    assert.equal(await page.locator(`[data-model-id="${monthId}"] rect:not(.gl-hit)`).count(), 1);

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
      m.scrollIntoView({ block: 'center' });
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
  // End goes to the last mark of the lane (the first lane: the tab stop is its first mark).
  await page.keyboard.press('End');
  const lastOfLane = await page.locator('.gl-mark.gl-lane-0').last().getAttribute('data-mark');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.mark), lastOfLane);
  assert.deepEqual(errors, []);
  await page.close();
});

const failures = [
  ['missing file', (r) => r.fulfill({ status: 404, body: 'not found' }), /the server answered 404/],
  ['unreachable server', (r) => r.abort('connectionrefused'), /could not be reached/],
  ['malformed JSON', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"models": [' }), /not valid JSON/],
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

test('a document whose models are not a list says where, and draws what else it has', async () => {
  const body = JSON.stringify({ models: 7, claims: 'none' });
  const { page, errors } = await open(800, { route: (r) => r.fulfill({ status: 200, contentType: 'application/json', body }) });
  // The list is folded under its summary: read, not seen.
  await page.locator('.gapline .gl-problems summary').first().waitFor();
  const listed = await page.$$eval('.gapline .gl-problems li', (els) => els.map((e) => e.textContent));
  assert.ok(listed.some((p) => p.includes('`/models`') && p.includes('`models` is a number, expected a list')), listed.join('\n'));
  assert.ok(listed.some((p) => p.includes('`/claims`') && p.includes('expected a list')), listed.join('\n'));
  assert.equal(await page.locator('[data-mark][data-model-id]').count(), 0);
  assert.ok(errors.every((e) => !e.startsWith('pageerror')), `no uncaught exception: ${errors}`);
  await page.close();
});

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

const SHEET = '\ufeffModel;Country;Release date;Link\r\n'
  + 'GPT-4;United States of America;14 Mar 2023;https://a.example\r\n'
  + '"Qwen; 7B";中国;2023年8月;https://b.example\r\n'
  + 'Broken;Atlantis;2023-02-30;javascript:alert(1)\r\n';

test('the authoring build reads a CSV export: valid rows drawn, bad ones counted and located', async () => {
  const csv = SHEET;
  const { page, errors } = await open(1280, { authoring: true, route: (r) => r.fulfill({ status: 200, contentType: 'text/csv', body: csv }) });
  await page.locator('[data-model-id]').first().waitFor();
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
  // Zhou's February 2024 sentence makes two comparisons: a row each.
  assert.equal(await claims.count(), 3);
  const rows = page.locator('svg .gl-claim[data-claim-id="zhou-hongyi-2024-02-16-weibo-1.5yr"]');
  assert.equal(await rows.count(), 2);
  const feb = rows.first();
  const text = async (row, sel) => (await row.locator(sel).allTextContents()).join(' ');
  assert.match(await text(feb, '.gl-claim-label'), /behind GPT-4 by 1\.5 years/);
  assert.match(await text(rows.nth(1), '.gl-claim-label'), /close to GPT-3\.5/);
  assert.equal(await rows.nth(1).locator('.gl-reference').count(), 1, 'a ring at GPT-3.5, no bracket');
  assert.equal(await rows.nth(1).locator('.gl-band').count(), 0);
  // The verdict names the benchmark and both scores: the Chinese model's and GPT-4's.
  assert.match(await text(feb, '.gl-verdict'), /\(\d+(\.\d)? %\) matched GPT-4 \(\d+(\.\d)? %\) on \w/);
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

  // Enter on a focused cluster zooms too, and the focus stays in the timeline. (At this width
  // the controls are in the Options menu.)
  const options = page.locator('button[data-ctl="options"]');
  if (await options.isVisible()) await options.click();
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

test('the keyboard crosses lanes into the claim rows, opens a claim card, and keeps its place when it zooms', async () => {
  const { page, errors } = await open(1280);
  await page.locator('.gl-claim').first().waitFor();
  const active = () => page.evaluate(() => {
    const e = document.activeElement;
    return { mark: e.dataset.mark, model: e.dataset.modelId, claim: e.dataset.claimId, lane: [...e.classList].find((c) => c.startsWith('gl-lane-')) };
  });
  await page.locator('[data-mark][tabindex="0"]').focus();
  assert.equal((await active()).lane, 'gl-lane-0');
  // Down: to the China lane, at the mark nearest in time.
  await page.keyboard.press('ArrowDown');
  const down = await active();
  assert.equal(down.lane, 'gl-lane-1', 'ArrowDown moves to the next lane');
  // Down again from the last lane: the events track (the event nearest in time), then the
  // first claim row.
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.evaluate(() => document.activeElement.dataset.eventId), 'an event has the focus');
  await page.keyboard.press('ArrowDown');
  const claim = await active();
  assert.ok(claim.claim, `a claim row has the focus: ${JSON.stringify(claim)}`);
  assert.equal(await page.locator('.gl-sr[aria-live="polite"]').textContent(),
    await page.locator(`.gl-claim[data-claim-id="${claim.claim}"]`).getAttribute('aria-label'));
  // Enter opens the claim's card: the quote with the stated gap highlighted, the reading, the verdict, a safe link.
  await page.keyboard.press('Enter');
  const card = page.locator('.gl-card[role="dialog"]');
  await card.waitFor();
  assert.equal(await card.getAttribute('aria-label'), 'Zhou Hongyi');
  assert.ok((await card.locator('mark').count()) <= 1);
  assert.match(await card.textContent(), /Read as: behind GPT-4 by/);
  // Said in Chinese: the card shows the original under the quote.
  assert.match(await card.textContent(), /Chinese original: 中/);
  assert.match(await card.locator('a').getAttribute('href'), /^https?:\/\//);
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  // The second claim row (the 1.5-year claim) has its gap highlighted in the card.
  await page.locator(`.gl-claim[data-claim-id="${claim.claim}"]`).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await card.waitFor();
  assert.equal(await card.locator('mark').textContent(), '1.5-year');
  await page.keyboard.press('Escape');
  // Up from the first claim row goes back through the events to the last lane.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  assert.ok(await page.evaluate(() => document.activeElement.dataset.eventId), 'up to the events');
  await page.keyboard.press('ArrowUp');
  assert.equal((await active()).lane, 'gl-lane-1');
  // + zooms in and the same mark keeps the focus in the redrawn chart.
  const before = await active();
  const ticks = await page.locator('.gl-tick-label').allTextContents();
  await page.keyboard.press('+');
  await page.waitForFunction((t) => JSON.stringify([...document.querySelectorAll('.gl-tick-label')].map((e) => e.textContent)) !== t, JSON.stringify(ticks));
  const after = await active();
  // Zoomed around the focused mark: the same mark keeps the focus.
  assert.equal(after.model, before.model, 'the same mark has the focus after the keyboard zoomed');
  assert.deepEqual(errors, []);
  await page.close();
});

test('controls: reading toggle moves the brackets, language and theme switch, table view lists what is in view', async () => {
  const { page, errors } = await open(1280);
  const bracket = page.locator('.gl-claim[data-claim-id="zhou-hongyi-2024-02-16-weibo-1.5yr"] .gl-bracket').first();
  await bracket.waitFor({ state: 'attached' });
  const lagX = await bracket.getAttribute('x1');
  // The summary sentence above the chart says what the data in view shows.
  assert.match(await page.locator('.gl-summary').textContent(), /best model on GPQA diamond, .* scored/);
  await page.getByRole('button', { name: 'Catch-up' }).click();
  assert.equal(await page.getByRole('button', { name: 'Catch-up' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getByRole('button', { name: 'Lag' }).getAttribute('aria-pressed'), 'false');
  await page.waitForFunction((x) => document.querySelector('.gl-claim[data-claim-id="zhou-hongyi-2024-02-16-weibo-1.5yr"] .gl-bracket')?.getAttribute('x1') !== x, lagX);
  // Catch-up counts from the date said (16 Feb 2024), lag from GPT-4's release (March 2023): the bracket starts later.
  assert.ok(Number(await bracket.getAttribute('x1')) > Number(lagX));
  // Benchmark picker: MMLU changes the verdicts.
  await page.locator('select[data-ctl="benchmark"]').selectOption('MMLU');
  await page.waitForFunction(() => /MMLU/.test(document.querySelector('.gl-verdict')?.textContent ?? ''));
  // Theme: dark sets dark colours on the widget, light sets them back.
  const bg = () => page.locator('.gapline').evaluate((e) => getComputedStyle(e).backgroundColor);
  const light = await bg();
  await page.locator('select[data-ctl="theme"]').selectOption('dark');
  assert.notEqual(await bg(), light);
  assert.equal(await bg(), 'rgb(22, 24, 28)');
  await page.locator('select[data-ctl="theme"]').selectOption('light');
  assert.equal(await bg(), light);
  // Language: every string of the widget, and dates as 2024年2月.
  await page.getByRole('button', { name: '中文 (Chinese)' }).click();
  await page.waitForFunction(() => document.querySelector('.gapline').lang === 'zh-Hans');
  assert.match(await page.locator('.gl-claim-label').first().textContent(), /年/);
  assert.match(await page.locator('.gl-summary').textContent(), /最好的模型/);
  assert.equal(await page.getByRole('button', { name: '追赶' }).getAttribute('aria-pressed'), 'true', 'choices survive the switch');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.ctl), 'lang', 'the switch keeps the focus');
  await page.getByRole('button', { name: 'English (英文)' }).click();
  await page.waitForFunction(() => document.querySelector('.gapline').lang === 'en');
  // Table view: a real table of the models in view, and of the claims.
  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.locator('table.gl-table').first();
  await table.waitFor();
  assert.ok(await page.locator('.gl-stage').isHidden());
  const rows = await table.locator('tbody tr').count();
  const inView = builtin.models.filter(inWindow).length;
  assert.equal(rows, inView, 'one row per model in view');
  assert.equal(await table.locator('th').first().textContent(), 'Model');
  assert.equal(await page.locator('table.gl-table').nth(1).locator('tbody tr').count(), 3, 'a row per reading of the two claims');
  await page.getByRole('button', { name: 'Table' }).click();
  assert.ok(await page.locator('.gl-stage').isVisible());
  assert.deepEqual(errors, []);
  await page.close();
});

test('unknown attribute values fall back to the defaults with a console warning', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // The demo page, with its widget's attributes replaced by values that cannot be read.
  await page.route(`${server.url}/`, async (route) => {
    const body = (await (await route.fetch()).text()).replace('data-gapline', 'data-gapline id="second" data-lang="klingon" data-theme="sepia" data-lanes="US,XX,CN" data-reading="sideways" data-benchmark="No such bench"');
    await route.fulfill({ status: 200, contentType: 'text/html', body });
  });
  await page.goto(`${server.url}/`);
  await page.locator('#second [data-model-id]').first().waitFor();
  for (const pattern of [/data-lang="klingon"/, /data-theme="sepia"/, /"XX" is not a region code/, /no scores on the benchmark "No such bench"/, /data-reading="sideways"/]) {
    assert.ok(warnings.some((w) => pattern.test(w)), `${pattern} in ${JSON.stringify(warnings)}`);
  }
  assert.equal(await page.locator('#second .gapline').getAttribute('lang'), 'en');
  assert.equal(await page.locator('#second [data-lane]').count(), 2, 'the two known lanes');
  await page.close();
});

test('claims: an unreadable one is listed with its reason, markup and script in every field stay text, a javascript: link is refused', async () => {
  const bad = '<img src=x onerror="window.__pwned=1">';
  const claims = { claims: [
    { id: 'ok', speaker: 'A Speaker', said_on: '2024-02-16', source_url: 'https://example.org/a', text: 'China is 18 months behind GPT-4.' },
    { id: 'unreadable', speaker: 'B Speaker', said_on: '2024-03', source_url: 'https://example.org/b', text: 'Nobody knows anything.' },
    { id: 'hostile', speaker: bad, affiliation: bad, venue: bad, said_on: '2024-04', source_url: 'https://example.org/c', text: `${bad} China is two years behind GPT-4 ${bad}`, text_zh: bad },
    { id: 'js-link', speaker: 'C Speaker', said_on: '2024-05', source_url: 'javascript:alert(1)', text: 'China is a year behind GPT-4.' },
  ] };
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/data/claims.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(claims) }));
  await page.goto(`${server.url}/`);
  await page.locator('.gl-claim').first().waitFor();
  const drawn = await page.$$eval('svg .gl-claim', (els) => els.map((e) => e.dataset.claimId));
  assert.ok(drawn.includes('ok') && drawn.includes('hostile'), `drawn: ${drawn}`);
  assert.ok(!drawn.includes('js-link'), 'a claim whose source is not http(s) is left out');
  const listed = await page.locator('.gl-claims li[data-claim-id="unreadable"]').textContent();
  assert.match(listed, /could not be read: .+/);
  assert.match(listed, /Nobody knows anything\./);
  assert.match(await page.locator('.gl-problems').textContent(), /javascript/);
  // Open the hostile claim's card too: every field is shown as text.
  await page.locator('.gl-claim[data-claim-id="hostile"] .gl-claim-label').click();
  await page.locator('.gl-card').waitFor();
  assert.match(await page.locator('.gl-card').textContent(), /<img src=x/);
  await page.getByRole('button', { name: 'Table' }).click();
  await page.locator('table.gl-table').first().waitFor();
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await page.close();
});

test('each lane has its own mark shape, shown again as a key before its name', async () => {
  const { page, errors } = await open(1280);
  await page.locator('[data-model-id]').first().waitFor();
  const shapes = await page.$$eval('.gl-mark:not(.gl-cluster)', (els) => [...new Set(els.map((e) => `${[...e.classList].find((c) => /^gl-lane-\d$/.test(c))}:${e.firstElementChild.tagName}`))].sort());
  // Day-precision marks are circles in the first lane and squares in the second; month bars are rects in both.
  assert.ok(shapes.includes('gl-lane-0:circle') && !shapes.includes('gl-lane-1:circle'), shapes.join());
  assert.equal(await page.locator('.gl-lane-0 .gl-key circle').count(), 1);
  assert.equal(await page.locator('.gl-lane-1 .gl-key rect').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a data-gapline element added after the page loaded is mounted too', async () => {
  const { page, errors } = await open(1000);
  await page.locator('[data-model-id]').first().waitFor();
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'later';
    div.setAttribute('data-lang', 'zh');
    div.setAttribute('data-gapline', '');
    document.body.append(div);
  });
  await page.locator('#later .gl-mark').first().waitFor();
  assert.equal(await page.locator('#later .gapline').getAttribute('lang'), 'zh-Hans');
  assert.equal(await page.locator('.gapline').count(), 2, 'the first widget is not mounted twice');
  assert.deepEqual(errors, []);
  await page.close();
});
