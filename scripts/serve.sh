#!/usr/bin/env bash
# Sets up (once), builds the release and serves it at http://127.0.0.1:8080/ on the bundled data.
#   PORT=9000 scripts/serve.sh      another port
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/static-server.mjs --dir dist --port "${PORT:-8080}"
