#!/usr/bin/env bash
# Installs what is missing, builds, starts a throw-away PostgreSQL on loopback, runs every test.
# Extra arguments go to ctest, e.g. ./scripts/test.sh -L unit
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
./scripts/install-deps.sh
./scripts/build.sh

pgdir=$(mktemp -d /tmp/relais-pg.XXXXXX)
cleanup() { "$root/scripts/pg-test-cluster.sh" stop "$pgdir" || true; rm -rf "$pgdir"; }
trap cleanup EXIT
pgport=${RELAIS_TEST_PG_PORT:-55432}
export RELAIS_TEST_PG_URL=$(./scripts/pg-test-cluster.sh start "$pgdir" "$pgport")
echo "test.sh: PostgreSQL for the integration tests at $RELAIS_TEST_PG_URL"

cd "${RELAIS_BUILD_DIR:-build}"
# The GUI tests (label gui) drive real windows: every test runs under one throw-away X server
# (1920x1080 so the wallboard fits; the desk tests size their windows to 1024x768 themselves).
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1920x1080x24" ctest --output-on-failure --parallel "$(nproc)" "$@"
else
  ctest --output-on-failure --parallel "$(nproc)" "$@"
fi
