#!/usr/bin/env python3
"""Groups the development misses told in prose by the form of their telling, language, part and place in the paragraph.

An expected agreement of the development parts that the engine's output does not match is "told in prose" when the
line its `starts_with` begins on is not a list item, a numbered point or a table row (read from the text itself, not
from the candidates). Each such miss is put in the first group whose regular expression (es/en/pt/fr, on the folded
text of the expected item's sentence, from its `starts_with` to the end of its sentence) fits: a reading aid, not a
classifier. Its place: the paragraph's first sentence ("start"), a later one that more sentences follow ("inside"),
or its last sentence when others come before ("last": a decision at the end of a discussion). "why" is misses.py's
reason (none, prose, structure), "reads" that Narrative.states reads a candidate that fits it, and "early" marks an output item that holds the words too far from its start (the
paragraph was taken whole: cut wrongly).

Usage: told_misses.py OUTPUTS FEATURES.tsv [--rows]   (FEATURES.tsv from ScoringFeatureExport; --rows: one per miss)
"""
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import fits, fold, load_output  # noqa: E402
from fit_scoring import CORPUS, DEVELOPMENT, FROZEN  # noqa: E402
from misses import candidates, missed  # noqa: E402

MARKER = re.compile(r"^\s*(?:>\s*)*(?:[-*+•▪◦·]|\d{1,3}[.)]|[a-zA-Z][.)]|\(?[ivxIVX]{1,4}[.)]|\||#{1,6}\s)")

FORMS = [
    ("impersonal decision: se acordó que, il est convenu que, ficou decidido, it was agreed",
     r"\b(?:se\s+(?:acord|decid|resol|aprob|conv|acuerd|resuelv|aprueb|defin|establec|determin|fij|opt)\w*"
     r"|(?:fica|ficou|foi|foram)\s+(?:decidid|acordad|combinad|definid|deliberad|aprovad|resolvid|estabelecid)\w*"
     r"|(?:deliberou|decidiu|acordou|resolveu|aprovou)-se|il\s+(?:est|a\s+ete)\s+(?:decide|convenu|acte|retenu|vote)"
     r"|(?:it\s+)?(?:was|were|has\s+been)\s+(?:agreed|decided|resolved|approved|adopted)|(?:agreed|decided)\s+(?:to|that)"
     r"|(?:est|a\s+ete|sont|ont\s+ete)\s+(?:decidee?s?|validee?s?|adoptee?s?|approuvee?s?|actee?s?))\b"),
    ("first person or group: acordamos, we agreed, nous avons décidé, combinamos, on part sur",
     r"\b(?:acordamos|decidimos|convenimos|resolvimos|instruimos|encomendamos|quedamos|combinamos|concordamos|we\s+(?:agreed|decided|will|'ll)"
     r"|nous\s+avons|on\s+(?:a|va|part)|nous\s+allons|vamos|vamos\s+a|\w+(?:aremos|eremos|iremos|erons|irons))\b"),
    ("charged: queda a cargo de, X se encarga de, il revient à X de, fica responsável, is responsible",
     r"\b(?:a\s+cargo\s+de|se\s+encarg\w*|encargad\w*|s'en\s+(?:occupe|charge)\w*|s'occupe\w*|se\s+charge\w*|charge\w*\s+d"
     r"|il\s+revient\s+a|revient\s+a|responsab\w+|in\s+charge|take\s+care|volunteer\w*|se\s+ofrec\w*|se\s+encarreg\w*"
     r"|fica\w*\s+(?:com|de)\b|owner|assign\w*|asign\w*|atribu\w*)\b"),
    ("person + future: X will send … by, Juan enviará, Marc va faire, Ana vai",
     r"(?:\bwill\b|'ll\b|\bgoing\s+to\b|\bva\s+a\b|\bvan\s+a\b|\bvai\b|\bvao\b|\bvont?\b|\biront?\b"
     r"|\b\w{3,}(?:ara|era|ira|aran|eran|iran|arao|erao|irao|eront|iront|dront|tront|dra|tra)\b(?<!entra)(?<!para))"),
    ("passive or impersonal plan: will be sent, sera envoyé, será enviado, se enviará",
     r"\b(?:will\s+be|sera|seront|sera\s+\w+|serao|seran|se\s+\w+(?:ara|era|ira)|to\s+be\s+\w+ed)\b"),
    ("obligation: should, must, deberá, devra, il faut, hay que, precisa",
     r"\b(?:should|must|need\w*\s+to|has\s+to|have\s+to|deber\w*|debe[ns]?|deve[ms]?|dever\w*|devr\w*|doi[tv]\w*"
     r"|il\s+faut|faudra\w*|hay\s+que|habra\s+que|tem\s+que|tiene[ns]?\s+que|precis\w+)\b"),
    ("approval or vote: aprobado, approved, adopté, por unanimidad",
     r"\b(?:aprob\w*|aprueb\w*|aprov\w*|approv\w*|adopt\w*|ratif\w*|valid\w*|unanim\w*|vot\w*|carried|voix)\b"),
    ("proposal told: X propuso, moved that, propôs, a proposé",
     r"\b(?:propus\w*|propuso|propon\w*|propos\w*|propo[sz]\w*|suggest\w*|suger\w*|sugier\w*|moved|motion|recommend\w*)\b"),
    ("task after a colon: 'Name: verb …', '…: to send'", r":\s*\S"),
]


def form(sentence):
    f = fold(sentence)
    for name, rx in FORMS:
        if re.search(rx, f):
            return name
    return "other: nominal, narrative or no cue"


def locate(lines, s):
    """(line index, paragraph folded, offset of the item in it) of the expected words, or None."""
    key = fold(s)
    for size in (len(key), 40, 25):
        k = key[:size]
        for i, l in enumerate(lines):
            if k[:min(len(k), 25)] in fold(l):
                start = i
                while start > 0 and lines[start - 1].strip() and not MARKER.match(lines[start]):
                    start -= 1
                end = i
                while end + 1 < len(lines) and lines[end + 1].strip() and not MARKER.match(lines[end + 1]):
                    end += 1
                para = fold(" ".join(lines[start:end + 1]))
                at = para.find(k)
                if at >= 0:
                    return i, para, at
    return None


def main():
    names, found = candidates(sys.argv[2])
    rows = []
    for part, name, lines, proposed, s in missed(sys.argv[1], DEVELOPMENT):
        where = locate(lines, s)
        if where is None or MARKER.match(lines[where[0]]) and fold(lines[where[0]]).find(fold(s)[:25]) < 12:
            continue  # a list item, a numbered point, a row or a heading: not told in prose
        texts = [fold(p.get("text", "")) for p in proposed]
        i, para, at = where
        rest = para[at:]
        stop = re.search(r"[.;!?](?:\s|$)", rest[len(fold(s)):])
        sentence = rest[:len(fold(s)) + stop.start() + 1] if stop else rest
        after = rest[len(sentence):].strip()
        place = "start" if at < 3 else "inside" if len(after) > 15 else "last"
        fit = [(m, x) for m, x, t in found.get(f"{part}/{name}", []) if fits(fold(t), s)]
        why = "none" if not fit else "prose" if all(m == "prose." for m, _ in fit) else "structure"
        reads = "reads" if any(x[names.index("states")] > 0 for _, x in fit) else ""
        early = any(fold(s) in t and t.find(fold(s)) >= 120 for t in texts)
        rows.append((part, name, name[:2], form(sentence), place, why, "early" if early else "", reads, s))
    if "--rows" in sys.argv:
        for r in rows:
            print("\t".join(r))
        return
    table(rows)


def table(rows):
    g = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    for part, name, lang, kind, place, why, early, reads, s in rows:
        for key in (lang, part, place, why, "all") + (("early",) if early else ()) + (("reads",) if reads else ()):
            g[kind][key] += 1
        examples[kind].append((name, s))
    total = collections.Counter()
    print(f"Told in prose and missed: {len(rows)}\n")
    print("| form | es | en | pt | fr | start / inside / last | none / prose / structure | taken whole (early) | Narrative reads it | parts | examples |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for kind, v in sorted(g.items(), key=lambda kv: (kv[0].startswith("other"), -kv[1]["all"])):
        total.update(v)
        parts = ", ".join(f"{p} {v[p]}" for p in DEVELOPMENT if v[p])
        rx = dict(FORMS).get(kind)
        # examples whose own first words show the form first, one per document
        chosen = sorted(examples[kind], key=lambda e: not (rx and re.search(rx, fold(e[1]))))
        chosen = [e for i, e in enumerate(chosen) if all(n != e[0] for n, _ in chosen[:i])][:3]
        ex = "; ".join(f"{n[:2]} \"{s[:60]}\"" for n, s in chosen)
        print(f"| {kind} | {v['es']} | {v['en']} | {v['pt']} | {v['fr']} | {v['start']} / {v['inside']} / {v['last']}"
              f" | {v['none']} / {v['prose']} / {v['structure']} | {v['early']} | {v['reads']} | {parts} | {ex} |")
    print(f"| **all** | {total['es']} | {total['en']} | {total['pt']} | {total['fr']} | {total['start']} / {total['inside']}"
          f" / {total['last']} | {total['none']} / {total['prose']} / {total['structure']} | {total['early']} | {total['reads']} | | |")


if __name__ == "__main__":
    main()
