// A mid-range phone, as the shared timeline harness (../shared/bench) would see it: the CPU
// throttled 4x (CDP Emulation.setCPUThrottlingRate) and a slow 4G network (CDP
// Network.emulateNetworkConditions: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, the
// "Slow 4G" of Lighthouse), nothing cached (the harness serves no-store). For gapline (dist/,
// bench.html), vis-timeline and TimelineJS3 at N items, it reports the time from navigation to
// the first full draw (window.__rendered, which each page sets once its items are drawn),
// median of the runs, each in a fresh Chromium.
//
//   cp -r ../shared/bench /tmp/bench && (cd /tmp/bench/harness && npm ci)
//   scripts/build.sh
//   node bench/phone.mjs --harness /tmp/bench/harness --out docs/bench/phone-$(date -u +%F).json
//
// Options: --n 100, --runs 5, --timeout 180 (s per page).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
if (!args.harness) {
  console.error('usage: node bench/phone.mjs --harness DIR [--n 100] [--runs 5] [--out FILE.json]');
  process.exit(2);
}
const harness = path.resolve(args.harness);
const load = (file) => import(pathToFileURL(path.join(harness, file)).href);
const { startServer } = await load('lib/server.mjs');
const { launchBrowser } = await load('lib/measure.mjs');
const { PEERS } = await load('peers.mjs');
const { setupPeers, peersReady } = await load('setup-peers.mjs');
if (!peersReady()) setupPeers({ quiet: true });

const n = Number(args.n ?? 100);
const runs = Number(args.runs ?? 5);
const timeout = Number(args.timeout ?? 180) * 1000;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const peers = {
  gapline: { dir: dist, page: 'bench.html', label: 'gapline (Leptos/WASM)' },
  'vis-timeline': PEERS['vis-timeline'],
  timelinejs: PEERS.timelinejs,
};
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 };
const CPU = 4;

/** One cold load of `peer` on the phone profile: ms from navigation to the first full draw. */
async function once(name, peer) {
  const server = await startServer(peer.dir, { name });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    server.beginCapture();
    const data = encodeURIComponent(`/__bench/data.json?n=${n}`);
    await page.goto(`${server.origin}/${peer.page || 'index.html'}?n=${n}&data=${data}`, { timeout });
    await page.waitForFunction(() => typeof window.__rendered === 'number', null, { timeout, polling: 100 });
    const rendered = await page.evaluate(() => window.__rendered);
    const files = server.endCapture();
    return { ms: Math.round(rendered), requests: files.length, bytes: files.reduce((s, f) => s + f.bytes, 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}

const results = {};
const names = Object.keys(peers);
for (let r = 0; r < runs; r++) {
  // The order turns each run, so no peer always goes first.
  for (const name of [...names.slice(r % names.length), ...names.slice(0, r % names.length)]) {
    const m = await once(name, peers[name]);
    (results[name] ??= []).push(m);
    console.error(`run ${r + 1}/${runs} ${name}: ${m.ms} ms (${m.requests} requests, ${m.bytes} bytes)`);
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const k = s.length >> 1; return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2; };
const rows = names.map((name) => ({ peer: name, label: peers[name].label, median_ms: median(results[name].map((m) => m.ms)), runs: results[name] }));
const base = rows.find((r) => r.peer === 'vis-timeline').median_ms;
const md = [
  `Mid-range phone profile: CPU ${CPU}x slower, slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up), nothing cached, 412x823 viewport; ${n} items; median of ${runs} cold loads, each in a fresh headless Chromium; time from navigation to the first full draw (window.__rendered).`,
  '',
  '| widget | median ms | vs vis-timeline | runs (ms) | bytes transferred (uncompressed, first run) |',
  '|---|---:|---:|---|---:|',
  ...rows.map((r) => `| ${r.label} | ${r.median_ms} | ${(r.median_ms / base).toFixed(2)}x | ${r.runs.map((m) => m.ms).join(', ')} | ${r.runs[0].bytes} |`),
  '',
].join('\n');
process.stdout.write(md);
if (args.out) {
  fs.writeFileSync(args.out, JSON.stringify({ date: new Date().toISOString(), n, runs, cpu: CPU, network: NETWORK, rows }, null, 2));
  fs.writeFileSync(args.out.replace(/\.json$/, '.md'), `${md}`);
}
