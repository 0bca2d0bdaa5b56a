// The demo's screenshots under docs/screenshots/: at 375 and 1280 px, light and dark, English
// and Chinese, from the built site (dist/). Run after `make build`: node scripts/screenshots.mjs
import fs from 'node:fs';
import path from 'node:path';
import { start, openDemo } from '../tests/e2e/browser.mjs';

const OUT = path.resolve('docs/screenshots');
fs.mkdirSync(OUT, { recursive: true });
const env = await start();
try {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      for (const lang of ['en', 'zh']) {
        const { context, page } = await openDemo(env, {
          viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: width < 600 ? 2 : 1,
        }, { html: (body) => body.replace('data-gapline ', `data-gapline data-lang="${lang}" `) });
        await page.locator('.gapline').first().waitFor();
        const file = path.join(OUT, `demo-${width}-${scheme}-${lang}.png`);
        await page.locator('.gapline').first().screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await env.close();
}
