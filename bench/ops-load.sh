#!/usr/bin/env bash
# Issue 7 load benchmark: POST /api/v1/advice under wrk, then the same load while the rules are reloaded five times
# (one reload broken), then resident memory. Usage: bench/ops-load.sh [seconds=60] [connections=64] [warmup=30]
# Prints RESULT lines (requests, rps, non2xx, socket errors, p50/p90/p99 latency), the reload outcomes, the RSS of
# the service and the machine's load average. The service runs on a copy of rules/ so the repo is never touched.
# Pass criteria: phase "steady" and phase "reloads" both non2xx=0 and socket_errors=0; reloads 4 RELOADED + 1 FAILED.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-60}"
CONNECTIONS="${2:-64}"
WARMUP="${3:-30}"
PORT="${BENCH_PORT:-18081}"
TOKEN="bench-$RANDOM$RANDOM"
export BODY_FILE="${BODY_FILE:-bench/request-golzow.json}"

. bench/lib.sh
ensure_wrk
[ -f target/aufnahmelotse.jar ] || mvn -q -B -DskipTests package

RULES=$(mktemp -d)
cp -r rules/. "$RULES/"
LOG=$(mktemp)
echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
ADMIN_TOKEN="$TOKEN" java -jar target/aufnahmelotse.jar serve --port "$PORT" --rules "$RULES" --no-watch-rules \
  >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$RULES"' EXIT
wait_ready "$PORT" "$LOG"

load() { # label seconds
  wrk -t2 -c"$CONNECTIONS" -d"${2}s" --timeout 10s --latency -s bench/post.lua "http://127.0.0.1:$PORT/api/v1/advice" \
    | grep '^RESULT' | sed "s/^RESULT/RESULT phase=$1/"
}
reload() {
  curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/v1/admin/reload" \
    -H "Authorization: Bearer $TOKEN"
}

echo "warm-up ${WARMUP}s (Drools compiles constraints to bytecode after many runs; the JIT follows)"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s bench/post.lua "http://127.0.0.1:$PORT/api/v1/advice" >/dev/null

load steady "$DURATION"

# the same load, with five reloads spread over it: four real changes, the third one a broken DRL file
load reloads "$DURATION" &
WRK=$!
NEST="$RULES/sponsorship/nest.drl"
cp "$NEST" "$NEST.orig"
outcomes=()
gap=$(( DURATION / 6 ))
for i in 1 2 3 4 5; do
  sleep "$gap"
  if [ "$i" = 3 ]; then
    printf '\nrule "broken on purpose" when then end garbage(\n' >> "$NEST"
  else
    cp "$NEST.orig" "$NEST"
    printf '\n# bench reload %s\n' "$i" >> "$RULES/funding/leader.program.yaml"
  fi
  outcomes+=("$i:$(reload)")
done
cp "$NEST.orig" "$NEST"; rm -f "$NEST.orig"
wait $WRK
echo "reload http statuses (200 = reloaded, 422 = broken rules refused): ${outcomes[*]}"
curl -s "http://127.0.0.1:$PORT/metrics" | grep -E '^aufnahmelotse_rules_(reloads_total|reload_failures_total)'
echo "rss_kb_after=$(ps -o rss= -p $PID | tr -d ' ')"
echo "machine load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
