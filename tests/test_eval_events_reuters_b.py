"""Mechanical checks on the second, independent annotation of the blind `reuters` spans.

Why: the B file only measures inter-annotator agreement if it codes exactly the same spans as
the first annotation, and a span that no longer fits its article, a code outside the codebook or
an actor not built from the lookups would make the agreement figures meaningless.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import SHARED
from events_gold_files import check_same_spans
from dateline.eval.reuters_events import load_reuters

B_FILE = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "reuters_events_b.jsonl"
PRIMARY = Path(__file__).resolve().parents[1] / "src" / "dateline" / "eval" / "data" / "reuters_events.jsonl"  # the first annotation
SPAN_FIELDS = ("id", "file", "newid", "start", "end", "date")
# GDELT's names for 105-108 contradict the CAMEO manual, so the standard never uses them.
BANNED_ROOTS = {"105", "106", "107", "108"}


def _records() -> list[dict]:
    with B_FILE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _table(name: str) -> set[str]:
    path = SHARED / "data" / "gdelt" / "lookups" / name
    if not path.is_file():
        pytest.skip(f"{path} not available")
    with path.open(encoding="utf-8", errors="replace") as fh:
        return {line.split("\t")[0] for line in fh if line.strip()}


def _actor_ok(actor: str, countries: set[str], types: set[str], groups: set[str]) -> bool:
    """ISO3 (or '---') plus an optional role, or IGO/NGO plus an optional region plus a known group."""
    if actor[:3] in {"IGO", "NGO"}:
        rest = actor[3:]
        return rest in groups or (rest[:3] in countries and rest[3:] in groups)
    return (actor[:3] in countries or actor[:3] == "---") and (actor[3:] == "" or actor[3:] in types)


def test_ids_unique_and_fields_complete():
    recs = _records()
    assert len({r["id"] for r in recs}) == len(recs)
    for r in recs:
        assert set(r) == set(SPAN_FIELDS) | {"events", "noevents", "confidence"}, r["id"]
        assert r["noevents"] == (not r["events"]), r["id"]
        assert r["confidence"] in {"high", "medium"}, r["id"]
        assert "text" not in r  # offsets only: no article text in the repository


def test_spans_are_those_of_the_other_annotation():
    check_same_spans(PRIMARY, B_FILE, SPAN_FIELDS)

def test_codes_in_codebook_and_actors_from_lookups():
    codebook = SHARED / "data" / "events" / "cameo" / "cameo_codebook.tsv"
    if not codebook.is_file():
        pytest.skip(f"{codebook} not available")
    with codebook.open(encoding="utf-8") as fh:
        codes = {row["code"] for row in csv.DictReader(fh, delimiter="\t")}
    countries, types = _table("CAMEO.country.txt"), _table("CAMEO.type.txt")
    groups = _table("CAMEO.knowngroup.txt")
    for r in _records():
        triples = [(e["source_actor"], e["event_code"], e["target_actor"]) for e in r["events"]]
        assert len(set(triples)) == len(triples), r["id"]  # deduplicated
        for src, code, tgt in triples:
            assert code in codes and code[:3] not in BANNED_ROOTS, (r["id"], code)
            assert _actor_ok(src, countries, types, groups), (r["id"], src)
            assert _actor_ok(tgt, countries, types, groups), (r["id"], tgt)


def test_actor_check_rejects_made_up_codes():
    countries, types, groups = {"USA", "EUR"}, {"GOV"}, {"EEC"}
    assert _actor_ok("USAGOV", countries, types, groups)
    assert _actor_ok("IGOEUREEC", countries, types, groups)
    assert _actor_ok("---GOV", countries, types, groups)
    assert not _actor_ok("USAXYZ", countries, types, groups)
    assert not _actor_ok("XXXGOV", countries, types, groups)
    assert not _actor_ok("IGOFOO", countries, types, groups)


def test_spans_fit_their_articles():
    corpus = SHARED / "data" / "corpus" / "reuters21578"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} not available")
    recs = load_reuters(SHARED / "data", B_FILE)
    assert len(recs) == len(_records())
    for r in recs:
        text = r["text"]
        assert text == text.strip() and text, r["id"]
