#!/usr/bin/env bash
# The release build of the demo site and the widget bundle into dist/ (see scripts/bundle-env.sh
# for the toolchain). Extra arguments go to `trunk build`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bundle-env.sh
bundle_env
exec trunk build --release "$@"
