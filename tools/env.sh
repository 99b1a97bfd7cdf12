# Sourced by the tools/ scripts: where the dependency cache lives and what the builds need to find it.
# The cache is outside the tracked tree; override it with FACTURIER_DEPS.
export FACTURIER_DEPS="${FACTURIER_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/facturier-deps}"
export IMGUI_DIR="$FACTURIER_DEPS/src/imgui-1.90.1"
export FACTURIER_NODE_MODULES="$FACTURIER_DEPS/npm/node_modules"
# Debian's emscripten needs acorn from Debian's node modules.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"
