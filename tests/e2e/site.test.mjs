// End-to-end: the demo site's pages (claims, editor, guide) and the widget's Export menu.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { start, SHOTS } from './browser.mjs';

let env;
before(async () => {
  env = await start();
  await fs.mkdir(SHOTS, { recursive: true });
});
after(async () => { await env?.close(); });

async function open(url, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(`${env.server.url}/${url}`);
  return { context, page, errors };
}

/** The text of each `<mark>` of class `cls` in the editor's highlight. */
const marks = (page, cls) => page.$$eval(`[data-testid=highlight] mark.${cls}`, (els) => els.map((e) => e.textContent));

test('claims page: every claim with its verdict, filtered by speaker, modality and relation', async () => {
  const all = JSON.parse(await fs.readFile('dist/data/all-claims.json', 'utf8')).claims;
  const { context, page, errors } = await open('claims.html');
  await page.locator('.gl-entry').first().waitFor();
  assert.equal(await page.locator('.gl-entry').count(), all.length);
  assert.equal(await page.locator('#count').textContent(), `${all.length} of ${all.length} claims`);
  const text = await page.locator('#claims').textContent();
  assert.match(text, /Against GPQA diamond/);
  // Filters: each narrows the list to entries that say so, and lives in the address.
  await page.selectOption('select[name=speaker]', 'Zhou Hongyi');
  const zhou = all.filter((c) => c.speaker === 'Zhou Hongyi').length;
  assert.ok(zhou >= 2);
  assert.equal(await page.locator('.gl-entry:not([hidden])').count(), zhou);
  assert.match(page.url(), /speaker=Zhou\+Hongyi/);
  await page.selectOption('select[name=speaker]', '');
  const modalities = await page.$$eval('select[name=modality] option', (o) => o.map((x) => x.value).filter(Boolean));
  assert.ok(modalities.includes('chips') && modalities.includes('text'), modalities.join());
  await page.selectOption('select[name=modality]', 'chips');
  const chips = await page.locator('.gl-entry:not([hidden])').count();
  assert.ok(chips > 0 && chips < all.length);
  // Claims about chips are judged on a chip metric, never on a model benchmark: Liu Qingfeng's
  // "has matched Nvidia's A100" on dense FP16 throughput (it names no metric, and says so); the
  // others give no date or name no chip.
  const verdicts = await page.locator('.gl-entry:not([hidden]) dd:nth-of-type(2)').allTextContents();
  const judged = verdicts.filter((v) => v !== 'not enough data');
  assert.equal(judged.length, 1, verdicts.join(' | '));
  assert.match(judged[0], /NVIDIA A100's Dense FP16 throughput \(the claim names no metric\) score \(312 TFLOP\/s\)/);
  assert.ok(!verdicts.some((v) => /GPQA|MMLU|MATH/.test(v)), verdicts.join(' | '));
  await page.selectOption('select[name=relation]', 'ahead');
  assert.ok(await page.locator('.gl-entry:not([hidden])').count() <= chips);
  // The benchmark re-reads the verdicts, and keeps the filters.
  await page.selectOption('select[name=modality]', '');
  await page.selectOption('select[name=relation]', '');
  await page.selectOption('select[name=benchmark]', 'MMLU');
  await page.waitForFunction(() => document.querySelector('#claims').textContent.includes('Against MMLU'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('editor: type a claim, see its words marked, copy the code, open it in a fresh page', async () => {
  const { context, page, errors } = await open('editor.html');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  await page.fill('#text', 'Chinese models are still about 1.5 years behind GPT-4, said the chairman.');
  await page.fill('input[name=said]', '2024-02');
  await page.fill('input[name=speaker]', 'Zhou Hongyi');
  await page.fill('input[name=source]', 'https://example.org/weibo');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=highlight] mark').length === 3);
  assert.deepEqual(await marks(page, 'gl-hl-quantity'), ['about 1.5 years']);
  assert.deepEqual(await marks(page, 'gl-hl-relation'), ['behind']);
  assert.deepEqual(await marks(page, 'gl-hl-reference'), ['GPT-4']);
  await page.waitForFunction(() => document.querySelector('[data-testid=preview] .gl-claim'));
  const previewReading = await page.locator('[data-testid=preview] .gl-claim-reading').first().textContent();
  assert.match(previewReading, /behind GPT-4 by 1\.5 years/);

  // A correction by hand: the preview follows, and says so.
  await page.fill('input[name=gap_min]', '24');
  await page.fill('input[name=gap_max]', '24');
  await page.waitForFunction(() => /2 years/.test(document.querySelector('[data-testid=preview] .gl-claim-reading')?.textContent));
  assert.match(await page.locator('[data-testid=preview] .gl-claims').textContent(), /set by hand/);
  await page.screenshot({ path: path.join(SHOTS, 'editor.png'), fullPage: true });

  // The state is in the address: a new page with it shows the same claim.
  const again = await context.newPage();
  await again.goto(page.url());
  await again.waitForFunction(() => document.querySelectorAll('[data-testid=highlight] mark').length === 3);
  assert.equal(await again.inputValue('input[name=gap_min]'), '24');
  await again.locator('[data-testid=preview] .gl-claim').first().waitFor();

  // Copy the script embed and put it in a fresh, plain page: the same widget.
  await page.click('button[data-copy=code-script]');
  const code = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(code, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/gapline\.js"><\/script>/);
  const fresh = await context.newPage();
  await fresh.route(`${env.server.url}/fresh.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><title>fresh</title><body>${code}</body>` }));
  await fresh.goto(`${env.server.url}/fresh.html`);
  await fresh.locator('.gl-claim').first().waitFor();
  assert.equal(await fresh.locator('.gl-claim-reading').first().textContent(),
    await page.locator('[data-testid=preview] .gl-claim-reading').first().textContent());
  assert.match(await fresh.locator('.gl-claims').textContent(), /Zhou Hongyi/);

  // The iframe code draws it too.
  const iframeCode = await page.locator('[data-testid=code-iframe]').textContent();
  const src = iframeCode.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  await fresh.goto(src);
  assert.match(await fresh.locator('.gl-claim-reading').first().textContent(), /2 years/);

  // The claims file: gapline JSON with the claim and its corrections.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.match(download.suggestedFilename(), /^gapline-claim-zhou-hongyi-2024-02\.json$/);
  const file = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
  assert.deepEqual(file.claims[0].gap_months, { min: 24, max: 24 });
  assert.equal(file.claims[0].source_url, 'https://example.org/weibo');
  assert.deepEqual(errors, []);
  await context.close();
});

test('editor: Chinese text is read and marked too, and markup stays text', async () => {
  const { context, page, errors } = await open('editor.html?text=' + encodeURIComponent('<img src=x onerror="window.owned=1">国产大模型与GPT-4的差距在一年半左右'));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=highlight] mark').length === 3);
  assert.deepEqual(await marks(page, 'gl-hl-quantity'), ['一年半左右']);
  assert.deepEqual(await marks(page, 'gl-hl-relation'), ['差距']);
  assert.equal(await page.locator('[data-testid=highlight] img').count(), 0);
  assert.equal(await page.evaluate(() => window.owned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('export menu: SVG, PNG at 2x and CSV of the view, each with title, credit and date', async () => {
  const { context, page, errors } = await open('');
  await page.locator('.gl-claim').first().waitFor();
  const take = async (kind) => {
    await page.locator('.gl-export summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-ctl=export][value=${kind}]`)]);
    return { name: download.suggestedFilename(), bytes: await fs.readFile(await download.path()) };
  };
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));

  const svg = await take('svg');
  assert.match(svg.name, /^gapline-us-cn-timeline-gpqa-diamond-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.svg$/);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: !!doc.querySelector('parsererror'), width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')), text: doc.documentElement.textContent,
      claims: doc.querySelectorAll('.gl-claim').length };
  }, svg.bytes.toString('utf8'));
  assert.equal(parsed.error, false);
  assert.match(parsed.text, /AI model releases: United States and China/);
  assert.match(parsed.text, /Epoch AI/);
  // The credit may wrap (its lines are separate text runs), so spaces are not compared.
  const squeezed = (t) => t.replace(/\s+/g, '');
  assert.ok(squeezed(parsed.text).includes(squeezed(`exported from gapline on ${today}`)), `${today} in ${parsed.text.slice(-300)}`);
  assert.equal(parsed.claims, await page.locator('svg.gl-svg .gl-claim').count());

  const png = await take('png');
  assert.match(png.name, /\.png$/);
  assert.equal(png.bytes.subarray(1, 4).toString(), 'PNG');
  const decoded = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    return { w: bitmap.width, h: bitmap.height };
  }, png.bytes.toString('base64'));
  assert.deepEqual(decoded, { w: Math.round(parsed.width * 2), h: Math.round(parsed.height * 2) });

  const csv = await take('csv');
  assert.match(csv.name, /^gapline-us-cn-models-and-claims-.*\.csv$/);
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\n');
  assert.match(lines[0], /^title,AI model releases: United States and China/);
  assert.match(lines[1], /^source,.*Epoch AI/);
  assert.match(lines[2], /^as_of,/);
  assert.equal(lines[5], '');
  assert.match(lines[6], /^kind,id,name,developer,region,date/);
  // The rows: one per model in the table view, one per claim drawn.
  await page.click('button[data-ctl=table]');
  const tableModels = await page.locator('.gl-table').first().locator('tbody tr').count();
  const rows = lines.slice(7);
  assert.equal(rows.filter((l) => l.startsWith('model,')).length, tableModels);
  assert.equal(rows.filter((l) => l.startsWith('claim,')).length, await page.locator('.gl-table').nth(1).locator('tbody tr').count());
  assert.deepEqual(errors, []);
  await context.close();
});
