#!/usr/bin/env bash
# Matching at scale (issue 15): a seeded synthetic cohort (bench/MatchingBench.java documents the distributions)
# matched in process as POST /api/v1/matching does it, with the time, the total fit against the upper bounds
# (Lagrangian relaxation of the places; sum of each household's best feasible pledge) and the key baseline.
# Usage: bench/matching.sh [households=2000] [pledges=400] [time_limit_s=20] [seed=1] [out.json]
# Needs ../shared/data (Destatis directory). Do not run beside test runs: it uses a core for the whole limit.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/aufnahmelotse.jar ] || mvn -q -B -DskipTests package
/usr/bin/time -f "RESULT peakRSS=%MKB wall=%es cpu=%Us+%Ss" java -Xmx2g -cp target/aufnahmelotse.jar \
  bench/MatchingBench.java "${1:-2000}" "${2:-400}" "${3:-20}" "${4:-1}" ${5:+"$5"} 2>&1 | grep '^RESULT'
