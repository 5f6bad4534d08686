#!/usr/bin/env bash
# Runs every check and test; exits non-zero on the first failure.
#   1. format and lint   2. native tests (engine, loader, data validation, link codec)
#   3. in-browser component tests (wasm-bindgen-test, headless Chromium)
#   4. release build and end-to-end journeys (Playwright + system Chromium on 127.0.0.1)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
section() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

section "format"
cargo fmt --all --check
section "lint (native and wasm32)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p portolan --target wasm32-unknown-unknown --all-targets -- -D warnings
section "native tests"
cargo test --workspace
section "in-browser component tests"
cargo test -p portolan --target wasm32-unknown-unknown --test web
section "release build"
scripts/build.sh
section "end-to-end tests"
npm --prefix e2e test
