#!/usr/bin/env bash
# The evaluation path without HTTP: parse, rules, mapping and JSON of the bench/vary.lua bodies, as a cache miss of
# POST /api/v1/advice runs them, and the share of each phase (bench/InProcess.java, Java's single-file launcher).
# Usage: bench/in-process.sh [threads=2] [rounds=8] [requests_per_round=3000]. The first rounds are warm-up (JIT and
# Drools' constraint compilation); read the last ones.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/aufnahmelotse.jar ] || mvn -q -B -DskipTests package
java -cp target/aufnahmelotse.jar bench/InProcess.java "${1:-2}" "${2:-8}" "${3:-3000}" 2>&1 | grep '^RESULT'
