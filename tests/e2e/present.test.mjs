// End-to-end: the built-in data reaches the present and says what it rests on. The demo's summary
// sentence describes 2026 and names whose scores it uses; the chips view draws US and Chinese
// accelerators, marks those kept out of China, and a claim about chips gets a verdict with its
// metric named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { start, SHOTS } from './browser.mjs';

let env, builtin;
before(async () => {
  env = await start();
  builtin = JSON.parse(await fs.readFile('dist/data/models.json', 'utf8'));
});
after(async () => { await env?.close(); });

async function host(body, width = 1100, routes = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  for (const [file, json] of Object.entries(routes)) {
    await page.route(`${env.server.url}/${file}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: json }));
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
    <link rel="stylesheet" href="gapline.css"><script type="module" src="gapline.js"></script></head><body>${body}</body></html>`;
  await page.route(`${env.server.url}/host.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${env.server.url}/host.html`);
  return { context, page, errors };
}

test('the built-in data states its as-of date and reaches 2026 on both sides', () => {
  assert.ok(builtin.as_of >= '2026-06', builtin.as_of);
  const in2026 = (region) => builtin.models.filter((m) => m.region === region && m.modality !== 'chips' && m.released >= '2026').length;
  assert.ok(in2026('US') >= 6 && in2026('CN') >= 6, `${in2026('US')} US, ${in2026('CN')} CN`);
  const recent = (region) => builtin.benchmarks.some((r) => r.region === region && !r.unit && r.released >= '2025-10');
  assert.ok(recent('US') && recent('CN'), 'scores from October 2025 or later on both sides');
  // Every run says who measured it, except the curated models' older MMLU figures whose
  // sources are comparison tables that do not say (data/README.md).
  const unsaid = builtin.benchmarks.filter((r) => r.evaluator === undefined);
  assert.deepEqual([...new Set(unsaid.map((r) => r.benchmark))], ['MMLU'], 'who measured each run');
  assert.ok(unsaid.every((r) => r.released < '2025'), 'no recent score without its evaluator');
  assert.ok(builtin.benchmarks.some((r) => r.benchmark === 'MMLU' && r.evaluator === 'self'), 'an MMLU figure from the lab\'s own report says so');
});

test('the demo\'s summary sentence describes 2026 and says whose scores it uses', async () => {
  const { context, page, errors } = await host('<div data-gapline data-from="2022-06"></div>');
  const summary = page.locator('.gl-summary');
  await summary.waitFor();
  await page.waitForFunction(() => /20\d\d/.test(document.querySelector('.gl-summary')?.textContent ?? ''));
  const text = await summary.textContent();
  assert.match(text, /2026/, text);
  assert.match(text, /on (independent scores \(|scores from the labs' own reports|scores as published)/, text);
  // Asked for every score, it says so instead.
  const all = await host('<div data-gapline data-from="2022-06" data-evaluator="all"></div>');
  await all.page.locator('.gl-summary').waitFor();
  await all.page.waitForFunction(() => /20\d\d/.test(document.querySelector('.gl-summary')?.textContent ?? ''));
  assert.match(await all.page.locator('.gl-summary').textContent(), /on scores from the labs' own reports and independent evaluators\.$/);
  assert.deepEqual(errors, []);
  await all.context.close();
  await context.close();
});

test('the chips view draws US and Chinese chips, marks the restricted ones, and judges a chip claim on a named metric', async () => {
  const claims = JSON.stringify({ claims: [{
    id: 'chip-claim', speaker: 'Liu Qingfeng', said_on: '2023-08', source_url: 'https://technode.com/2023/08/29/iflytek-poised-to-launch-gpt-4-competitor/',
    text: 'Huawei has already matched Nvidia\'s cutting-edge A100 chips in terms of GPU ability',
  }] });
  const { context, page, errors } = await host('<div data-gapline data-view="chips" data-claims="chip-claims.json"></div>', 1280, { 'chip-claims.json': claims });
  await page.locator('[data-model-id]').first().waitFor();
  const chips = builtin.models.filter((m) => m.modality === 'chips').map((m) => m.id);
  const drawn = await page.$$eval('svg.gl-svg [data-model-id]', (els) => els.map((e) => e.dataset.modelId));
  assert.ok(drawn.length > 0 && drawn.every((id) => chips.includes(id)), 'only chips are drawn');
  const lanes = await page.$$eval('svg .gl-lane-name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(lanes.slice(0, 2), ['United States', 'China']);
  assert.ok(await page.locator('svg .gl-mark.gl-restricted').count() > 0, 'chips kept out of China are marked');
  const label = await page.locator('svg .gl-mark.gl-restricted').first().getAttribute('aria-label');
  assert.match(label, /not sold in China \(US export rules\)/);
  const summary = await page.locator('.gl-summary').textContent();
  assert.match(summary, /Dense FP16 throughput/, summary);
  const verdicts = (await page.locator('svg .gl-claim').allTextContents()).join(' ');
  assert.match(verdicts, /Dense FP16 throughput/, verdicts);
  assert.match(verdicts, /TFLOP\/s/, verdicts);
  await fs.mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'chips-view-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
