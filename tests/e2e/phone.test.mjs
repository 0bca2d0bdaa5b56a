// The phone layout of the controls, "How this is measured", and the Key / All models buttons:
// the built demo in Debian's Chromium at 375 and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { start, openDemo, SHOTS } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The panel's name in each language. */
const TITLE = 'How this is measured';
const PHONE = { viewport: { width: 375, height: 800 } };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
/** The demo with the timeline's element given more attributes. */
const withAttrs = (attrs) => (html) => html.replace(/<div(?=[^>]*\bdata-gapline\b)/, `<div ${attrs}`);

/** Every visible control of the widget (toolbar, menu, link, panel) smaller than 24 × 24 px. */
function smallTargets(page) {
  return page.$$eval('.gapline :is(button, select, summary)', (els) => els
    .filter((e) => e.checkVisibility())
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width < 24 || r.height < 24)
    .map(({ e, r }) => `${e.dataset.ctl ?? e.tagName}=${e.getAttribute('value') ?? e.textContent}: ${r.width}×${r.height}`));
}

/** The focused element, as `data-ctl=value` (or its tag). */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return e?.dataset.ctl ? `${e.dataset.ctl}=${e.getAttribute('value') ?? ''}` : e?.tagName.toLowerCase();
});

test('at 375 px the toolbar folds into one Options button that opens and closes by keyboard, every control inside reachable and at least 24 × 24 px', async () => {
  const { context, page, errors } = await openDemo(env, PHONE);
  await page.locator('.gapline.gl-narrow').waitFor();
  const options = page.locator('button.gl-options');
  const menu = page.locator('.gl-controls');
  assert.ok(await options.isVisible(), 'an Options button');
  assert.equal(await options.textContent(), 'Options');
  assert.equal(await options.getAttribute('aria-expanded'), 'false');
  assert.equal(await options.getAttribute('aria-controls'), await menu.getAttribute('id'));
  assert.ok(await menu.isHidden(), 'the controls are folded away');
  // Folded, the toolbar is one button high: far shorter than the chart.
  const bar = await page.locator('.gl-bar').boundingBox();
  const chart = await page.locator('svg.gl-svg').boundingBox();
  assert.ok(bar.height < chart.height, `toolbar ${bar.height} px, chart ${chart.height} px`);
  assert.ok(bar.height <= 40, `toolbar ${bar.height} px`);
  assert.deepEqual(await smallTargets(page), []);

  // Enter opens it.
  await options.focus();
  await page.keyboard.press('Enter');
  assert.equal(await options.getAttribute('aria-expanded'), 'true');
  await menu.waitFor();
  // Tab goes through every control of the menu, in order.
  const expected = await menu.evaluate((m) => [...m.querySelectorAll('button, select, summary')]
    .filter((e) => e.checkVisibility())
    .map((e) => (e.dataset.ctl ? `${e.dataset.ctl}=${e.getAttribute('value') ?? ''}` : e.tagName.toLowerCase())));
  for (const name of ['zoom=in', 'reading=lag', 'models=key', 'models=all', 'table=', 'lang=zh', 'method=bar', 'benchmark=', 'theme=', 'summary']) {
    assert.ok(expected.includes(name), `${name} is in the menu: ${expected}`);
  }
  const reached = [];
  for (let i = 0; i < expected.length; i++) {
    await page.keyboard.press('Tab');
    reached.push(await focused(page));
  }
  assert.deepEqual(reached, expected);
  assert.deepEqual(await smallTargets(page), [], 'every control of the open menu is at least 24 × 24 px');
  await page.screenshot({ path: path.join(SHOTS, 'phone-menu-375.png'), fullPage: true });
  // A control works from the menu, which stays open.
  await page.locator('button[data-ctl=reading][value=catch-up]').press('Enter');
  assert.equal(await page.locator('button[data-ctl=reading][value=catch-up]').getAttribute('aria-pressed'), 'true');
  assert.ok(await menu.isVisible());
  // Escape closes it and gives the Options button the focus.
  await page.keyboard.press('Escape');
  assert.equal(await options.getAttribute('aria-expanded'), 'false');
  assert.ok(await menu.isHidden());
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('gl-options')), true);
  // Space opens it again; switching the language keeps it open and the focus on the switch.
  await page.keyboard.press(' ');
  await menu.waitFor();
  await page.locator('button[data-ctl=lang]').click();
  await page.waitForFunction(() => document.querySelector('.gapline').lang === 'zh-Hans');
  assert.equal(await options.textContent(), '选项');
  assert.equal(await options.getAttribute('aria-expanded'), 'true');
  assert.ok(await menu.isVisible());
  await page.waitForFunction(() => document.activeElement?.dataset.ctl === 'lang');
  await options.click();
  assert.ok(await menu.isHidden());
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 1280 px the toolbar is not folded; a narrow embed on a wide page folds by its own width', async () => {
  const { context, page, errors } = await openDemo(env, DESKTOP);
  assert.equal(await page.locator('.gapline.gl-narrow').count(), 0);
  assert.ok(await page.locator('button.gl-options').isHidden());
  assert.ok(await page.locator('.gl-controls').isVisible());
  assert.ok(await page.getByRole('button', { name: 'Zoom in' }).isVisible());
  assert.deepEqual(await smallTargets(page), [], 'every control is at least 24 × 24 px at 1280 px too');
  // The export menu's buttons, once open.
  await page.locator('.gl-export summary').click();
  assert.deepEqual(await smallTargets(page), []);
  await context.close();
  assert.deepEqual(errors, []);

  const narrow = await openDemo(env, DESKTOP, { html: withAttrs('style="max-width: 420px"') });
  await narrow.page.locator('.gapline.gl-narrow').waitFor();
  assert.ok(await narrow.page.locator('button.gl-options').isVisible());
  assert.ok(await narrow.page.locator('.gl-controls').isHidden());
  assert.deepEqual(narrow.errors, []);
  await narrow.context.close();
});

test('"How this is measured" opens from the toolbar and the link under the chart, names the benchmark and its chance level, and closes with Escape or its button', async () => {
  const { context, page, errors } = await openDemo(env, DESKTOP);
  const panel = page.getByRole('dialog', { name: TITLE });
  const opener = page.locator('button[data-ctl=method][value=bar]');
  await opener.click();
  await panel.waitFor();
  const heading = page.locator(`#${await panel.getAttribute('aria-labelledby')}`);
  assert.equal(await heading.textContent(), 'How this is measured');
  // The focus moves into the panel.
  await page.waitForFunction(() => document.activeElement?.closest('.gl-method') != null);
  const text = await panel.textContent();
  assert.match(text, /Measured now on GPQA diamond/);
  assert.match(text, /Guessing scores 25\s% on GPQA diamond/);
  assert.match(text, /within 10 points of chance \(35\s% or less here\)/);
  assert.match(text, /announced or released/);
  assert.match(text, /lower bound/);
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.matches('[data-ctl=method][value=bar]'));

  // Another benchmark: the panel names it. Opened from the link by keyboard, closed by its button.
  await page.locator('select[data-ctl="benchmark"]').selectOption('MMLU');
  const link = page.locator('.gl-more button[data-ctl=method][value=link]');
  assert.equal(await link.textContent(), 'How this is measured');
  const below = await link.boundingBox();
  const chart = await page.locator('svg.gl-svg').boundingBox();
  assert.ok(below.y >= chart.y + chart.height - 1, 'the link is under the chart');
  await link.focus();
  await page.keyboard.press('Enter');
  await panel.waitFor();
  assert.match(await panel.textContent(), /Measured now on MMLU\..*Guessing scores 25\s% on MMLU/);
  await page.screenshot({ path: path.join(SHOTS, 'method-1280.png') });
  await panel.locator('button[data-ctl=method][value=close]').click();
  await panel.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.matches('.gl-more [data-ctl=method]'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('如何测量: the panel in Chinese at 375 px, from the folded menu and from the link', async () => {
  const { context, page, errors } = await openDemo(env, PHONE, { html: withAttrs('data-lang="zh"') });
  const panel = page.getByRole('dialog', { name: '如何测量' });
  await page.locator('button.gl-options').click();
  await page.locator('button[data-ctl=method][value=bar]').click();
  await panel.waitFor();
  assert.equal(await panel.locator('h3').textContent(), '如何测量');
  const text = await panel.textContent();
  assert.match(text, /当前使用的基准：GPQA diamond/);
  assert.match(text, /随机猜测可得25%/);
  assert.match(text, /35%及以下/);
  assert.match(text, /下限/);
  // A modal dialog over the page, inside the phone's screen: it scrolls rather than spilling out.
  assert.equal(await panel.evaluate((d) => d.tagName === 'DIALOG' && d.matches(':modal')), true);
  const box = await panel.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 375 && box.y >= 0 && box.y + box.height <= 800, JSON.stringify(box));
  await page.screenshot({ path: path.join(SHOTS, 'method-375-zh.png') });
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.matches('[data-ctl=method][value=bar]'));
  const link = page.locator('.gl-more button[data-ctl=method]');
  assert.equal(await link.textContent(), '如何测量');
  await link.click();
  await panel.waitFor();
  assert.equal(await panel.locator('button[data-ctl=method][value=close]').textContent(), '关闭');
  assert.deepEqual(await smallTargets(page), []);
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

/** How many model labels the chart shows. */
const labels = (page) => page.locator('svg.gl-svg [data-label]').count();
/** The value of the pressed models button. */
const pressedModels = (page) => page.locator('button[data-ctl=models][aria-pressed="true"]').getAttribute('value');

test('Key models / All models change which marks are labelled; data-models="all" starts with All', async () => {
  const { context, page, errors } = await openDemo(env, DESKTOP);
  // The demo draws claims: key models are the data's default, and the button says so.
  assert.equal(await page.locator('button[data-ctl=models][aria-pressed="true"]').count(), 1);
  assert.equal(await pressedModels(page), 'key');
  const key = await labels(page);
  await page.getByRole('button', { name: 'All models' }).click();
  assert.equal(await pressedModels(page), 'all');
  assert.equal(await page.getByRole('button', { name: 'Key models' }).getAttribute('aria-pressed'), 'false');
  await page.waitForFunction((n) => document.querySelectorAll('svg.gl-svg [data-label]').length > n, key);
  const all = await labels(page);
  // Back to key models; the choice holds when the toolbar is drawn again in another language.
  await page.getByRole('button', { name: 'Key models' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('svg.gl-svg [data-label]').length === n, key);
  await page.getByRole('button', { name: '中文 (Chinese)' }).click();
  await page.waitForFunction(() => document.querySelector('.gapline').lang === 'zh-Hans');
  assert.equal(await pressedModels(page), 'key');
  assert.equal(await page.locator('button[data-ctl=models][value=key]').textContent(), '重点模型');
  assert.deepEqual(errors, []);
  await context.close();

  const chosen = await openDemo(env, DESKTOP, { html: withAttrs('data-models="all"') });
  assert.equal(await pressedModels(chosen.page), 'all');
  assert.equal(await labels(chosen.page), all);
  assert.deepEqual(chosen.errors, []);
  await chosen.context.close();

  // The same setting as embed.html's query and as mount()'s option (with claims, the default
  // would be key models).
  const context2 = await env.browser.newContext(DESKTOP);
  const framed = await context2.newPage();
  await framed.goto(`${env.server.url}/embed.html?claims=data/claims.json&models=all`);
  await framed.locator('[data-mark]').first().waitFor();
  assert.equal(await pressedModels(framed), 'all');
  const host = await context2.newPage();
  await host.goto(`${env.server.url}/`);
  await host.locator('[data-mark]').first().waitFor();
  await host.evaluate(async () => {
    const { mount } = await import('./gapline.js');
    const el = Object.assign(document.createElement('div'), { id: 'mounted' });
    document.body.append(el);
    // Kept: a handle that is garbage-collected unmounts its timeline.
    window.timeline = mount(el, { claims: 'data/claims.json', models: 'all' });
  });
  await host.locator('#mounted [data-mark]').first().waitFor({ state: 'attached' });
  assert.equal(await host.locator('#mounted button[data-ctl=models][aria-pressed="true"]').getAttribute('value'), 'all');
  await context2.close();
});
