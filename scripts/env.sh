# Sourced by the other scripts: where Portolan's tools live and how they are found.
# Tools are installed once per machine (not per clone) under PORTOLAN_TOOLS.
export PORTOLAN_TOOLS="${PORTOLAN_TOOLS:-$HOME/.cache/portolan}"
export PATH="$PORTOLAN_TOOLS/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# Trunk must never reach for GitHub; Trunk.toml also says offline = true.
export TRUNK_OFFLINE=true
