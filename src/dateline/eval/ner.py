"""`dateline eval ner`: entity-level P/R/F1 on CoNLL-2003 (train and dev), raw model vs ours.

Each CoNLL document becomes one text: tokens joined by single spaces, sentences separated
by a blank line (a paragraph each, as in a cleaned article), so the model and our
corrections see whole documents. Predicted character spans are mapped back onto the gold
tokens they cover, then compared as exact (first token, last token, type) triples.

spaCy (OntoNotes) labels map to CoNLL types as follows; the rest (dates, numbers, money...)
are not CoNLL entities and are dropped:

    PERSON -> PER      ORG -> ORG      GPE, LOC, FAC -> LOC
    NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE -> MISC
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

LABEL_MAP = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")
SPLITS = {"train": "conll2003_train.txt", "dev": "conll2003_dev.txt"}


@dataclass
class GoldDoc:
    """One CoNLL document as text, with each gold token's char span and the gold entities."""

    text: str
    token_spans: list[tuple[int, int]]
    entities: set[tuple[int, int, str]]  # (first token, last token + 1, type)


def read_conll(path: Path) -> Iterator[list[list[tuple[str, str]]]]:
    """Documents as lists of sentences of (token, IOB2 tag)."""
    doc: list[list[tuple[str, str]]] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if sent:
                doc.append(sent)
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                yield doc
            doc = []
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def build_gold(sentences: list[list[tuple[str, str]]]) -> GoldDoc:
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    tags: list[str] = []
    pos = 0
    for s_i, sent in enumerate(sentences):
        if s_i:
            pieces.append("\n\n")
            pos += 2
        for t_i, (tok, tag) in enumerate(sent):
            if t_i:
                pieces.append(" ")
                pos += 1
            pieces.append(tok)
            spans.append((pos, pos + len(tok)))
            tags.append(tag)
            pos += len(tok)
    return GoldDoc("".join(pieces), spans, _iob_entities(tags))


def _iob_entities(tags: list[str]) -> set[tuple[int, int, str]]:
    ents, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and kind == tag[2:]:
            continue
        if start is not None:
            ents.add((start, i, kind))
            start = kind = None
        if tag[:2] in ("B-", "I-"):  # an I- without its B- opens an entity too
            start, kind = i, tag[2:]
    return ents


def to_tokens(gold: GoldDoc, char_spans: list[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Predicted (start char, end char, spaCy label) -> gold token triples, mapped labels."""
    out = set()
    for start, end, label in char_spans:
        kind = LABEL_MAP.get(label)
        if kind is None:
            continue
        covered = [i for i, (a, b) in enumerate(gold.token_spans) if a < end and b > start]
        if covered:
            out.add((covered[0], covered[-1] + 1, kind))
    return out


def _score(tp: Counter, fp: Counter, fn: Counter) -> dict[str, Any]:
    def prf(t: int, p: int, n: int) -> dict[str, float]:
        prec = t / (t + p) if t + p else 0.0
        rec = t / (t + n) if t + n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": round(100 * prec, 2), "recall": round(100 * rec, 2), "f1": round(100 * f1, 2), "support": t + n}

    out = {k: prf(tp[k], fp[k], fn[k]) for k in TYPES}
    out["overall"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def _count(gold: set, pred: set, tp: Counter, fp: Counter, fn: Counter) -> None:
    for e in pred & gold:
        tp[e[2]] += 1
    for e in pred - gold:
        fp[e[2]] += 1
    for e in gold - pred:
        fn[e[2]] += 1


def evaluate_split(path: Path, limit: int | None = None) -> dict[str, Any]:
    """Score the raw model and the corrected entities on one CoNLL file (first `limit` docs)."""
    from dateline.resolve.ner_fixes import corrected_entities
    from dateline.nlp import load_nlp

    nlp = load_nlp()
    golds = []
    for n, sents in enumerate(read_conll(path)):
        if limit is not None and n >= limit:
            break
        golds.append(build_gold(sents))
    counts = {name: (Counter(), Counter(), Counter()) for name in ("raw", "dateline")}
    for gold, doc in zip(golds, nlp.pipe([g.text for g in golds], batch_size=16)):
        raw = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        ours = [(doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1]), s.label) for s in corrected_entities(doc, nlp)]
        _count(gold.entities, to_tokens(gold, raw), *counts["raw"])
        _count(gold.entities, to_tokens(gold, ours), *counts["dateline"])
    return {"documents": len(golds), **{name: _score(*c) for name, c in counts.items()}}


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, Any]:
    """Both splits of ../shared/data/ner; `limit` caps the documents read from each."""
    folder = Path(data_dir) / "ner"
    return {"task": "ner", "limit": limit, "label_map": LABEL_MAP,
            "splits": {name: evaluate_split(folder / fname, limit) for name, fname in SPLITS.items()}}


def format_report(result: dict[str, Any]) -> str:
    lines = ["NER on CoNLL-2003 (entity-level, exact span and type)", ""]
    for split, res in result["splits"].items():
        lines.append(f"{split}: {res['documents']} documents")
        lines.append(f"  {'type':8} {'raw P':>7} {'raw R':>7} {'raw F1':>7}   {'P':>7} {'R':>7} {'F1':>7}  support")
        for kind in (*TYPES, "overall"):
            r, d = res["raw"][kind], res["dateline"][kind]
            lines.append(
                f"  {kind:8} {r['precision']:7.2f} {r['recall']:7.2f} {r['f1']:7.2f}   "
                f"{d['precision']:7.2f} {d['recall']:7.2f} {d['f1']:7.2f}  {d['support']}"
            )
        lines.append("")
    return "\n".join(lines)
