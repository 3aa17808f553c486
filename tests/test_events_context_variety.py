"""The discourse-context variety set (tests/data/events_variety_context.jsonl), written by us.

Each record is a short article: `context` (what a reader has read before) and `text` (the
sentence scored). The scored sentence's source or target is not a name in it: a first person
inside a quotation, a pronoun or definite description ("the accused", "the party", "the
first"), or an earlier act named by a noun ("called the stabbing ...", "criticised the move").
Records were coded by the Wikinews conventions before the coder was changed for them; some
have no event (precision checks). Only events whose trigger lies in `text` are scored.

Run `PYTHONPATH=src python tests/test_events_context_variety.py` for the figures and misses.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

VARIETY = Path(__file__).parent / "data" / "events_variety_context.jsonl"
# a second batch, written after the first batch's rules were made and scored once before any
# rule was made from it (docs/evaluation/events-context.md)
VARIETY_B = Path(__file__).parent / "data" / "events_variety_context_b.jsonl"


def load(path: Path = VARIETY) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(records: list[dict[str, Any]]) -> tuple[dict[str, Any], list[tuple[str, set, set]]]:
    from dateline.api import load_pipeline
    from dateline.eval.events import score
    from dateline.model import Article, Source

    pipe = load_pipeline()
    pairs, rows = [], []
    for rec in records:
        text = rec["context"] + " " + rec["text"]
        start = len(rec["context"]) + 1
        art = Article(text=text, source=Source("text"), published=rec.get("date", "2021-06-15"))
        art = pipe.annotate(art, pipe.nlp(art.text))
        pred = {(e.source.code, e.code, e.target.code) for e in art.events
                if (e.trigger or e.evidence).start >= start}
        gold = {tuple(t) for t in rec["events"]}
        pairs.append((pred, gold))
        rows.append((rec["id"], pred, gold))
    return score(pairs), rows


def test_variety_set_is_well_formed():
    from dateline.events.codebook import is_code

    records = load() + load(VARIETY_B)
    assert len(records) >= 50
    assert len({r["id"] for r in records}) == len(records)
    assert sum(1 for r in records if not r["events"]) >= 5  # precision checks
    for rec in records:
        assert rec["context"] and rec["text"]
        for src, code, tgt in rec["events"]:
            assert is_code(code), (rec["id"], code)
            assert src and tgt


def test_variety_set_scores_at_its_measured_level():
    # measured in docs/evaluation/events-context.md; a margin for parser noise
    scores, _ = run(load())
    assert scores["exact"]["f1"] >= FLOOR_F1
    assert scores["exact"]["precision"] >= FLOOR_P


FLOOR_F1 = 0.70  # measured 0.786 (P 0.786) after the rules (merged tree); 0.381 before
FLOOR_P = 0.70


def test_second_variety_batch_scores_at_its_measured_level():
    # measured 0.811 exact (P 0.938) before any rule was made from it; a margin for parser noise
    scores, _ = run(load(VARIETY_B))
    assert scores["exact"]["f1"] >= 0.70
    assert scores["exact"]["precision"] >= 0.80


if __name__ == "__main__":
    import sys

    s, details = run(load(VARIETY_B if sys.argv[1:] == ["b"] else VARIETY))
    for level, v in s.items():
        print(level, v)
    for id_, pred, gold in details:
        if pred != gold:
            print(id_, "missed:", sorted(gold - pred), "fp:", sorted(pred - gold), "ok:", sorted(pred & gold))
