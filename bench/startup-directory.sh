#!/usr/bin/env bash
# Start-up cost of the embedded municipality directory (issue 12): time from launching `serve` to the first 200 of
# /ready, with the embedded directory (default) and with --no-directory, in alternating runs so that a change in
# the machine's load hits both alike. Usage: bench/startup-directory.sh [pairs=5]. Prints every run, the median of
# each side and the difference of the medians (the budget is +300 ms). Polls /ready every 20 ms. Also the process
# CPU time (user + system, all threads, from /proc/PID/stat) at that moment: on a shared, loaded machine wall time
# mostly measures the neighbours, CPU time what the start-up itself costs. LAUNCHER (default bin/aufnahmelotse, with
# its JVM settings and class-data-sharing archive) starts the service; LAUNCHER="java -jar target/aufnahmelotse.jar" the
# bare JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS="${1:-5}"
PORT="${PORT:-18123}"
[ -f target/aufnahmelotse.jar ] || mvn -q -B -DskipTests package

echo "cores=$(nproc) load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
TICK=$(getconf CLK_TCK)
run() { # label, extra args... → prints "wall_ms cpu_ms" to /ready
  local log="${TMPDIR:-/tmp}/startup-$1-$$.log"; shift
  local t0; t0=$(date +%s%N)
  ${LAUNCHER:-bin/aufnahmelotse} serve --port "$PORT" --no-watch-rules "$@" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 6000); do
    if curl -fs "http://127.0.0.1:$PORT/ready" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "serve exited:" >&2; tail -5 "$log" >&2; exit 1; fi
    sleep 0.02
  done
  local t1; t1=$(date +%s%N)
  local cpu; cpu=$(awk -v t="$TICK" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $cpu"
}
with=(); without=(); cwith=(); cwithout=()
for i in $(seq 1 "$PAIRS"); do
  read -r a ca < <(run embedded); read -r b cb < <(run none --no-directory)
  with+=("$a"); without+=("$b"); cwith+=("$ca"); cwithout+=("$cb")
  echo "pair $i: embedded ${a} ms (cpu ${ca} ms), --no-directory ${b} ms (cpu ${cb} ms)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2))}'; }
mw=$(median "${with[@]}"); mo=$(median "${without[@]}")
cw=$(median "${cwith[@]}"); co=$(median "${cwithout[@]}")
echo "RESULT startup to /ready: embedded directory median ${mw} ms (cpu ${cw} ms), --no-directory median ${mo} ms" \
     "(cpu ${co} ms), difference $((mw - mo)) ms wall, $((cw - co)) ms cpu (pairs=$PAIRS)"
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
