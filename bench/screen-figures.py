#!/usr/bin/env python3
"""NEEDS_INFO share among open programs and median distinct open questions per municipality, from a screen's NDJSON
(`screen --out FILE.ndjson`) and the ids of the programs open on the screen's date (one line, space separated).
Used for the "before" figure of issue 12 (a build without the screen summary); the screen itself prints the same
figures (ScreenOutput.headline). Usage: bench/screen-figures.py SCREEN.ndjson OPEN_IDS.txt"""
import json, statistics, sys

screen, open_file = sys.argv[1], sys.argv[2]
open_ids = set(open(open_file).read().split())
pairs = needs = eligible = 0
questions, questions_all, usable = [], [], []
for line in open(screen):
    m = json.loads(line)
    fields, all_fields, n_eligible = set(), set(), 0
    for p in m["programs"]:
        all_fields.update(p["missing"])
        if p["id"] in open_ids:
            pairs += 1
            needs += p["status"] == "NEEDS_INFO"
            n_eligible += p["status"] == "ELIGIBLE"
            fields.update(p["missing"])
    questions.append(len(fields)); questions_all.append(len(all_fields)); usable.append(n_eligible)
print(f"municipalities={len(questions)} open_programs={len(open_ids)} pairs={pairs} "
      f"needs_info_share={100 * needs / pairs:.1f}% median_open_questions={statistics.median(questions):g} "
      f"median_questions_all_programs={statistics.median(questions_all):g} "
      f"municipalities_with_an_eligible_open_program={sum(1 for u in usable if u > 0)}")
