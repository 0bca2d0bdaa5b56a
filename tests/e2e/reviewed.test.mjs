// End-to-end: a reading reviewed in the claim editor is stored with the claim, and the widget
// draws it as it is; a claim given only as text is read in the browser and says so.
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

async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(`${env.server.url}/${url}`);
  return { page, errors };
}

/** A plain page with the script embed of `doc` (a claims document). */
async function embed(context, doc) {
  const json = JSON.stringify(doc).replace(/</g, '\\u003c');
  const body = `<link rel="stylesheet" href="gapline.css"><script type="module" src="gapline.js"></script>` +
    `<div data-gapline data-from="2022-06"><script type="application/json">${json}</script></div>`;
  const name = `reviewed-${Math.random().toString(36).slice(2)}.html`;
  await context.route(`${env.server.url}/${name}`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><title>t</title><body>${body}</body>` }));
  return open(context, name);
}

/** The text of claim `id`'s card, opened from its row with the keyboard. The editor redraws
 *  its preview after each edit, so the row is focused again until its card opens. */
async function cardText(page, id) {
  const card = page.locator('.gl-card[role="dialog"]');
  for (let attempt = 0; ; attempt++) {
    const row = page.locator(`.gl-claim[data-claim-id="${id}"]`).first();
    await row.waitFor();
    await row.focus();
    await page.keyboard.press('Enter');
    try {
      await card.waitFor({ timeout: 2000 });
      break;
    } catch (e) {
      if (attempt === 4) throw e;
    }
  }
  const text = await card.textContent();
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  return text;
}

test('editor: a reviewed reading round-trips through the claims file into the widget unchanged', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  const { page, errors } = await open(context, 'editor.html');
  await page.fill('#text', 'Chinese models are still about 1.5 years behind GPT-4, said the chairman.');
  await page.fill('input[name=said]', '2024-02');
  await page.fill('input[name=speaker]', 'Zhou Hongyi');
  await page.fill('input[name=source]', 'https://example.org/weibo');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=highlight] mark').length === 3);
  // Before review: the preview's card says nobody has checked the reading.
  await page.locator('[data-testid=preview] .gl-claim').first().waitFor();
  const id = await page.locator('[data-testid=preview] .gl-claim').first().getAttribute('data-claim-id');
  assert.match(await cardText(page, id), /read automatically, not reviewed/);

  // The author corrects the gap and checks the reading.
  await page.fill('input[name=gap_min]', '12');
  await page.fill('input[name=gap_max]', '12');
  await page.check('input[name=reviewed]');
  await page.waitForFunction(() => /behind GPT-4 by 1 year/.test(document.querySelector('[data-testid=preview] .gl-claim-reading')?.textContent));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const file = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
  const { reading } = file.claims[0];
  assert.equal(reading.reviewed, true);
  assert.equal(reading.relation, 'behind');
  assert.deepEqual(reading.gap_months, { min: 12, max: 12 });
  assert.equal(reading.reference_model, 'gpt-4');
  assert.match(reading.parser, /^gapline \d/);
  // The words it came from: "behind" and "GPT-4" as read; the gap was set by hand, so no span.
  const text = file.claims[0].text;
  const words = (s) => [...text].slice(s[0], s[1]).join('');
  assert.equal(words(reading.spans.relation), 'behind');
  assert.equal(words(reading.spans.reference), 'GPT-4');
  assert.equal(reading.spans.gap, undefined);
  // The corrections live in the reading, not beside it.
  assert.equal(file.claims[0].gap_months, undefined);
  const editorCard = await cardText(page, id);
  assert.doesNotMatch(editorCard, /not reviewed/);

  // Into a fresh page with a second claim given only as text: the reviewed one is drawn as
  // stored, the other is read in the browser and says so.
  const textOnly = { id: 'text-only', speaker: 'Someone', said_on: '2024-06', source_url: 'https://example.org/b',
    text: 'Chinese models are two years behind GPT-4.' };
  const fresh = await embed(context, { claims: [file.claims[0], textOnly] });
  const stored = await cardText(fresh.page, id);
  assert.match(stored, /Read as: behind GPT-4 by 1 year/);
  assert.doesNotMatch(stored, /not reviewed/);
  assert.equal(stored, editorCard, 'the same card in the editor and in the embed');
  assert.match(await cardText(fresh.page, 'text-only'), /Read as: behind GPT-4 by 2 years.*read automatically, not reviewed/s);
  await fresh.page.screenshot({ path: path.join(SHOTS, 'reviewed-embed.png') });

  // The widget does not parse a stored reading: the same claim with its text changed to say
  // something else is still drawn as reviewed.
  const changed = { ...file.claims[0], text: `${text} (Some say China now leads GPT-4 by five years.)` };
  const third = await embed(context, { claims: [changed] });
  assert.match(await cardText(third.page, id), /Read as: behind GPT-4 by 1 year/);
  assert.deepEqual([...errors, ...fresh.errors, ...third.errors], []);
  await context.close();
});

test('built-in claims ship reviewed: the demo and the claims page say nothing is unreviewed', async () => {
  for (const file of ['dist/data/claims.json', 'dist/data/all-claims.json']) {
    const { claims } = JSON.parse(await fs.readFile(file, 'utf8'));
    const unreviewed = claims.filter((c) => c.reading?.reviewed !== true).map((c) => c.id);
    assert.deepEqual(unreviewed, [], file);
  }
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const { page, errors } = await open(context, 'index.html');
  const first = await page.locator('.gl-claim').first().getAttribute('data-claim-id');
  assert.doesNotMatch(await cardText(page, first), /not reviewed/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('editor: a text read two ways offers both readings, and the one chosen becomes the correction', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const { page, errors } = await open(context, 'editor.html');
  await page.fill('input[name=said]', '2025-03');
  await page.fill('input[name=speaker]', 'An analyst');
  await page.fill('input[name=source]', 'https://example.org/c');
  await page.fill('#text', 'China trails the US in chips and China leads in robots.');
  // Leaving the field is a change: the editor reads the text at once, then nothing redraws.
  await page.locator('#text').evaluate((e) => e.blur());
  await page.waitForTimeout(500);
  const buttons = page.locator('#reading button[data-choice]');
  await buttons.first().waitFor();
  // Both readings, in the parser's order of preference (which its grammar decides).
  assert.deepEqual((await buttons.evaluateAll((b) => b.map((x) => x.dataset.choice))).sort(), ['ahead', 'behind']);
  assert.match(await page.locator('#reading').textContent(), /two readings possible/);
  await page.click('#reading button[data-choice=ahead]');
  assert.equal(await page.inputValue('select[name=relation]'), 'ahead');
  await page.waitForFunction(() => /ahead of/.test(document.querySelector('[data-testid=preview] .gl-claim-reading')?.textContent));
  assert.match(await page.locator('[data-testid=preview] .gl-claims').textContent(), /set by hand/);
  assert.deepEqual(errors, []);
  await context.close();
});
