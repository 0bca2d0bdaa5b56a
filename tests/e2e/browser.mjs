// Shared by the end-to-end tests that need their own browser contexts (touch, colour scheme,
// reduced motion): the built site served on 127.0.0.1 and Debian's Chromium.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

// Flags for a root user on a machine without network: no sandbox, no background calls home.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const SHOTS = path.resolve('e2e-out');

/** The server for dist/ and a browser; `close()` stops both. */
export async function start() {
  const server = await serve(path.resolve('dist'), 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

/**
 * The demo in a fresh context (`options` as for `browser.newContext`), once its marks are
 * drawn; `errors` collects console errors and uncaught exceptions.
 */
export async function openDemo({ server, browser }, options, { html } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (html) {
    // The demo page rewritten, e.g. with other attributes on the timeline's element.
    await page.route(`${server.url}/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: html(await response.text()) });
    });
  }
  await page.goto(`${server.url}/`);
  await page.locator('[data-mark]').first().waitFor();
  return { context, page, errors };
}

/** The axis tick labels, left to right. */
export function tickLabels(page) {
  return page.$$eval('svg.gl-svg .gl-tick-label', (els) => els.map((e) => e.textContent));
}
