#!/usr/bin/env bash
# Size report: raw, gzip -9 and brotli -q 11 bytes of what a page using the widget loads
# (the wasm, its JS glue and the widget CSS from dist/; not the demo page's own CSS, not data),
# then the authoring part, which pages load only when needed.
# Fails when the gzip total exceeds the budget. Usage: scripts/size.sh [dist] [budget KiB]
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
BUDGET_KIB=${2:-220}
files=()
for f in gapline_bg.wasm gapline.js gapline.css; do
  [ -f "$DIST/$f" ] && files+=("$DIST/$f")
done
if [ ${#files[@]} -lt 3 ]; then
  echo "size: expected the wasm, JS and CSS of a release build in $DIST/ (run trunk build --release)" >&2
  exit 1
fi
kib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
raw_total=0; gz_total=0; br_total=0
echo "| file | raw | gzip -9 | brotli -q 11 |"
echo "|---|---:|---:|---:|"
for f in "${files[@]}"; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
  raw_total=$((raw_total + raw)); gz_total=$((gz_total + gz)); br_total=$((br_total + br))
  name=$(basename "$f")
  echo "| \`$name\` | $(kib "$raw") KiB | $(kib "$gz") KiB | $(kib "$br") KiB |"
done
echo "| **total** | **$(kib "$raw_total") KiB** | **$(kib "$gz_total") KiB** | **$(kib "$br_total") KiB** |"
# The authoring part (site/: the claim parser, the spreadsheet reader, the file writers), which
# a page loads only when a timeline needs it: reported, not budgeted.
if [ -f "$DIST/site/gapline_bg.wasm" ] && [ -f "$DIST/site/gapline.js" ]; then
  a_gz=0
  for f in "$DIST/site/gapline_bg.wasm" "$DIST/site/gapline.js"; do
    a_gz=$((a_gz + $(gzip -9 -c "$f" | wc -c)))
  done
  echo "| authoring part, on demand (\`site/gapline_bg.wasm\` + \`site/gapline.js\`) | | $(kib "$a_gz") KiB | |"
fi
# The built-in dataset a default embed downloads as well (data/models.json): reported.
if [ -f "$DIST/data/models.json" ]; then
  d_raw=$(wc -c < "$DIST/data/models.json"); d_gz=$(gzip -9 -c "$DIST/data/models.json" | wc -c)
  echo "| built-in data, \`data/models.json\` (a default embed loads it) | $(kib "$d_raw") KiB | $(kib "$d_gz") KiB | |"
fi
# A budget may have a decimal (265.5 KiB).
budget=$(awk -v k="$BUDGET_KIB" 'BEGIN { printf "%d", k * 1024 }')
if [ "$gz_total" -gt "$budget" ]; then
  echo "size: FAIL: $(kib "$gz_total") KiB gzip is over the ${BUDGET_KIB} KiB budget" >&2
  exit 1
fi
echo "size: ok: $(kib "$gz_total") KiB gzip, budget ${BUDGET_KIB} KiB"
