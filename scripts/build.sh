#!/usr/bin/env bash
# Configures (once) and builds Relais in ./build with every core. Used by demo.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${RELAIS_BUILD_DIR:-build}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${RELAIS_BUILD_TYPE:-RelWithDebInfo}
fi
cmake --build "$build" --parallel "$(nproc)"
