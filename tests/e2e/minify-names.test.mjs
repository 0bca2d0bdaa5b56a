// scripts/minify-names.mjs on a small module made here: the imports, and the exports the glue
// reads, get short names in the wasm and the glue alike, the module still runs with the renamed
// glue, and an import the glue lacks fails the step with both files left as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve('scripts/minify-names.mjs');
const leb = (n) => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >> 7)]);
const str = (s) => [...leb(s.length), ...Buffer.from(s)];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];

/** A module importing `names` (functions of no arguments returning an i32) from the glue's
 * module and one from another, exporting `sum`, which adds the results of the glue's imports. */
function moduleBytes(names) {
  const type = section(1, [1, 0x60, 0, 1, 0x7f]);
  const imports = [...names.map((n) => ['./gapline_bg.js', n]), ['env', 'keep_me']];
  const importSec = section(2, [imports.length, ...imports.flatMap(([m, n]) => [...str(m), ...str(n), 0, 0])]);
  const func = section(3, [1, 0]);
  // `sum`, which the glue reads, and `memory_size`, which it does not: the function twice.
  const exportSec = section(7, [2, ...str('sum'), 0, imports.length, ...str('memory_size'), 0, imports.length]);
  // call 0; call 1; … i32.add …
  const code = names.flatMap((_, i) => (i === 0 ? [0x10, 0] : [0x10, i, 0x6a]));
  const body = [0, ...code, 0x0b];
  const codeSec = section(10, [1, body.length, ...body]);
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...type, ...importSec, ...func, ...exportSec, ...codeSec]);
}

const NAMES = ['__wbg_get_2080c49015e35254', '__wbg_set_innerHTML_a9d3a267967b5117', '__wbindgen_cast_0000000000000001'];
const glue = (names) => `function imports() { return { __proto__: null, "./gapline_bg.js": { __proto__: null,
${names.map((n, i) => `  ${n}: function() { return ${i + 1}; },`).join('\n')}
}, env: { keep_me: () => 0 } }; }
const note = "__wbg_get_2080c49015e35254_more is another word";
const call = (wasm) => wasm.sum() + other.sum;
const other = { sum: 0 };`;

test('imports and the exports the glue reads are renamed in the wasm and the glue, and the module still runs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gl-minify-'));
  const wasm = path.join(dir, 'gapline_bg.wasm');
  const js = path.join(dir, 'gapline.js');
  fs.writeFileSync(wasm, moduleBytes(NAMES));
  fs.writeFileSync(js, glue(NAMES));
  execFileSync('node', [SCRIPT, wasm, js], { stdio: 'pipe' });
  const module = new WebAssembly.Module(fs.readFileSync(wasm));
  const seen = WebAssembly.Module.imports(module).map((i) => `${i.module}:${i.name}`);
  assert.deepEqual(seen, ['./gapline_bg.js:a', './gapline_bg.js:b', './gapline_bg.js:c', 'env:keep_me']);
  const text = fs.readFileSync(js, 'utf8');
  for (const n of NAMES) assert.ok(!new RegExp(`${n}(?![\\w$])`).test(text), `${n} is gone from the glue`);
  // A longer identifier that starts with a name is not touched.
  assert.match(text, /__wbg_get_2080c49015e35254_more/);
  assert.deepEqual(WebAssembly.Module.exports(module).map((e) => e.name), ['a', 'memory_size']);
  // Only what is read as `wasm.<name>` is renamed: `other.sum` keeps its name.
  assert.match(text, /wasm\.a\(\) \+ other\.sum/);
  const [imports, call] = new Function(`${text}; return [imports(), call];`)();
  const instance = new WebAssembly.Instance(module, imports);
  assert.equal(call(instance.exports), 1 + 2 + 3);
  assert.equal(instance.exports.memory_size(), 6);
});

test('a name the glue does not have fails the step and changes neither file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gl-minify-'));
  const wasm = path.join(dir, 'gapline_bg.wasm');
  const js = path.join(dir, 'gapline.js');
  const bytes = moduleBytes(NAMES);
  const text = glue(NAMES.slice(0, 2));
  fs.writeFileSync(wasm, bytes);
  fs.writeFileSync(js, text);
  const run = spawnSync('node', [SCRIPT, wasm, js], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /import __wbindgen_cast_0000000000000001 is not in the glue/);
  assert.deepEqual(fs.readFileSync(wasm), bytes);
  assert.equal(fs.readFileSync(js, 'utf8'), text);
});
