#!/usr/bin/env python3
"""Sorts the prose model's candidates (sentences of prose and units) by how the sentence opens, right against wrong.

Each prose candidate of ScoringFeatureExport's table (model "prose.") is put in the first opening class whose
expression fits its first words (folded: lower case, no accents), a reading aid, not a classifier:
- instruct: an instruction to a named minister, secretary or body ("Le Conseil a instruit le Ministre de …", "instruye
  al Secretario", "instructed the treasurer", "encarregou o Ministro", "apreciou, para envio");
- body: a collective body, then a verb of decision in the past, perfect or present ("El Consejo aprobó", "The board
  approved", "Le conseil décide", "A Assembleia deliberou");
- impersonal: a decision told without its subject ("se acordó", "ficou decidido", "il est décidé", "it was agreed");
- will: someone, then what they will do ("X will …", "Juan va a …", "Ana vai …", "Marc se charge de …");
- proposal: someone proposed, moved, suggested or asked ("Jonathan Chang proposed that …", "X solicita …");
- report: someone reported, presented or explained ("El Secretario informó …", "Le président présente …");
- other.
A candidate is "new" when it fits an expected agreement that the engine's output misses and no structure candidate
fits either (a recall only prose can bring), "new (structure)" when a structure candidate fits it too but the output
misses it, "covered" when the agreements it fits are matched already (a second item: a false positive), "wrong" when
it fits none. Keeping a class raises F1 only if its new ones are above about F1/2 of its candidates.

Usage: prose_openings.py OUTPUTS FEATURES.tsv [--by batch|lang] [--rows CLASS]
"""
import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import fits, fold, load_output  # noqa: E402
from fit_scoring import CORPUS, DEVELOPMENT, FROZEN  # noqa: E402
from misses import candidates, matched  # noqa: E402

BODY = (r"(?:board|council|committee|conference|meeting|assembly|ministers|commission|executive|cabinet|government"
        r"|consejo|comite|concejo|pleno|directorio|directiva|comision|asamblea|junta|conferencia|ministros|gobierno"
        r"|conseil|bureau|gouvernement|assemblee|ministres|conselho|camara|assembleia|comissao|diretoria|governo"
        r"|plenario|executivo|ca|cd|ce|cm|tsc|reunion|reuniao)")
DECIDE = (r"(?:(?:has|have|a|ont|ha|han)\s+)?(?:\w+\s+(?:and|et|y|e)\s+)?(?:decided|agreed|approved|adopted|resolved"
          r"|endorsed|ratified|authori[sz]ed|appointed|elected|voted|decides|agrees|approves|adopts|resolves"
          r"|acordo|acordaron|acuerda|acuerdan|aprobo|aprobaron|aprueba|aprueban|decidio|decidieron|decide|deciden"
          r"|resolvio|resolvieron|resuelve|resuelven|autorizo|autoriza|designo|designa|nombro|nombra|ratifico|ratifica"
          r"|adopto|adopta|eligio|decide|decident|decidee?|approuve|approuvent|adopte|adoptent|autorise|designe|nomme"
          r"|valide|entérine|entérine|enterine|ratifie|retient|retenu|arrete|convient|convenu|elu|aprovou|aprovaram"
          r"|aprova|aprovam|decidiu|decidiram|deliberou|deliberaram|delibera|resolveu|acordou|autorizou|designou"
          r"|nomeou|ratificou|homologou|homologa|elegeu|apreciou|aprecia)")
INSTRUCT = (r"(?:instru\w*|encarg\w*|encarreg\w*|encomend\w*|charge[ds]?|mandat\w*|direct(?:ed|s)|task(?:ed|s)"
            r"|requested|requests|asked|asks|prie|pede|pediu|pidio|pide|demande|solicit\w*|invit\w*|exhort\w*"
            r"|recomend\w*|recommand\w*|recommend\w*)\s+(?:a|al|a\s+la|ao|a\s+os|aos|au|aux|le|la|les|l'|the|o|os|el"
            r"|los|las)\s*(?:senhora?\s+|senor\w*\s+|sra?\.?\s+"
            r"|mr\.?\s+|mrs\.?\s+|ms\.?\s+|m\.\s+|mme\s+)?(?:ministr\w*|secretar\w*|president\w*|director\w*|diretor\w*"
            r"|directeur\w*|tresor\w*|tesor\w*|treasurer|chair\w*|comite|committee|commission\w*|comision|comissao"
            r"|gobierno|governo|gouvernement|conseil|consejo|conselho|board|staff|gabinete|cabinet|departamento"
            r"|departement|department|ministere|ministerio|agence|agencia|agency|banco|banque|bank|coordinat\w*"
            r"|coordenad\w*|coordinad\w*|executive|ejecutiv\w*|executiv\w*|instituto|institut\w*)")
IMPERSONAL = (r"^\W*(?:\w+\W+){0,6}?(?:se\s+(?:acordo|decidio|resolvio|aprobo|acuerda|decide|resuelve|aprueba|convino"
              r"|determino|establecio|definio|opto)|(?:queda|quedo)\s+(?:aprobad|acordad|resuelt|decidid)\w*"
              r"|(?:fica|ficou|ficam|ficaram|foi|foram)\s+(?:\w+\s+)?(?:decidid|acordad|definid|deliberad|aprovad"
              r"|combinad|estabelecid|resolvid|determinad)\w*|(?:deliberou|decidiu|acordou|resolveu)-se"
              r"|il\s+(?:est|a\s+ete)\s+(?:\w+\s+)?(?:decide|convenu|acte|retenu|arrete|resolu)"
              r"|(?:it\s+)?(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:agreed|decided|resolved|approved|adopted)"
              r"|motion\s+(?:carried|passed|approved)|(?:est|a\s+ete|ont\s+ete|sont)\s+(?:adopte|approuve|valide)e?s?)")
WILL = (r"^[\W\d]*(?:\w[\w'.-]*\s+){0,3}?(?:will|shall|is\s+going\s+to|are\s+going\s+to|va\s+a|van\s+a|vai|vao|va"
        r"|vont|devra|devera|debera|se\s+encarga\w*|se\s+charge\w*|s'occupe\w*|fica\s+(?:de|responsavel)"
        r"|queda\s+a\s+cargo)\b")
CLASSES = [
    ("instruct", re.compile(r"^\W*(?:\w+\W+){0,12}?" + INSTRUCT + r"|para\s+envio\b")),
    ("body", re.compile(r"^\W*(?:\w+\W+){0,4}?" + BODY + r"\b[^.;]{0,60}?\s" + DECIDE + r"\b")),
    ("verb first", re.compile(r"^\W*(?:aprovou|aprovaram|aprobo|aprobaron|decidiu|decidio|decidieron|deliberou"
                              r"|resolveu|resolvio|acordo|acordaron|adopto|autorizou|autorizo|approved|adopted"
                              r"|decided|resolved)\b")),
    ("impersonal", re.compile(IMPERSONAL)),
    ("will", re.compile(WILL)),
    ("proposal", re.compile(r"^\W*(?:\w+\W+){0,6}?(?:proposed|moved|suggested|propuso|propusieron|propone|propoe"
                            r"|propos|propoz|a\s+propose|ont\s+propose|propose|sugeriu|sugirio|solicita|solicitou)\b")),
    ("report", re.compile(r"^\W*(?:\w+\W+){0,6}?(?:informo|informa|informou|presento|presenta|apresentou"
                          r"|apresenta|reported|reports|presented|explained|explico|explicou|a\s+presente|presente"
                          r"|a\s+informe|informe|expose|a\s+expose|rappelle|recorda|recordo|lembrou)\b")),
]
KINDS = ("new", "new (structure)", "covered", "wrong")


def opening(text):
    f = fold(text).replace("’", "'")
    for name, rx in CLASSES:
        if rx.search(f):
            return name
    return "other"


def rows(outputs, features):
    """(document, batch, language, class, kind, text) of every prose candidate; and the misses only prose fits."""
    _, found = candidates(features)
    result, misses = [], []
    for part in DEVELOPMENT:
        assert part not in FROZEN
        for gold_path in sorted((CORPUS / part).glob("*.gold.json")):
            name = gold_path.name[:-len(".gold.json")]
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            batch = gold.get("batch", part) if part == "dev" else part
            expected = [e["starts_with"] for e in gold["agreements"]]
            done = matched(expected, load_output(Path(outputs) / (name + ".json")) or [])
            doc = f"{part}/{name}"
            cands = found.get(doc, [])
            structure = set()
            for m, _, t in cands:
                if m != "prose.":
                    structure |= {e for e, s in enumerate(expected) if fits(fold(t), s)}
            seen = set()
            for m, _, t in cands:
                if m != "prose.":
                    continue
                fitting = [e for e, s in enumerate(expected) if fits(fold(t), s)]
                open_ = [e for e in fitting if e not in done]
                kind = ("wrong" if not fitting else "covered" if not open_
                        else "new" if any(e not in structure for e in open_) else "new (structure)")
                cls = opening(t)
                result.append((doc, batch, name[:2], cls, kind, t))
                for e in open_:
                    if e not in structure and e not in seen:
                        seen.add(e)
                        misses.append((doc, batch, name[:2], cls, expected[e]))
    return result, misses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outputs")
    parser.add_argument("features")
    parser.add_argument("--by", choices=("batch", "lang"))
    parser.add_argument("--rows", help="print the candidates of this class, one a line (kind, document, text)")
    args = parser.parse_args()
    result, misses = rows(args.outputs, args.features)
    if args.rows:
        for r in result:
            if r[3] == args.rows:
                print(f"{r[4]}\t{r[0]}\t{r[5][:160]}")
        return
    names = [c for c, _ in CLASSES] + ["other"]
    print("| opening | prose candidates | new | new (structure) | covered | wrong | new / candidates | misses only prose fits |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for c in names + ["all"]:
        sel = [r for r in result if c in ("all", r[3])]
        k = collections.Counter(r[4] for r in sel)
        n = len(sel)
        miss = sum(1 for m in misses if c in ("all", m[3]))
        print(f"| {c} | {n} | {k['new']} | {k['new (structure)']} | {k['covered']} | {k['wrong']} | "
              f"{(k['new'] + k['new (structure)']) / n if n else 0:.2f} | {miss} |")
    if args.by:
        j = 1 if args.by == "batch" else 2
        groups = sorted({r[j] for r in result})
        print(f"\n| opening | " + " | ".join(groups) + " |")
        print("| --- " * (len(groups) + 1) + "|")
        for c in names:
            cells = []
            for g in groups:
                sel = [r for r in result if r[3] == c and r[j] == g]
                new = sum(1 for r in sel if r[4].startswith("new"))
                miss = sum(1 for m in misses if m[3] == c and m[j] == g)
                cells.append(f"{new}/{len(sel)} ({miss})" if sel else "")
            print(f"| {c} | " + " | ".join(cells) + " |")
        print("\n(new / candidates of the class, and in brackets the misses only prose fits whose first fitting"
              " sentence opens so)")


if __name__ == "__main__":
    main()
