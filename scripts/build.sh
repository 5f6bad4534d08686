#!/usr/bin/env bash
# Builds the release into dist/ (asset paths are relative: the same files work at any sub-path).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release "$@"
