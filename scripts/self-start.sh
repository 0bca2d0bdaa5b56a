#!/bin/sh
# Trunk post-build hook: makes the generated ES module start itself. wasm-bindgen's glue only
# exports an init function; with src/start.js appended, loading gapline.js fetches
# gapline_bg.wasm from beside it and mounts every [data-gapline] element (calling init again is
# a no-op, so pages that import it and call init themselves keep working).
set -eu
js="${TRUNK_STAGING_DIR:?run by trunk}/gapline.js"
grep -Eq '__wbg_init as default|^export default __wbg_init;' "$js" || { echo "self-start: no __wbg_init export in $js" >&2; exit 1; }
# The start code (src/start.js): instantiates the wasm, then mounts every [data-gapline] element
# in an instance of its own, now and when one is added later.
{ printf '\n'; cat "$(dirname "$0")/../src/start.js"; } >> "$js"
# The imports' and exports' names made short, in the wasm and the glue alike
# (scripts/minify-names.mjs).
node "$(dirname "$0")/minify-names.mjs" "${TRUNK_STAGING_DIR}/gapline_bg.wasm" "$js"
# Minified (esbuild, pinned in package.json): the glue's names and whitespace cost every reader
# about 4 KiB gzip. The module's exports keep their names.
"${ESBUILD:-node_modules/.bin/esbuild}" "$js" --minify --format=esm --log-level=warning --outfile="$js.min.js"
mv "$js.min.js" "$js"
# The widget's stylesheet without its comments (they are for maintainers, and every reader
# would pay for them). Changed after Trunk hashes it: index.html links it with
# data-integrity="none", as it does gapline.js.
css="${TRUNK_STAGING_DIR}/gapline.css"
if [ -f "$css" ]; then
  node -e 'const fs = require("fs"); const f = process.argv[1]; fs.writeFileSync(f, fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\n\s*\n/g, "\n"));' "$css"
fi
