#!/usr/bin/env bash
# Every check, in order, stopping at the first failure. Run through `make test`, which installs
# what is missing first and puts the pinned tools on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
section() { printf '\n=== %s\n' "$*"; }

section "format"
cargo fmt --all --check

section "clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings

section "clippy (wasm32: the site's build, and the readers' without the author's tools)"
cargo clippy -p gapline --all-targets --features site --target wasm32-unknown-unknown --locked -- -D warnings
cargo clippy -p gapline --lib --no-default-features --target wasm32-unknown-unknown --locked -- -D warnings

section "native tests: core, CLI, components rendered to HTML"
cargo test --workspace --locked

section "browser tests: wasm-bindgen-test in headless Chromium"
cargo test -p gapline --target wasm32-unknown-unknown --locked

section "release build"
scripts/build.sh

section "size report"
scripts/size.sh dist 209 | tee target/size.md

section "end-to-end tests: Chromium driving the built site"
node --test tests/e2e/
