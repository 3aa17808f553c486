"""The contract's key names are pinned: renaming or dropping one must fail here."""
from __future__ import annotations

import json

import dateline
from dateline.model import Article, check_offsets

TOP_KEYS = {"id", "source", "headline", "published", "publisher", "byline", "credit", "contributors",
            "dateline", "links", "language", "text", "warnings", "entities", "timexes", "quotes", "events"}


def test_every_contract_field_is_present_even_when_empty():
    art = dateline.extract("The minister said the talks would continue in Geneva next week.")
    rec = art.to_dict()
    assert TOP_KEYS <= set(rec)
    for key in ("byline", "contributors", "links", "warnings", "entities", "timexes", "quotes", "events"):
        assert isinstance(rec[key], list)
    assert rec["language"] == "en"


def test_round_trip_through_json_is_lossless():
    art = dateline.extract("Sergei Lavrov met Ri Yong Ho in Moscow. Lavrov said the talks went well.")
    rec = json.loads(json.dumps(art.to_dict()))
    again = Article.from_dict(rec)
    assert again.to_dict() == art.to_dict()
    assert check_offsets(again) == []


def test_entity_keys():
    art = dateline.extract("Sergei Lavrov met Ri Yong Ho in Moscow on Tuesday.")
    for ent in art.to_dict()["entities"]:
        assert set(ent) >= {"id", "name", "label", "country", "role", "mentions"}
        for m in ent["mentions"]:
            assert set(m) >= {"start", "end", "text"}


def test_id_is_stable_under_whitespace_changes():
    a = dateline.extract("Russia and China held talks in Beijing on Monday.")
    b = dateline.extract("Russia and China  held talks\nin Beijing on Monday.")
    assert a.id == b.id


def test_extract_stays_the_public_function_after_every_stage_is_loaded():
    """Regression: a subpackage named `extract` rebound dateline.extract once a stage loaded."""
    import importlib

    from dateline.pipeline import STAGES

    for _, ref in STAGES:
        importlib.import_module(ref.partition(":")[0])
    assert callable(dateline.extract)
    assert dateline.extract("Chile and Peru signed an accord in Lima on Friday.").text
