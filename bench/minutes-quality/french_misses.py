#!/usr/bin/env python3
"""The French misses and false items of the development parts by the section above them, their wording and whether a
reader proposed them (section "French readers, 4 December night" of this folder's README). A tuning aid.

Usage: misses.py OUT F.tsv > M.txt; misses.py - F.tsv --false-positives > FP.txt;
       french_misses.py OUT M.txt FP.txt [--rows]
"""
import json, re, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPUS as C, DEVELOPMENT, FROZEN, fold, load_output
from misses import matched, near_kind
from false_positives import heading_above
out = Path(sys.argv[1]); missfile = sys.argv[2]; fpfile = sys.argv[3]
reason = {}
for line in open(missfile, encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if len(c) >= 3 and '/' in c[0]:
        reason[(c[0], c[2])] = c[1].split(' ')[0]
WORDING = [
  ('Il est décidé / décide / a décidé', r"\b(il est|a ete|avons|ont|a|est) decid|\bdecid(e|ent|ons)\b"),
  ('valide / acte / adopte / approuve', r"\b(valid|act(e|ent)\b|adopt|approuv|entérin|enterin|ratifi)"),
  ('Décision : / Action : / À faire : label', r"^\W*(decisions?|actions?|a faire|todo|tache|taches)\s*:"),
  ('vote (Adopté, unanimité, voix pour)', r"(unanimit|\bvoix\b|\bvote|adopte a|\bpour\s*:|\bcontre\s*:|abstention)"),
  ('prochaine réunion', r"prochaine? (reunion|seance|ag|assemblee|rencontre)"),
  ('→ / => arrow', r"^\W*(→|=>|->|➔|⇒)|^\s*\uf0e0"),
  ('Il a été convenu / convenu / accord', r"(convenu|d.accord|s.accord|consensus)"),
  ('est chargé / se charge / s\'occupe', r"(charge(e|s)? de|se charg|s.occup|s.en occup|prend en charge|responsable)"),
  ('planned future (sera, va, -era)', r"\b(sera|seront|va |vont |devra|devront|doit|doivent|il faut|il faudra)\b|\w(era|eront|ira|iront|dra|dront)\b"),
  ('infinitive first (Envoyer…)', r"^\W*\w+(er|ir|re)\b"),
  ('proposal (propose, il est proposé)', r"propos|sugg"),
]
def wording(s):
    f = fold(s)
    for n, p in WORDING:
        if re.search(p, f): return n
    return 'other'
SECTION = [
  ('decisions heading (Relevé de décisions, Décisions, Actions)', r"(decision|releve|actions?\b|a faire|todo|taches|suite a donner|conclusion|resolution|deliberation|engagement)"),
  ('agenda / ordre du jour', r"(ordre du jour|agenda|odj)"),
  ('next meeting', r"prochaine"),
  ('numbered point heading', r"^\W*(\d+|[ivx]+)\b"),
]
def section(h):
    if h in ('', '?'): return 'no heading' if h == '' else 'not found'
    for n, p in SECTION:
        if re.search(p, h): return n
    return 'other heading'
def locate(fl, s):
    for n in (40, 20):
        fs = fold(s)[:n]
        for i, l in enumerate(fl):
            if fs and fs in l: return i
    return None


def french_documents():
    """Each French development document: its name, part, expected items, lines and the engine's items."""
    for part in [p for p in DEVELOPMENT if p not in FROZEN]:
        for gold in sorted((C / part).glob('fr-*.gold.json')):
            name = gold.name[:-len('.gold.json')]
            source = next(p for p in (C / part / (name + '.txt'), C / part / (name + '.md')) if p.exists())
            yield (f'{part}/{name}', part, json.loads(gold.read_text(encoding='utf-8'))['agreements'],
                   source.read_text(encoding='utf-8', errors='replace').splitlines(), load_output(out / (name + '.json')) or [])



rows = []
for doc, part, exp, tl, prop in french_documents():
    fl = [fold(l) for l in tl]
    texts = [fold(p.get('text', '')) for p in prop]
    done = matched([e['starts_with'] for e in exp], prop)
    for k, e in enumerate(exp):
        if k in done: continue
        s = e['starts_with']
        i = locate(fl, s)
        line = tl[i].strip() if i is not None else '?'
        h = heading_above(tl, s)
        nk = next((kk for kk in (near_kind(fold(s), t, True) for t in texts) if kk), None)
        r = reason.get((doc, s), '?')
        cause = {'early': 'merged (early)', 'taken': 'taken', 'late': 'cut late', 'short': 'cut short'}.get(nk) or {'none':'no candidate','prose':'not proposed by a reader (unit/prose only)','structure':'reader item lost'}.get(r, r)
        rows.append(('miss', part, doc, section(h), wording(line if len(line) < 300 else s), cause, len(e.get('dates') or []), h[:40], s[:90], line[:160]))
fps = []
for line in open(fpfile, encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if len(c) < 6 or '/fr-' not in c[1]: continue
    h = c[4].strip('[]')
    fps.append(('fp', c[1].split('/')[0], c[1], section(h), wording(c[5]), c[2], 0, h[:40], c[5][:90], c[3]))
if '--rows' in sys.argv:
    for r in rows + fps: print('\t'.join(map(str, r)))
    sys.exit()
def tab(title, rs, key):
    cnt = Counter(key(r) for r in rs); parts = sorted({r[1] for r in rs})
    byp = Counter((key(r), r[1]) for r in rs)
    print(f'\n| {title} | all | ' + ' | '.join(parts) + ' |'); print('| --- | --- | ' + ' | '.join('---' for _ in parts) + ' |')
    for g, n in cnt.most_common(): print(f'| {g} | {n} | ' + ' | '.join(str(byp.get((g,p),'')) for p in parts) + ' |')
tab('misses: cause', rows, lambda r: r[5])
tab('misses: section above', rows, lambda r: r[3])
tab('misses: wording', rows, lambda r: r[4])
tab('misses: section × cause', rows, lambda r: r[3] + ' / ' + r[5])
tab('false items: where', fps, lambda r: r[5])
tab('false items: section above', fps, lambda r: r[3])
tab('false items: wording', fps, lambda r: r[4])
