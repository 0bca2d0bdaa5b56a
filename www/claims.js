// The claims page: every claim of data/all-claims.json with gapline's reading and verdict
// (written by the widget's core as escaped HTML), filtered by speaker, modality and relation.
// The filters live in the address, so a filtered view can be linked to.
import { claimIndex } from './site/gapline.js';

const form = document.getElementById('filters');
const list = document.getElementById('claims');
const count = document.getElementById('count');
const query = new URLSearchParams(location.search);
let entries = [];

/** Fills a select with the distinct values of `key`, keeping its first ("All") option. */
function options(select, key) {
  const values = [...new Set(entries.map((e) => e[key]))].sort((a, b) => a.localeCompare(b));
  select.length = 1;
  for (const v of values) select.add(new Option(v.replace('_', ' '), v));
  const now = new URLSearchParams(location.search).get(key);
  select.value = values.includes(now) ? now : '';
}

function show() {
  const want = Object.fromEntries(['speaker', 'modality', 'relation'].map((k) => [k, form.elements[k].value]));
  let shown = 0;
  for (const [i, el] of [...list.children].entries()) {
    const e = entries[i];
    const visible = Object.entries(want).every(([k, v]) => !v || e[k] === v);
    el.hidden = !visible;
    shown += visible;
  }
  count.textContent = `${shown} of ${entries.length} claims`;
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...want, benchmark: form.elements.benchmark.value })) if (v) next.set(k, v);
  history.replaceState(null, '', `?${next}`);
}

async function load() {
  count.textContent = 'Loading the claims…';
  const result = await claimIndex(list.dataset.src, form.elements.benchmark.value, 'en');
  if (result.error) {
    count.textContent = `The claims could not be shown: ${result.error}`;
    return;
  }
  entries = result.entries;
  // Each entry's HTML was escaped by gapline's core: labels are text, links are http(s) only.
  list.innerHTML = entries.map((e) => e.html).join('');
  for (const key of ['speaker', 'modality', 'relation']) options(form.elements[key], key);
  show();
}

if (query.get('benchmark')) form.elements.benchmark.value = query.get('benchmark');
form.addEventListener('change', (ev) => (ev.target.name === 'benchmark' ? load() : show()));
load();
