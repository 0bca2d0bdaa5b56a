#!/usr/bin/env bash
# The release build of the demo site and the widget bundle into dist/ (see scripts/bundle-env.sh
# for the toolchain), then the site's own build of the widget into dist/site/: the same crate
# with the `site` feature (readClaim, claimIndex for the claims page and the editor), so the
# bundle readers load does not carry them. Extra arguments go to `trunk build`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bundle-env.sh
bundle_env
trunk build --release "$@"
# The data files as readers download them: without their indentation, which is for people
# reading the repository (www/data/ keeps it). JSON.parse reads both alike.
node -e 'const fs = require("fs"); for (const f of process.argv.slice(1)) fs.writeFileSync(f, JSON.stringify(JSON.parse(fs.readFileSync(f, "utf8"))));' dist/data/*.json

# The site build: as Trunk builds the bundle (cargo, wasm-bindgen, wasm-opt -Oz, self-start).
cargo build --release --offline --target wasm32-unknown-unknown -p gapline --lib --features site --quiet
mkdir -p dist/site
wasm-bindgen --target web --no-typescript --out-dir dist/site --out-name gapline \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/gapline.wasm"
wasm-opt -Oz --converge --low-memory-unused --output=dist/site/gapline_bg.wasm dist/site/gapline_bg.wasm
TRUNK_STAGING_DIR=dist/site sh scripts/self-start.sh
