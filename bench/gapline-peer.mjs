// Makes a bench peer folder for ../shared/bench from a built dist/: a copy of dist/ with a
// bench.html that reads the harness's data set (?data=…), turns it into gapline JSON (the
// bench items are synthetic, so they carry a placeholder source link), and mounts the widget
// on it. Usage: node bench/gapline-peer.mjs DIST OUT_DIR
// Then: node run.mjs --peer-config <this repo>/bench/peers.mjs … (see docs/bench/README.md).
import fs from 'node:fs';
import path from 'node:path';

const [dist, out] = process.argv.slice(2);
if (!dist || !out) {
  console.error('usage: node bench/gapline-peer.mjs DIST OUT_DIR');
  process.exit(2);
}
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(dist, out, { recursive: true });
const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const js = index.match(/\/(gapline-[0-9a-f]+\.js)/)?.[1];
const wasm = index.match(/\/(gapline-[0-9a-f]+_bg\.wasm)/)?.[1];
const css = index.match(/\/(gapline-[0-9a-f]+\.css)/)?.[1];
if (!js || !wasm || !css) throw new Error('no gapline bundle named in dist/index.html');

fs.writeFileSync(path.join(out, 'bench.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gapline bench</title>
<link rel="stylesheet" href="/${css}">
<script src="/__bench/bench.js"></script>
</head><body style="margin:0">
<div id="host" data-bench-target style="width:1280px"></div>
<script type="module">
const B = window.__bench;
const raw = await (await fetch(B.dataUrl)).json();
const region = { US: 'US', China: 'CN' };
const models = raw.items.map((it) => ({ id: it.id, name: it.label, region: region[it.group] ?? 'US',
  released: it.start, source_url: 'https://example.org/bench-data' }));
const url = URL.createObjectURL(new Blob([JSON.stringify({ title: 'Bench', models })], { type: 'application/json' }));
const host = document.getElementById('host');
host.innerHTML = '<div data-gapline data-height="640"></div>';
host.firstChild.setAttribute('data-src', url);
B.expected = raw.items.length;
B.itemCount = () => document.querySelectorAll('svg.gl-svg [data-mark]').length;
B.viewState = () => [...document.querySelectorAll('svg.gl-svg .gl-tick-label')].map((e) => e.textContent).join(' ');
// A plain wheel scrolls the page until the reader clicks in; the bench zooms with the buttons.
B.interaction = { zoom: { method: 'click', target: '.gl-stage', in: '[data-zoom="in"]', out: '[data-zoom="out"]' }, pan: { target: '.gl-stage' } };
const init = (await import('/${js}')).default;
await init({ module_or_path: '/${wasm}' });
const done = () => B.itemCount() >= B.expected ? B.markRendered('marks') : requestAnimationFrame(done);
requestAnimationFrame(done);
</script></body></html>
`);
console.log(`peer folder ${out} (bench.html over ${js})`);
