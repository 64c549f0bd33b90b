#!/usr/bin/env python3
"""Reader shapes: every expected agreement of the development parts the engine misses, in the languages asked, grouped
by the shape of its line or paragraph as the structure readers see it (a speaker's line "JD: …", an action's label
"Action 3:", a note "XYZ: To update …", a decision told after a report in the same paragraph, a numbered sub-item, a
list item that tells a task or a decision, a list item that names a topic, a paragraph's first sentence…), and by
whether a structure reader proposed it at all ("structure": a reader's item fits it and the scoring or a later step
dropped it; "prose": only a sentence of prose fits it; "none": nothing fits). Counts per shape, batch and language.
A tuning aid (section "Structure readers, 4 December late" of this folder's README); development parts only.

Usage: reader_shapes.py OUT F.tsv [--lang en es pt] [--rows]
"""
import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import fits, fold  # noqa: E402
from misses import candidates, missed  # noqa: E402
from fit_scoring import DEVELOPMENT, FROZEN  # noqa: E402

SPEAKER = re.compile(r"^[-*•+\s]*(?:\*\*)?(?:\p{Lu}{2,4}|[A-Z]{2,4})(?:/[A-Z]{2,4})*(?:\*\*)?\s*:\s".replace(r"\p{Lu}", "A-Z"))
NAME_COLON = re.compile(r"^[-*•+\s]*(?:\*\*)?@?[A-ZÀ-Ý][\wÀ-ÿ.]+(?:\s+[A-ZÀ-Ý][\wÀ-ÿ.]+)?(?:\s*(?:&|,|/|and|y|e)\s*[A-ZÀ-Ý][\wÀ-ÿ]+){0,3}(?:\*\*)?\s*:\s*\S")
ACTION = re.compile(r"(?:^|[-–—:]\s*)(?:action(?:\s+items?)?|acci[oó]n|a[cç][aã]o|AI)\b\s*(?:\w{0,4}\d[\w.\-/]*)?\s*[:\-–—]", re.I)
TO_NOTE = re.compile(r"^[-*•+\s]*(?:\*\*)?[A-ZÀ-Ý][\wÀ-ÿ.]*(?:\s*(?:&|,|/|and)\s*[A-ZÀ-Ý][\wÀ-ÿ.]*)*(?:\*\*)?\s*[:\-–—]?\s+to\s+[a-z]+", re.I)
DECIDED = re.compile(r"\b(?:it\s+was\s+(?:agreed|decided|resolved)|(?:was|were)\s+agreed|agreed\s+(?:that|to|on)|we\s+(?:agreed|decided)"
                     r"|(?:ficou|fica|foi)\s+(?:decidido|acordado|definido|combinado|deliberado|aprovad[oa])|decidiu-se|deliberou-se"
                     r"|se\s+(?:acordo|acuerda|decidio|decide|aprobo|aprueba|resolvio|resuelve)|acordamos|decidimos|combinamos"
                     r"|(?:aprob|aprov|approv|adopt)\w*)\b")
MARKER = re.compile(r"^\s*(?:[-*+•●▪◦·–—►➢✓❖➤■□○→]|\d{1,3}(?:\.\d{1,2})*[.)º°:\-–]?|[a-z][.)]|\[[ xX]?\])\s+")
NUMBERED = re.compile(r"^\s*(?:\d{1,2}\.\d{1,2}|[a-z][.)]|\(?[ivx]{1,4}\)|\(\w\))\s*")


# the features of the fitting candidate that say it tells something decided or to do (ScoringFeatures)
TELLS = ("states", "lex.decision", "lex.task", "lex.passive")
SPLIT = ("list item", "paragraph's first sentence", "numbered/nested sub-item")


def shape(line, s, prev_nonblank, indent):
    """The shape of an expected item's line: the first rule that fits."""
    body = line.strip()
    fl = fold(body)
    fs = fold(s)
    lead = fl.find(fs[:30])
    opens = lead >= 0 and lead <= 8 + (len(ACTION.match(body).group(0)) if ACTION.match(body) else 0)
    listed = bool(MARKER.match(line))
    if ACTION.search(body[:60]):
        return "action label (Action N:, ACTION, AI:)"
    if SPEAKER.match(body):
        return "speaker line (JD: …)"
    if TO_NOTE.match(body) and not listed or re.match(r"^[-*•+\s]*[A-ZÀ-Ý][\wÀ-ÿ]*(?:\s*(?:&|,|/|and)\s*[A-ZÀ-Ý][\wÀ-ÿ]*)*\s*:\s*to\s", body, re.I):
        return "note \"XYZ: to update …\""
    if body.count("|") >= 2:
        return "table row"
    if not opens and lead != 0:
        return "later sentence of its line: decision (It was agreed…)" if DECIDED.search(fs) else "later sentence of its line: other"
    if NUMBERED.match(body) or (listed and indent >= 2 and prev_nonblank and MARKER.match(prev_nonblank)):
        return "numbered/nested sub-item"
    if NAME_COLON.match(body):
        return "name: line (Mark: …)"
    if listed:
        return "list item"
    return "paragraph's first sentence"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outputs")
    ap.add_argument("features")
    ap.add_argument("--lang", nargs="*", default=["en", "es", "pt"])
    ap.add_argument("--rows", action="store_true")
    a = ap.parse_args()
    names, found = candidates(a.features)
    parts = [p for p in DEVELOPMENT if p not in FROZEN]
    rows = []
    for part, name, lines, proposed, s in missed(a.outputs, parts):
        lang = name[:2]
        if lang not in a.lang:
            continue
        fs = fold(s)
        cands = found.get(f"{part}/{name}", [])
        kinds = [m for m, x, t in cands if fits(fold(t), s)]
        how = "structure" if "" in kinds else "prose" if kinds else "none"
        fitting = [x for m, x, t in cands if fits(fold(t), s)]
        tells = any(x[names.index(f)] > 0 for x in fitting for f in TELLS)
        key = fs[:40]
        at = next((i for i, l in enumerate(lines) if key and key in fold(l)), None)
        if at is None:
            key = fs[:20]
            at = next((i for i, l in enumerate(lines) if key and key in fold(l)), None)
        if at is None:
            sh = "not found on one line (wrapped)"
        else:
            prev = next((lines[j] for j in range(at - 1, -1, -1) if lines[j].strip()), "")
            indent = len(lines[at]) - len(lines[at].lstrip())
            sh = shape(lines[at], s, prev, indent)
            if sh in SPLIT:
                sh += ": tells a decision or task" if tells else ": other"
        rows.append((part, lang, sh, how, f"{part}/{name}", s, lines[at].strip()[:100] if at is not None else ""))
    if a.rows:
        for r in rows:
            print("\t".join(r))
        return
    print(f"missed: {len(rows)} ({', '.join(a.lang)})")
    groups = defaultdict(list)
    for r in rows:
        groups[r[2]].append(r)
    print("| shape | misses | structure / prose / none | batches | " + " | ".join(a.lang) + " | by batch |")
    print("| --- | --- | --- | --- | " + " | ".join("---" for _ in a.lang) + " | --- |")
    for sh, rs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        hc = Counter(r[3] for r in rs)
        bc = Counter(r[0] for r in rs)
        lc = Counter(r[1] for r in rs)
        print(f"| {sh} | {len(rs)} | {hc['structure']} / {hc['prose']} / {hc['none']} | {len(bc)} | "
              + " | ".join(str(lc[l]) for l in a.lang) + " | " + " ".join(f"{b} {n}" for b, n in sorted(bc.items())) + " |")


if __name__ == "__main__":
    main()
