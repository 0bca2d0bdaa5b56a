// End-to-end: what the site's pages write from their input. The editor's embed code keeps a
// hostile speaker's name as text, the claims page lists the claims it left out with their
// reasons and each speaker's record from the verdicts it lists, and bench.html caps ?n= and
// ignores a value that is no count.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { start } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function open(url, { route, waitUntil = 'load' } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  if (route) await route(page);
  await page.goto(`${env.server.url}/${url}`, { waitUntil });
  return { context, page, errors };
}

const HOSTILE = `a"b<c>&'d</iframe><script>window.owned=1</script>`;

test('editor: a speaker full of markup stays text in both embed codes', async () => {
  const { context, page, errors } = await open('editor.html');
  await page.fill('#text', 'Chinese models are still about 1.5 years behind GPT-4.');
  await page.fill('input[name=said]', '2024-02');
  await page.fill('input[name=speaker]', HOSTILE);
  await page.waitForFunction(() => document.querySelector('[data-testid=code-iframe]').textContent.includes('title="a&quot;b'));

  const iframeCode = await page.locator('[data-testid=code-iframe]').textContent();
  for (const c of ['<c>', '</iframe><script>', `'d`, '&\'']) assert.ok(!iframeCode.includes(c), `${c} left raw in ${iframeCode}`);
  const parsed = await page.evaluate((code) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    const src = frames[0] && new URL(frames[0].getAttribute('src'));
    return {
      iframes: frames.length, scripts: doc.querySelectorAll('script').length, elements: doc.body.querySelectorAll('*').length,
      title: frames[0]?.getAttribute('title'), attrs: frames[0] ? frames[0].getAttributeNames() : [],
      speaker: src && JSON.parse(src.searchParams.get('data')).claims[0].speaker, from: src?.searchParams.get('from'),
    };
  }, iframeCode);
  assert.equal(parsed.iframes, 1);
  assert.equal(parsed.scripts, 0);
  assert.equal(parsed.elements, 1, 'nothing but the iframe');
  assert.equal(parsed.title, `${HOSTILE} on the US–China AI gap`);
  assert.deepEqual(parsed.attrs.sort(), ['height', 'loading', 'src', 'style', 'title', 'width']);
  assert.equal(parsed.speaker, HOSTILE);
  assert.equal(parsed.from, '2022');

  // The script embed: the stylesheet, the module and the element with its JSON, nothing else.
  const scriptCode = await page.locator('[data-testid=code-script]').textContent();
  const embed = await page.evaluate((code) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><head></head><body>${code}`, 'text/html');
    const json = doc.querySelector('[data-gapline] script[type="application/json"]');
    return {
      tags: [...doc.querySelectorAll('body *, head *')].map((e) => e.tagName.toLowerCase()).sort(),
      module: doc.querySelectorAll('script[type=module]').length, from: doc.querySelector('[data-gapline]')?.dataset.from,
      speaker: json && JSON.parse(json.textContent).claims[0].speaker,
    };
  }, scriptCode);
  assert.deepEqual(embed.tags, ['div', 'link', 'script', 'script']);
  assert.equal(embed.module, 1);
  assert.equal(embed.from, '2022');
  assert.equal(embed.speaker, HOSTILE);

  // Put in a page, the iframe code runs nothing of the name.
  const fresh = await context.newPage();
  await fresh.route(`${env.server.url}/fresh.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><title>fresh</title><body>${iframeCode}</body>` }));
  await fresh.goto(`${env.server.url}/fresh.html`);
  assert.equal(await fresh.locator('iframe').count(), 1);
  assert.equal(await fresh.locator('iframe').getAttribute('title'), `${HOSTILE} on the US–China AI gap`);
  assert.equal(await fresh.evaluate(() => window.owned), undefined);
  assert.equal(await page.evaluate(() => window.owned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('claims page: a claim left out is listed with its reason, as text, and the good ones still are', async () => {
  const file = JSON.parse(await fs.readFile('dist/data/all-claims.json', 'utf8'));
  const good = file.claims;
  const bad = { ...good[0], id: 'bad-date-claim', speaker: '<b>Bad</b> Speaker', said_on: 'sometime soon',
    text: 'China is <img src=x onerror="window.owned=1"> two years behind.' };
  // The bad claim third in the file; the page names it by its place there.
  const claims = [good[0], good[1], bad, ...good.slice(2)];
  const route = (page) => page.route('**/data/all-claims.json', (r) => r.fulfill({
    contentType: 'application/json; charset=utf-8', body: JSON.stringify({ ...file, claims }) }));
  const { context, page, errors } = await open('claims.html', { route });
  await page.locator('.gl-entry').first().waitFor();

  assert.equal(await page.locator('.gl-entry').count(), good.length);
  const section = page.getByRole('region', { name: 'Claims left out (1)' });
  assert.ok(await section.isVisible());
  assert.equal(await page.getByRole('heading', { name: 'Claims left out (1)' }).count(), 1);
  const items = section.locator('li.gl-left-out');
  assert.equal(await items.count(), 1);
  const item = await items.first().textContent();
  assert.match(item, /Claim 3 of the file, by <b>Bad<\/b> Speaker, sometime soon \(id bad-date-claim\)/);
  assert.match(item, /China is <img src=x onerror="window.owned=1"> two years behind\./);
  const reasons = await section.locator('.gl-left-out-reason').allTextContents();
  assert.ok(reasons.length >= 1);
  assert.ok(reasons.every((r) => r.includes('/claims/2/said_on')), reasons.join(' | '));
  assert.match(reasons.join(' '), /sometime soon/);
  // Text, never markup.
  assert.equal(await section.locator('b, img').count(), 0);
  assert.equal(await page.evaluate(() => window.owned), undefined);
  assert.equal(await page.locator('#count').textContent(), `${good.length} of ${good.length} claims; 1 left out`);
  // The good ones are all there, the bad one is not.
  const shown = await page.locator('#claims').textContent();
  assert.match(shown, /Against GPQA diamond/);
  assert.ok(!shown.includes('sometime soon'));
  // Filters and another benchmark keep the list of those left out.
  await page.selectOption('select[name=benchmark]', 'MMLU');
  await page.waitForFunction(() => document.querySelector('#claims').textContent.includes('Against MMLU'));
  assert.equal(await section.locator('li.gl-left-out').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('claims page: nothing left out, no such list', async () => {
  const { context, page, errors } = await open('claims.html');
  await page.locator('.gl-entry').first().waitFor();
  assert.equal(await page.locator('#left-out').isVisible(), false);
  assert.doesNotMatch(await page.locator('#count').textContent(), /left out/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('claims page: each speaker\'s record counts the claims and judged verdicts listed for them', async () => {
  // One speaker's name full of markup: it stays text in the records too.
  const file = JSON.parse(await fs.readFile('dist/data/all-claims.json', 'utf8'));
  const hostile = '<b>Bold</b> & <img src=x onerror="window.owned=1">';
  const zhou = file.claims[0].speaker === 'Zhou Hongyi' ? 1 : 0;
  const claims = file.claims.map((c, i) => (i === zhou ? { ...c, speaker: hostile } : c));
  const route = (page) => page.route('**/data/all-claims.json', (r) => r.fulfill({
    contentType: 'application/json; charset=utf-8', body: JSON.stringify({ ...file, claims }) }));
  const { context, page, errors } = await open('claims.html', { route });
  await page.locator('.gl-entry').first().waitFor();
  const table = page.getByTestId('speaker-records');
  await table.locator('tbody tr').first().waitFor();
  const read = async () => ({
    records: await table.locator('tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.children].map((c) => c.textContent))),
    entries: await page.$$eval('.gl-entry', (els) => els.map((e) => ({
      speaker: e.querySelector('h3').textContent, verdict: e.querySelector('dd:nth-of-type(2)').textContent }))),
  });
  // A verdict that gives a number of months, and that number signed as the records sign it:
  // positive when China got there sooner than claimed.
  const months = (verdict) => {
    if (/within the claimed range/.test(verdict)) return 0;
    const m = verdict.match(/(\d+) months? (later|sooner) than claimed/);
    return m && (m[2] === 'sooner' ? 1 : -1) * Number(m[1]);
  };
  const check = async (benchmark) => {
    const { records, entries } = await read();
    const speakers = [...new Set(entries.map((e) => e.speaker))];
    assert.equal(records.length, speakers.length, 'one record per speaker');
    assert.deepEqual(records.map((r) => r[0]).sort(), speakers.sort());
    let judgedAll = 0;
    for (const [speaker, claims, judged, mean, size, named] of records) {
      const theirs = entries.filter((e) => e.speaker === speaker);
      assert.equal(Number(claims), theirs.length, `${speaker}: claims`);
      const numbers = theirs.map((e) => months(e.verdict)).filter((m) => m !== null);
      assert.equal(Number(judged), numbers.length, `${speaker}: judged`);
      judgedAll += numbers.length;
      if (numbers.length === 0) {
        assert.deepEqual([mean, size, named], ['—', '—', '—'], speaker);
        continue;
      }
      // Each verdict rounds its months to a whole one: the mean is within half a month of theirs.
      const average = numbers.reduce((a, b) => a + b, 0) / numbers.length;
      const shown = Number(mean.replace('−', '-'));
      assert.ok(Math.abs(shown - average) <= 0.55, `${speaker}: ${mean} against ${average}`);
      assert.ok(Number(size) >= Math.abs(shown) - 0.05, `${speaker}: size ${size}, mean ${mean}`);
      assert.equal(named, benchmark, `${speaker}: the benchmark named`);
    }
    return judgedAll;
  };
  // On GPQA diamond GPT-4's score is near a guess, so the claims naming it cannot be judged.
  await check('GPQA diamond');
  const hostileRow = table.locator('tbody tr').filter({ hasText: 'Bold' });
  assert.equal(await hostileRow.locator('th').textContent(), hostile);
  assert.equal(await table.locator('b, img').count(), 0);
  assert.equal(await page.evaluate(() => window.owned), undefined);
  // Another benchmark re-reads the verdicts, and the records with them.
  await page.selectOption('select[name=benchmark]', 'MMLU');
  await page.waitForFunction(() => document.querySelector('#claims').textContent.includes('Against MMLU'));
  assert.ok(await check('MMLU') >= 1, 'some claim is judged on MMLU');
  assert.deepEqual(errors, []);
  await context.close();
});

test('bench.html: ?n= is capped at 200000 and says so; a value that is no count means 1000', async () => {
  const bench = async (n) => {
    // Not waiting for the load event: 200,000 models take a while to draw, and only ?n= is checked.
    const { context, page, errors } = await open(`bench.html?n=${encodeURIComponent(n)}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => typeof window.__bench?.n === 'number');
    const got = await page.evaluate(() => ({ n: window.__bench.n, capped: window.__bench.capped,
      note: document.getElementById('bench-note')?.textContent ?? null }));
    return { ...got, page, context, errors };
  };
  // Each capped page makes 200,000 models (a second or two): two of them.
  for (const n of ['200001', '1e400']) {
    const r = await bench(n);
    assert.equal(r.n, 200000, n);
    assert.equal(r.capped, true, n);
    assert.match(r.note, /capped at 200,000 models/, n);
    assert.ok(r.note.startsWith(`?n=${n} `), r.note);
    await r.context.close();
  }
  for (const [n, want] of [['abc', 1000], ['-5', 1000], ['', 1000], ['12abc', 1000], ['-Infinity', 1000],
    ['250.7', 250], ['0', 0], [' 42 ', 42]]) {
    const r = await bench(n);
    assert.equal(r.n, want, `?n=${n}`);
    assert.equal(r.capped, false, `?n=${n}`);
    assert.equal(r.note, null, `?n=${n}`);
    await r.context.close();
  }
  // The default is drawn, as ever.
  const r = await bench('not-a-number');
  await r.page.waitForFunction(() => typeof window.__rendered === 'number', null, { timeout: 30000 });
  assert.equal(await r.page.evaluate(() => window.__bench.itemCount()), await r.page.evaluate(() => window.__bench.expected));
  assert.match(await r.page.evaluate(() => document.title), /benchmark/);
  assert.deepEqual(r.errors, []);
  await r.context.close();
});
