// Accessibility of the built demo: axe-core's WCAG 2 A and AA rules in light and dark, in
// English and Chinese, with a details card open; and reduced motion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';
import { start, openDemo, SHOTS } from './browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The demo with the timeline in Chinese. */
const chinese = (html) => html.replace('<div data-gapline ', '<div data-gapline data-lang="zh" ');

/** axe's violations, one line per element: rule, impact, what is wrong, where. */
function describe(violations) {
  return violations.flatMap((v) => v.nodes.map((n) =>
    `${v.id} (${v.impact}): ${v.help}\n    at ${n.target.join(' ')}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`)).join('\n');
}

/**
 * What axe cannot judge in the SVG, as a list of failures: every drawn text's fill, and every
 * text colour of the theme (lane names, muted labels, including lanes the demo does not show),
 * at 4.5:1 on the widget's background; marks (at their fill opacity) and the focus ring at 3:1
 * (WCAG 1.4.3 and 1.4.11).
 */
function svgContrast(page) {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d');
    const rgb = (colour) => {
      canvas.fillStyle = '#000';
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const luminance = (c) => {
      const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const blend = (c, bg, alpha) => c.map((v, i) => v * alpha + bg[i] * (1 - alpha));
    const root = document.querySelector('.gapline');
    const bg = rgb(getComputedStyle(root).backgroundColor);
    const failures = [];
    const check = (what, colour, min, under = bg) => {
      const r = ratio(colour, under);
      if (!(r >= min)) failures.push(`${what}: ${r.toFixed(2)}:1, needs ${min}:1`);
    };
    // What a text is drawn on: a cluster's pill for its count, else the widget's background.
    const under = (t) => {
      const box = t.getBoundingClientRect();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const pill = [...document.querySelectorAll('svg.gl-svg .gl-cluster')].find((c) => {
        const r = c.getBoundingClientRect();
        return r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
      });
      if (!pill) return bg;
      const s = getComputedStyle(pill);
      return blend(rgb(s.fill), bg, Number(s.fillOpacity));
    };
    for (const t of document.querySelectorAll('svg.gl-svg text')) {
      const s = getComputedStyle(t);
      const back = under(t);
      check(`text.${t.getAttribute('class')} "${t.textContent}"`, blend(rgb(s.fill), back, Number(s.fillOpacity) * Number(s.opacity)), 4.5, back);
    }
    const vars = getComputedStyle(root);
    for (const name of ['--gl-fg', '--gl-muted', '--gl-lane-0', '--gl-lane-1', '--gl-lane-2', '--gl-lane-3']) {
      check(name, rgb(vars.getPropertyValue(name).trim()), 4.5);
    }
    check('--gl-focus', rgb(vars.getPropertyValue('--gl-focus').trim()), 3);
    for (const m of document.querySelectorAll('svg.gl-svg .gl-mark')) {
      const s = getComputedStyle(m);
      check(`mark ${m.dataset.modelId}`, blend(rgb(s.fill), bg, Number(s.fillOpacity)), 3);
    }
    return [...new Set(failures)];
  });
}

for (const [scheme, lang, card] of [['light', 'en', true], ['dark', 'en', false], ['light', 'zh', false], ['dark', 'zh', true]]) {
  test(`axe: no WCAG 2 A/AA violations, ${scheme} colours, timeline in ${lang}${card ? ', a details card open' : ''}`, async () => {
    const { context, page, errors } = await openDemo(env, { colorScheme: scheme }, { html: lang === 'zh' ? chinese : null });
    assert.match(await page.locator('.gapline').getAttribute('lang'), lang === 'zh' ? /^zh/ : /^en/);
    await page.locator('svg .gl-claim').first().waitFor();
    if (card) {
      // As a keyboard reader gets there: Tab until a mark has focus, then Enter.
      for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-mark'))); i++) {
        await page.keyboard.press('Tab');
      }
      assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-mark')), 'Tab reaches the timeline');
      await page.keyboard.press('Enter');
      await page.locator('.gl-card[role="dialog"]').waitFor();
    }
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG);
    await page.screenshot({ path: path.join(SHOTS, `axe-${scheme}-${lang}.png`), fullPage: true });
    assert.equal(result.violations.length, 0, `axe found:\n${describe(result.violations)}`);
    // The rules that matter most here did run and found elements to check.
    const checked = new Set(result.passes.map((p) => p.id));
    for (const rule of ['color-contrast', 'svg-img-alt', 'button-name', 'nested-interactive']) assert.ok(checked.has(rule), `${rule} checked something`);
    // axe leaves the contrast of SVG text undecided ("contains an image node"): measured here.
    assert.deepEqual(await svgContrast(page), [], 'too little contrast in the chart');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('reduced motion: a transition on the marks is switched off for readers who ask for it', async () => {
  // Nothing animates today; a transition that a future change might add stands in for one.
  const future = '.gapline .gl-mark { transition: fill-opacity 0.3s; }';
  for (const [reducedMotion, expected] of [['reduce', '0s'], ['no-preference', '0.3s']]) {
    const { context, page, errors } = await openDemo(env, { reducedMotion });
    await page.addStyleTag({ content: future });
    const durations = await page.$$eval('svg .gl-mark', (els) => [...new Set(els.map((e) => getComputedStyle(e).transitionDuration))]);
    assert.deepEqual(durations, [expected], reducedMotion);
    // And nothing in the widget moves as shipped: no transition, animation or smooth scrolling.
    await page.evaluate(() => document.querySelector('style:last-of-type').remove());
    const moving = await page.$$eval('.gapline, .gapline *', (els) => els.filter((e) => {
      const s = getComputedStyle(e);
      return s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none' || s.scrollBehavior === 'smooth';
    }).map((e) => e.getAttribute('class')));
    assert.deepEqual(moving, []);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('axe: no WCAG 2 A/AA violations at 375 px with the Options menu open, then with "How this is measured" open', async () => {
  const { context, page, errors } = await openDemo(env, { viewport: { width: 375, height: 800 } });
  await page.locator('.gapline.gl-narrow').waitFor();
  const axe = async (what) => {
    const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG);
    assert.equal(result.violations.length, 0, `axe found, ${what}:\n${describe(result.violations)}`);
    const checked = new Set(result.passes.map((p) => p.id));
    for (const rule of ['color-contrast', 'button-name', 'aria-valid-attr-value']) assert.ok(checked.has(rule), `${rule} checked something, ${what}`);
  };
  await page.addScriptTag({ path: AXE });
  await page.locator('button.gl-options').click();
  await page.locator('.gl-controls').waitFor();
  await axe('the menu open');
  await page.locator('button[data-ctl=method][value=bar]').click();
  await page.getByRole('dialog', { name: 'How this is measured' }).waitFor();
  await axe('the panel open');
  await page.screenshot({ path: path.join(SHOTS, 'axe-phone-375.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
