#!/usr/bin/env bash
# Browser app benchmark: builds the wasm app and prints load, frame, save and payload figures.
#   bench/app.sh            RUNS=5 DOCS=0,1000,10000 bench/app.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source tools/env.sh
tools/setup >/dev/null
cmake --preset wasm >/dev/null && cmake --build --preset wasm >/dev/null
node bench/app.cjs
