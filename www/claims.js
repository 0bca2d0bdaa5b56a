// The claims page: every claim of data/all-claims.json with gapline's reading and verdict
// (written by the widget's core as escaped HTML), filtered by speaker, modality and relation.
// The filters live in the address, so a filtered view can be linked to. Claims the core left
// out (a missing field, a bad date, an id used twice…) are listed under "Claims left out", each
// with its reasons, set as text.
import { claimIndex } from './site/gapline.js';

const form = document.getElementById('filters');
const list = document.getElementById('claims');
const count = document.getElementById('count');
const leftOut = document.getElementById('left-out');
const query = new URLSearchParams(location.search);
let entries = [];
let problemCount = 0;

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
  count.textContent = `${shown} of ${entries.length} claims` + (problemCount ? `; ${problemCount} left out` : '');
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...want, benchmark: form.elements.benchmark.value })) if (v) next.set(k, v);
  history.replaceState(null, '', `?${next}`);
}

/** The claims file's own list, to name the claims left out; empty when it cannot be read. */
async function rawClaims(url) {
  try {
    const doc = await (await fetch(url)).json();
    const claims = Array.isArray(doc) ? doc : doc?.claims;
    return Array.isArray(claims) ? claims : [];
  } catch {
    return [];
  }
}

/** A field of a raw claim as short text, or '' when it is not a plain value. */
const field = (claim, key) => {
  const v = claim && typeof claim === 'object' ? claim[key] : undefined;
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
};
const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Lists the claims left out: the problems (sentences located at `/claims/N/…`) grouped by
 * claim, each claim named by its place in the file, speaker, date and id. Everything is text.
 */
function showProblems(problems, raw) {
  const byClaim = new Map();
  const other = [];
  for (const p of problems) {
    const at = /\/claims\/(\d+)/.exec(p);
    if (at) {
      const i = Number(at[1]);
      if (!byClaim.has(i)) byClaim.set(i, []);
      byClaim.get(i).push(p);
    } else other.push(p);
  }
  const ul = document.getElementById('problems');
  ul.replaceChildren();
  for (const [i, reasons] of [...byClaim].sort((a, b) => a[0] - b[0])) {
    const c = raw[i];
    const li = document.createElement('li');
    li.className = 'gl-left-out';
    li.dataset.index = String(i);
    const name = document.createElement('strong');
    const speaker = field(c, 'speaker');
    const said = field(c, 'said_on');
    const id = field(c, 'id');
    name.textContent = `Claim ${i + 1} of the file` + (speaker ? `, by ${clip(speaker, 80)}` : '') +
      (said ? `, ${clip(said, 40)}` : '') + (id ? ` (id ${clip(id, 80)})` : '');
    li.append(name);
    const text = field(c, 'text');
    if (text) {
      const q = document.createElement('q');
      q.textContent = clip(text, 160);
      li.append(' ', q);
    }
    const why = document.createElement('ul');
    for (const r of reasons) {
      const item = document.createElement('li');
      item.className = 'gl-left-out-reason';
      item.textContent = r;
      why.append(item);
    }
    li.append(why);
    ul.append(li);
  }
  for (const p of other) {
    const li = document.createElement('li');
    li.className = 'gl-left-out';
    li.textContent = p;
    ul.append(li);
  }
  problemCount = byClaim.size + other.length;
  document.getElementById('left-out-count').textContent = String(problemCount);
  leftOut.hidden = problemCount === 0;
}

async function load() {
  count.textContent = 'Loading the claims…';
  const [result, raw] = await Promise.all([
    claimIndex(list.dataset.src, form.elements.benchmark.value, 'en'),
    rawClaims(list.dataset.src),
  ]);
  if (result.error) {
    count.textContent = `The claims could not be shown: ${result.error}`;
    return;
  }
  entries = result.entries;
  showProblems(result.problems ?? [], raw);
  // Each entry's HTML was escaped by gapline's core: labels are text, links are http(s) only.
  list.innerHTML = entries.map((e) => e.html).join('');
  for (const key of ['speaker', 'modality', 'relation']) options(form.elements[key], key);
  show();
}

if (query.get('benchmark')) form.elements.benchmark.value = query.get('benchmark');
form.addEventListener('change', (ev) => (ev.target.name === 'benchmark' ? load() : show()));
load();
