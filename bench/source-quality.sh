#!/usr/bin/env bash
# Share of primary sources among the `source:` entries of rules/**/*.program.yaml (top level, periods, parameters,
# steps), by the host list rules/data/primary-sources.yaml. Usage: bench/source-quality.sh [RULES_DIR] [--list]
# Prints: entries, primary, secondary, share; with --list every secondary host and its count.
set -euo pipefail
dir="${1:-rules}"
list="${2:-}"
[[ "$dir" == --list ]] && { dir=rules; list=--list; }
hosts=$(awk '/^primary:/{p=1;next} /^[a-z]+:/{p=0} p && /^  - /{print $2}' "$dir/data/primary-sources.yaml")
grep -rhoE 'source:[[:space:]]*"?https?://[^"/ ,}]+' --include='*.program.yaml' "$dir" \
  | sed -E 's#.*https?://##; s#:[0-9]+$##' | tr 'A-Z' 'a-z' \
  | awk -v hosts="$hosts" -v list="$list" '
      BEGIN { n = split(hosts, h, "\n") }
      { total++; ok = 0
        for (i = 1; i <= n; i++) if ($0 == h[i] || substr($0, length($0) - length(h[i])) == "." h[i]) { ok = 1; break }
        if (ok) primary++; else { secondary++; sec[$0]++ } }
      END {
        printf "entries %d, primary %d, secondary %d, primary share %.1f %%\n", total, primary, secondary, 100 * primary / total
        if (list == "--list") for (s in sec) printf "%4d  %s\n", sec[s], s | "sort -rn"
      }'
