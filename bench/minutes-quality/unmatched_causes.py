"""The proposed items of an engine output that match no expected agreement (score.py's one-to-one matching), regrouped
by cause with heuristics in es/en/pt/fr (the first cause that fits wins), counted by part and language; --rows lists
each. A reading aid, not a measure: the causes are guessed from the item's words and the heading above it.

Usage: unmatched_causes.py OUTPUTS [--rows]   (development parts only, CorpusParts.DEVELOPMENT)
"""
import json, sys, re
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from pathlib import Path
from collections import Counter, defaultdict
from score import CORPUS, fold, load_output, match, fits, readable, matched_documents
from false_positives import heading_above
out = Path(sys.argv[1]); rows_out = len(sys.argv) > 2 and sys.argv[2] == "--rows"
PREV = re.compile(r"previous|precedente|anterior|ultima reuni|ultimo |last (meeting|week|call|time)|previas|actions? update|update (of|on) (the )?actions|actions realisees|acciones realizadas|seguimiento de|suivi des actions|follow[- ]up (of|on|from)|acompanhamento|pending actions|pending ais|action items? review|review of (the )?action|task board review|old business|matters arising")
STATUS = re.compile(r"(\b(done|closed|completed?|finished|ongoing|in progress|started|no action|hecho|realizado|terminado|en curso|feito|concluido|em andamento|fait|en cours|termine|realise|ok|carries|pending|pendiente)\b\W*$|\bstatus\s*:|\bestado\s*:|partially done|^\W*\[[xX]\])")
REPORT = re.compile(r"^\W*(?:[\w.'’-]+\s+){0,4}(?:also\s+|tambien\s+|tambem\s+|aussi\s+)?(reported|reports|informed|informs|presented|presents|explained|explains|noted|announced|mentioned|said|says|stated|indicated|described|gave|provided|updated|informo|informa|informan|informaron|informou|informaram|relatou|relata|explicou|explico|explica|comento|comenta|comentou|presento|presenta|apresentou|apresenta|a presente|presente|a informe|informe|explique|rappelle|indique|a indique|a explique|dit|a dit|dijo|disse|annonce|a annonce|expone|expuso|da cuenta)\b"
                    r"|^\W*(informe|report|reports|update|updates|rapport|relatorio|relato|bilan|point|situacion|situacao|estado|status|presentation|apresentacao|presentacion)\b(\s+(de|du|des|da|do|on|from|of|sur|sobre)\b|\s*:)"
                    r"|\b(was|were|has been|have been|had been|a ete|ont ete|fue|fueron|se realizo|se han|foi|foram|ja foi|ja foram|esta siendo|is being|est en train|received|recibio|recebeu|a recu)\b|\b(there (is|are|was|were)|hay|ha habido|il y a|existe|tenemos|temos|we have|nous avons)\b")
VIEW = re.compile(r"\?|\b(think|thinks|thought|feel|feels|believe|believes|opinion|view|suggest\w*|propos\w*|would be (nice|good|better|useful)|could|might|maybe|perhaps|prefer\w*|wonder\w*|concern\w*|worr\w*|agree[sd]? with|hopes?|wants?|wish\w*|cree|creo|opina\w*|sugier\w*|sugiri\w*|propon\w*|podria\w*|quizas|tal vez|acha|acho|sugere|sugeriu|poderia\w*|talvez|pense|pensons|suggere|pourrai\w*|peut-etre|souhait\w*|il faudrait|seria bueno|seria bom|serait bien|important|importante|necessaire|necesario|necessario|should|deberia\w*|deveria\w*|devrai\w*)\b")
AGENDA = re.compile(r"(agenda|orden del dia|ordem do dia|ordre du jour|pauta|topics|temas a tratar)")
PROC = re.compile(r"(minutes|acta|ata\b|proces-verbal|compte[- ]rendu)\b.*(approv|aprob|aprova|adopt)|(approv|aprob|aprova|adopt)\w*\W+(\w+\W+){0,6}(minutes|acta|atas?|proces-verbal|compte[- ]rendu)|seconded|secundad|appuye|quorum|attend|present(e|es|s)?\s*:|asistentes|participants|meeting (adjourned|closed|opened)|se levanta|levee|encerrad|certific|expido|firmad|signed")
def cause(t, h, dup, bound):
    f = fold(t)
    if PREV.search(h) or STATUS.search(f): return "previous meeting's actions and their statuses"
    if dup: return "restates an item matched elsewhere"
    if bound: return "cut elsewhere than the expected item (boundary)"
    if PROC.search(f): return "procedure, attendance, certificate, vote"
    if REPORT.search(f): return "report, account or notice"
    if VIEW.search(f): return "view, opinion, suggestion or question"
    if AGENDA.search(h) or len(f) < 50 and not re.search(r"[.!]$", f): return "agenda point, heading, label or fragment"
    return "other (decision-like wording the gold leaves out)"
parts = [p for p in readable() if p not in ("am", "an", "ao")]  # readable: no frozen part, no check set (DROP)
by = defaultdict(Counter); langs = defaultdict(Counter); total = Counter()
for part, name, gold, prop, starts, mb, text in matched_documents(out, parts):
    used = {i for i in mb if i is not None}
    unmatched = [s for k, s in enumerate(starts) if mb[k] is None]
    lines = text.read_text(encoding="utf-8").splitlines()
    for i, a in enumerate(prop):
        if i in used: continue
        t = a.get("text", ""); ft = fold(t)
        h = heading_above(lines, t)
        dup = any(fits(ft, s) for s in starts)
        bound = any(fold(e)[:30] in ft or ft[:30] in fold(e) for e in unmatched)
        c = cause(t, h, dup, bound)
        by[c][part] += 1; langs[c][gold["lang"]] += 1; total[c] += 1
        if rows_out: print(f"{c[:20]}\t{part}\t{gold['lang']}\t{name[:40]}\t[{h[:40]}]\t{t[:140]}".replace("\n", " "))
print(f"\n| cause | unmatched | batches | en | es | fr | pt | parts (count) |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for c, n in total.most_common():
    print(f"| {c} | {n} | {len(by[c])} | " + " | ".join(str(langs[c][l]) for l in ("en", "es", "fr", "pt")) + " | "
          + ", ".join(f"{p} {k}" for p, k in by[c].most_common(8)) + (" …" if len(by[c]) > 8 else "") + " |")
print(f"| **all** | {sum(total.values())} | | | | | | |")
