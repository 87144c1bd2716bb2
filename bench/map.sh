#!/usr/bin/env bash
# The nationwide map route (issue 12): GET /api/v1/map for every inhabited municipality of the embedded directory.
#   cold       the first screen after start (JIT cold)
#   warm-miss  a screen of a date not seen before, after WARM_DAYS screens of other dates (evaluated, JIT warm)
#   hit        the same date with a program (the kept status table of the date; only projection and JSON)
#   hit-other  the same date with another program (the same table)
# Usage: bench/map.sh [warm_days=4]. Prints RESULT lines with milliseconds and the answer's size.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
WARM_DAYS="${1:-4}"
PORT="${BENCH_PORT:-18095}"
[ -f target/aufnahmelotse.jar ] || mvn -q -B -DskipTests package
java -jar target/aufnahmelotse.jar serve --port "$PORT" --no-watch-rules >/tmp/aufnahmelotse-map.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
wait_ready "$PORT" /tmp/aufnahmelotse-map.log
echo "cores=$(nproc) load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
get() { curl -s -o /tmp/map-bench.json -w '%{http_code} %{time_total} %{size_download}' -H 'Accept-Encoding: gzip' \
  "http://127.0.0.1:$PORT/api/v1/map?$1"; }
report() { read -r code secs bytes <<<"$2"; echo "RESULT $1: status=$code ms=$(awk -v s="$secs" 'BEGIN{printf "%d", s*1000}') bytes_gzip=$bytes"; }
report cold "$(get 'asOf=2026-12-01')"
for d in $(seq 2 $((WARM_DAYS + 1))); do get "asOf=2026-11-0$d" >/dev/null; done
report warm-miss "$(get 'asOf=2026-12-06')"
report hit "$(get 'asOf=2026-12-06&program=EU-LEADER')"
report hit-other "$(get 'asOf=2026-12-06&program=DE-STBF-LZ')"
report hit-count "$(get 'asOf=2026-12-06')"
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
