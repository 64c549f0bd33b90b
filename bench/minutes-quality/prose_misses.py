#!/usr/bin/env python3
"""Groups the development misses whose only candidates are sentences of prose by the signal a careful reader uses.

Each expected agreement of the development parts that the engine's output does not match and that only sentences of
prose fit (misses.py's "prose") is put in the first group whose regular expression (es/en/pt/fr, on the folded text of
the first fitting sentence; "RAW" ones on its lower-cased text, accents kept) fits: a reading aid, not a classifier.
A miss is a list item when its sentence's ctx.list_item is set, else a sentence inside a paragraph. "Narrative reads
it" counts those whose `states` is set (Narrative.states is true, but no reader proposed it as an item).

Usage: prose_misses.py OUTPUTS FEATURES.tsv [--rows]   (FEATURES.tsv from ScoringFeatureExport; --rows: one per miss)
"""
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import fits, fold, load_output
from fit_scoring import CORPUS, DEVELOPMENT, FROZEN
from misses import candidates, matched

GROUPS = [
 ("charged: queda encargado, fica responsável, is responsible for, est chargé de",
  r"\b(?:qued\w+\s+encargad|encargad[oa]s?\s+de|a\s+cargo\s+de|responsable\s+de|fic\w+\s+(?:responsave|encarregad|a\s+cargo)|responsave\w*\s+(?:por|pel)|(?:is|are)\s+responsible|in\s+charge|owns?\b|owner|charge[es]*\s+de|responsable\s+d)"),
 ("approval of a document, budget, motion", r"\b(?:aprob\w*|aprueb\w*|aprov\w*|approv\w*|adopt\w*|ratif\w*|homolog\w*|valid\w*|referend\w*)\b"),
 ("body + decision verb", r"\b(?:board|council|committee|comite|assembl\w+|asamblea|assembleia|conselho|consejo|conseil|bureau|junta|pleno|camara|diretoria|directiva|ministr\w+|commission|comision|comissao|plenario|ca|cd|cm)\b[^.]{0,80}\b(?:decid\w*|acord\w*|deliber\w*|resol\w*|recomend\w*|recommand\w*|recommend\w*|instru\w*|encarg\w*|encarreg\w*|charg\w*|mandat\w*|autori\w*|design\w*|nom\w+|elig\w*|eleg\w*|propos\w*|propo\w*|apreci\w*|examin\w*|prie|invit\w*|solicit\w*|request\w*)"),
 ("narrative past: se definió, foi definido, it was decided, houve concordância", r"\b(?:se\s+(?:defin|establec|determin|fij|opt|elig|acept|consens|conv)\w*|(?:foi|foram|ficou|fica)\s+\w+[oa]s?|ficou\s+\w+|houve\s+(?:concord|consens|acord)\w*|(?:it\s+)?(?:was|were)\s+\w+ed\b|consensus|agreement\s+was|decided|agreed|concluded|a\s+ete\s+\w+|ont\s+ete|il\s+a\s+ete|on\s+a\s+\w+|consensad\w*|decidiu|decidieron|optou|optaron)"),
 ("modal/obligation: deberá, deverá, devra, will need to, il faut, hay que",
  r"\b(?:deber\w*|debe[ns]?|deve[ms]?|dever\w*|devr\w*|doi[tv]\w*|il\s+faut|il\s+faudra|faudrait|hay\s+que|habra\s+que|tem\s+que|tiene[ns]?\s+que|precis\w+|need\w*\s+to|must|should|has\s+to|have\s+to|necesari\w*|necessari\w*|necessaire|besoin)\b"),
 ("person + future: Juan enviará, Marc va faire, X will",
  r"RAW(?:\b\w{2,}(?:ará|erá|irá|arán|erán|irán|arão|erão|irão|eront|iront|dront|tront|eremos|aremos|iremos|erons|irons)\b|\b\w{3,}(?:era|ira|dra|tra)\b(?<!\bentra)(?<!\bpara)|\bwill\b|\bva\s+a\b|\bvan\s+a\b|\bvamos\s+a\b|\bvai\b|\bvão\b|\bva\s+\w+er\b|\bvont\b|\bgoing\s+to\b|'ll\b)"),
 ("dated task without verb: 'Informe final: 15/05 (María)'", r"\d{1,2}[/.]\d{1,2}|\b\d{1,2}\s+(?:de\s+)?(?:jan|fev|feb|mar|abr|apr|avr|mai|may|jun|jui|jul|ago|aug|aou|set|sep|out|oct|nov|dez|dic|dec)\w*"),
 ("a proposal or motion told: 'X propuso', 'Peter moved that', 'propôs', 'a proposé'", r"\b(?:propus\w*|propuso|propusieron|propon\w*|propos\w*|propo[sz]\w*|propôs|suggest\w*|suger\w*|moved|motion|mocion|mocao|sugiere|sugirio)\b"),
 ("a vote's result: 'por unanimidad', '4 votos para', 'carried'", r"\b(?:unanim\w*|votos?|votes?|voix|carried|votacion|votacao|vote)\b"),
 ("imperative/infinitive task line: 'Crear un grupo', 'Ajouter', 'Set e-mail'",
  r"^\W*(?:\w+\s*[–—:-]\s*)?\w+(?:ar|er|ir|re)\b|^\W*(?:add|set|use|create|send|put|review|update|write|make|prepare|check|contact|keep|pay|ask|follow|move|fix|draft|share|schedule)\b"),
]

def group(text):
    f = fold(text)
    for name, rx in GROUPS:
        if rx.startswith("RAW") and re.search(rx[3:], text.lower()) or not rx.startswith("RAW") and re.search(rx, f):
            return name
    return "other: nominal or narrative, no signal"


def main():
    names, found = candidates(sys.argv[2])
    I = {n: i for i, n in enumerate(names)}
    rows = []
    for part in DEVELOPMENT:
        assert part not in FROZEN
        for gold_path in sorted((CORPUS / part).glob("*.gold.json")):
            name = gold_path.name[:-len(".gold.json")]
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            expected = [e["starts_with"] for e in gold["agreements"]]
            proposed = load_output(Path(sys.argv[1]) / (name + ".json")) or []
            done = matched(expected, proposed)
            for e, s in enumerate(expected):
                if e in done: continue
                fit = [(m, x, t) for m, x, t in found.get(f"{part}/{name}", []) if fits(fold(t), s)]
                if not fit: kind = "none"
                elif all(m == "prose." for m, _, _ in fit): kind = "prose"
                else: kind = "structure"
                if kind != "prose":
                    rows.append((part, name, name[:2], kind, "-", s, "")); continue
                m, x, t = fit[0]
                li = x[I["ctx.list_item"]] > 0
                where = "list" if li else "paragraph"
                rows.append((part, name, name[:2], "prose-" + where, group(t), s, t, int(x[I["states"]]), int(x[I["ctx.heading_never"]])))
    if "--rows" in sys.argv:
        for r in rows:
            print("\t".join(str(c) for c in r))
        return
    table(rows)


def table(rows):
    B = list(DEVELOPMENT); L = ['es','en','pt','fr']
    for where, title in (("prose-paragraph", "a sentence inside a paragraph"), ("prose-list", "a list item outside any agreements list")):
        g = collections.defaultdict(collections.Counter)
        for r in rows:
            if r[3] == where:
                k = r[4]; g[k][r[2]] += 1; g[k][r[0]] += 1; g[k]['all'] += 1; g[k]['states'] += int(r[7]); g[k]['never'] += int(r[8])
        print(f"\nMisses whose only candidate is {title} ({sum(v['all'] for v in g.values())}):\n")
        print("| signal | " + " | ".join(L) + " | " + " | ".join(B) + " | all | Narrative reads it | under a *never* heading |")
        print("|---" * (len(L) + len(B) + 4) + "|")
        tot = collections.Counter()
        for k, v in sorted(g.items(), key=lambda kv: (kv[0].startswith('other'), -kv[1]['all'])):
            tot.update(v)
            print(f"| {k} | " + " | ".join(str(v[x] or '') for x in L) + " | " + " | ".join(str(v[x] or '') for x in B) + f" | {v['all']} | {v['states'] or ''} | {v['never'] or ''} |")
        print("| **all** | " + " | ".join(str(tot[x] or '') for x in L) + " | " + " | ".join(str(tot[x] or '') for x in B) + f" | **{tot['all']}** | {tot['states']} | {tot['never']} |")


if __name__ == "__main__":
    main()
