# Sourced by scripts/setup.sh and scripts/build.sh: how the shipped bundle is compiled.
#
# The widget's wasm is built with a pinned nightly toolchain that rebuilds the standard library
# for size (`-Zbuild-std` with `optimize_for_size`) and turns every panic into an immediate trap
# (`-Cpanic=immediate-abort`, no panic messages or locations compiled in). That removes about
# 25 KiB gzip from the bundle, a ninth of it. Everything else (the core, the CLI, all tests,
# clippy) uses the stable toolchain; only the release bundle is built this way.
export GAPLINE_BUNDLE_TOOLCHAIN=nightly-2026-05-20
bundle_env() {
  export RUSTUP_TOOLCHAIN="$GAPLINE_BUNDLE_TOOLCHAIN"
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
  # A separate target directory: the stable builds' artefacts are not thrown away.
  export CARGO_TARGET_DIR="$PWD/target/bundle"
}
