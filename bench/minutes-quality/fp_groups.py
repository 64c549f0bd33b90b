"""
Groups the false positives that misses.py --false-positives lists (its output file, FP.txt) by what they are, for the
"False positives, 4 December afternoon" table: procedure, attendance, agenda point, a fragment of an item or a bare
bullet (span), a heading or label, an item of a list that holds no decisions, information or discussion, other.
Regular expressions in es/en/pt/fr over the item and the heading above it, tried in that order: a reading aid, not a
classifier. Usage: python3 fp_groups.py FP.txt [N examples per group] [group prefix: list all of it]
"""
import re, sys, unicodedata
from collections import Counter, defaultdict
def fold(s): return ''.join(c for c in unicodedata.normalize('NFD', s.lower()) if unicodedata.category(c) != 'Mn')
DEC = re.compile(r"(acuerd|decis|decid|resol|conclu|compromis|tarea|action|todo|to do|next step|proximos|encaminh|delibera|acoes|acciones|tache|a faire|releve|agreed|outcome)")
PROC = re.compile(r"((aprob|aprova|approv|adopt|pass|valid)\w*\W+(\w+\W+){0,8}(acta|atas?|minutes|proces-verbal|compte[- ]rendu|orden del dia|ordem do dia|agenda|ordre du jour|pauta)"
 r"|(acta|atas?|minutes|proces-verbal|compte[- ]rendu|orden del dia|ordem do dia|ordre du jour|agenda|pauta)\W+(\w+\W+){0,12}(aprob|aprova|approv|adopt|pass|valid)\w*"
 r"|^(seconded|motion (carried|passed))|\bseconded\b|secundad|appuye|quorum|se levanta la sesion|se abre la sesion|adjourn|called to order|ouvre la seance|leve la seance|encerrad|abertura|^acta de la|se celebra|est presidee|concluyo a las|facilitat|minute.?taker|will minute)")
ATT = re.compile(r"(present(e|es|s)?|attendees|asistentes|participants?|participating|procuration|ausentes|apologies|excusad|presents|membres presents|assistants)\b")
AGH = re.compile(r"\b(agenda|orden del dia|ordem do dia|ordre du jour|pauta|topics|temas a tratar)\b")
INFO = {"information or report", "question or hedge", "obligation or advice"}
cells = defaultdict(Counter); ex = defaultdict(list); langs = defaultdict(Counter)
for line in open(sys.argv[1]):
    f = line.rstrip('\n').split('\t')
    if len(f) < 6 or f[2][:6] != 'where.': continue
    batch, doc, where, shape, head, text = f[:6]
    h = fold(head.strip('[]')); t = fold(text)
    lang = doc.split('/')[1][:2]
    letters = re.sub(r'[^a-z]', '', t)
    if shape in ('approval of the minutes', 'vote or second', 'preamble or frame') or PROC.search(t): c = 'procedure'
    elif ATT.search(t[:40]) and ':' in t[:40] or (ATT.search(h) and shape == 'attendance'): c = 'attendance'
    elif shape == 'agenda line' or AGH.search(h): c = 'agenda point'
    elif shape in ('boundary', 'duplicate') or len(letters) < 3 or (re.match(r'^[a-z(]', text) and len(t.split()) <= 3): c = 'fragment / span'
    elif shape in ('field or label',) or (shape == 'title or short line' and len(t.split()) <= 5 and not re.search(r'\b(will|to|a|para|pour|por)\b', t)): c = 'heading or label'
    elif ATT.search(h): c = 'item of a list with no decisions'
    elif shape in INFO: c = 'information / discussion'
    elif h and h not in ('?', '') and h.endswith(':') and not DEC.search(h) and where in ('where.decisions_item', 'where.action_list', 'where.layout'): c = 'item of a list with no decisions'
    else: c = 'other (decision-like wording)'
    cells[c][batch] += 1; langs[c][lang] += 1
    ex[c].append(f"{doc}: {text[:90]}")
bmap = lambda b: 'dev' if b in ('a1','a2','b1','b2','b3') else b
B = [b for b in "dev c d e f g i j m n o p q r s t u v w x y z".split() if any(b == bmap(k) for c in cells for k in cells[c])]
order = sorted(cells, key=lambda c: -sum(cells[c].values()))
print("| what it is | " + " | ".join(B) + " | es | en | pt | fr | all |")
print("| --- " * (len(B) + 6) + "|")
tot = Counter(); tl = Counter()
for c in order:
    bc = Counter()
    for b, n in cells[c].items(): bc[bmap(b)] += n
    tot.update(bc); tl.update(langs[c])
    print(f"| {c} | " + " | ".join(str(bc[b] or '') for b in B) + " | " + " | ".join(str(langs[c][l] or '') for l in ('es','en','pt','fr')) + f" | {sum(bc.values())} |")
print("| **all** | " + " | ".join(str(tot[b]) for b in B) + " | " + " | ".join(str(tl[l]) for l in ('es','en','pt','fr')) + f" | **{sum(tot.values())}** |")
if len(sys.argv) > 2:
    import random; random.seed(1)
    for c in order:
        print(f"\n{c}:"); 
        for e in (random.sample(ex[c], min(int(sys.argv[2]), len(ex[c])))): print("  ", e)
if len(sys.argv) > 3:
    for c in order:
        if c.startswith(sys.argv[3]):
            for e in ex[c]: print("  ", e)
