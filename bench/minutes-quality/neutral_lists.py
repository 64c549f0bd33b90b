#!/usr/bin/env python3
"""List items under neutral headings (section "List items under neutral headings" of this folder's README): of the
expected agreements the engine's output misses, how many sit on a list item's line and under what heading; then the
sentences of prose that open a list item (ScoringFeatureExport's prose candidates with ctx.list_item and
ctx.opens_line) and what proposing them would bring, by signal: "gain" fits an expected item the output misses, "fp"
fits none (an unmatched proposal), "dup" fits one already matched. Signals: a sibling of the same list kept by the
engine (a line holding an output item), the share of the list's other items kept or acting, the item's own form
(lex.* columns), the document's items with a party or a date, the language. Lists are runs of list-item lines
(blank and indented lines between allowed), headings Markdown, bold, colon-ended or capitals lines: heuristics.
Development parts only, au and av never (they are a check for engine helpers: their golds are not read here).

Usage: misses.py OUT F.tsv --part <42 parts> > M.txt; neutral_lists.py OUT F.tsv M.txt
"""
import json, re, sys
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPUS as C, fold, fits, load_output
from misses import matched
from fit_scoring import load
P42 = "dev c d e f g i j m n o p q r s t u v w x y z aa ab ac ad ae af ag ah ai aj ak al am an ao ap aq ar as at".split()
OUT = Path(sys.argv[1]); FEAT = sys.argv[2]
LIST = re.compile(r'^(\s*)(?:[-*+•▪◦●·–]|\d{1,3}[.)]|[a-zA-Z][.)]|\[[ xX]?\])\s+')
HEAD = re.compile(r'^\s*(#{1,6}\s+.*|\*\*[^*]{2,80}\*\*\s*:?\s*|__[^_]{2,80}__\s*:?\s*)$')
def heading_line(l):
    s = l.strip()
    if not s or LIST.match(l): return False
    if HEAD.match(l): return True
    if len(s) < 60 and s.endswith(':'): return True
    if len(s) < 60 and s.upper() == s and re.search(r'[A-Z]{3}', s): return True
    return False
def structure(lines):
    head = []; runs = []; h = ''; run = -1; nrun = 0; prev_list = False
    for i, l in enumerate(lines):
        if heading_line(l):
            h = l.strip().strip('#*_: ').strip(); run = -1; prev_list = False
        elif LIST.match(l):
            if run < 0 or not prev_list: nrun += 1; run = nrun
            prev_list = True
        elif l.strip() == '':
            pass
        elif l.startswith((' ', '\t')) and prev_list:
            pass
        else:
            prev_list = False; run = -1
        head.append(h); runs.append(run if LIST.match(l) else -1)
    return head, runs
def locate(fl, s):
    for n in (40, 20):
        fs = fold(s)[:n]
        for i, x in enumerate(fl):
            if fs and fs in x: return i
    return None
docs = {}
for part in P42:
    for gp in sorted((C/part).glob('*.gold.json')):
        name = gp.name[:-10]; doc = f'{part}/{name}'
        gold = json.loads(gp.read_text(encoding='utf-8'))
        tp = next((p for p in (C/part).glob(name+'.*') if not p.name.endswith('.json')), None)
        lines = tp.read_text(encoding='utf-8', errors='replace').replace('\r\n', '\n').split('\n')
        fl = [fold(l) for l in lines]
        prop = load_output(OUT/(name+'.json')) or []
        exp = [e['starts_with'] for e in gold['agreements']]
        done = matched(exp, prop)
        head, runs = structure(lines)
        kept_lines = set(i for i in (locate(fl, p.get('text','')[:60]) for p in prop) if i is not None)
        docs[doc] = dict(lines=lines, fl=fl, exp=exp, done=done, head=head, runs=runs, kept=kept_lines,
                         lang=gold.get('lang'), prop=prop, md=tp.suffix == '.md')
# 1. the misses by misses.py's reason, list items or not, headings
reason = {}
for line in open(sys.argv[3], encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if len(c) >= 3 and '/' in c[0]: reason[(c[0], c[2])] = c[1].split(' ')[0]
kinds = Counter(); heads = Counter(); hwords = Counter(); bylang = Counter()
miss_list = []
for doc, d in docs.items():
    for k, s in enumerate(d['exp']):
        if k in d['done']: continue
        r = reason.get((doc, s), '?')
        i = locate(d['fl'], s)
        isl = i is not None and d['runs'][i] >= 0
        kinds[(r, 'list' if isl else ('para' if i is not None else 'unlocated'))] += 1
        if r == 'prose' and isl:
            bylang[d['lang']] += 1
            h = d['head'][i]; heads[h[:40] or '(none)'] += 1
            for w in set(re.findall(r'[a-z]{3,}', fold(h))): hwords[w] += 1
            miss_list.append((doc, i))
print('misses by reason and line:'); [print(f'  {v:5d} {k}') for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])]
print('prose misses on list lines by lang', dict(bylang))
print('headings:', heads.most_common(40))
print('heading words:', hwords.most_common(60))
# 2. the prose candidates that open a list item: would proposing them gain (fits an expected item the output misses)?
names, cdocs, models, X, words, texts = load(FEAT)
ix = {n: i for i, n in enumerate(names)}
rows = []
claimed = defaultdict(set)
for j in range(len(cdocs)):
    doc = cdocs[j]
    if doc not in docs or models[j] != 'prose.' or not X[j, ix['where.prose']] or not X[j, ix['ctx.opens_line']]: continue
    d = docs[doc]
    i = locate(d['fl'], texts[j][:60])
    if i is None or d['runs'][i] < 0: continue
    fl = fold(texts[j])
    fit = [k for k, s in enumerate(d['exp']) if fits(fl, s)]
    gain = next((k for k in fit if k not in d['done'] and k not in claimed[doc]), None)
    if gain is not None: claimed[doc].add(gain)
    lab = 'gain' if gain is not None else ('dup' if fit else 'fp')
    run = d['runs'][i]
    members = [m for m, r in enumerate(d['runs']) if r == run]
    sib = any(m in d['kept'] for m in members if m != i)
    rows.append(dict(doc=doc, j=j, line=i, lab=lab, sib=sib, nmem=len(members), dkept=len(d['prop']),
                     lang=d['lang'], md=d['md'], text=texts[j], head=d['head'][i], x=X[j]))
print('\nprose list-line candidates:', len(rows), Counter(r['lab'] for r in rows))
def show(name, f):
    sel = [r for r in rows if f(r)]
    c = Counter(r['lab'] for r in sel)
    n = len(sel); g = c['gain']
    print(f'  {name:55s} n={n:5d} gain={g:4d} fp={c["fp"]:5d} dup={c["dup"]:4d} prec={g/max(1,n):.2f}')
F = lambda n: (lambda r: r['x'][ix[n]] > 0)
show('all', lambda r: True)
show('sibling in same list kept', lambda r: r['sib'])
show('no sibling kept', lambda r: not r['sib'])
show('doc has no output item', lambda r: r['dkept'] == 0)
for n in ['lex.instruction', 'lex.task', 'lex.date', 'lex.acting', 'lex.name_colon', 'lex.decision', 'lex.passive', 'lex.named_dated', 'lex.speaker', 'lex.reported', 'question', 'states', 'ctx.action_list', 'ctx.short_list', 'ctx.list_after_text', 'lex.subject_will', 'doc.no_items', 'ctx.heading_never']:
    show(n, F(n)); show(n + ' & sib', lambda r, n=n: r['sib'] and r['x'][ix[n]] > 0)
for lang in ['en', 'es', 'fr', 'pt']:
    show('lang ' + lang, lambda r, l=lang: r['lang'] == l); show('lang ' + lang + ' & sib', lambda r, l=lang: r['lang'] == l and r['sib'])
    show('lang ' + lang + ' & instr', lambda r, l=lang: r['lang'] == l and r['x'][ix['lex.instruction']] > 0)
print()
for r in rows:
    d = docs[r['doc']]; run = d['runs'][r['line']]
    members = [m for m, rr in enumerate(d['runs']) if rr == run and m != r['line']]
    r['share'] = sum(m in d['kept'] for m in members) / max(1, len(members))
    r['nsib'] = len(members)
for lo, hi in [(0, 0.001), (0.001, 0.25), (0.25, 0.5), (0.5, 0.75), (0.75, 1.01)]:
    show(f'share [{lo},{hi})', lambda r: lo <= r['share'] < hi)
    show(f'share [{lo},{hi}) & form(instr|task|date|decision)', lambda r: lo <= r['share'] < hi and any(r['x'][ix[n]] > 0 for n in ['lex.instruction','lex.task','lex.date','lex.decision']))
    show(f'share [{lo},{hi}) & no form', lambda r: lo <= r['share'] < hi and not any(r['x'][ix[n]] > 0 for n in ['lex.instruction','lex.task','lex.date','lex.decision']))
FORM = ['lex.instruction','lex.task','lex.date','lex.decision']
print()
show('md', lambda r: r['md']); show('txt', lambda r: not r['md'])
show('md & share>=.25 & form', lambda r: r['md'] and r['share'] >= .25 and any(r['x'][ix[n]] > 0 for n in FORM))
show('txt & share>=.25 & form', lambda r: not r['md'] and r['share'] >= .25 and any(r['x'][ix[n]] > 0 for n in FORM))
print()
base = lambda r: r['share'] >= .25 and any(r['x'][ix[n]] > 0 for n in FORM)
show('base', base)
for neg in ['question', 'lex.reported', 'lex.name_colon', 'lex.speaker', 'link_heavy', 'short', 'long', 'colon_end', 'lex.capitalised', 'lex.acting']:
    show(' with ' + neg, lambda r, n=neg: base(r) and r['x'][ix[n]] > 0)
show('without q,rep', lambda r: base(r) and not r['x'][ix['question']] and not r['x'][ix['lex.reported']] and '?' not in r['text'])
print()
# list form share: a member acts when kept by the engine or its candidate has an action form
form_at = defaultdict(dict)
for r in rows:
    form_at[r['doc']][r['line']] = any(r['x'][ix[n]] > 0 for n in FORM)
for r in rows:
    d = docs[r['doc']]; run = d['runs'][r['line']]
    members = [m for m, rr in enumerate(d['runs']) if rr == run and m != r['line']]
    acts = sum(1 for m in members if m in d['kept'] or form_at[r['doc']].get(m, False))
    r['fshare'] = acts / max(1, len(members))
    r['unmist'] = sum(1 for p in d['prop'] if p.get('responsible') or p.get('dates'))
own = lambda r: any(r['x'][ix[n]] > 0 for n in FORM)
for lo in [0.25, 0.5, 0.75]:
    show(f'fshare>={lo} & own form', lambda r: r['fshare'] >= lo and own(r) and r['nsib'] >= 2)
    show(f'fshare>={lo} & own form & share>0', lambda r: r['fshare'] >= lo and own(r) and r['nsib'] >= 2 and r['share'] > 0)
for lo in [0, 1, 3, 5]:
    show(f'unmist>={lo} & own form', lambda r: r['unmist'] >= lo and own(r))
    show(f'unmist>={lo} & own form & share>=.25', lambda r: r['unmist'] >= lo and own(r) and r['share'] >= .25)
