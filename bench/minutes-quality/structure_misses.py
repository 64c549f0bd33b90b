#!/usr/bin/env python3
"""Structure misses: the expected agreements of the development parts not matched whose line in the text is a list
item, a numbered line, a table row, a calendar line (a date first), a labelled line ("Atelier tricot : le 2 mars.")
or a short line among short lines (a list without markers), each with its cause:
- "merged with lines above (early)" / "merged with a neighbour item (taken)" / "cut late" / "cut short": an item of the
  output holds its words (misses.py --near);
- "no candidate", "read, scored below threshold", "structure item lost later": misses.py's reasons.
A tuning aid (section "Structure misses, 4 December evening" of this folder's README); development parts only,
the check set left out (score.readable: DROP, default au av ax ay az ba bb bc).

Usage: misses.py OUT F.tsv > M.txt; structure_misses.py OUT M.txt [--rows]
"""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPUS as C, fold, load_output, readable  # noqa: E402
from misses import matched, near_kind  # noqa: E402
PARTS = readable()  # never the frozen parts nor the check set (DROP)
out = Path(sys.argv[1]); missfile = sys.argv[2]
reason = {}
for line in open(missfile, encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if len(c) >= 3 and '/' in c[0]:
        reason[(c[0], c[2])] = c[1].split(' ')[0]
DATE = re.compile(r'^\W*(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}(?:er)?\s+(?:janv|f[eé]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[eé]c|jan|feb|mar|apr|may|jun|jul|aug|sep|dec|ene|abr|ago|dic|set|out|dez)\w*|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta)\b)', re.I)
ENDDATE = re.compile(r'[:–-]\s*(?:le\s+|el\s+|on\s+|until\s+|by\s+|avant\s+le\s+|at[eé]\s+)?\d{1,2}(?:[/.]\d{1,2}|\s+\w+)', re.I)
def shape(lines, i):
    raw = lines[i]; s = raw.strip()
    prev = lines[i-1].strip() if i > 0 else ''
    nxt = lines[i+1].strip() if i+1 < len(lines) else ''
    if s.count('|') >= 2 or s.count('\t') >= 2: return 'table row (pipes/tabs)'
    body = re.sub(r'^[>*_#\s]+', '', s)
    if re.match(r'^\(?\d{1,2}\.\d{1,2}', body): return 'numbered, decimal (2.2, 1.3.)'
    if re.match(r'^\(?\d{1,3}\s*(?:[.)º°:\-–—]|$)', body): return 'numbered (1. 1) 1º 1-)'
    if re.match(r'^\(?[a-zA-Z]\)|^[a-z]\.\s|^[IVX]+\s*[.)\-–]', body): return 'lettered/roman'
    if re.match(r'^\s*(?:[-*+•●▪◦·–—►➢✓❖➤■□○→]|\[[ xX]?\])', s) or re.match(r'^[\uF000-\uF0FF]', s): 
        b = re.sub(r'^\s*(?:[-*+•●▪◦·–—►➢✓❖➤■□○→\uF000-\uF0FF]|\[[ xX]?\])\s*', '', s)
        if DATE.match(fold(b)): return 'calendar line (date first)'
        return 'bullet item'
    if DATE.match(fold(body)) and len(body) < 200: return 'calendar line (date first)'
    if re.match(r'^[A-ZÀ-Ý][^:.]{1,40}\s?:\s*\S', body) and len(body) < 250: return 'labelled line (Label : …)'
    if len(body) < 160 and ENDDATE.search(body[-40:] if len(body) > 40 else body) and (prev or nxt): return 'calendar line (label : date)'
    if len(body) < 120 and prev and nxt and len(prev) < 120 and len(nxt) < 120: return 'short line among short lines (no marker)'
    if len(body) < 120 and (prev or nxt) and len(prev) < 120 and len(nxt) < 120 and not body.endswith('.'): return 'short line among short lines (no marker)'
    return None
def locate(text_lines, folded_lines, s):
    fs = fold(s)[:40]
    for i, fl in enumerate(folded_lines):
        if fs and fs in fl: return i
    fs = fold(s)[:20]
    for i, fl in enumerate(folded_lines):
        if fs and fs in fl: return i
    return None
rows = []
for part in PARTS:
    for gp in sorted((C/part).glob('*.gold.json')):
        name = gp.name[:-10]; doc = f'{part}/{name}'
        gold = json.loads(gp.read_text(encoding='utf-8'))
        exp = gold['agreements']; lang = gold.get('lang', name[:2])
        tp = next((p for p in [C/part/(name+'.txt'), C/part/(name+'.md')] if p.exists()), None)
        if not tp: continue
        tl = tp.read_text(encoding='utf-8', errors='replace').replace('\r\n','\n').split('\n')
        fl = [fold(l) for l in tl]
        prop = load_output(out/(name+'.json')) or []
        done = matched([e['starts_with'] for e in exp], prop)
        texts = [fold(p.get('text','')) for p in prop]
        for k, e in enumerate(exp):
            s = e['starts_with']; nd = len(e.get('dates') or [])
            if k in done: continue
            i = locate(tl, fl, s)
            if i is None: continue
            sh = shape(tl, i)
            if not sh: continue
            nk = next((kk for kk in (near_kind(fold(s), t, True) for t in texts) if kk), None)
            cause = {'early': 'merged with lines above (early)', 'taken': 'merged with a neighbour item (taken)', 'late': 'cut late', 'short': 'cut short'}.get(nk) or {
                'none': 'no candidate (not segmented)', 'prose': 'read, scored below threshold', 'structure': 'structure item lost later'}.get(reason.get((doc, s)), 'other')
            rows.append((doc, part, lang, sh, cause, nd, s, tl[i].strip()[:110]))
if '--rows' in sys.argv:
    for r in rows: print('\t'.join(map(str, r)))
    sys.exit()
print('missed items in structured lines:', len(rows), 'with dates:', sum(r[5] for r in rows))
for key, idx in (('shape', 3), ('cause', 4)):
    print(f'\n## by {key}'); c = Counter(r[idx] for r in rows)
    for k, v in c.most_common(): print(f'{v:4d}  {k}')
print('\n| shape × cause | n | dates | es | en | pt | fr | batches | examples |')
g = defaultdict(list)
for r in rows: g[(r[3], r[4])].append(r)
for (sh, ca), rs in sorted(g.items(), key=lambda kv: -len(kv[1])):
    lc = Counter(r[2] for r in rs); bc = Counter(r[1] for r in rs)
    ex = '; '.join(f'{r[0]} «{r[7][:60]}»' for r in rs[:3])
    print(f'| {sh} / {ca} | {len(rs)} | {sum(r[5] for r in rs)} | {lc["es"]} | {lc["en"]} | {lc["pt"]} | {lc["fr"]} | {" ".join(f"{b} {n}" for b, n in sorted(bc.items()))} | {ex} |')
