"""Shared runner for the event variety sets (tests/data/events_variety_*.jsonl): sentences we
wrote, each coded by the Wikinews conventions before the rules for it were made.

A record is {id?, text, date?, events, noevents?, context?, batch?}; `events` holds gold triples as
{source_actor, event_code, target_actor} objects or [source, code, target] lists. With a
`context`, that text is read first (a reader's earlier sentences) and only events whose trigger
lies in `text` are scored. Each set's test module pins its own floors; this module only codes
and scores, so that every set is measured the same way.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DEFAULT_DATE = "2021-06-15"


def load_variety(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_triples(rec: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(e["source_actor"], e["event_code"], e["target_actor"]) if isinstance(e, dict) else tuple(e)
            for e in rec["events"]}


def annotated(text: str, date: str) -> tuple[Any, Any]:
    """(article, doc) for a text of its own run through the whole pipeline: rule tests that look
    at the resolver's answer for one token need the Doc as well as the article."""
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    pipe = load_pipeline()
    doc = pipe.nlp(text)
    return pipe.annotate(Article(text=text, source=Source("text"), published=date), doc), doc


def resolved_codes(text: str, word: str, date: str, nth: int = 0) -> list[str]:
    """The actor codes the event coder's resolver gives the `nth` token spelled `word` of a text
    run through the whole pipeline: the actor rule tests' probe, one level below the events."""
    from dateline.events.actors import ActorContext
    from dateline.events.coder import _resolve

    art, doc = annotated(text, date)
    ctx = ActorContext.build(doc, art)
    tok = [t for t in doc if t.text == word][nth]
    return [a.code for _, a in _resolve([tok], ctx, "", tok.dep_ in ("nsubj", "nsubjpass"))]


def coded_triples(text: str, date: str) -> set[tuple[str, str, str | None]]:
    """Every event the pipeline codes in a text of its own, target-less ones included (rule tests
    check that a construction gives no event at all, not only no dyadic one)."""
    art, _ = annotated(text, date)
    return {(e.source.code, e.code, e.target.code) for e in art.events}


def wire_story(place: str, day: str, *sentences: str) -> str:
    """A wire story as the CoNLL rebuild has it: the dateline a paragraph of its own, then one
    sentence per paragraph (the shape the story-context rules read)."""
    return "\n\n".join([f"{place} {day}", *sentences])


def assert_coded(text: str, day: str, triple: tuple[str, str, str]) -> None:
    got = coded_triples(text, day)
    assert triple in got, (text, got)


def assert_not_coded(text: str, day: str, triple: tuple[str, str, str]) -> None:
    got = coded_triples(text, day)
    assert triple not in got, (text, got)


def last_paragraph_triples(text: str, date: str) -> set[tuple[str, str, str | None]]:
    """The dyadic triples whose trigger lies in a story's last paragraph: a wire story is written
    as a dateline paragraph and one sentence a paragraph, and the test is about the last one."""
    art, _ = annotated(text, date)
    start = text.rfind("\n\n") + 2
    return {(e.source.code, e.code, e.target.code) for e in art.events
            if e.target.code and (e.trigger or e.evidence).start >= start}


def code_record(rec: dict[str, Any], roots: Iterable[str] | None = None) -> set[tuple[str, str, str]]:
    """The dyadic triples the pipeline codes in the record's sentence (optionally only some roots)."""
    from dateline.api import load_pipeline
    from dateline.eval.events import _event_triples
    from dateline.model import Article, Source

    lead = rec.get("context", "")
    text = f"{lead} {rec['text']}" if lead else rec["text"]
    start = len(lead) + 1 if lead else 0
    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published=rec.get("date", DEFAULT_DATE)),
                        pipe.nlp(text))
    wanted = set(roots) if roots is not None else None
    return _event_triples([e for e in art.events if (e.trigger or e.evidence).start >= start
                           and (wanted is None or e.code[:2] in wanted)])


def score_variety(records: list[dict[str, Any]], roots: Iterable[str] | None = None
                  ) -> tuple[dict[str, Any], list[tuple[dict[str, Any], set, set]]]:
    from dateline.eval.events import score

    pairs, rows = [], []
    for rec in records:
        pred, gold = code_record(rec, roots), gold_triples(rec)
        pairs.append((pred, gold))
        rows.append((rec, pred, gold))
    return score(pairs), rows


def check_well_formed(records: list[dict[str, Any]], minimum: int, roots: Iterable[str] | None = None) -> None:
    """Enough records, unique ids, known codes (in `roots` when given), both actors present."""
    from dateline.events.codebook import is_code

    assert len(records) >= minimum
    ids = [r["id"] for r in records if "id" in r]
    assert len(set(ids)) == len(ids)
    for rec in records:
        if "noevents" in rec:
            assert rec["noevents"] == (not rec["events"]), rec.get("id", rec["text"][:40])
        for src, code, tgt in gold_triples(rec):
            assert is_code(code), (rec.get("id"), code)
            assert roots is None or code[:2] in roots, (rec.get("id"), code)
            assert src and tgt


def print_report(records: list[dict[str, Any]], roots: Iterable[str] | None = None) -> None:
    """`python tests/test_events_<area>_variety.py`: the figures, then every sentence that differs."""
    result, rows = score_variety(records, roots)
    for level, v in result.items():
        print(f"{level:8s} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}  tp {v['tp']} fp {v['fp']} fn {v['fn']}")
    for rec, pred, gold in rows:
        if pred != gold:
            print(rec.get("id", ""), rec["text"][:110], file=sys.stdout)
            print("    missed", sorted(gold - pred), "wrong", sorted(pred - gold))


def standard_tests(path: Path, minimum: int, *, step: int = 5, floor_f1: float = 0.70, floor_p: float = 0.80,
                   slice_f1: float = 0.6, slice_root: float = 0.0):
    """The three tests most variety sets share: well-formed; the whole set at its measured floor
    (slow); every `step`-th record coded (fast, default suite) at `slice_f1` exact and `slice_root`
    root F1 (sets written to be hard pin their slice's own measured level). Assign them to module
    names."""
    import pytest

    def test_the_variety_set_is_well_formed():
        check_well_formed(load_variety(path), minimum)

    @pytest.mark.slow
    def test_the_variety_set_scores_at_its_measured_level():
        scores, _ = score_variety(load_variety(path))
        assert scores["exact"]["f1"] >= floor_f1
        assert scores["exact"]["precision"] >= floor_p

    def test_a_slice_of_the_variety_set_is_coded():
        scores, _ = score_variety(load_variety(path)[::step])
        assert scores["exact"]["f1"] >= slice_f1
        assert scores["root"]["f1"] >= slice_root

    return (test_the_variety_set_is_well_formed, test_the_variety_set_scores_at_its_measured_level,
            test_a_slice_of_the_variety_set_is_coded)
