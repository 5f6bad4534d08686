#!/usr/bin/env bash
# Installs what building and testing Portolan needs, skipping whatever is already there at the
# right version, so that a second run takes seconds. Safe to run any number of times.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
step() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must equal the crate version that Cargo.lock pins.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "Trunk.toml's wasm_bindgen must equal Cargo.lock's wasm-bindgen ($WASM_BINDGEN_VERSION)" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (about 13 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 9 minutes on 2 cores, once)"
  # Not --locked: its lock file pins a webpki-roots that no longer builds.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt from npm's binaryen: Debian's (version 108) breaks wasm-bindgen's externref table.
if [ "$(wasm-opt --version 2>/dev/null)" != "wasm-opt version ${BINARYEN_VERSION%%.*} (version_${BINARYEN_VERSION%%.*})" ]; then
  step "installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
  mkdir -p "$PORTOLAN_TOOLS/binaryen"
  npm install --prefix "$PORTOLAN_TOOLS/binaryen" --no-audit --no-fund "binaryen@$BINARYEN_VERSION"
fi

if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  step "installing Chromium and ChromeDriver from Debian"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
fi

# The end-to-end test packages, exactly as e2e/package-lock.json pins them.
stamp=e2e/node_modules/.portolan-lock
if ! [ -f "$stamp" ] || ! cmp -s e2e/package-lock.json "$stamp"; then
  step "installing the end-to-end test packages (npm ci)"
  npm ci --prefix e2e --no-audit --no-fund
  cp e2e/package-lock.json "$stamp"
fi

step "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | cut -d' ' -f1-3), $(chromium --version 2>/dev/null | head -1)"
