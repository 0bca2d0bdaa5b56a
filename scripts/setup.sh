#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test gapline, and nothing that is present.
# Safe to rerun: with everything installed it takes a few seconds.
#
# Versions are pinned in one place each:
#   trunk            TRUNK_VERSION below
#   wasm-bindgen     Cargo.toml (`wasm-bindgen = "=…"`) -> Cargo.lock; the CLI installed here is
#                    read from Cargo.lock, and Trunk.toml [tools] must name the same version
#   npm tools        package.json + package-lock.json (binaryen's wasm-opt, playwright-core)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14 # trunk 0.22 needs a newer rustc than this toolchain's 1.95
WB_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
: "${WB_VERSION:?could not read the wasm-bindgen version from Cargo.lock}"
TRUNK_WB=$(sed -n 's/^wasm_bindgen = "\(.*\)".*/\1/p' Trunk.toml)
if [ "$TRUNK_WB" != "$WB_VERSION" ]; then
  echo "setup: Trunk.toml [tools] wasm_bindgen = $TRUNK_WB but Cargo.lock has $WB_VERSION: make them equal" >&2
  exit 1
fi

step() { printf 'setup: %s\n' "$*"; }

# 1. Debian packages: the browser and its driver for tests, brotli for the size report, CJK fonts
#    so Chinese labels render. Not Debian's binaryen: its wasm-opt 108 breaks the bundle.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q "${missing[@]}"
fi

# 2. Rust: the wasm target and the lint/format components.
rustup target list --installed | grep -qx wasm32-unknown-unknown || { step "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
# The bundle's pinned nightly, with the standard library's source to rebuild it for size.
source scripts/bundle-env.sh
if ! rustup run "$GAPLINE_BUNDLE_TOOLCHAIN" rustc --print sysroot >/dev/null 2>&1 \
  || [ ! -d "$(rustup run "$GAPLINE_BUNDLE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  step "rustup toolchain install $GAPLINE_BUNDLE_TOOLCHAIN (rust-src)"
  rustup toolchain install "$GAPLINE_BUNDLE_TOOLCHAIN" --profile minimal --component rust-src
fi

# 3. Tools built from crates.io (minutes the first time, skipped afterwards).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo install trunk $TRUNK_VERSION"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VERSION" ]; then
  step "cargo install wasm-bindgen-cli $WB_VERSION"
  # With --locked this fails when the registry lacks a version named in the CLI's own lockfile;
  # then let cargo resolve compatible versions.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# 4. npm: wasm-opt (binaryen, a Node build) and playwright-core (drives Debian's Chromium; it
#    never downloads a browser). Reinstalled only when the lockfile changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
fi

# 5. Every crate, so Trunk's offline cargo build finds them.
cargo fetch --quiet
# ... and the standard library's own dependencies, for the bundle's offline rebuild of std.
cargo "+$GAPLINE_BUNDLE_TOOLCHAIN" fetch --quiet \
  --manifest-path "$(rustup run "$GAPLINE_BUNDLE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
