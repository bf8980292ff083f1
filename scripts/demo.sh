#!/usr/bin/env bash
# Installs what is missing, builds, and starts relais-dispatch with the demo site on the
# embedded SQLite database (./demo-data/relais.db). Ctrl-C stops it.
# Extra arguments go to relais-dispatch (e.g. --listen-cti 0.0.0.0:8433).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
mkdir -p demo-data
build=${RELAIS_BUILD_DIR:-build}
echo
echo "Relais demo: users agent1…agent20, supervisor1, trainer1, admin — password 'demo'."
echo "CTI WebSocket ws://127.0.0.1:8433/cti, channel API http://127.0.0.1:8480 (token demo-connector-token)."
echo
exec "$build/server-stub/relais-dispatch" --demo --db sqlite:demo-data/relais.db "$@"
