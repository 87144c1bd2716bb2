#!/usr/bin/env bash
# Evaluated load over time (issue 16): starts the service through a launcher, puts it under the evaluated load of
# bench/startup-memory.sh (bench/vary.lua, every body distinct in turn, Cache-Control: no-cache, 32 connections)
# from the moment it is ready, and prints req/s, p50 and p99 per window, then every full collection the GC log
# shows and the resident memory at the end. It shows what a single figure hides: how long a fresh service takes to
# reach its steady state (a pod starting under load) and the pauses of the old generation in a long run; at the end
# the live heap (after a full collection), which must not grow with the length of the run.
# Usage: bench/load-timeline.sh [windows=12] [window_seconds=5]. LAUNCHER (bin/aufnahmelotse), AUFNAHMELOTSE_JAR
# and JAVA_OPTS are passed on; DIR: the checkout to run in (its rules/ and web/).
set -euo pipefail
cd "${DIR:-$(dirname "$0")/..}"
. bench/lib.sh
ensure_wrk
WINDOWS="${1:-12}"
SECONDS_PER="${2:-5}"
PORT="${BENCH_PORT:-18094}"
LAUNCHER="${LAUNCHER:-bin/aufnahmelotse}"
export BODY_FILE="${BODY_FILE:-$PWD/bench/request-golzow.json}"
TMP=$(mktemp -d)
JAVA_OPTS="${JAVA_OPTS:-} -Xlog:gc:file=$TMP/gc.log" "$LAUNCHER" serve --port "$PORT" --no-watch-rules \
  --data "$TMP/data" >"$TMP/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$TMP"' EXIT
wait_ready "$PORT" "$TMP/serve.log"
echo "cores=$(nproc) load_before=$(cut -d' ' -f1-3 /proc/loadavg) $(grep -o 'ready on port.*' "$TMP/serve.log")"
for w in $(seq 1 "$WINDOWS"); do
  wrk -t2 -c32 -d"${SECONDS_PER}s" --latency -H "Cache-Control: no-cache" -s bench/vary.lua \
    "http://127.0.0.1:$PORT/api/v1/advice" | grep '^RESULT' \
    | sed -E "s/.* rps=([0-9.]+).*non2xx=([0-9]+).*p50_ms=([0-9.]+).*p99_ms=([0-9.]+).*/window $w (to $((w * SECONDS_PER)) s): rps \1 p50 \3 ms p99 \4 ms non2xx \2/"
done
echo "rss_mb=$(( $(ps -o rss= -p $PID | tr -d ' ') / 1024 ))"
# the live heap after the load: a class histogram collects first, so what it totals is what is still reachable
echo "live_heap_mb=$(( $(jcmd "$PID" GC.class_histogram 2>/dev/null | awk '/^Total/ {print $3}') / 1048576 ))"
grep -E "Pause Full" "$TMP/gc.log" | grep -v "Heap Inspection" | sed 's/^/full collection: /' || echo "no full collection"
echo "young collections: $(grep -c 'Pause Young' "$TMP/gc.log"), last: $(grep 'Pause Young' "$TMP/gc.log" | tail -1 | sed 's/.*) //')"
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
