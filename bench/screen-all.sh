#!/usr/bin/env bash
# Nationwide screen benchmark (issues 5, 12): screens every inhabited municipality of the directory embedded in the
# jar (Destatis 2023: 10,775; GEMEINDEN_FILE/KREISE_FILE choose another file), AGS-only, and prints the screen's
# figures (NEEDS_INFO share among the programs open that day, median distinct open questions per municipality).
# Usage: bench/screen-all.sh [runs=6] [asOf=2026-12-06]. Two JVMs, each running the whole screen `runs` times
# (reading the file included): the first without output (evaluation alone), the second writing CSV (end to end).
# "Warm" is the last run: Drools compiles constraints to bytecode only after a number of evaluations and the JIT
# follows, so the first runs are the warm-up. Peak memory is the JVM's maximum resident set size (/usr/bin/time -v)
# and the heap peak reported by the JVM. Prints the machine load before and after: the machine may be shared, and
# on a loaded machine wall time says little — cpu_ms_while_evaluating (process CPU time, all threads) over the
# number of cores is what the evaluation would take on an idle machine, at best.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-6}"
AS_OF="${2:-2026-12-06}"
DIRECTORY=()
[ -n "${GEMEINDEN_FILE:-}" ] && DIRECTORY+=(--gemeinden "$GEMEINDEN_FILE")
[ -n "${KREISE_FILE:-}" ] && DIRECTORY+=(--kreise "$KREISE_FILE")
OUT="${TMPDIR:-/tmp}/screen-all-$$.csv"
[ -f target/aufnahmelotse.jar ] || mvn -q -B -DskipTests package
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

echo "cores=$(nproc) load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
screen() { # label, extra args...
  local label=$1; shift
  local log="${TMPDIR:-/tmp}/screen-all-$label-$$.log"
  /usr/bin/time -v java -jar target/aufnahmelotse.jar screen "${DIRECTORY[@]}" \
    --asOf "$AS_OF" --repeat "$RUNS" --no-progress "$@" >"$log.out" 2>"$log"
  grep -m1 '^NEEDS_INFO' "$log.out" | sed "s/^/$label figures: /"
  grep '^run ' "$log" | sed "s/^/$label /"
  local last; last=$(grep '^run ' "$log" | tail -1)
  local n; n=$(sed -E 's/^run [0-9]+: ([0-9]+) municipalities.*/\1/' <<<"$last")
  local read_ms; read_ms=$(sed -E 's/.*read ([0-9]+) ms.*/\1/' <<<"$last")
  local eval_ms; eval_ms=$(sed -E 's/.*evaluate[^0-9]* ([0-9]+) ms.*/\1/' <<<"$last")
  local us; us=$(sed -E 's/.* ms \(([0-9.]+) µs\/municipality\), total.*/\1/' <<<"$last")
  local cpu_us; cpu_us=$(sed -E 's/.*evaluating [0-9]+ ms \(([0-9.]+) µs\/municipality\).*/\1/' <<<"$last")
  local total_ms; total_ms=$(sed -E 's/.*total ([0-9]+) ms.*/\1/' <<<"$last")
  local cpu_ms; cpu_ms=$(sed -E 's/.*process CPU while evaluating ([0-9]+) ms.*/\1/' <<<"$last")
  local rss_kb; rss_kb=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  local heap; heap=$(grep '^heap peak' "$log" | awk '{print $3}')
  echo "RESULT $label warm: municipalities=$n read_ms=$read_ms evaluate_ms=$eval_ms us_per_municipality=$us" \
       "end_to_end_ms=$total_ms cpu_ms_while_evaluating=$cpu_ms cpu_us_per_municipality=$cpu_us peak_rss_mb=$((rss_kb / 1024)) heap_peak_mb=$heap"
}
screen evaluation
screen end-to-end --out "$OUT"
echo "csv rows (with header): $(wc -l <"$OUT")"
rm -f "$OUT"
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
