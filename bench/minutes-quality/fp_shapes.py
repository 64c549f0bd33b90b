#!/usr/bin/env python3
"""The proposed items that match no expected agreement (score.py's one-to-one matching), by shape (branch fp18).

First the span differences, found by where the item and the expected items stand in the folded text (not by words):
- "span: holds an unmatched item" — an expected item left unmatched starts inside the proposed one (more than 120
  characters in, or its words further on): the item was found, cut differently; it counts twice in F1 (one proposal
  wrong, one miss);
- "span: starts inside an unmatched item" — the proposal starts after an unmatched expected item's start, in the same
  paragraph, before the next expected item: the same, cut later;
- "span: a piece of a matched item" — the same inside an expected item another proposal matched (a sentence split
  off an item the gold keeps whole): counts once;
- "duplicate" — it fits an expected item another proposal matched first (a restatement).
Then shapes guessed from the item's words and the heading above it (es/en/pt/fr, the first that fits wins): a
reading aid, not a measure. Usage: fp_shapes.py OUTPUTS [--rows [SHAPE-PREFIX]]  (readable parts only: score.readable)
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import fits, fold, matched_documents, readable  # noqa: E402
from false_positives import heading_above  # noqa: E402

MINUTES = re.compile(r"(aprob|aprova|approv|adopt|confirm|valid|sign)\w*\W+(\w+\W+){0,8}(acta|atas?|minutes|proces-verbal|"
                     r"compte[- ]rendu|orden del dia|ordem do dia|agenda|ordre du jour|pauta)|(\bacta|\batas?|minutes|"
                     r"proces-verbal|compte[- ]rendu|orden del dia|ordem do dia|ordre du jour|\bagenda|\bpauta)\b\W+"
                     r"(\w+\W+){0,12}(aprob|aprova|approv|adopt|confirm|valid|sign)\w*")
VOTE = re.compile(r"^\W*(seconded|second(ed)? by|motion (carried|passed)|carried\b|(\w+ ){0,3}seconded|secundad|apoyad|appuye"
                  r"|vote|votes|voting|votos?|votacao|votacion|scrutin|resultat|result|aye|ayes|nays?|for\W+\d|\d+\W+(for|a favor|pour|contra|contre|against|votes|voix|abst))"
                  r"|\b(\d+ (votes? )?(in favou?r|for|a favor|pour|contra|contre|against|abstentions?|voix|votos))\b"
                  r"|^\W*(unanim\w*|por unanimidad|par unanimite|approved unanimously|aprobado por unanimidad|adopte)\W*$")
CALENDAR = re.compile(r"(next|proxima|proximo|prochaine?|siguiente|seguinte) (meeting|reunion|reuniao|seance|session|sesion|call|"
                      r"assemblee|asamblea|board meeting|committee meeting)|\b(date|fecha|data) (of|de|da|du) (la |a |the )?"
                      r"(next|proxima|prochaine)|^\W*(next meeting|proxima reunion|proxima reuniao|prochaine reunion)\b")
ATTEND = re.compile(r"^\W*(present|presentes?|presents|attendees|attendance|asistentes|asistencia|participants?|participantes|"
                    r"ausentes|absent|absents|apologies|excusad\w*|excuses|membres presents|in attendance|also present|"
                    r"staff|guests?|invitados|convidados|quorum)\b\W*[:\-]|\bquorum\b|\b(were|was) present\b|\bapologies\b")
ARTEFACT = re.compile(r"^\W*(page \d|pagina \d|\d+ ?/ ?\d+\W*$|firma|firmado|signed|signature|assinatura|le president|the chair(man)?\W*$|"
                      r"el presidente\W*$|o presidente\W*$|secretar\w*\W*$|table of contents|indice|sumario|sommaire|copyright|"
                      r"\(c\)|all rights reserved)|\.{5,}|_{5,}|https?://\S+\W*$")
PREV = re.compile(r"previous|precedente|anterior|ultima reuni|ultimo |last (meeting|week|call|time)|previas|actions? update|"
                  r"update (of|on) (the )?actions|actions realisees|acciones realizadas|seguimiento de|suivi des actions|"
                  r"follow[- ]up (of|on|from)|acompanhamento|pending actions|action items? review|review of (the )?action|"
                  r"old business|matters arising")
STATUS = re.compile(r"(\b(done|closed|completed?|finished|ongoing|in progress|started|hecho|realizado|terminado|en curso|feito|"
                    r"concluido|em andamento|fait|en cours|termine|realise|carries|pending|pendiente)\b\W*$|\bstatus\s*:|"
                    r"\bestado\s*:|^\W*\[[xX]\])")
AGENDA_HEAD = re.compile(r"\b(agenda|orden del dia|ordem do dia|ordre du jour|pauta|topics|temas a tratar|order of business)\b")
DECISION_HEAD = re.compile(r"(acuerd|decis|decid|resol|conclu|compromis|tarea|action|todo|to do|next step|proximos|encaminh|"
                           r"delibera|acoes|acciones|tache|a faire|releve|agreed|outcome)")
AGENDA_LINE = re.compile(r"(si procede|ruegos y preguntas|any other business|\baob\b|lectura y aprobacion|approval of the agenda|"
                         r"aprovacao da pauta|approbation de l.ordre du jour|questions diverses|assuntos gerais|asuntos varios|"
                         r"^(examen|estudio|presentacion|informe|lectura|discussion|review|apresentacao|point sur|update on|"
                         r"report (of|from|on|by))\b)")
REPORT = re.compile(r"^\W*(?:[\w.'-]+\s+){0,4}(?:also\s+)?(reported|reports|informed|informs|presented|presents|explained|explains|"
                    r"noted|notes|announced|mentioned|said|says|stated|indicated|described|gave|provided|updated|shared|"
                    r"discussed|asked|informo|informa|informan|informaron|informou|informaram|relatou|relata|explicou|explico|"
                    r"explica|comento|comenta|comentou|presento|presenta|apresentou|apresenta|a presente|presente|explique|"
                    r"rappelle|indique|a indique|a explique|dit|a dit|dijo|disse|annonce|a annonce|expone|expuso|da cuenta|"
                    r"pregunto|perguntou|demande)\b|\b(was|were|has been|have been|had been|a ete|ont ete|fue|fueron|"
                    r"se realizo|foi|foram|received|recibio|recebeu)\b|\b(there (is|are|was|were)|hay|ha habido|il y a|we have)\b")
VIEW = re.compile(r"\?|\b(think|thinks|thought|feel|feels|believe|opinion|suggest\w*|would be (nice|good|better|useful)|could|"
                  r"might|maybe|perhaps|prefer\w*|wonder\w*|concern\w*|worr\w*|hopes?|wish\w*|cree|creo|opina\w*|sugier\w*|"
                  r"podria\w*|quizas|tal vez|acha|acho|sugere|sugeriu|poderia\w*|talvez|pense|pensons|suggere|pourrai\w*|"
                  r"peut-etre|souhait\w*|seria bueno|seria bom|serait bien|question)\b")
QUOTE = re.compile(r"^\W*[\"“«']|^\W*(whereas|considering|considerando|considerant|tendo em conta|having (examined|considered)|"
                   r"recalling|recordando|rappelant|vu |visto|noting|tomando nota|prenant note|background|contexto|contexte)\b")


def paragraphs(source):
    """The folded text of the document and where each paragraph (a run of non-blank lines) starts in it."""
    starts, parts, at = [], [], 0
    for block in re.split(r"\n\s*\n", source):
        first = True
        for line in block.split("\n"):
            f = fold(line)
            if not f:
                continue
            # a paragraph, a list item, a numbered point, a heading or a table row starts a new unit
            if first or re.match(r"\s*([-*+\u2022\u25aa\u25cf]\s|\d{1,3}[.)]\s|[a-zA-Z][.)]\s|\(\w{1,4}\)\s|#|\|)", line):
                starts.append(at)
            first = False
            parts.append(f)
            at += len(f) + 1
    return " ".join(parts), starts


def locate(folded_doc, text, after=0):
    f = fold(text)
    for n in (60, 30, 15):
        key = f[:n]
        if len(key) < 8:
            continue
        at = folded_doc.find(key, after)
        if at < 0:
            at = folded_doc.find(key)
        if at >= 0:
            return at
    return None


def shape(text, head, lines):
    f = fold(text)
    words = f.split()
    if MINUTES.search(f) and len(f) < 400:
        return "approval of the minutes or the agenda"
    if ATTEND.search(f[:200]) or re.search(r"\b(attend|asisten|presen|particip|ausent|apolog)", head) and len(words) < 25:
        return "attendance, names"
    if VOTE.search(f) and len(words) < 25:
        return "vote tally or second"
    if CALENDAR.search(f) and len(f) < 300:
        return "calendar, next meeting"
    if ARTEFACT.search(f) or (re.fullmatch(r"[\w .,'-]{0,40}", f) and re.search(r"(presidente?|president|chair|secretar)", f)):
        return "document artefact (signature, footer, contents, link)"
    if PREV.search(head) or STATUS.search(f):
        return "previous actions, statuses"
    if AGENDA_HEAD.search(head) or AGENDA_LINE.search(f):
        return "agenda or report line" + (" under a decisions heading" if DECISION_HEAD.search(head) else "")
    if len(words) <= 6 and not re.search(r"[.!]$", f) or f.endswith(":"):
        return "heading, label or fragment"
    if QUOTE.search(f):
        return "quoted or background"
    if REPORT.search(f):
        return "report or account (discussion)"
    if VIEW.search(f):
        return "view, suggestion or question (discussion)"
    return "other (decision-like wording the gold leaves out)"


def classify(out, parts):
    rows = []
    for part, name, gold, prop, starts, mb, text in matched_documents(out, parts):
        used = {i: k for k, i in enumerate(mb) if i is not None}
        source = text.read_text(encoding="utf-8")
        lines = source.splitlines()
        doc, pstarts = paragraphs(source)
        gpos, after = [], 0
        for s in starts:
            at = doc.find(fold(s), after)
            if at < 0:
                at = doc.find(fold(s))
            gpos.append(at if at >= 0 else None)
            if at >= 0:
                after = at
        known = sorted(p for p in gpos if p is not None)

        def extent(k):
            gs = gpos[k]
            nxt = [p for p in known if p > gs]
            par = [p for p in pstarts if p > gs]
            return min([gs + 600] + nxt[:1] + par[:1])

        for i, a in enumerate(prop):
            if i in used:
                continue
            t = a.get("text", "")
            ft = fold(t)
            ps = locate(doc, t)
            pe = ps + len(ft) if ps is not None else None
            unmatched = [k for k in range(len(starts)) if mb[k] is None]
            matched = [k for k in range(len(starts)) if mb[k] is not None]
            s = None
            if any(fits(ft, starts[k]) for k in matched):
                s = "duplicate (fits an item matched elsewhere)"
            elif any(fold(starts[k]) in ft for k in unmatched) or (ps is not None and any(
                    gpos[k] is not None and ps < gpos[k] < pe for k in unmatched)):
                s = "span: holds an unmatched item (counts twice)"
            elif ps is not None and any(gpos[k] is not None and gpos[k] < ps < extent(k) for k in unmatched):
                s = "span: starts inside an unmatched item (counts twice)"
            elif ps is not None and any(gpos[k] is not None and gpos[k] < ps < extent(k) for k in matched):
                s = "span: a piece of a matched item"
            head = heading_above(lines, t)
            if s is None:
                s = shape(t, head, lines)
            rows.append((s, part, gold["lang"], name, head, t))
    return rows


def main():
    out = Path(sys.argv[1])
    rows = classify(out, readable())
    if "--rows" in sys.argv:
        prefix = sys.argv[sys.argv.index("--rows") + 1] if len(sys.argv) > sys.argv.index("--rows") + 1 else ""
        for s, part, lang, name, head, t in rows:
            if s.startswith(prefix):
                print(f"{s[:24]}\t{part}/{name[:40]}\t[{head[:40]}]\t{t[:160]}".replace("\n", " "))
        return
    total, by, langs = Counter(), defaultdict(Counter), defaultdict(Counter)
    for s, part, lang, *_ in rows:
        total[s] += 1
        by[s][part] += 1
        langs[s][lang] += 1
    print("| shape | unmatched | parts | en | es | fr | pt | largest parts |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for s, n in total.most_common():
        print(f"| {s} | {n} | {len(by[s])} | " + " | ".join(str(langs[s][x]) for x in ("en", "es", "fr", "pt")) + " | "
              + ", ".join(f"{p} {k}" for p, k in by[s].most_common(6)) + " |")
    print(f"| **all** | {sum(total.values())} | | | | | | |")


if __name__ == "__main__":
    main()
