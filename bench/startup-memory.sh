#!/usr/bin/env bash
# Start-up and memory (issue 16), all figures in one run on the same machine state:
#   ready_ms      start of `serve` to the first 200 from /ready (rules loaded, directory loaded)
#   advise_ms     `advise bench/request-golzow.json` end to end (one answer from the command line)
#   check_ms      `check-rules` end to end
#   screen_ms     `screen` of every inhabited municipality end to end, CSV written
#   rps, p50, p99 evaluated advice (bench/vary.lua, every body distinct in turn, Cache-Control: no-cache) at
#                 CONNECTIONS connections for LOAD_SECONDS after a warm-up
#   rss_mb        resident memory of the service after that load
# Usage: bench/startup-memory.sh [JAR_A [JAR_B]] — with two jars each figure is measured alternately (A, B, A, B, …)
# and printed as "before → after". JAVA_OPTS_A / JAVA_OPTS_B give each side its JVM options (the same jar with two
# launchers, say). ROUNDS (3) runs per figure, the median is printed; LOAD_SECONDS (30), CONNECTIONS (32),
# WARMUP (15). DIR_A / DIR_B: the directory each side runs in (its rules/ and web/; default: this checkout), so
# an old jar is measured with the rules it was built for (e.g. a `git worktree` of the old commit). LAUNCHER_A /
# LAUNCHER_B: start that side through a launcher script (e.g. bin/aufnahmelotse of that checkout, with its JVM
# settings and class-data-sharing archive; the jar is passed as AUFNAHMELOTSE_JAR, the options as JAVA_OPTS)
# instead of `java OPTS -jar JAR`. The screen
# reads SCREEN_ARGS (empty: the embedded directory; default: the shared 2019 CSV, so that an old jar without the embedded
# directory is measured on the same data).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
ensure_wrk
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
JAR_A="${1:-target/aufnahmelotse.jar}"
JAR_B="${2:-}"
ROUNDS="${ROUNDS:-3}"
LOAD_SECONDS="${LOAD_SECONDS:-30}"
CONNECTIONS="${CONNECTIONS:-32}"
WARMUP="${WARMUP:-15}"
PORT="${BENCH_PORT:-18090}"
SCREEN_ARGS="${SCREEN_ARGS---gemeinden $(realpath ../shared/data/gemeindeverzeichnis-destatis-2019.csv) --kreise $(realpath ../shared/data/kreise-destatis-2018.csv)}"
BODY_FILE="${BODY_FILE:-$PWD/bench/request-golzow.json}"
ROOT="$PWD"
export BODY_FILE
[ -f "$JAR_A" ] || mvn -q -B -DskipTests package
TMP=$(mktemp -d)
trap 'pkill -f "aufnahmelotse.*--port $PORT" 2>/dev/null || true; rm -rf "$TMP"' EXIT

sides=(A); [ -n "$JAR_B" ] && sides=(A B)
jar() { realpath "$([ "$1" = A ] && echo "$JAR_A" || echo "$JAR_B")"; }
dir() { [ "$1" = A ] && echo "${DIR_A:-$ROOT}" || echo "${DIR_B:-$ROOT}"; }
opts() { [ "$1" = A ] && echo "${JAVA_OPTS_A:-}" || echo "${JAVA_OPTS_B:-}"; }
launcher() { [ "$1" = A ] && echo "${LAUNCHER_A:-}" || echo "${LAUNCHER_B:-}"; }
run() { # side, command and arguments: through the side's launcher, or java OPTS -jar JAR
  local s="$1"; shift
  if [ -n "$(launcher "$s")" ]; then
    AUFNAHMELOTSE_JAR="$(jar "$s")" JAVA_OPTS="$(opts "$s")" exec "$(realpath "$(launcher "$s")")" "$@"
  else
    # shellcheck disable=SC2046
    exec java $(opts "$s") -jar "$(jar "$s")" "$@"
  fi
}
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo "cores=$(nproc) load_before=$(cut -d' ' -f1-3 /proc/loadavg) rounds=$ROUNDS"
for s in "${sides[@]}"; do echo "side $s: $(jar "$s") JAVA_OPTS='$(opts "$s")'"; done

for r in $(seq 1 "$ROUNDS"); do
  for s in "${sides[@]}"; do
    # shellcheck disable=SC2046
    cd "$(dir "$s")"
    t=$(date +%s%N); (run "$s" serve --port "$PORT" --no-watch-rules) >"$TMP/serve.log" 2>&1 &
    pid=$!; wait_ready "$PORT" "$TMP/serve.log"; echo "$(ms "$t")" >>"$TMP/ready.$s"; kill "$pid"; wait "$pid" 2>/dev/null || true
    t=$(date +%s%N); (run "$s" advise "$BODY_FILE") >/dev/null 2>&1; echo "$(ms "$t")" >>"$TMP/advise.$s"
    t=$(date +%s%N); (run "$s" check-rules) >/dev/null 2>&1; echo "$(ms "$t")" >>"$TMP/check.$s"
    # shellcheck disable=SC2086
    t=$(date +%s%N); (run "$s" screen $SCREEN_ARGS --asOf 2026-12-06 --no-progress \
      --out "$TMP/screen.csv") >/dev/null 2>&1; echo "$(ms "$t")" >>"$TMP/screen.$s"
    cd "$ROOT"
  done
done

for s in "${sides[@]}"; do
  (cd "$(dir "$s")" && run "$s" serve --port "$PORT" --no-watch-rules) >"$TMP/serve.log" 2>&1 &
  pid=$!; wait_ready "$PORT" "$TMP/serve.log"
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -H "Cache-Control: no-cache" -s bench/vary.lua \
    "http://127.0.0.1:$PORT/api/v1/advice" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${LOAD_SECONDS}s" --latency -H "Cache-Control: no-cache" -s bench/vary.lua \
    "http://127.0.0.1:$PORT/api/v1/advice" | grep '^RESULT' >"$TMP/load.$s"
  echo $(( $(ps -o rss= -p "$pid" | tr -d ' ') / 1024 )) >"$TMP/rss.$s"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

field() { sed -E "s/.* $2=([0-9.]+).*/\1/" "$TMP/load.$1"; }
row() { # name, file stem or load field
  local a b
  case "$1" in
    rps|p50_ms|p99_ms|non2xx) a=$(field A "$1"); [ -n "$JAR_B" ] && b=$(field B "$1") ;;
    rss_mb) a=$(cat "$TMP/rss.A"); [ -n "$JAR_B" ] && b=$(cat "$TMP/rss.B") ;;
    *) a=$(median <"$TMP/$2.A"); [ -n "$JAR_B" ] && b=$(median <"$TMP/$2.B") ;;
  esac
  if [ -n "$JAR_B" ]; then echo "RESULT $1: $a -> $b"; else echo "RESULT $1: $a"; fi
}
row ready_ms ready; row advise_ms advise; row check_ms check; row screen_ms screen
row rps; row p50_ms; row p99_ms; row non2xx; row rss_mb
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
