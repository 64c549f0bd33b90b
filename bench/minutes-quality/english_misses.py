#!/usr/bin/env python3
"""The English misses and false items of the development parts by the shape of their line (a motion or its result,
"RESOLVED", "ACTION", "AI:", "@name", "Name to do X", "Agreed:", a checkbox, "TODO", a table row with Owner/Due
columns, a decision in a later sentence of its paragraph…) and by the section above them ("Action items", "Next
steps", "Decisions", another heading, none), each with whether a structure reader proposed it (section "English,
5 December night" of this folder's README). A tuning aid; development parts only.

Usage: misses.py OUT F.tsv > M.txt; english_misses.py OUT M.txt [--rows] [--lang en]
"""
import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPUS, fits, fold, load_output  # noqa: E402
from fit_scoring import DEVELOPMENT, FROZEN  # noqa: E402
from misses import matched  # noqa: E402

NAME = r"(?:@?[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+)?)"
SHAPES = (
    ("motion, second or vote (moved, seconded, carried)",
     r"\b(motions?|moved|seconded|second(ed)? by|carried|all in favou?r|unanimous(ly)?|voted?|votes|ayes?|nays?)\b"),
    ("RESOLVED / resolution", r"^\W*(resolved|resolutions?)\b|\b(it was|be it) resolved\b|\bresolved that\b"),
    ("ACTION label (ACTION:, Action N:, [ACTION])", r"^\W*(\[?actions?(\s+items?)?\]?\s*(\w{0,4}\d[\w.-]*)?\s*[:\-–—]|action\s+" + NAME + r"\s*:)"),
    ("AI: label", r"^\W*(AI|A\.I\.)\s*[:\-–—]"),
    ("checkbox (- [ ] …)", r"^\s*(?:[-*+]\s*)?\[[ xX]\]"),
    ("TODO", r"(?i)\b(todo|to-do|#todo)\b"),
    ("@name", r"@[A-Za-z][\w-]+"),
    ("Agreed: / Decision: label", r"(?i)^\W*(agreed|decisions?|decided|consensus|outcome|conclusions?|resolution|proposal accepted)\W*\s*[:\-–—]"),
    ("Name to / will do X", r"^[-*•+\d.)\s]*(?:\*\*)?" + NAME + r"(?:\s*(?:,|and|&|/)\s*" + NAME + r")*(?:\*\*)?\s*(?:[:\-–—]\s*)?(?:to|will|is to|agreed to|volunteered to|offered to|would)\s+[a-z]"),
    ("Name: text (speaker or owner first)", r"^[-*•+\s]*(?:\*\*)?" + NAME + r"(?:\s*(?:,|and|&|/)\s*" + NAME + r")*(?:\*\*)?\s*:\s+\S"),
    ("told decision (X agreed / it was agreed / approved)",
     r"(?i)\b(agreed|decided|approved|accepted|adopted|endorsed|ratified|confirmed|consensus)\b"),
)
SHAPES = tuple((n, re.compile(p if p.startswith("(?i)") or n.startswith(("Name", "AI", "ACTION")) else "(?i)" + p)) for n, p in SHAPES)
SECTIONS = (
    ("Action items / Actions / TODO", r"\b(action items?|actions?|todo|to do|tasks?|assignments?|follow[- ]?ups?)\b"),
    ("Next steps", r"\bnext steps?\b"),
    ("Decisions / Resolutions / Motions", r"\b(decisions?|resolutions?|motions?|agreed|outcomes?|conclusions?)\b"),
)
MARKER = re.compile(r"^\s*(?:[-*+•●▪◦·–—►➢✓❖➤■□○→]|\d{1,3}(?:\.\d{1,2})*[.)]|[a-z][.)])\s+")


def heading_above(lines, at):
    for line in reversed(lines[:at]):
        s = line.strip()
        plain = s.strip("*_#= ").strip()
        if (s.startswith("#") or (s.startswith("**") and s.endswith("**") and len(s) < 100) or s.startswith("==")
                or (len(plain) < 80 and plain.endswith(":") and not MARKER.match(s))
                or (4 < len(plain) < 80 and plain.upper() == plain and re.search(r"[A-Z]{3}", plain))):
            return fold(plain)[:60]
    return ""


def section(heading):
    for name, p in SECTIONS:
        if re.search(p, heading):
            return name
    return "another heading" if heading else "no heading"


def shape(lines, at, s):
    line = lines[at]
    body = line.strip()
    if body.count("|") >= 2:
        head = ""
        for j in range(at - 1, -1, -1):
            if lines[j].count("|") < 2:
                break
            if not re.match(r"^\s*\|?\s*:?-{2,}", lines[j].strip()):
                head = fold(lines[j])
        return ("table row, Owner/Due columns" if re.search(r"\b(owner|due|who|responsible|assignee|assigned|by when|deadline|status)\b", head)
                else "table row, other")
    fl, fs = fold(body), fold(s)
    lead = fl.find(fs[:30])
    later = lead > 12 and not re.match(r"^\W*\S+\s*:", body)
    for name, p in SHAPES:
        if p.search(body if not later else s):
            return (name + (", a later sentence" if later else ""))
    if later:
        return "a later sentence of its paragraph, other"
    if MARKER.match(line):
        return "list item, other"
    return "line or paragraph, other"


def rows(out, parts, lang, reasons):
    for part in parts:
        assert part in DEVELOPMENT and part not in FROZEN
        for gold_path in sorted((CORPUS / part).glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold["lang"] != lang:
                continue
            name = gold_path.name[:-len(".gold.json")]
            expected = [e["starts_with"] for e in gold["agreements"]]
            proposed = load_output(Path(out) / (name + ".json")) or []
            done = matched(expected, proposed)
            text = next(p for p in (CORPUS / part).glob(name + ".*") if not p.name.endswith(".gold.json"))
            lines = text.read_text(encoding="utf-8").splitlines()
            used = set()
            for p_i, p in enumerate(proposed):
                f = fold(p.get("text", ""))
                hit = next((e for e, x in enumerate(expected) if e not in used and fits(f, x)), None)
                if hit is not None:
                    used.add(hit)
                else:
                    yield place(part, name, lines, "false item", p.get("text", "")[:200], "")
            for e, s in enumerate(expected):
                if e not in done:
                    yield place(part, name, lines, "miss", s, reasons.get((f"{part}/{name}", s), "?"))


def place(part, name, lines, kind, s, reason):
    fs = fold(s)
    at = next((i for i, l in enumerate(lines) if fs[:40] and fs[:40] in fold(l)), None)
    if at is None:
        at = next((i for i, l in enumerate(lines) if fs[:20] and fs[:20] in fold(l)), None)
    if at is None:
        return (part, name, kind, "not found on one line (wrapped)", "?", reason, s[:100])
    return (part, name, kind, shape(lines, at, s), section(heading_above(lines, at)), reason, lines[at].strip()[:120])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outputs")
    ap.add_argument("misses")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--rows", action="store_true")
    a = ap.parse_args()
    reasons = {}
    for line in open(a.misses, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if len(c) >= 3 and "/" in c[0]:
            reasons[(c[0], c[2])] = c[1].split(" ")[0]
    parts = [p for p in DEVELOPMENT if p not in FROZEN]
    found = list(rows(a.outputs, parts, a.lang, reasons))
    if a.rows:
        for r in found:
            print("\t".join(r))
        return
    for kind in ("miss", "false item"):
        rs = [r for r in found if r[2] == kind]
        print(f"\n{kind}: {len(rs)} ({a.lang})\n")
        by = defaultdict(list)
        for r in rs:
            by[r[3]].append(r)
        extra = " structure / prose / none |" if kind == "miss" else ""
        print("| shape of the line | " + ("misses" if kind == "miss" else "false items") + " |" + extra
              + " batches | by section above (actions / next steps / decisions / other / none) | by batch |")
        print("| --- | --- |" + (" --- |" if extra else "") + " --- | --- | --- |")
        for sh, group in sorted(by.items(), key=lambda kv: -len(kv[1])):
            bc = Counter(r[0] for r in group)
            sc = Counter(r[4] for r in group)
            hc = Counter(r[5] for r in group)
            secs = " / ".join(str(sc[n]) for n in ("Action items / Actions / TODO", "Next steps",
                                                   "Decisions / Resolutions / Motions", "another heading", "no heading"))
            print(f"| {sh} | {len(group)} |" + (f" {hc['structure']} / {hc['prose']} / {hc['none']} |" if extra else "")
                  + f" {len(bc)} | {secs} | " + " ".join(f"{b} {n}" for b, n in sorted(bc.items())) + " |")


if __name__ == "__main__":
    main()
