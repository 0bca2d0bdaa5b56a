// The claim editor: the claim's fields live in the page's address; gapline's core reads the
// text (readClaim) and the preview is a timeline drawn with mount(). Every piece of HTML shown
// here was escaped by the core or is set as text.
import { mount, readClaim } from './site/gapline.js';
import { copyButtons } from './copy.js';

const form = document.getElementById('claim');
const FIELDS = ['text', 'said', 'speaker', 'source', 'relation', 'gap_min', 'gap_max', 'reference', 'modality', 'reviewed'];
/** What the parser last read from the text (readClaim's answer), for a stored reading. */
let lastRead = null;
const base = new URL('.', location.href).href;
const value = (name) => {
  const el = form.elements[name];
  return el.type === 'checkbox' ? (el.checked ? 'yes' : '') : el.value.trim();
};

/** The models a claim can be compared with: the built-in data's US models, newest first. */
async function referenceOptions() {
  const select = form.elements.reference;
  try {
    const data = await (await fetch('data/models.json')).json();
    const us = data.models.filter((m) => m.region === 'US').sort((a, b) => (a.released < b.released ? 1 : -1));
    for (const m of us) select.add(new Option(`${m.name} (${m.released.slice(0, 7)})`, m.id));
  } catch {
    // Without the list the field keeps "as read"; the rest of the editor works.
  }
}

/** A slug for the claim's id: lower-case ASCII words joined by dashes. */
const slug = (s) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The claim as gapline JSON: the fields given, and the corrections set by hand. */
function claim() {
  const c = {
    id: slug(`${value('speaker')} ${value('said')}`) || 'claim',
    speaker: value('speaker'),
    said_on: value('said'),
    source_url: value('source'),
    text: value('text'),
  };
  const gap = value('gap_min') === '' ? undefined
    : { min: Number(value('gap_min')), max: value('gap_max') === '' ? null : Number(value('gap_max')) };
  if (value('reviewed') && (lastRead || value('relation'))) {
    // Checked by the author: the reading is stored with the claim, corrections included, and
    // drawn as it is wherever the claim is embedded (no parsing in the reader's browser).
    c.reading = reviewedReading(gap);
    return c;
  }
  if (value('relation')) c.relation = value('relation');
  if (gap) c.gap_months = gap.max === null ? { min: gap.min } : gap;
  if (value('reference')) c.reference_model = value('reference');
  if (value('modality')) c.modality = value('modality');
  return c;
}

/** One comparison as stored: its fields and the spans of the words it came from. */
function comparison(r) {
  const spans = {};
  if (r.relationSpan) spans.relation = r.relationSpan;
  if (r.gapSpan) spans.gap = r.gapSpan;
  if (r.referenceSpan) spans.reference = r.referenceSpan;
  const c = { relation: r.relation, gap_months: r.gapMin == null ? null : { min: r.gapMin, max: r.gapMax } };
  if (r.referenceModel) c.reference_model = r.referenceModel;
  if (r.reference) c.reference = r.reference;
  c.modality = r.modality;
  if (Object.keys(spans).length) c.spans = spans;
  return c;
}

/** The reading the author confirmed: what was read, with each correction replacing its part
 *  (a corrected part keeps no span: the words did not say it). */
function reviewedReading(gap) {
  const read = lastRead && !lastRead.error ? lastRead : null;
  const first = read ? comparison(read) : { relation: 'unspecified', gap_months: null, modality: 'general' };
  if (value('relation')) { first.relation = value('relation'); if (first.spans) delete first.spans.relation; }
  if (gap) { first.gap_months = gap; if (first.spans) delete first.spans.gap; }
  if (value('reference')) {
    first.reference_model = value('reference');
    delete first.reference;
    if (first.spans) delete first.spans.reference;
  }
  if (value('modality')) first.modality = value('modality');
  const more = read ? (read.claims || []).slice(1).map(comparison) : [];
  return { ...first, ...(more.length ? { more } : {}), read_from: 'text', ...(read ? { parser: read.parser } : {}), reviewed: true };
}

/** The window to open on: from two years before the year said, when there is one. */
function from() {
  const year = value('said').match(/(19|20)\d\d/);
  return year ? String(Number(year[0]) - 2) : undefined;
}

/** JSON that is safe inside a <script> element (no "</script>" can close it early). */
const scriptJson = (doc) => JSON.stringify(doc).replace(/</g, '\\u003c');

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe as a quoted HTML attribute value: every HTML-special character escaped. */
const attr = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);

function codes(doc) {
  const f = from();
  const window = f ? ` data-from="${attr(f)}"` : '';
  document.getElementById('code-script').textContent =
    `<link rel="stylesheet" href="${attr(`${base}gapline.css`)}">\n<script type="module" src="${attr(`${base}gapline.js`)}"></script>\n` +
    `<div data-gapline${window}>\n  <script type="application/json">${scriptJson(doc)}</script>\n</div>`;
  const query = new URLSearchParams({ data: JSON.stringify(doc), ...(f ? { from: f } : {}) });
  const title = `${claim().speaker || 'Claim'} on the US–China AI gap`;
  document.getElementById('code-iframe').textContent =
    `<iframe src="${attr(`${base}embed.html?${query}`)}" title="${attr(title)}"\n` +
    '  width="100%" height="640" style="border: 0" loading="lazy"></iframe>';
}

/** A reading's gap as an author reads it: "18 months", "at least 24 months", "no duration". */
const gapText = (r) => (r.gapMin == null ? 'no duration'
  : r.gapMax == null ? `at least ${r.gapMin} months`
    : r.gapMin === r.gapMax ? `${r.gapMin} months` : `${r.gapMin}–${r.gapMax} months`);

let timeline = null;
let pending = 0;
async function refresh() {
  const ticket = ++pending;
  const state = new URLSearchParams();
  for (const f of FIELDS) if (value(f)) state.set(f, value(f));
  history.replaceState(null, '', `?${state}`);

  const highlight = document.getElementById('highlight');
  const reading = document.getElementById('reading');
  if (value('text')) {
    const r = await readClaim(value('text'));
    if (ticket !== pending) return; // a newer edit is on its way
    lastRead = r;
    highlight.innerHTML = r.html; // escaped by gapline's core
    if (r.error && r.choices && r.choices.length) {
      // The parser is not sure: the author picks the reading, which fills the corrections.
      reading.textContent = `Not sure how to read this: ${r.error}. Choose the reading the speaker meant: `;
      for (const c of r.choices) {
        const b = document.createElement('button');
        b.type = 'button';
        b.dataset.choice = c.relation;
        b.textContent = `${c.relation}, ${gapText(c)}`;
        b.addEventListener('click', () => {
          form.elements.relation.value = c.relation;
          form.elements.gap_min.value = c.gapMin ?? '';
          form.elements.gap_max.value = c.gapMax ?? '';
          refresh();
        });
        reading.append(b, ' ');
      }
    } else if (r.error) {
      reading.textContent = `Could not be read: ${r.error}. Set the relation and the gap by hand.`;
    } else {
      const gap = gapText(r);
      const ref = r.referenceModel ? `${r.reference} (model ${r.referenceModel})` : (r.reference || 'the US');
      reading.textContent = `Read as: ${r.relation.replace('_', ' ')}, ${gap}, compared with ${ref}; modality ${r.modality}` +
        ` (confidence ${Math.round(r.confidence * 100)} %).` +
        (r.warnings.length ? ` Check: ${r.warnings.join('; ')}.` : '');
      // A text that makes several comparisons ("near GPT-3.5, but 1.5 years behind GPT-4"):
      // one line each, the first being the one above. Strings appended are text nodes.
      const all = r.claims || [];
      if (all.length > 1) {
        reading.append(document.createElement('br'), `This text makes ${all.length} comparisons:`);
        all.forEach((c, i) => reading.append(document.createElement('br'), `Reading ${i + 1}: ${c.summary}`));
      }
    }
  } else {
    lastRead = null;
    highlight.textContent = '';
    reading.textContent = 'Type or paste a statement above.';
  }

  const doc = { claims: [claim()] };
  codes(doc);
  const options = { data: doc, from: from(), height: 460 };
  if (timeline) timeline.update(options);
  else timeline = mount(document.getElementById('preview'), options);
}

let timer = 0;
form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refresh, 250); });
form.addEventListener('change', () => { clearTimeout(timer); refresh(); });
form.addEventListener('submit', (ev) => ev.preventDefault());

copyButtons();

document.getElementById('download').addEventListener('click', () => {
  const c = claim();
  const blob = new Blob([JSON.stringify({ claims: [c] }, null, 2) + '\n'], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `gapline-claim-${c.id}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
});

// The address holds the state: fields first, then the reference once its options exist.
const query = new URLSearchParams(location.search);
for (const f of FIELDS) {
  if (!query.has(f)) continue;
  const el = form.elements[f];
  if (el.type === 'checkbox') el.checked = query.get(f) === 'yes';
  else el.value = query.get(f);
}
await referenceOptions();
if (query.has('reference')) form.elements.reference.value = query.get('reference');
refresh();
