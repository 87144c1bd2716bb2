#!/usr/bin/env bash
# Issue 7 fuzzing: generated and mutated request bodies against the JSON mapping + rules (in process) and against the
# real POST /api/v1/advice. Usage: bench/fuzz.sh [mapping_inputs=100000] [http_inputs=5000] [seed=20261123]
# Passes when no input lets an exception escape and no HTTP answer is other than 200/400/413/422. Prints FUZZ lines.
set -euo pipefail
cd "$(dirname "$0")/.."
TRIES="${1:-100000}"
HTTP_TRIES="${2:-5000}"
SEED="${3:-20261123}"
start=$(date +%s)
mvn -q -B test -Dtest=AdviceFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.tries="$TRIES" -Dfuzz.http.tries="$HTTP_TRIES" -Dfuzz.seed="$SEED" 2>&1 | grep -E '^FUZZ|FAIL|ERROR' || true
grep -h 'Tests run' target/surefire-reports/de.aufnahmelotse.fuzz.AdviceFuzzTest.txt
echo "fuzz_seconds=$(( $(date +%s) - start ))"
