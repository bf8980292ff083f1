#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL cluster for the integration tests, on loopback.
#   scripts/pg-test-cluster.sh start DIR PORT   → prints the URL to use (RELAIS_TEST_PG_URL)
#   scripts/pg-test-cluster.sh stop DIR
# PostgreSQL refuses to run as root, so as root it runs the server as the `postgres` user.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?data directory}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || { echo "pg-test-cluster: PostgreSQL server binaries not found" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  port=${3:-55432}
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_owner "$pgbin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  as_owner "$pgbin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner psql -h 127.0.0.1 -p "$port" -U postgres -qAt -c \
    "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='relais') THEN CREATE ROLE relais LOGIN PASSWORD 'relais' CREATEDB; END IF; END\$\$;" >/dev/null
  as_owner psql -h 127.0.0.1 -p "$port" -U postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname='relais_test'" | grep -q 1 \
    || as_owner psql -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE relais_test OWNER relais" >/dev/null
  echo "postgresql://relais:relais@127.0.0.1:$port/relais_test"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  fi
  ;;
*)
  echo "usage: $0 start DIR [PORT] | stop DIR" >&2
  exit 2
  ;;
esac
