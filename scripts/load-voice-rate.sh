#!/usr/bin/env bash
# The highest sustained call rate relais-dispatch takes with < 0.1 % failed calls (not part of
# ctest): scripts/load-voice.sh at rising RATEs, each for SECONDS_PER_RATE of arrivals, every call held
# HOLD_MS by an agent (so RATE × HOLD_MS/1000 calls are bridged and recorded at once), with
# enough agents that none waits for a free one. Prints one line per rate and stops at the first
# rate that fails more than 0.1 % of its calls. A call fails when the caller's sipp says so,
# when it never ends, or when it was never bridged to an agent.
#
#   scripts/load-voice-rate.sh [RATE...]      (default: 5 10 15 20 25 30 40)
#
# Environment: SECONDS_PER_RATE (default 30), HOLD_MS (default 10000), BUILD_DIR, RECORD.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RATES=("$@")
[[ ${#RATES[@]} -gt 0 ]] || RATES=(5 10 15 20 25 30 40)
SECONDS_PER_RATE=${SECONDS_PER_RATE:-30}
export HOLD_MS=${HOLD_MS:-10000}
export WINDOW=${WINDOW:-5}

printf '%-6s %-7s %-7s %-10s %-8s %s\n' "rate" "calls" "failed" "failed %" "CPU" "RSS (KiB)"
best=0
for rate in "${RATES[@]}"; do
  calls=$(( rate * SECONDS_PER_RATE ))
  agents=$(( rate * (HOLD_MS / 1000 + 10) ))
  out=$(RATE=$rate AGENTS=$agents "$ROOT/scripts/load-voice.sh" "$calls" 2>/dev/null || true)
  [[ -n "${LOG_DIR:-}" ]] && printf '%s\n' "$out" >"$LOG_DIR/rate-$rate.txt"
  ok=$(sed -nE 's/^successful \/ failed calls +([0-9]+) \/ ([0-9]+).*/\1/p' <<<"$out")
  failed=$(sed -nE 's/^successful \/ failed calls +([0-9]+) \/ ([0-9]+).*/\2/p' <<<"$out")
  cpu=$(sed -nE 's/^server CPU over the run +(.*) of one core/\1/p' <<<"$out")
  rss=$(sed -nE 's/^RSS idle \/ all bridged +[0-9]+ \/ ([0-9]+) KiB/\1/p' <<<"$out")
  if [[ -z "$ok" || -z "$failed" ]]; then
    echo "rate $rate: no figures (load-voice.sh output below)" >&2
    echo "$out" >&2
    break
  fi
  bridged=$(sed -nE 's/^calls bridged +([0-9]+) of.*/\1/p' <<<"$out")
  lost=$(( calls - ok - failed )) # never finished: count them as failed
  (( lost > 0 )) && failed=$(( failed + lost ))
  # A caller who never reached an agent (hung up when the agent gave up on a phone that
  # answered too late) failed too, even if the caller's sipp saw a clean BYE.
  (( calls - ${bridged:-0} > failed )) && failed=$(( calls - ${bridged:-0} ))
  pct=$(awk -v f="$failed" -v c="$calls" 'BEGIN { printf "%.2f", 100 * f / c }')
  printf '%-6s %-7s %-7s %-10s %-8s %s\n' "$rate/s" "$calls" "$failed" "$pct" "${cpu:-?}" "${rss:-?}"
  if awk -v f="$failed" -v c="$calls" 'BEGIN { exit !(f * 1000 >= c) }'; then
    break
  fi
  best=$rate
done
echo "highest rate with < 0.1 % failed: ${best} calls/s"
