#!/usr/bin/env bash
# Regenerates the built-in dataset (www/data/models.json) from its source files:
#   data/models.csv                     curated releases, each with its source (wins on overlap)
#   data/scores.csv                     curated benchmark scores, each with its source and evaluator
#   data/chips.csv                      curated accelerators, each with its datasheet or source
#   data/epoch/notable_ai_models.csv    Epoch AI's notable models: the US and Chinese ones
#   data/epoch/benchmark_scores.csv     Epoch AI's benchmark runs: the US and Chinese ones
#   data/epoch/ml_hardware.csv          Epoch AI's ML hardware table: the US and Chinese chips
#   data/events.csv                     policy and hardware events, each with its source (all regions)
#   data/claims-dev.jsonl               the sourced claims: their claim fields (www/data/all-claims.json)
#   data/claims-readings.jsonl          each of those claims' reviewed reading (gapline read, then checked)
# Usage: scripts/build-data.sh [OUT] [CLAIMS_OUT]   (GAPLINE may name a built `gapline` binary)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-www/data/models.json}
CLAIMS_OUT=${2:-www/data/all-claims.json}
GAPLINE=${GAPLINE:-}
# The date the built-in data describes the world as of: the curated files were last brought up
# to date from the public record then (README, "Refreshing the data"). Nothing later is kept.
AS_OF=${AS_OF:-2026-07}
run() { if [ -n "$GAPLINE" ]; then "$GAPLINE" "$@"; else cargo run -q -p gapline-cli -- "$@"; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The curated files must be clean: any problem in them stops the build (exit 1).
run check data/models.csv data/scores.csv data/chips.csv data/events.csv >&2
run import data/models.csv -o "$tmp/curated.json" \
  --source "release dates compiled from public reporting, each model linked to its source"
# Epoch's exports have rows gapline cannot use (no country, no date): merge lists each one,
# writes the rest and exits 1 for them. Only that exit is accepted here; any other stops the
# build.
status=0
run merge "$tmp/curated.json" data/scores.csv data/chips.csv data/epoch/notable_ai_models.csv \
  data/epoch/benchmark_scores.csv data/epoch/ml_hardware.csv data/events.csv --regions US,CN \
  --as-of "$AS_OF" --title "AI model releases: United States and China" -o "$OUT" || status=$?
[ "$status" -le 1 ] || exit "$status"
node scripts/all-claims.mjs data/claims-dev.jsonl "$CLAIMS_OUT"
