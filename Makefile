# gapline: two commands are the whole set-up on a fresh machine.
#   make demo   install what is missing, build, serve the demo on http://127.0.0.1:8080
#   make test   install what is missing, run every check
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
# npm's wasm-opt (binaryen 132) must win over any other wasm-opt on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TERM_COLOR := never

.PHONY: demo test setup build size data fmt bench-core fuzz
.DEFAULT_GOAL := test

setup:
	@scripts/setup.sh

build: setup
	scripts/build.sh

demo: build
	@node scripts/serve.mjs dist 8080

test: setup
	@scripts/test.sh

size: build
	@scripts/size.sh

# Regenerates the built-in dataset from its source files (a test checks they agree).
data:
	scripts/build-data.sh

fmt:
	cargo fmt --all

# Structure-aware fuzzing of the core (crates/core/tests/structured_fuzz.rs): 4 properties x
# 250,000 generated inputs, 10^6 in all, in release; each property prints its count at the end.
fuzz:
	PROPTEST_CASES=250000 cargo test -p gapline-core --release --test structured_fuzz -- --nocapture
