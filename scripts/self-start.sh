#!/bin/sh
# Trunk post-build hook: makes the generated ES module start itself. wasm-bindgen's glue only
# exports an init function; with this line, loading gapline.js fetches gapline_bg.wasm from
# beside it and mounts every [data-gapline] element (calling init again is a no-op, so pages
# that import it and call init themselves keep working).
set -eu
js="${TRUNK_STAGING_DIR:?run by trunk}/gapline.js"
grep -Eq '__wbg_init as default|^export default __wbg_init;' "$js" || { echo "self-start: no __wbg_init export in $js" >&2; exit 1; }
printf '\n// Started on load: one <script type="module" src="gapline.js"> is the whole embed.\nawait __wbg_init();\n' >> "$js"
