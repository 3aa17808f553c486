"""The actor-code variety set (tests/data/events_variety_actors.jsonl), written by us.

Short news sentences in which the event is easy and the actor code is the point: private
persons named by a role noun (gunman, assailant, inmates -> CVL), police words (law enforcement,
troopers, agents -> COP), rioters/marchers (OPP), congressional party groups (LEG), media and
charity names (MED, NGO), campaigns (the candidate's code), persons introduced by a title of a
named organisation, unplaced police/courts/officials (the article's country), sub-national
police and courts (the region's country) and nationality adjectives of persons. The set was
written and coded by the Wikinews conventions before the actor rules of round 5 were made;
all roots are scored, so a wrong extra event counts against the set too.

Run `PYTHONPATH=src python tests/test_actors7_variety.py` for the figures and the misses.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

VARIETY = Path(__file__).parent / "data" / "events_variety_actors.jsonl"
# second batch, written after the first batch's rules and scored once before any rule was made
# from it (0.833 exact; docs/evaluation/events-actors.md)
VARIETY_B = Path(__file__).parent / "data" / "events_variety_actors_b.jsonl"


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
        art = Article(text=rec["text"], source=Source("text"), published=rec["date"])
        art = pipe.annotate(art, pipe.nlp(art.text))
        pred = {(e.source.code, e.code, e.target.code) for e in art.events if e.target.code}
        gold = {tuple(t) for t in rec["events"]}
        pairs.append((pred, gold))
        rows.append((rec["id"], pred, gold))
    return score(pairs), rows


def test_variety_set_is_well_formed():
    from dateline.events.codebook import is_code

    records = load() + load(VARIETY_B)
    assert len(records) >= 50
    assert len({r["id"] for r in records}) == len(records)
    for rec in records:
        assert rec["noevents"] == (not rec["events"]), rec["id"]
        for src, code, tgt in rec["events"]:
            assert is_code(code), (rec["id"], code)
            assert src and tgt and len(src) >= 3 and len(tgt) >= 3


def test_variety_set_scores_at_its_measured_level():
    # measured in docs/evaluation/events-actors.md; a margin for parser noise
    scores, _ = run(load())
    assert scores["exact"]["f1"] >= MIN_EXACT
    assert scores["country"]["f1"] >= MIN_COUNTRY
    assert scores["exact"]["precision"] >= MIN_PRECISION


def test_second_batch_scores_at_its_measured_level():
    scores, _ = run(load(VARIETY_B))
    assert scores["exact"]["f1"] >= 0.75  # measured 0.833 (P 0.833)
    assert scores["exact"]["precision"] >= 0.75


MIN_EXACT = 0.72  # measured 0.812 (main before round 5: 0.515)
MIN_COUNTRY = 0.72  # measured 0.812 (before: 0.636)
MIN_PRECISION = 0.70  # measured 0.778 (before: 0.515)


if __name__ == "__main__":
    import sys

    s, details = run(load(Path(sys.argv[1]) if len(sys.argv) > 1 else VARIETY))
    for level, v in s.items():
        print(f"{level:8s} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}  tp {v['tp']} fp {v['fp']} fn {v['fn']}")
    for rid, pred, gold in details:
        if pred != gold:
            print(rid, "missed", sorted(gold - pred), "wrong", sorted(pred - gold))
