#!/usr/bin/env bash
# Load on the case routes (issue 14), once on H2 and once on PostgreSQL: N clients for S seconds mixing case reads,
# step updates with optimistic versions and re-evaluations (bench/CasesLoad.java). Reports errors, 409 conflicts,
# lost updates (must be 0) and p50/p99 per operation. PostgreSQL: Debian's, a throwaway cluster on a free loopback
# port started here (as user postgres when run as root), removed at exit.
# Usage: bench/cases-load.sh [seconds=30] [clients=50] [cases=20]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
SECONDS_=${1:-30}; CLIENTS=${2:-50}; CASES=${3:-20}
[ -f target/aufnahmelotse.jar ] || mvn -q -B -DskipTests package
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
WORK=$(mktemp -d /tmp/cases-load.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -n "${PG_BIN:-}" ]; then as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

run() { # run NAME [serve options...]
  local name=$1; shift
  local port; port=$(free_port)
  java -Xmx2g -jar target/aufnahmelotse.jar serve --port "$port" --no-watch-rules --case-rate-limit 0 \
    --advice-cache-mb 0 "$@" >"$WORK/$name.log" 2>&1 &
  local pid=$!; PIDS+=("$pid")
  wait_ready "$port" "$WORK/$name.log"
  echo "== $name: $CLIENTS clients, $SECONDS_ s, $CASES cases"
  java -cp target/aufnahmelotse.jar bench/CasesLoad.java "http://127.0.0.1:$port" "$SECONDS_" "$CLIENTS" "$CASES" \
    | sed "s/^RESULT/RESULT $name/" || echo "RESULT $name FAILED (errors or lost updates)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

mkdir -p "$WORK/h2"
run h2 --data "$WORK/h2"

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PG_BIN" ]; then echo "RESULT postgres SKIPPED: no /usr/lib/postgresql/*/bin (apt-get install postgresql)"; exit 0; fi
chmod 755 "$WORK"; mkdir -p "$WORK/pg"; [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
PG_PORT=$(free_port)
as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres -E UTF8 --locale=C >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w -t 60 \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
DATABASE_USER=postgres run postgres --database-url "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
