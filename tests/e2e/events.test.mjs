// End-to-end: policy and hardware events on the timeline (the events track under the lanes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { start, openDemo, SHOTS } from './browser.mjs';

let env, events;
before(async () => {
  env = await start();
  events = JSON.parse(await fs.readFile(path.resolve('dist/data/models.json'), 'utf8')).events;
  await fs.mkdir(SHOTS, { recursive: true });
});
after(async () => { await env?.close(); });

test('the demo shows the export controls and the H20 next to Zhou Hongyi\'s claims, in both languages', async () => {
  const { context, page, errors } = await openDemo(env, {});
  await page.locator('.gl-claim').first().waitFor();
  const drawn = await page.$$eval('svg.gl-svg [data-event-id]', (els) => els.map((e) => e.dataset.eventId));
  for (const id of ['bis-oct-2022-rules', 'bis-oct-2023-update', 'nvidia-h20-l20-l2']) assert.ok(drawn.includes(id), `${id} in ${drawn}`);
  // Every event dated in the window (from June 2022), and no other.
  const expected = events.filter((e) => e.date >= '2022-06').map((e) => e.id).sort();
  assert.deepEqual([...drawn].sort(), expected);
  // The export controls' labels come first; each says its title.
  const oct2022 = events.find((e) => e.id === 'bis-oct-2022-rules');
  const label = page.locator('svg.gl-svg [data-label="bis-oct-2022-rules"]');
  assert.ok(oct2022.title.startsWith((await label.textContent()).replace('…', '')));
  assert.match(await page.locator('[data-event-id="bis-oct-2022-rules"]').getAttribute('aria-label'), /^7 October 2022, export control, United States: /);
  await page.screenshot({ path: path.join(SHOTS, 'events-en.png') });
  // 中文: the Chinese titles.
  await page.click('button[data-ctl=lang]');
  await page.waitForFunction(() => document.querySelector('.gapline')?.getAttribute('lang')?.startsWith('zh'));
  assert.equal((await label.textContent()).replace('…', ''), oct2022.title_zh.slice(0, (await label.textContent()).replace('…', '').length));
  assert.match(await page.locator('svg.gl-svg .gl-events').textContent(), /事件/);
  await page.screenshot({ path: path.join(SHOTS, 'events-zh.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('data-events picks the kinds drawn; an unknown kind is named in the box', async () => {
  const { context, page, errors } = await openDemo(env, {}, {
    html: (h) => h.replace('data-height="520"', 'data-height="520" data-events="chip, rumour"'),
  });
  await page.locator('[data-event-id]').first().waitFor();
  const kinds = await page.$$eval('svg.gl-svg .gl-event', (els) => [...new Set(els.map((e) => [...e.classList].find((c) => c.startsWith('gl-ev-'))))]);
  assert.deepEqual(kinds, ['gl-ev-chip']);
  assert.match(await page.locator('.gl-settings').textContent(), /data-events: "rumour" is not a kind of event/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a toolbar toggle hides and shows a kind of event; the table view lists the events in view', async () => {
  const { context, page, errors } = await openDemo(env, {});
  await page.locator('[data-event-id]').first().waitFor();
  const count = (kind) => page.locator(`svg.gl-svg .gl-event.gl-ev-${kind}`).count();
  const chips = await count('chip');
  assert.ok(chips > 0 && (await count('export_control')) > 0);
  const toggle = page.locator('button[data-ctl=event][value=chip]');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await toggle.click();
  await page.waitForFunction(() => !document.querySelector('svg.gl-svg .gl-ev-chip.gl-event'));
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.ok((await count('export_control')) > 0, 'the other kinds stay');
  assert.equal(await page.locator('button[data-ctl=event][value=policy]').getAttribute('aria-pressed'), 'true');
  const drawn = await page.locator('svg.gl-svg .gl-event').count();
  await page.click('button[data-ctl=table]');
  const table = page.locator('.gl-table').filter({ has: page.locator('caption', { hasText: 'Events in view' }) });
  await table.waitFor();
  const rows = await table.locator('tbody tr').allTextContents();
  assert.equal(rows.length, drawn);
  const kinds = await table.locator('tbody tr td:nth-child(2)').allTextContents();
  assert.ok(kinds.length > 0 && kinds.every((k) => k !== 'chip'), `hidden kinds are not listed: ${kinds}`);
  await page.click('button[data-ctl=table]');
  await toggle.click();
  await page.waitForFunction((n) => document.querySelectorAll('svg.gl-svg .gl-ev-chip.gl-event').length === n, chips);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard reaches the events from the last lane and opens an event card', async () => {
  const { context, page, errors } = await openDemo(env, {});
  await page.locator('[data-event-id]').first().waitFor();
  // Into the timeline, then down to the last lane and on into the events.
  await page.locator('svg.gl-svg [data-mark][tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const focused = () => page.evaluate(() => document.activeElement?.dataset.eventId ?? null);
  assert.ok(await focused(), 'an event has the focus');
  await page.keyboard.press('Home');
  const first = await focused();
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await focused(), first, 'along the events');
  // Enter opens its card: the title, date at its precision, kind, region, source.
  const id = await focused();
  const event = events.find((e) => e.id === id);
  await page.keyboard.press('Enter');
  const card = page.locator('.gl-card');
  await card.waitFor();
  assert.equal(await card.locator('h3').textContent(), event.title);
  assert.match(await card.textContent(), /(export control|chip|policy|milestone), (United States|China|Netherlands)/);
  assert.equal(await card.locator('a[href^="http"]').getAttribute('href'), event.source_url);
  await page.keyboard.press('Escape');
  // Down from an event: the claims.
  await page.locator(`[data-event-id="${id}"]`).focus();
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.evaluate(() => document.activeElement?.dataset.claimId), 'a claim row has the focus');
  assert.deepEqual(errors, []);
  await context.close();
});
