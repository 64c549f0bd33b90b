#!/usr/bin/env python3
"""Decisions told by the meeting's body: how many development misses are a sentence whose subject is the body or its
members and whose verb decides, and how many sentences of that shape in the same documents are not agreements.

Reads each development document's text itself (not the readers' candidates): its lines folded (lower case, no
accents) and joined, a blank line or a list marker kept as a sentence boundary. A sentence is "of the shape" when,
within its first LEAD characters, a body subject (Council, Board, Ministers, the meeting, el Concejo, la Asamblea, o
Conselho, os membros, le Conseil, les ministres, "we", "they", …) is followed within GAP characters by a decision
verb (agreed, resolved, decided, approved, adopted, endorsed, instructed, requested, mandated; acordó, resolvió,
aprobó, decidió, encomendó, instruyó; aprovou, deliberou, decidiu, resolveu, encaminhou; a décidé, adopté, approuvé,
mandaté, décide, charge …). Its verb class: "decision" (the verbs above), "position" (noted, welcomed, took note,
stressed, expressed, congratulated, reaffirmed, tomó nota, saudou, salue, prend acte …: not agreements by the corpus
rules unless a decision is stated too). A shape sentence is:
- "new": an expected agreement starts in it (within the scorer's 120 characters) and the output misses that agreement;
- "kept": an expected agreement starts in it and the output matches it;
- "wrong": no expected agreement starts in it ("out" when an output item starts there all the same).
"in output" counts the shape sentences an output item starts at (within 120 characters), right or wrong.
Precision of the shape = (new + kept) / sentences.

Usage: body_told.py OUTPUTS [--by batch|lang|subject|verb] [--rows KIND] [--part P ...]
"""
import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import WINDOW, fits, fold, load_output  # noqa: E402
from fit_scoring import CORPUS, DEVELOPMENT, FROZEN  # noqa: E402
from misses import matched  # noqa: E402

LEAD = 90
GAP = 100
MARKER = re.compile(r"^\s*(?:>\s*)*(?:[-*+•▪◦·●]|\d{1,3}[.)º°]|[a-z][.)]|\(?[ivx]{1,4}[.)]|#{1,6}\s)")
SUBJECT = (
    r"(?P<subject>(?:(?:the|el|la|los|las|o|a|os|as|le|les|l')\s*)?"
    r"(?:(?:(?:board|council|committee|conference|meeting|assembly|commission|executive|cabinet|government|plenary|summit"
    r"|session|group|team|panel|senate|trustees|directors|governors|ministers|members|delegates|participants|parties"
    r"|leaders|heads\s+of\s+state|councillors|commissioners|we|they"
    r"|consejo|concejo|comite|comision|asamblea|junta|pleno|conferencia|cumbre|reunion|sesion|directorio|directiva"
    r"|gobierno|cabildo|ayuntamiento|ministros|ministras|miembros|integrantes|consejeros|concejales|gobernadores"
    r"|presidentes|cancilleres|participantes|jefes\s+de\s+estado|delegaciones|partes"
    r"|conselho|assembleia|comissao|camara|reuniao|sessao|encontro|cimeira|plenario|executivo|governo|diretoria"
    r"|direcao|ministros|membros|conselheiros|vereadores|participantes|chefes\s+de\s+estado|delegacoes"
    r"|conseil|comite|commission|assemblee|bureau|conference|sommet|reunion|session|gouvernement|ministres|membres"
    r"|conseillers|administrateurs|participants|chefs\s+d'etats?|delegations|nous|tsc)\b)"
    r"(?:\s+(?:of|de|del|des|du|da|do|dos|das|d')\s*(?:(?:the|la|los|las|les|l')\s*)?[\w'-]+"
    r"(?:\s+(?:and|y|e|et|municipal|municipale|general|generale|geral|regional|directeur|directivo|diretor)\b)?){0,3}"
    r"|(?:the|el|la|o|a|le|l')\s+(?:camara|mesa|ca|cd|ce|cm|pleno)\b))")
DECISION = (
    r"(?:agreed|agrees|resolved|resolves|decided|decides|approved|approves|adopted|adopts|endorsed|endorses"
    r"|instructed|instructs|requested|requests|mandated|directed|directs|authori[sz]ed|authori[sz]es|appointed"
    r"|elected|ratified|accepted|voted|tasked|charged|called\s+(?:on|upon)|urged|recommended|committed"
    r"|acordo|acordaron|acuerda|acuerdan|resolvio|resolvieron|resuelve|resuelven|aprobo|aprobaron|aprueba|aprueban"
    r"|decidio|decidieron|decide|deciden|encomendo|encomendaron|encomienda|instruyo|instruyeron|instruye|autorizo"
    r"|autorizaron|autoriza|designo|nombro|ratifico|ratificaron|adopto|adoptaron|eligio|eligieron|determino"
    r"|exhorto|exhortaron|exhorta|solicito|solicitaron|solicita|respaldo|respaldaron|avalo|convino|convinieron"
    r"|se\s+comprometieron|acordaron|tiene\s+por\s+(?:recibid|aprobad)\w*"
    r"|aprovou|aprovaram|aprova|aprovam|deliberou|deliberaram|delibera|decidiu|decidiram|resolveu|resolveram"
    r"|encaminhou|encaminharam|autorizou|ratificou|adoptou|adotou|endossou|endossaram|elegeu|nomeou|designou"
    r"|homologou|recomendou|recomendaram|orientou|mandatou|instruiu|incumbiu|encarregou|exortou|exortaram"
    r"|apreciou\s+e\s+aprovou|comprometeram-se|acordaram|concordaram|decidem|aprovam"
    r"|decide|decident|decidee?|adopte|adoptent|approuve|approuvent|mandate|charge|autorise|entérine|enterine"
    r"|valide|nomme|designe|resolu|recommande|instruit|exhorte|prie|demande|invite|retenu|retient|convenu|convient"
    r"|s'engagent|se\s+sont\s+engages|ont\s+convenu|formalis\w*|s'est\s+prononce|se\s+sont\s+prononces|engage)")
POSITION = (
    r"(?:noted|notes|welcomed|welcomes|took\s+note|takes\s+note|stressed|stresses|expressed|expresses|congratulated"
    r"|reaffirmed|reiterated|recalled|recognised|recognized|acknowledged|commended|supported|favoured|favored"
    r"|considered|discussed|received|heard|reviewed|underlined|emphasi[sz]ed"
    r"|tomo\s+nota|tomaron\s+nota|toma\s+nota|saludo|saludaron|felicito|felicitaron|reafirmo|reafirmaron|reitero"
    r"|reiteraron|destaco|destacaron|expreso|expresaron|agradece|agradecio|conocio|analizo|analizaron|recibio"
    r"|tomou\s+nota|tomaram\s+nota|saudou|saudaram|felicitou|felicitaram|reafirmou|reafirmaram|reiterou|reiteraram"
    r"|congratul\w+|sublinh\w+|recordaram|manifestou|manifestaram|analisou|analisaram|apreciou|recebeu"
    r"|a\s+pris\s+acte|ont\s+pris\s+acte|prend\s+acte|a\s+salue|ont\s+salue|salue|saluent|a\s+felicite|ont\s+felicite"
    r"|felicite|reaffirme|reitere|rappelle|souligne|a\s+exprime|ont\s+exprime|exprime|a\s+examine|ont\s+examine"
    r"|examine|a\s+entendu|a\s+pris\s+connaissance)")
AUX = (r"(?:(?:has|have|had|also|further|then|unanimously|therefore|a|ont|avait|ha|han|habia|tem|tinha|ja|igualmente"
       r"|tambem|tambien|ademas|asimismo|aussi|egalement|ensuite|finalement|unanimement|donc|por\s+unanimidad"
       r"|por\s+unanimidade|a\s+l'unanimite|hoje|today|aujourd'hui|hoy|ainsi|ya|ne|e|et|y|and)\s+)*")
SHAPE = re.compile(r"\b" + SUBJECT + r"\b(?P<gap>(?:\s*\([^)]{0,60}\))?(?:\s*,[^,.;:]{0," + str(GAP) + r"},)?)\s" + AUX
                   + r"(?:(?P<decision>" + DECISION + r")|(?P<position>" + POSITION + r"))\b")
END = re.compile(r"[.;!?](?:\s|$)")
KINDS = ("new", "kept", "wrong", "out")


def text_of(part, name):
    path = next(p for p in (CORPUS / part).glob(name + ".*") if not p.name.endswith(".gold.json"))
    return path.read_text(encoding="utf-8")


def normalised(text):
    """The text folded and joined into one line, with the positions where a paragraph or a list item begins."""
    out, starts, pending = "", {0}, False
    for line in text.replace("’", "'").splitlines():
        folded = fold(line)
        if not folded:
            pending = True
            continue
        if out:
            out += " "
        if pending or MARKER.match(line):
            starts.add(len(out))
        out += re.sub(r"^(?:>\s*)*(?:[-*+•▪◦·●]|#{1,6})\s+", "", folded)
        pending = False
    return out, starts


def sentence_start(text, starts, at):
    """Where the sentence holding position at begins: after the last stop, or at the last paragraph start."""
    best = max((s for s in starts if s <= at), default=0)
    for m in END.finditer(text, max(0, at - 400), at):
        best = max(best, m.end())
    return best


def shape_sentences(text, starts):
    """(sentence start, subject, verb, verb class) of each sentence of the shape, once per sentence."""
    seen = {}
    for m in SHAPE.finditer(text):
        s = sentence_start(text, starts, m.start())
        if m.start() - s > LEAD or s in seen:
            continue
        verb = m.group("decision") or m.group("position")
        seen[s] = (s, re.sub(r"\s+", " ", m.group("subject")), verb, "decision" if m.group("decision") else "position")
    return list(seen.values())


def subject_word(subject):
    words = [w for w in re.split(r"[\s']+", subject) if w not in ("the", "el", "la", "los", "las", "o", "a", "os",
                                                                  "as", "le", "les", "l")]
    return words[0] if words else subject


def rows(outputs, parts):
    result, misses = [], []
    for part in parts:
        assert part in DEVELOPMENT and part not in FROZEN, part + " is not a development part"
        for gold_path in sorted((CORPUS / part).glob("*.gold.json")):
            name = gold_path.name[:-len(".gold.json")]
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            batch = gold.get("batch", part) if part == "dev" else part
            expected = [e["starts_with"] for e in gold["agreements"]]
            proposed = load_output(Path(outputs) / (name + ".json")) or []
            done = matched(expected, proposed)
            text, starts = normalised(text_of(part, name))
            at = {}
            for e, s in enumerate(expected):
                where = text.find(fold(s.replace("’", "'")))
                if where >= 0:
                    at[e] = where
            out_texts = [fold(p.get("text", "")) for p in proposed]
            holders = set()
            for s, subject, verb, cls in shape_sentences(text, starts):
                golds = [e for e, g in at.items() if s - 3 <= g < s + WINDOW]
                snippet = text[s:s + 60]
                in_output = any(fits(t, snippet[:40]) for t in out_texts)
                if not golds:
                    kind = "out" if in_output else "wrong"
                elif any(e not in done for e in golds):
                    kind = "new"
                else:
                    kind = "kept"
                holders |= set(golds)
                result.append(dict(doc=f"{part}/{name}", batch=batch, lang=name[:2], kind=kind, cls=cls,
                                   subject=subject_word(subject), verb=verb, output=in_output,
                                   text=text[s:s + 160]))
            for e, s in enumerate(expected):
                if e not in done:
                    misses.append(dict(doc=f"{part}/{name}", batch=batch, lang=name[:2], shape=e in holders,
                                       starts=s))
    return result, misses


def table(result, misses, key):
    groups = sorted({r[key] for r in result} | ({m[key] for m in misses} if key in ("batch", "lang") else set()))
    print(f"| {key} | misses | misses of the shape | shape sentences (decision verb) | new | kept | wrong | out "
          f"| precision | in output | shape, position verb | of them agreements |")
    print("| --- " * 12 + "|")
    for g in groups + ["all"]:
        sel = [r for r in result if g == "all" or r[key] == g]
        dec = [r for r in sel if r["cls"] == "decision"]
        pos = [r for r in sel if r["cls"] == "position"]
        k = collections.Counter(r["kind"] for r in dec)
        mi = [m for m in misses if g == "all" or m.get(key) == g]
        right = k["new"] + k["kept"]
        print(f"| {g} | {len(mi) if key in ('batch', 'lang') else ''} | "
              f"{sum(m['shape'] for m in mi) if key in ('batch', 'lang') else ''} | {len(dec)} | {k['new']} | "
              f"{k['kept']} | {k['wrong']} | {k['out']} | {right / len(dec) if dec else 0:.2f} | "
              f"{sum(r['output'] for r in dec)} | {len(pos)} | {sum(r['kind'] in ('new', 'kept') for r in pos)} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outputs")
    parser.add_argument("--by", action="append", choices=("batch", "lang", "subject", "verb"), default=[])
    parser.add_argument("--rows", help="one line per shape sentence of this kind (new, kept, wrong, out, all)")
    parser.add_argument("--position", action="store_true", help="with --rows, the position verbs' sentences")
    parser.add_argument("--part", nargs="*", default=list(DEVELOPMENT))
    args = parser.parse_args()
    result, misses = rows(args.outputs, args.part)
    if args.rows:
        for r in result:
            if (args.rows in ("all", r["kind"])) and (r["cls"] == "position") == args.position:
                print(f"{r['kind']}\t{r['doc']}\t{r['subject']}|{r['verb']}\t{r['text']}")
        return
    for key in args.by or ["lang"]:
        table(result, misses, key)
        print()


if __name__ == "__main__":
    main()
