#!/usr/bin/env python3
"""Writes a features table with dated-prose columns, for fit_scoring.py (branch dated5; README "Dated prose").

Joins ScoringFeatureExport's table F.tsv and DatedProseExport's D.tsv (the same candidates in the same order) and
appends, before the words and the text, lex.deadline (the item would carry a deadline), lex.deadline_party (and a
responsible party), a third column and where.dated. VARIANT:
- feature: the prose model's candidates get lex.deadline, lex.deadline_party and lex.deadline_act (a deadline and a
  task, instruction, acting name or `states`); run fit_scoring.py without --no-prose so the prose model may keep them;
- structure CLASS: the prose candidates of the class become the structure model's, with where.dated = 1;
- third CLASS: they become model "dated." (fit_scoring.py with MODELS = ("", "dated.", "prose.") weighs them with a
  model of their own);
- sfeat: every candidate, the structure's items too, gets lex.deadline, lex.deadline_party and, third, any date.
CLASS: deadline, deadline+party, deadline+act, deadline+instr, date+instr, deadline+(party|instr), date, date+act.

Usage: dated_variants.py F.tsv D.tsv OUT.tsv VARIANT [CLASS]
"""
import sys

F, D, out, variant = sys.argv[1:5]
cls = sys.argv[5] if len(sys.argv) > 5 else "deadline"
fl = open(F, encoding="utf-8").read().splitlines()
dl = open(D, encoding="utf-8").read().splitlines()
assert len(fl) == len(dl), "the two tables must hold the same candidates"
dh = dl[0].split("\t")
h = fl[0].split("\t")
res = ["\t".join(h[:-2] + ["lex.deadline", "lex.deadline_party", "lex.deadline_act", "where.dated"] + h[-2:])]
for a, b in zip(fl[1:], dl[1:]):
    c = a.split("\t")
    r = dict(zip(dh, b.split("\t", len(dh) - 1)))
    assert c[0] == r["document"], (c[0], r["document"])
    prose = c[1] == "prose."
    dead = bool(r["deadlines"])
    date = bool(r["dates"])
    party = int(r["directory"]) + int(r["named"]) > 0
    act = any(x in r["features"] for x in "TWIAS")
    instr = "I" in r["features"]
    v = [0, 0, 0, 0]
    if variant == "sfeat":
        v[:3] = [int(dead), int(dead and party), int(date)]
    if variant == "feature" and prose:
        v[:3] = [int(dead), int(dead and party), int(dead and act)]
    if variant in ("structure", "third") and prose:
        inclass = {"deadline": dead, "deadline+party": dead and party, "deadline+act": dead and act,
                   "deadline+instr": dead and instr, "date+instr": date and instr,
                   "deadline+(party|instr)": dead and (party or instr), "date": date, "date+act": date and act}[cls]
        if inclass:
            c[1] = "" if variant == "structure" else "dated."
            v = [int(dead), int(dead and party), int(dead and act), 1]
    res.append("\t".join(c[:-2] + [str(float(x)) for x in v] + c[-2:]))
open(out, "w", encoding="utf-8").write("\n".join(res) + "\n")
