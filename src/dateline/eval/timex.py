"""`dateline eval timex`: TempEval-3 task A on the TimeBank + AQUAINT gold (TBAQ-cleaned).

Metrics follow the official TempEval-3 scorer: extent precision/recall/F1, strict (same
span) and relaxed (any overlap, one-to-one); type and value accuracy over the relaxed
matches; type and value F1 = accuracy x relaxed F1. Each document is valued against its
own document creation time (the DCT), as the gold was.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError

SUBCORPORA = {"TimeBank": "tbaq-timebank.jsonl", "AQUAINT": "tbaq-aquaint.jsonl"}


@dataclass
class Tally:
    """Counts that add up across documents and sub-corpora."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    #: relaxed matches whose TIMEX3 mod agrees (both absent counts): not part of TE3's
    #: official figures, reported beside them
    mod_ok: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for k in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok", "mod_ok"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def figures(self) -> dict[str, float | int]:
        def prf(hit: int) -> tuple[float, float, float]:
            p = hit / self.system if self.system else 0.0
            r = hit / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        mod_acc = self.mod_ok / self.relaxed if self.relaxed else 0.0
        return {
            "gold": self.gold, "system": self.system,
            "strict_p": 100 * sp, "strict_r": 100 * sr, "strict_f1": 100 * sf,
            "relaxed_p": 100 * rp, "relaxed_r": 100 * rr, "relaxed_f1": 100 * rf,
            "type_accuracy": 100 * type_acc, "value_accuracy": 100 * value_acc,
            "type_f1": 100 * type_acc * rf, "value_f1": 100 * value_acc * rf,
            "mod_accuracy": 100 * mod_acc,
        }


def score_document(gold: list[dict[str, Any]], system: list[Any]) -> Tally:
    """One-to-one matching: each system timex takes the unmatched gold timex it overlaps most."""
    t = Tally(gold=len(gold), system=len(system))
    used: set[int] = set()
    for sx in system:
        best, best_overlap = None, 0
        for i, gx in enumerate(gold):
            overlap = min(sx.end, gx["end"]) - max(sx.start, gx["start"])
            if i not in used and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            t.errors.append({"kind": "spurious", "text": sx.text, "value": sx.value})
            continue
        used.add(best)
        gx = gold[best]
        t.relaxed += 1
        t.strict += (sx.start, sx.end) == (gx["start"], gx["end"])
        t.type_ok += sx.type == gx["type"]
        t.value_ok += sx.value == gx["value"]
        t.mod_ok += (getattr(sx, "mod", None) or None) == (gx.get("mod") or None)
        if sx.value != gx["value"] or (sx.start, sx.end) != (gx["start"], gx["end"]):
            t.errors.append({"kind": "mismatch", "text": sx.text, "value": sx.value,
                             "gold_text": gx["text"], "gold_value": gx["value"]})
    for i, gx in enumerate(gold):
        if i not in used:
            t.errors.append({"kind": "missed", "gold_text": gx["text"], "gold_value": gx["value"]})
    return t


def load_gold(data_dir: Path, subcorpus: str, limit: int | None = None) -> list[dict[str, Any]]:
    path = Path(data_dir) / "timex" / SUBCORPORA[subcorpus]
    if not path.is_file():
        raise ConfigError(f"timex gold not found at {path}: pass --data pointing at the shared data root")
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return docs[:limit] if limit is not None else docs


Annotator = Callable[[Iterable[dict[str, Any]]], Iterator[list[Any]]]


def dateline_annotator(docs: Iterable[dict[str, Any]]) -> Iterator[list[Any]]:
    """Our resolver over the spaCy parse of each gold text (one parse, as in the pipeline)."""
    from dateline.nlp import load_nlp
    from dateline.resolve.time import annotate_text

    docs = list(docs)
    for gold, doc in zip(docs, load_nlp().pipe(d["text"] for d in docs)):
        yield annotate_text(gold["text"], gold["dct"], doc)


def evaluate(data_dir: Path, limit: int | None = None, annotator: Annotator | None = None) -> dict[str, Any]:
    """Score every sub-corpus (the first `limit` documents of each) and the total."""
    annotator = annotator or dateline_annotator
    total = Tally()
    result: dict[str, Any] = {"task": "timex", "subcorpora": {}}
    for name in SUBCORPORA:
        docs = load_gold(data_dir, name, limit)
        sub = Tally()
        for gold, system in zip(docs, annotator(docs)):
            sub.add(score_document(gold["timexes"], system))
        result["subcorpora"][name] = {"documents": len(docs), **sub.figures()}
        total.add(sub)
    result["overall"] = total.figures()
    return result


def format_report(result: dict[str, Any]) -> str:
    cols = [("strict_f1", "strict F1"), ("relaxed_p", "rel P"), ("relaxed_r", "rel R"),
            ("relaxed_f1", "rel F1"), ("type_accuracy", "type acc"), ("value_accuracy", "value acc"),
            ("value_f1", "value F1"), ("mod_accuracy", "mod acc")]
    head = f"{'set':<10} {'gold':>5} {'sys':>5} " + " ".join(f"{c[1]:>9}" for c in cols)
    rows = [head, "-" * len(head)]
    items = [*result["subcorpora"].items(), ("overall", result["overall"])]
    for name, fig in items:
        rows.append(f"{name:<10} {fig['gold']:>5} {fig['system']:>5} " + " ".join(f"{fig[c]:>9.1f}" for c, _ in cols))
    return "\n".join(rows)


# -- the baseline the brief compares against ---------------------------------------

def spacy_baseline_annotator(docs: Iterable[dict[str, Any]]) -> Iterator[list[Any]]:
    """spaCy's DATE/TIME entities, valued by dateparser against the DCT when it is
    installed (the `baseline` extra), else by a naive rule (a bare year is itself, anything
    else is left without a value). Kept to measure what our rules add."""
    from dateline.model import Timex
    from dateline.nlp import load_nlp

    docs = list(docs)
    for gold, doc in zip(docs, load_nlp().pipe(d["text"] for d in docs)):
        out = []
        for ent in doc.ents:
            if ent.label_ in ("DATE", "TIME"):
                out.append(Timex(ent.start_char, ent.end_char, ent.text, ent.label_,
                                 _baseline_value(ent.text, ent.label_, gold["dct"])))
        yield out


def _baseline_value(text: str, label: str, dct: str) -> str | None:
    import datetime as dt
    import re

    if re.fullmatch(r"(?:1[0-9]|20)\d\d", text.strip()):
        return text.strip()
    try:
        import dateparser
    except ImportError:
        return None
    base = dt.datetime.fromisoformat(dct[:10])
    when = dateparser.parse(text, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    if when is None:
        return None
    if label == "TIME":
        return when.strftime("%Y-%m-%dT%H:%M")
    return _at_granularity(text.lower(), when.date())


_DAYISH = ("day", "yesterday", "today", "tomorrow", "tonight")


def _at_granularity(text: str, day: Any) -> str:
    """dateparser returns a full date even for "last year"; write it at the granularity the
    words name, so the baseline is not penalised for a format."""
    import re

    if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", text) or any(w in text for w in _DAYISH):
        return day.isoformat()
    if "week" in text:
        y, w, _ = day.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if "month" in text or re.search(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", text):
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def main(argv: list[str] | None = None) -> None:
    """`python -m dateline.eval.timex [--baseline] [--limit N] [DATA_DIR]`."""
    import argparse

    from dateline.eval import default_data_dir

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--baseline", action="store_true", help="score spaCy DATE/TIME entities + dateparser instead")
    args = ap.parse_args(argv)
    annotator = spacy_baseline_annotator if args.baseline else None
    print(format_report(evaluate(args.data or default_data_dir(), args.limit, annotator)))


if __name__ == "__main__":  # pragma: no cover
    main()
