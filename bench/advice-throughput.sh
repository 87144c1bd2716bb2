#!/usr/bin/env bash
# Advice throughput vs. a no-rules baseline (issue 2): starts the jar with --bench-baseline, measures the time from
# start to /ready, then runs wrk against POST /api/v1/advice and POST /api/v1/advice/baseline at each of these loads:
#   same           the same body on every request (bench/post.lua), as the issue asks: after the first request the
#                  answer comes from the advice cache (http/AdviceCache), as JSON;
#   same-gzip      the same, with Accept-Encoding: gzip on both routes, as browsers and most HTTP clients send it;
#   varied         a body varied on every request (bench/vary.lua: 384 distinct bodies, repeated), cache on;
#   varied-nocache the same varied bodies (Land, population and household size change, as in real traffic)
#                  with Cache-Control: no-cache, so every advice request is evaluated by the rules (a
#                  reused session only propagates what changed; the same body would flatter it).
# Usage: bench/advice-throughput.sh [seconds=20] [connections=32] [warmup_seconds=30]. Prints RESULT lines and one
# ratio per load. The warm-up matters: Drools compiles constraints and consequences to bytecode only after they have
# been evaluated a number of times, and the JIT follows; a short warm-up measures the interpreter, not the service.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
CONNECTIONS="${2:-32}"
WARMUP="${3:-30}"
PORT="${BENCH_PORT:-18080}"
BODY_FILE="${BODY_FILE:-bench/request-golzow.json}"
export BODY_FILE

. bench/lib.sh
ensure_wrk
[ -f target/aufnahmelotse.jar ] || mvn -q -B -DskipTests package

start_ns=$(date +%s%N)
java -jar target/aufnahmelotse.jar serve --port "$PORT" --bench-baseline >/tmp/aufnahmelotse-bench.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
wait_ready "$PORT" /tmp/aufnahmelotse-bench.log
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
echo "start_to_ready_ms=$ready_ms"

run() { # script path label
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${HEADERS[@]}" -s "$1" "http://127.0.0.1:$PORT$2" \
    | grep '^RESULT' | sed "s/^RESULT/RESULT route=$3/"
}
rps() { sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$1"; }
# warm-up both routes (JIT) on the evaluation path, then measure
NOCACHE=(-H "Cache-Control: no-cache")
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "${NOCACHE[@]}" -s bench/vary.lua \
  "http://127.0.0.1:$PORT/api/v1/advice" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$(( WARMUP / 2 + 1 ))s" -s bench/vary.lua "http://127.0.0.1:$PORT/api/v1/advice/baseline" >/dev/null
for mode in same same-gzip varied varied-nocache; do
  case "$mode" in
    same) script=bench/post.lua; HEADERS=() ;;
    same-gzip) script=bench/post.lua; HEADERS=(-H "Accept-Encoding: gzip") ;;
    varied) script=bench/vary.lua; HEADERS=() ;;
    varied-nocache) script=bench/vary.lua; HEADERS=("${NOCACHE[@]}") ;;
  esac
  advice=$(run "$script" /api/v1/advice "advice load=$mode"); echo "$advice"
  baseline=$(run "$script" /api/v1/advice/baseline "baseline load=$mode"); echo "$baseline"
  awk -v a="$(rps "$advice")" -v b="$(rps "$baseline")" -v m="$mode" \
    'BEGIN { printf "advice/baseline throughput ratio load=%s: %.2f (target >= 0.80)\n", m, a / b }'
done
curl -s "http://127.0.0.1:$PORT/metrics" | grep -E '^aufnahmelotse_(evaluations|advice)' || true
echo "rss_kb_after=$(ps -o rss= -p $PID | tr -d ' ')"
