#!/usr/bin/env bash
# Installs what is missing, builds, and starts relais-dispatch with the demo site on the
# embedded SQLite database (./demo-data/relais.db). When a display is available it also opens
# relais-desk on it (log in as agent1 … agent20 or supervisor1, password "demo"); closing the
# desk stops the server. Without a display, or with --no-desk, only the server runs (Ctrl-C stops it).
# Other arguments go to relais-dispatch (e.g. --listen-cti 0.0.0.0:8433).
set -euo pipefail
cd "$(dirname "$0")/.."
desk=1
args=()
# The voice side (the agents' registrar and the trunk) runs on 127.0.0.1:5060 unless told otherwise.
sip=(--listen-sip 127.0.0.1:5060)
for a in "$@"; do
  if [ "$a" = "--no-desk" ]; then desk=0; else args+=("$a"); fi
  case "$a" in --listen-sip*) sip=() ;; esac
done
./scripts/install-deps.sh
./scripts/build.sh
mkdir -p demo-data
build=${RELAIS_BUILD_DIR:-build}
server="$build/server-stub/relais-dispatch"
deskbin="$build/app/desk/relais-desk"
echo
echo "Relais demo: users agent1…agent20, supervisor1, trainer1, admin — password 'demo'."
echo "CTI WebSocket ws://127.0.0.1:8433/cti, channel API http://127.0.0.1:8480 (token demo-connector-token),"
echo "SIP (agents' phones, trunk from loopback: dial 1919 for the IVR, 1920 for the general queue) udp/tcp 127.0.0.1:5060."
echo

if [ "$desk" = 0 ] || [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ ! -x "$deskbin" ]; then
  exec "$server" --demo --db sqlite:demo-data/relais.db "${sip[@]}" "${args[@]}"
fi

log=demo-data/relais-dispatch.log
"$server" --demo --db sqlite:demo-data/relais.db "${sip[@]}" "${args[@]}" > >(tee "$log") 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q '^READY' "$log" 2>/dev/null && break
  kill -0 $pid 2>/dev/null || { echo "demo.sh: relais-dispatch stopped, see $log" >&2; exit 1; }
  sleep 0.1
done
cti=$(sed -n 's/^READY {"cti":\([0-9]*\).*/\1/p' "$log" | head -n 1)
"$deskbin" --server "ws://127.0.0.1:${cti:-8433}/cti" --user agent1
