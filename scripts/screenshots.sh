#!/usr/bin/env bash
# Regenerates every face's screenshots in docs/screenshots/ (or the folder given): the agent
# face during a day (tests/gui/screenshots/desk_screenshots: offer, chats, wrap-up, dark theme,
# English, a callback promised in the wrap-up on the Callbacks tab, the lock screen over an offer,
# a voice call in progress, the login form), the colleagues' directory for a transfer, a consultation from both sides, then the supervisor face, its waiting interactions,
# its charts, 1024x768, and the wallboard (relais-desk --screenshot as
# supervisor1) on a busy floor (tests/gui/screenshots/supervisor_floor), each against a
# throw-away relais-dispatch --demo under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots}")
./scripts/install-deps.sh
./scripts/build.sh
build=${RELAIS_BUILD_DIR:-build}
mkdir -p "$out"

xvfb-run -a -s "-screen 0 1024x768x24" "$build/tests/gui/screenshots/desk_screenshots" "$out"
# The colleagues' directory open over a chat (agent-transfer.png), from the desk's GUI test.
RELAIS_SCREENSHOT_DIR="$out" xvfb-run -a -s "-screen 0 1024x768x24" \
  "$build/tests/gui/desk_agent/tst_desk_agent" > /dev/null
# A call on hold while the agent consults a number (agent-consult.png).
RELAIS_SCREENSHOT_DIR="$out" xvfb-run -a -s "-screen 0 1024x768x24" \
  "$build/tests/gui/desk_voice/tst_desk_voice_consult" consultThenBackThenComplete > /dev/null
# A colleague consulting this agent: who calls about whom while the phone rings
# (agent-consulted.png).
RELAIS_SCREENSHOT_DIR="$out" xvfb-run -a -s "-screen 0 1024x768x24" \
  "$build/tests/gui/desk_voice/tst_desk_voice_consult" consultedByAColleague > /dev/null

tmp=$(mktemp -d /tmp/relais-shots.XXXXXX)
floor=
trap 'kill -TERM $floor $pid 2>/dev/null || true; wait $floor $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
"$build/server-stub/relais-dispatch" --demo --db "sqlite:$tmp/relais.db" \
  --listen-cti 127.0.0.1:0 --listen-http 127.0.0.1:0 > "$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
  grep -q '^READY' "$tmp/server.log" 2>/dev/null && break
  sleep 0.1
done
cti=$(sed -n 's/^READY {"cti":\([0-9]*\).*/\1/p' "$tmp/server.log" | head -n 1)
http=$(sed -n 's/^READY .*"http":\([0-9]*\).*/\1/p' "$tmp/server.log" | head -n 1)
[ -n "$cti" ] || { echo "screenshots.sh: the server did not start" >&2; cat "$tmp/server.log" >&2; exit 1; }
# A busy floor to look at: agents in every state, chats waiting past the thresholds, a help
# request, and an incident broadcast once supervisor1 signs in.
"$build/tests/gui/screenshots/supervisor_floor" "ws://127.0.0.1:$cti/cti" "http://127.0.0.1:$http" \
  > "$tmp/floor.log" 2>&1 &
floor=$!
for _ in $(seq 300); do
  grep -q '^FLOOR READY' "$tmp/floor.log" 2>/dev/null && break
  sleep 0.1
done
grep -q '^FLOOR READY' "$tmp/floor.log" || { echo "screenshots.sh: the floor is not ready" >&2; cat "$tmp/floor.log" >&2; exit 1; }
# The wallboard is sized for a 1920x1080 TV.
HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" RELAIS_PASSWORD=demo \
  xvfb-run -a -s "-screen 0 1920x1080x24" "$build/app/desk/relais-desk" \
  --server "ws://127.0.0.1:$cti/cti" --user supervisor1 --lang fr --screenshot "$out"
echo "screenshots.sh: pictures in $out"
