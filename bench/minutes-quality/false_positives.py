"""
The false positives of the structure readers on the development parts (misses.py --false-positives).

A false positive is a structure item (a candidate of the "" model, which keeps them all) that matches no expected
agreement when only the structure items are kept, matched one-to-one in document order as score.py and
fit_scoring.py's leave-one-batch-out count them. Each is listed with its batch, document, where the structure found it
(the where.* feature set to 1), the nearest heading above it in the text (a Markdown heading, a bold line, a line in
capitals or a short line ending in a colon), its shape, and its first words; then the counts per where.*, per shape and
per heading kind, each by batch. The shapes are heuristics in es/en/pt/fr, tried in the order of SHAPES, the first that
fits wins; "duplicate" is a candidate that fits an expected agreement another item matched first, "boundary" one
that holds the first words of an expected agreement left unmatched, or whose first words an expected one holds (cut
elsewhere than the gold item, or starting more than 120 characters before it).
"""
import re
from collections import Counter

from fit_scoring import CORPUS, DEVELOPMENT, FROZEN, fitting, gold_starts, labels, load
from score import fold

AGENDA_HEADING = re.compile(r"\b(agenda|orden del dia|ordem do dia|ordre du jour|pauta|topics|temas a tratar)\b")
SHAPES = (
    ("agenda line", re.compile(r"(si procede|ruegos y preguntas|lectura y aprobacion|approval of the agenda"
                               r"|aprovacao da pauta|approbation de l.ordre du jour|orden del dia|ordem do dia"
                               r"|ordre du jour|^(examen|estudio|presentacion|informe|lectura) (y|de)\b)")),
    ("approval of the minutes", re.compile(r"((aprob|aprova|approv|adopt|pass)\w*\W+(\w+\W+){0,6}"
                                           r"(acta|atas?|minutes|proces-verbal|compte[- ]rendu)"
                                           r"|(acta|atas?|minutes|proces-verbal)\W+(\w+\W+){0,12}"
                                           r"(aprob|aprova|approv|adopt|pass)\w*)")),
    ("vote or second", re.compile(r"^(seconded|motion (carried|passed)|\w+ (\w+ )?seconded|secundad|apoyad"
                                  r"|appuye|aprovad[oa] por unanimidade|aprobad[oa] por unanimidad)")),
    ("attendance", re.compile(r"\b(present(e|es|s)?|attendees|asistentes|participants|procuration|ausentes"
                              r"|apologies|excusad)\b\W*:")),
    ("field or label", re.compile(r"^[\w .'-]{0,40}:$|^(responsavel|responsable|prazo|plazo|owner|due|echeance"
                                  r"|deadline|quien|who)\s*:")),
    ("preamble or frame", re.compile(r"(^acta de la|^meeting minutes|se celebra|having (examined|considered)"
                                     r"|^considerando|^tendo em conta|^vu |est presidee|se levanta la sesion"
                                     r"|concluyo a las|meeting adjourned|encerrad[oa] a sessao|^see:|general public"
                                     r" license)")),
    ("table row, not a task", re.compile(r"\|")),
    ("question or hedge", re.compile(r"(\?|\b(maybe|probably|perhaps|i think|feel like|not sure|could|quizas"
                                     r"|tal vez|talvez|peut-etre|pourrait)\b)")),
    ("information or report", re.compile(r"\b(inform\w*|present\w*|apresent\w*|explic\w*|explain\w*|comenta\w*"
                                         r"|report\w*|relat\w*|rappel\w*|discut\w*|discuss\w*|bilan|situacion"
                                         r"|situation|estado de|there (is|are|was|were)|hay|ha habido)\b")),
    ("obligation or advice", re.compile(r"\b(should|must|need to|have to|has to|deber\w*|deve\w*|doit|doivent"
                                        r"|devons|devra\w*|il faut|il faudra|hay que|tenemos que|temos que)\b")),
)


def heading_above(lines, text):
    """The nearest line above the candidate's first line that reads as a heading, folded ('' when none)."""
    key = fold(text)[:40]
    at = next((i for i, line in enumerate(lines) if key and key in fold(line)), None)
    if at is None:
        return "?"
    for line in reversed(lines[:at]):
        s = line.strip()
        plain = s.strip("*_# ").strip()
        if (s.startswith("#") or (s.startswith("**") and s.endswith("**") and len(s) < 100)
                or (len(plain) < 80 and plain.endswith(":") and not plain.startswith(("-", "*")))
                or (6 < len(plain) < 80 and plain.upper() == plain and re.search(r"[A-Z]{3}", plain))):
            return fold(plain)[:60]
    return ""


def heading_kind(heading):
    if heading == "?":
        return "not found in the text"
    if not heading:
        return "no heading above"
    if AGENDA_HEADING.search(heading):
        return "agenda heading"
    return "other heading"


def shape(text, where, duplicate, short, unmatched):
    folded = fold(text)
    if duplicate:
        return "duplicate"
    if any(fold(e)[:30] in folded or folded[:30] in fold(e) for e in unmatched):
        return "boundary"
    for name, pattern in SHAPES:
        if pattern.search(folded):
            return name
    if short or len(folded) < 60 and not re.search(r"[.!]$", folded):
        return "title or short line"
    return "other (decision-like wording, no cue of a false positive)"


def table(title, rows, batches):
    """Counts of rows (group, batch) per group, with a column per batch."""
    order = [b for b in sorted(set(batches)) if any(r[1] == b for r in rows)]
    counts = Counter(rows)
    totals = Counter(g for g, _ in rows)
    print(f"\n| {title} | " + " | ".join(order) + " | all |")
    print("| --- | " + " | ".join("---" for _ in order) + " | --- |")
    for g, n in totals.most_common():
        print(f"| {g} | " + " | ".join(str(counts.get((g, b), "")) for b in order) + f" | {n} |")
    print("| **all** | " + " | ".join(str(sum(counts[(g, b)] for g in totals)) for b in order) + f" | {len(rows)} |")


def report(features, parts):
    names, docs, groups, X, _, texts = load(features)
    starts, batches, _ = gold_starts()
    keep = [i for i in range(len(docs)) if groups[i] == "" and docs[i].split("/")[0] in parts]
    docs, X, texts = docs[keep], X[keep], [texts[i] for i in keep]
    fit_lists = fitting(docs, texts, starts)
    y = labels(docs, fit_lists)
    where = [j for j, n in enumerate(names) if n.startswith("where.")]
    short = names.index("short")
    lines_of = {}
    matched = {}
    for i in range(len(docs)):
        if y[i]:
            matched.setdefault(docs[i], set()).add(next(e for e in fit_lists[i] if e not in matched.get(docs[i], ())))
    by_where, by_shape, by_heading = [], [], []
    for i in range(len(docs)):
        if y[i]:
            continue
        part, name = docs[i].split("/")
        assert part in DEVELOPMENT and part not in FROZEN, part + " is not a development part"
        if docs[i] not in lines_of:
            text = next(p for p in (CORPUS / part).glob(name + ".*") if not p.name.endswith(".gold.json"))
            lines_of[docs[i]] = text.read_text(encoding="utf-8").splitlines()
        w = "+".join(names[j] for j in where if X[i, j] == 1) or "none"
        heading = heading_above(lines_of[docs[i]], texts[i])
        unmatched = [e for k, e in enumerate(starts[docs[i]]) if k not in matched.get(docs[i], set())]
        s = shape(texts[i], w, bool(fit_lists[i]), X[i, short] == 1, unmatched)
        batch = batches[docs[i]]
        by_where.append((w, batch))
        by_shape.append((s, batch))
        by_heading.append((heading_kind(heading), batch))
        print(f"{batch}\t{docs[i]}\t{w}\t{s}\t[{heading}]\t{texts[i][:140]}")
    print(f"\nfalse positives: {len(by_where)} of {len(docs)} structure items")
    all_batches = list(batches.values())
    table("where the structure found it", by_where, all_batches)
    table("shape", by_shape, all_batches)
    table("heading above", by_heading, all_batches)
