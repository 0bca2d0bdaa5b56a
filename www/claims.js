// The claims page: every claim of data/all-claims.json with gapline's reading and verdict
// (written by the widget's core as escaped HTML), filtered by speaker, modality and relation.
// The filters live in the address, so a filtered view can be linked to. Claims the core left
// out (a missing field, a bad date, an id used twice…) are listed under "Claims left out", each
// with its reasons, set as text. Above the claims, each speaker's record on the same verdicts.
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

/** Months as the records show them: one decimal, a sign when `signed`, a dash for none. */
function months(m, signed) {
  if (m == null) return '—';
  const r = Math.round(m * 10) / 10;
  if (r === 0) return '0.0';
  return (signed && r > 0 ? '+' : '') + r.toFixed(1).replace('-', '−');
}

/**
 * Each speaker's record (`records`, computed by gapline's core from the verdicts on the page):
 * claims, judged, the average signed error and its size in months, the benchmarks named. Text.
 */
function showSpeakers(records) {
  const body = document.querySelector('[data-testid=speaker-records] tbody');
  body.replaceChildren();
  for (const r of records) {
    const row = document.createElement('tr');
    row.dataset.speaker = r.speaker;
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = r.speaker;
    row.append(name);
    const cells = [String(r.claims), String(r.judged), months(r.mean_error_months, true),
      months(r.mean_abs_error_months, false), r.benchmarks.join(', ') || '—'];
    for (const [i, value] of cells.entries()) {
      const td = document.createElement('td');
      if (i < 4) td.className = 'num';
      td.textContent = value;
      row.append(td);
    }
    body.append(row);
  }
}

const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Lists the claims left out (`leftOut`: each claim's place in the file, speaker, date, id and
 * text as the file wrote them, and its reasons), then the file's other problems. All as text.
 */
function showProblems(leftOutClaims, other) {
  const ul = document.getElementById('problems');
  ul.replaceChildren();
  for (const c of leftOutClaims) {
    const li = document.createElement('li');
    li.className = 'gl-left-out';
    li.dataset.index = String(c.index);
    const name = document.createElement('strong');
    const [speaker, said, id] = [c.speaker, c.said_on, c.id].map((v) => (v ?? '').trim());
    name.textContent = `Claim ${c.index + 1} of the file` + (speaker ? `, by ${clip(speaker, 80)}` : '') +
      (said ? `, ${clip(said, 40)}` : '') + (id ? ` (id ${clip(id, 80)})` : '');
    li.append(name);
    const text = (c.text ?? '').trim();
    if (text) {
      const q = document.createElement('q');
      q.textContent = clip(text, 160);
      li.append(' ', q);
    }
    const why = document.createElement('ul');
    for (const r of c.reasons) {
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
  problemCount = leftOutClaims.length + other.length;
  document.getElementById('left-out-count').textContent = String(problemCount);
  leftOut.hidden = problemCount === 0;
}

async function load() {
  count.textContent = 'Loading the claims…';
  const result = await claimIndex(list.dataset.src, form.elements.benchmark.value, 'en');
  if (result.error) {
    count.textContent = `The claims could not be shown: ${result.error}`;
    return;
  }
  entries = result.entries;
  showProblems(result.leftOut, result.problems);
  showSpeakers(result.speakers);
  // Each entry's HTML was escaped by gapline's core: labels are text, links are http(s) only.
  list.innerHTML = entries.map((e) => e.html).join('');
  for (const key of ['speaker', 'modality', 'relation']) options(form.elements[key], key);
  show();
}

if (query.get('benchmark')) form.elements.benchmark.value = query.get('benchmark');
form.addEventListener('change', (ev) => (ev.target.name === 'benchmark' ? load() : show()));
load();
