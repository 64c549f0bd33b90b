#!/usr/bin/env python3
"""Segmentation misses: the expected agreements of the development parts the engine misses because of where its items
begin and end, not because of the scoring (section "Segmentation, 5 December afternoon" of this folder's README):
- "inside a longer proposal": an item of the output holds the gold's words 120 characters or more after its start
  (misses.py --near "early": merged with the lines above);
- "merged with a neighbour": an item holds them within 120 characters but was matched by another gold item ("taken");
- "proposal starts inside the gold": an item starts within the gold's first words ("late") or stops before them end
  ("short");
- "proposal starts later in the paragraph": an item matching no gold item starts further on in the gold's paragraph
  (the gold at the point's title or the paragraph's opening, the engine at its decision sentence), or earlier in it
  and stops before the gold's words;
- "never segmented": no candidate at all fits (misses.py "none");
- "prose only: bullet inside a line": only sentences of prose fit, and a bullet glyph (• · ● ▪ -) after two spaces or
  after " / " (a flattened table's cell) stands before the gold's words on its line;
- "prose only: run-on paragraph": only sentences of prose fit, and the gold's words start 100 characters or more into a
  line of 600 or more (an acta written as one paragraph with no line breaks);
- the rest are not segmentation: "prose only (scored below threshold)", "structure item lost later".
And the unmatched proposals that start inside a paragraph where a missed gold item starts earlier ("decision sentence
proposed, gold at the title").

Usage: misses.py OUT F.tsv > M.txt; seg_misses.py OUT M.txt [--rows] [--part P ...]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPUS as C, fold, load_output, readable  # noqa: E402
from misses import matched, near_kind  # noqa: E402

SEGMENTATION = ("inside a longer proposal", "merged with a neighbour", "proposal starts inside the gold",
                "proposal starts later in the paragraph",
                "proposal starts earlier in the paragraph, stops before", "never segmented", "prose only: bullet inside a line",
                "prose only: run-on paragraph")
INLINE_BULLET = re.compile(r"(?:\S\s{2,}|\s/\s+)[•·●▪◦\-–]\s")


def paragraphs(text):
    """The text's paragraphs (blank lines apart), each folded, with the raw lines."""
    out, cur = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return [(fold(" ".join(p)), p) for p in out]


def locate(paras, s):
    for n in (40, 20):
        f = fold(s)[:n]
        if not f:
            return None
        for i, (fp, _) in enumerate(paras):
            at = fp.find(f)
            if at >= 0:
                return i, at
    return None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out, missfile = Path(args[0]), args[1]
    # never the frozen parts nor the check set (score.readable: DROP, default au av ax ay az ba bb bc)
    parts = readable(sys.argv[sys.argv.index("--part") + 1:] if "--part" in sys.argv else None)
    reason = {}
    for line in open(missfile, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if len(c) >= 3 and "/" in c[0]:
            reason[(c[0], c[2])] = c[1].split(" ")[0]
    rows, late_props = [], []
    for part in parts:
        for gp in sorted((C / part).glob("*.gold.json")):
            name = gp.name[:-10]
            doc = f"{part}/{name}"
            gold = json.loads(gp.read_text(encoding="utf-8"))
            exp = [e["starts_with"] for e in gold["agreements"]]
            lang = gold.get("lang", name[:2])
            tp = next((p for p in [C / part / (name + ".txt"), C / part / (name + ".md")] if p.exists()), None)
            if not tp:
                continue
            paras = paragraphs(tp.read_text(encoding="utf-8", errors="replace"))
            prop = load_output(out / (name + ".json")) or []
            done = matched(exp, prop)
            texts = [fold(p.get("text", "")) for p in prop]
            used = set()  # the proposals matching some gold item
            for t_i, t in enumerate(texts):
                if any(0 <= t.find(fold(s)) < 120 for s in exp):
                    used.add(t_i)
            gold_at = [locate(paras, s) for s in exp]
            prop_at = [locate(paras, t) for t in texts]
            for k, s in enumerate(exp):
                if k in done:
                    continue
                fs = fold(s)
                kind = next((kk for kk in (near_kind(fs, t, True) for t in texts) if kk), None)
                cause = {"early": "inside a longer proposal", "taken": "merged with a neighbour",
                         "late": "proposal starts inside the gold", "short": "proposal starts inside the gold"}.get(kind)
                g = gold_at[k]
                if cause is None and g is not None:
                    for t_i, q in enumerate(prop_at):
                        if t_i in used or q is None or q[0] != g[0] or q[1] == g[1] or abs(q[1] - g[1]) > 400:
                            continue
                        # no other gold item starts between the two
                        lo, hi = sorted((g[1], q[1]))
                        between = any(j != k and a is not None and a[0] == g[0] and lo < a[1] <= hi
                                      for j, a in enumerate(gold_at))
                        if not between:
                            if q[1] > g[1]:
                                cause = "proposal starts later in the paragraph"
                                late_props.append((doc, part, lang, texts[t_i][:90]))
                            else:
                                cause = "proposal starts earlier in the paragraph, stops before"
                            break
                r = reason.get((doc, s), "?")
                if cause is None and r == "none":
                    cause = "never segmented"
                if cause is None and r == "prose" and g is not None:
                    fp, lines = paras[g[0]]
                    line = next((ln for ln in lines if fold(ln).find(fs[:20]) >= 0), "")
                    at = line.lower().find(s[:12].lower())
                    if at > 3 and INLINE_BULLET.search(line[:at + 1]):
                        cause = "prose only: bullet inside a line"
                    elif len(line) >= 600 and at >= 100:
                        cause = "prose only: run-on paragraph"
                if cause is None:
                    cause = {"prose": "prose only (scored below threshold)",
                             "structure": "structure item lost later"}.get(r, "other")
                rows.append((doc, part, lang, cause, s))
    if "--rows" in sys.argv:
        for r in rows:
            print("\t".join(r))
        for p in late_props:
            print("LATE-PROPOSAL\t" + "\t".join(p))
        return
    seg = [r for r in rows if r[3] in SEGMENTATION]
    print(f"misses {len(rows)}; segmentation {len(seg)}; unmatched proposals later in a missed gold's paragraph "
          f"{len(late_props)}")
    print("\n| cause | n | en | es | fr | pt | batches |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    by = defaultdict(list)
    for r in rows:
        by[r[3]].append(r)
    for cause in list(SEGMENTATION) + ["prose only (scored below threshold)", "structure item lost later", "other"]:
        rs = by.get(cause, [])
        lc = Counter(r[2] for r in rs)
        bc = Counter(r[1] for r in rs)
        print(f"| {cause} | {len(rs)} | {lc['en']} | {lc['es']} | {lc['fr']} | {lc['pt']} | "
              f"{' '.join(f'{b} {n}' for b, n in sorted(bc.items(), key=lambda kv: -kv[1]))} |")


if __name__ == "__main__":
    main()
