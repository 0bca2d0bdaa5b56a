// Gives the wasm module's imports and exports short names, in the wasm and in its JS glue alike.
//
// wasm-bindgen names each import after the JS function it calls and a hash
// (`__wbg_createElement_8c9931a732ee2fea`), and writes every name twice: in the wasm's import
// section and as a key of the glue's imports object; the exports the glue calls are named after
// their Rust paths (`wasm_bindgen_…___convert__closures_____invoke___…`) and read as
// `wasm.<name>`. Those names cost every reader several KiB gzip, mostly random hex. binaryen's
// --minify-imports only renames the imports of emscripten's modules, so this does it: each
// import of the glue's module, and each export the glue reads as `wasm.<name>`, is renamed
// `a`, `b`, … `Z`, `aa` … (imports and exports apart), in the wasm (its sections re-encoded) and
// in the glue (an import's name wherever it stands as a whole identifier, an export's after
// `wasm.`). The script fails, leaving both files as they were, when an import's name is not
// found in the glue. Exports the glue never reads keep their names.
//
// Usage: node scripts/minify-names.mjs DIR/gapline_bg.wasm DIR/gapline.js
import fs from 'node:fs';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
  console.error('usage: minify-names.mjs WASM JS');
  process.exit(2);
}
const fail = (why) => {
  console.error(`minify-names: ${why}; ${wasmPath} and ${jsPath} are left as they were`);
  process.exit(1);
};

const wasm = fs.readFileSync(wasmPath);
let js = fs.readFileSync(jsPath, 'utf8');

function readLeb(buf, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}
const name = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([leb(b.length), b]); };
// a … z, A … Z, then two letters: short, valid identifiers, none of them a JS keyword.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) => (i < 52 ? LETTERS[i] : shortName(Math.floor(i / 52) - 1) + LETTERS[i % 52]);

if (wasm.readUInt32LE(0) !== 0x6d736100) fail('not a wasm module');
const sections = {};
for (let at = 8; at < wasm.length;) {
  const id = wasm[at];
  const [size, body] = readLeb(wasm, at + 1);
  if (id === 2 || id === 7) sections[id] = { start: at, body, end: body + size };
  at = body + size;
}
const section = sections[2];
if (!section) fail('no import section');

// The glue's own module: the one every wasm-bindgen import comes from.
const glue = './gapline_bg.js';
let [count, p] = readLeb(wasm, section.body);
const entries = [];
const renames = new Map();
for (let i = 0; i < count; i++) {
  let len;
  [len, p] = readLeb(wasm, p);
  const module = wasm.toString('utf8', p, p + len); p += len;
  [len, p] = readLeb(wasm, p);
  const field = wasm.toString('utf8', p, p + len); p += len;
  const descStart = p;
  const kind = wasm[p++];
  if (kind === 0) [, p] = readLeb(wasm, p); // function: type index
  else if (kind === 1) { p++; const flags = wasm[p++]; [, p] = readLeb(wasm, p); if (flags & 1) [, p] = readLeb(wasm, p); } // table
  else if (kind === 2) { const flags = wasm[p++]; [, p] = readLeb(wasm, p); if (flags & 1) [, p] = readLeb(wasm, p); } // memory
  else if (kind === 3) p += 2; // global: type, mutability
  else fail(`import ${field}: unknown kind ${kind}`);
  const desc = wasm.subarray(descStart, p);
  let renamed = field;
  if (module === glue && /^[A-Za-z_$][\w$]*$/.test(field)) {
    if (!renames.has(field)) renames.set(field, shortName(renames.size));
    renamed = renames.get(field);
  }
  entries.push(Buffer.concat([name(module), name(renamed), desc]));
}
if (p !== section.end) fail('the import section has bytes after its entries');
if (renames.size === 0) fail(`no imports from ${glue}`);

// The glue: each name as a whole identifier, at least once (its key in the imports object).
// The keys of that object are all import names, every one renamed, so no new name meets an old.
for (const [from, to] of renames) {
  const pattern = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  let found = 0;
  js = js.replace(pattern, () => { found++; return to; });
  if (found === 0) fail(`import ${from} is not in the glue`);
}
// Exports the glue reads as `wasm.<name>`.
const exportEntries = [];
const exportNames = [];
let exportsRenamed = 0;
if (sections[7]) {
  const [n, start] = readLeb(wasm, sections[7].body);
  let q = start;
  const used = new Set([...js.matchAll(/(?<![\w$.])wasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
  for (let i = 0; i < n; i++) {
    let len;
    [len, q] = readLeb(wasm, q);
    const field = wasm.toString('utf8', q, q + len); q += len;
    const descStart = q;
    q++; // kind
    [, q] = readLeb(wasm, q); // index
    let renamed = field;
    if (used.has(field)) {
      renamed = shortName(exportsRenamed++);
      const pattern = new RegExp(`(?<![\\w$.])wasm\\.${field.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
      js = js.replace(pattern, `wasm.${renamed}`);
    }
    exportNames.push(renamed);
    exportEntries.push(Buffer.concat([name(renamed), wasm.subarray(descStart, q)]));
  }
  if (q !== sections[7].end) fail('the export section has bytes after its entries');
  // A short name may not meet an export the glue never reads (and so kept its name).
  if (new Set(exportNames).size !== n) fail('two exports would have the same name');
  sections[7].bytes = Buffer.concat([leb(n), ...exportEntries]);
}

const importBody = Buffer.concat([leb(count), ...entries]);
const parts = [];
let from = 0;
for (const [id, body] of [[2, importBody], [7, sections[7]?.bytes]]) {
  if (!body) continue;
  const s = sections[id];
  parts.push(wasm.subarray(from, s.start), Buffer.from([id]), leb(body.length), body);
  from = s.end;
}
parts.push(wasm.subarray(from));
const out = Buffer.concat(parts);
fs.writeFileSync(wasmPath, out);
fs.writeFileSync(jsPath, js);
console.error(`minify-names: ${renames.size} imports and ${exportsRenamed} exports renamed, ${wasm.length - out.length} bytes fewer in the wasm`);
