"""The wire variety set (tests/data/events_variety_wire.jsonl): sentences written for this
project in 1987 wire-service style (title-only officials, "X said its forces ...", war reports,
talks with creditors, trade disputes, upper-case headline lines), coded by the
conventions (shared/data/events/WIKINEWS_EVENTS.md). Batches 1-2 were written before the wire rules,
batch 3 after them (scored once before its two fixes: see docs/evaluation/events-wire.md).

`python tests/test_events_wire_variety.py` prints the score and every miss."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

VARIETY = Path(__file__).parent / "data" / "events_variety_wire.jsonl"


def load_variety(path: Path = VARIETY) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def code_record(rec: dict) -> set[tuple[str, str, str]]:
    """The triples the pipeline codes in the record's sentence (its context sentence, if any,
    is read first but its events are not counted)."""
    from dateline.api import load_pipeline
    from dateline.eval.events import _event_triples
    from dateline.model import Article, Source

    lead = rec.get("context", "")
    text = f"{lead} {rec['text']}" if lead else rec["text"]
    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published=rec["date"]), pipe.nlp(text))
    start = len(lead) + 1 if lead else 0
    return _event_triples([e for e in art.events if (e.trigger or e.evidence).start >= start])


def score_variety(records: list[dict]) -> tuple[dict, list[tuple[dict, set, set]]]:
    from dateline.eval.events import _gold_triples, score

    pairs, rows = [], []
    for rec in records:
        pred, gold = code_record(rec), _gold_triples(rec)
        pairs.append((pred, gold))
        rows.append((rec, pred, gold))
    return score(pairs), rows


def test_the_variety_set_is_well_formed():
    from dateline.events.codebook import is_code

    records = load_variety()
    assert len(records) >= 30
    for rec in records:
        assert rec["noevents"] == (not rec["events"])
        for ev in rec["events"]:
            assert is_code(ev["event_code"]), ev


@pytest.mark.slow
def test_the_variety_set_scores_at_its_measured_level():
    scores, _ = score_variety(load_variety())
    # measured in docs/evaluation/events-coop.md; a margin for parser noise
    assert scores["exact"]["f1"] >= 0.70
    assert scores["exact"]["precision"] >= 0.80


def test_a_slice_of_the_variety_set_is_coded():
    # every fifth record: fast enough for the default suite
    scores, _ = score_variety(load_variety()[::5])
    assert scores["exact"]["f1"] >= 0.6


if __name__ == "__main__":
    batch = int(sys.argv[1]) if len(sys.argv) > 1 else None  # 1: written first, 2: headline lines, 3: written after the rules
    result, rows = score_variety([r for r in load_variety() if batch is None or r.get("batch") == batch])
    for rec, pred, gold in rows:
        if pred != gold:
            print("MISS" if gold - pred else "XTRA", rec["text"][:110])
            print("    gold", sorted(gold), "\n    pred", sorted(pred))
    for level in ("exact", "country", "root"):
        s = result[level]
        print(level, {k: round(v, 3) if isinstance(v, float) else v for k, v in s.items()}, file=sys.stderr)
