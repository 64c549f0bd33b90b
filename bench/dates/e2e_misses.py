#!/usr/bin/env python3
"""The expected dates that the minutes reading did not give right end to end, each with why (tuning aid).

Usage: e2e_misses.py --outputs DIR --gold FOLDER [--gold FOLDER ...] [--all] [--table]   (development folders only)
For every expected date of the gold files: 'right', or its group —
  (a) 'item not found': no proposed agreement matches its agreement ('elsewhere' when another proposal carries it);
  (b) 'no date': the matched agreement carries none;
  (c) 'other date': it carries others, with how they differ (off by a year / a week / days, wrong precision,
      range vs point, the meeting's own day);
and (d) 'extra date': a date proposed on a matched agreement whose gold item has no date at all.
--table prints the counts per group by language and by part (Markdown). Matching as score.py.
"""
import argparse
import datetime
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "minutes-quality"))
import score  # noqa: E402

GROUPS = ("right", "(a) item not found", "(b) no date", "(c) other date", "(d) extra date")


def day(iso):
    try:
        return datetime.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return None


def how(want, got, meeting):
    """How the nearest proposed date differs from the expected one."""
    ws, we = day(want[0]), day(want[1])
    reasons = []
    for start, end, _ in got:
        gs, ge = day(start), day(end)
        if None in (ws, we, gs, ge):
            reasons.append("unreadable")
            continue
        wlen, glen = (we - ws).days, (ge - gs).days
        if start == meeting:
            reasons.append("meeting day")
        elif wlen == glen and (gs.month, gs.day) == (ws.month, ws.day):
            reasons.append("off by a year")
        elif wlen == glen and abs((gs - ws).days) % 7 == 0:
            reasons.append("off by a week")
        elif wlen == glen:
            reasons.append("off by days")
        elif (wlen == 0) != (glen == 0):
            reasons.append("range vs point" if not (gs <= ws and we <= ge or ws <= gs and ge <= we)
                           else "wrong precision")
        elif gs <= we and ws <= ge:
            reasons.append("wrong precision")
        else:
            reasons.append("other period")
    order = ("off by a year", "off by a week", "off by days", "wrong precision", "range vs point", "meeting day",
             "other period", "unreadable")
    return min(reasons, key=order.index)


def rows(outputs, folders):
    """(group, detail, part, lang, name, text) for every expected date and every extra proposed date."""
    for folder in folders:
        if folder.resolve().name in score.FROZEN:
            sys.exit(f"{folder} is a frozen part: nobody writing rules reads it")
        for path in sorted(folder.glob("*.gold.json")):
            name = path.name[: -len(".gold.json")]
            gold = json.loads(path.read_text(encoding="utf-8"))
            part, lang, meeting = folder.resolve().name, gold.get("lang", name[:2]), gold.get("meeting_date")
            proposed = score.load_output(outputs / f"{name}.json") or []
            matched = [None] * len(gold["agreements"])
            for p_index, agreement in enumerate(proposed):
                text = score.fold(agreement.get("text", ""))
                for e_index, item in enumerate(gold["agreements"]):
                    if matched[e_index] is None and score.fits(text, item["starts_with"]):
                        matched[e_index] = p_index
                        break
            for e_index, item in enumerate(gold["agreements"]):
                p_index = matched[e_index]
                got = [] if p_index is None else [(d.get("start"), d.get("end"), d.get("kind"))
                                                  for d in proposed[p_index].get("dates") or []]
                if not item["dates"] and got:
                    for g in got:
                        yield GROUPS[4], "", part, lang, name, f"got {g[0]}..{g[1]} {g[2]} | item «{item['starts_with'][:50]}»"
                for date in item["dates"]:
                    want = (date["start"], date["end"])
                    detail = ""
                    if p_index is None:
                        elsewhere = any((d.get("start"), d.get("end")) == want for a in proposed for d in a.get("dates") or [])
                        group, detail = GROUPS[1], "elsewhere" if elsewhere else ""
                    elif any(g[:2] == want for g in got):
                        group = GROUPS[0]
                        detail = "" if any(g[:2] == want and g[2] == date["kind"] for g in got) else "kind wrong"
                    elif got:
                        group, detail = GROUPS[3], how(want, got, meeting)
                    else:
                        group = GROUPS[2]
                    yield group, detail, part, lang, name, (f"«{date['text']}» {date['start']}..{date['end']} {date['kind']}"
                                                            f" | item «{item['starts_with'][:50]}» | got {got}")


def table(found, key):
    values = sorted({r[key] for r in found})
    print(f"| group | {' | '.join(values)} | all |")
    print("|" + " --- |" * (len(values) + 2))
    for group in GROUPS:
        counts = Counter(r[key] for r in found if r[0] == group)
        print(f"| {group} | {' | '.join(str(counts[v]) for v in values)} | {sum(counts.values())} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--outputs", required=True, type=Path)
    parser.add_argument("--gold", action="append", required=True, type=Path)
    parser.add_argument("--all", action="store_true", help="print the right ones too")
    parser.add_argument("--table", action="store_true", help="counts per group by language and by part")
    args = parser.parse_args()
    found = list(rows(args.outputs, args.gold))
    for group, detail, part, lang, name, text in found:
        if args.all or group != "right":
            print(f"{group:20} {detail:16} {part}/{name} {text}")
    print(Counter(r[0] for r in found))
    print(Counter(r[1] for r in found if r[0] == GROUPS[3]))
    if args.table:
        table(found, 3)
        print()
        table(found, 2)


if __name__ == "__main__":
    main()
