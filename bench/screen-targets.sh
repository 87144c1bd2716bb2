#!/usr/bin/env bash
# The three screen targets of issue 12, measured on a nationwide AGS-only screen:
#   1. NEEDS_INFO share among the (municipality, program) pairs of the programs open on the as-of date
#      (availability OPEN or CALL_OPEN; target ≤ 30 %),
#   2. median number of distinct open questions (request fields asked for) per municipality (target ≤ 10),
#   3. every open FUNDING program is ELIGIBLE for at least one municipality, or its program.yaml has a `screenNote`
#      saying why no public datum can decide it (listed; "MISSING" marks one without a note).
# Usage: bench/screen-targets.sh [asOf=2026-12-06] [screen.ndjson]
#   Without a file it runs `screen` on the directory given by GEMEINDEN_FILE / KREISE_FILE (default: the embedded
#   directory when the jar has one and no file is named, else ../shared/data/gemeindeverzeichnis-destatis-2019.csv).
#   With a file it reads an NDJSON screen written by `screen --out FILE.ndjson` with the same asOf.
set -euo pipefail
cd "$(dirname "$0")/.."
AS_OF="${1:-2026-12-06}"
NDJSON="${2:-}"
TMP="${TMPDIR:-/tmp}/screen-targets-$$"
mkdir -p "$TMP"
trap 'rm -rf "$TMP"' EXIT
[ -f target/aufnahmelotse.jar ] || mvn -q -B -DskipTests package
if [ -z "$NDJSON" ]; then
  NDJSON="$TMP/screen.ndjson"
  args=()
  if [ -n "${GEMEINDEN_FILE:-}" ]; then
    args+=(--gemeinden "$GEMEINDEN_FILE")
    [ -n "${KREISE_FILE:-}" ] && args+=(--kreise "$KREISE_FILE")
  elif ! java -jar target/aufnahmelotse.jar screen --help 2>/dev/null | grep -q -- '--no-directory'; then
    args+=(--gemeinden ../shared/data/gemeindeverzeichnis-destatis-2019.csv
           --kreise ../shared/data/kreise-destatis-2018.csv)
  fi
  echo "screen ${args[*]:-(embedded directory)} --asOf $AS_OF"
  java -jar target/aufnahmelotse.jar screen "${args[@]}" --asOf "$AS_OF" --no-progress --out "$NDJSON" \
    >"$TMP/screen.log" 2>&1 || { tail -20 "$TMP/screen.log"; exit 1; }
fi

# Which programs are open on the day, and their category: an empty request with every program listed.
echo "{\"asOf\":\"$AS_OF\"}" | java -jar target/aufnahmelotse.jar advise --include-all - \
  | jq -c '[.programs[] | {id, category, open: (.availability.status == "OPEN" or .availability.status == "CALL_OPEN")}]' \
  >"$TMP/programs.json"

jq -r --slurpfile programs "$TMP/programs.json" '
  ($programs[0] | map(select(.open)) | map({key: .id, value: .category}) | from_entries) as $open
  | [.programs[] | select($open[.id] != null)] as $ps
  | [ .ags,
      ($ps | map(select(.status == "NEEDS_INFO")) | length),
      ($ps | length),
      ([$ps[] | select(.status == "NEEDS_INFO") | .missing[]] | unique | length),
      ([$ps[] | select(.status == "ELIGIBLE" and $open[.id] == "FUNDING") | .id] | join(" ")) ]
  | @tsv' "$NDJSON" >"$TMP/rows.tsv"

municipalities=$(wc -l <"$TMP/rows.tsv")
open_programs=$(jq '[.[] | select(.open)] | length' "$TMP/programs.json")
awk -F'\t' -v n="$municipalities" -v p="$open_programs" '
  { ni += $2; pairs += $3 }
  END { printf "municipalities=%d open_programs=%d needs_info_pairs=%d pairs=%d\n", n, p, ni, pairs
        printf "TARGET 1 needs_info_share_pct=%.1f (target <= 30)\n", 100 * ni / pairs }' "$TMP/rows.tsv"
cut -f4 "$TMP/rows.tsv" | sort -n | awk '{ a[NR] = $1 }
  END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
        printf "TARGET 2 median_open_questions=%s (target <= 10; min %d, max %d)\n", m, a[1], a[NR] }'

# Per open funding program: municipalities for which it is ELIGIBLE; zero needs a screenNote in its program.yaml.
cut -f5 "$TMP/rows.tsv" | tr ' ' '\n' | grep -v '^$' | sort | uniq -c | awk '{ print $2 "\t" $1 }' >"$TMP/eligible.tsv"
undocumented=0
echo "open funding programs: ELIGIBLE municipalities (0 → screenNote from the program.yaml)"
for id in $(jq -r '.[] | select(.open and .category == "FUNDING") | .id' "$TMP/programs.json" | sort); do
  n=$(awk -F'\t' -v id="$id" '$1 == id { print $2 }' "$TMP/eligible.tsv")
  if [ -n "$n" ]; then
    printf '  %-34s %6d\n' "$id" "$n"
  else
    file=$(grep -rl --include='*.program.yaml' -E "^id: \"?$id\"?\$" rules | head -1)
    note=$(awk '/^screenNote:/ { f = 1; next } f && /^  de:/ { sub(/^  de: *"?/, ""); sub(/"$/, ""); print; exit }' "$file")
    if [ -n "$note" ]; then
      printf '  %-34s %6d  screenNote: %s\n' "$id" 0 "${note:0:150}"
    else
      printf '  %-34s %6d  MISSING screenNote (%s)\n' "$id" 0 "$file"
      undocumented=$((undocumented + 1))
    fi
  fi
done
echo "TARGET 3 open_funding_programs_without_eligible_or_note=$undocumented (target 0)"
