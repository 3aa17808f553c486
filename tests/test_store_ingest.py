"""ingest(): inputs -> real pipeline -> store; idempotent, version-aware, failures isolated.

Assertions are about storage (how many stored, what failed), never about what the
extraction stages find: colleagues improve those in parallel.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.pipeline import Pipeline
from dateline.store import Store
from dateline.store.ingest import ingest

TEXTS = {
    "ministers.txt": "Ministers agree on river plan\n\nThe foreign ministers of Austria and Hungary met in Vienna "
                     "on Tuesday to discuss shipping on the Danube. Both governments said they would sign an "
                     "agreement next month.\n",
    "students.txt": "Students march in Lima\n\nThousands of students marched through Lima on Saturday to demand "
                    "lower tuition fees. Police used tear gas near the Congress building, witnesses said.\n",
}


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path):
    with Store.open(str(tmp_path / "t.db")) as st:
        yield st


def test_ingest_twice_stores_once(store, inputs, pipeline):
    first = ingest(store, [str(inputs)], pipeline=pipeline)
    assert (first.stored, first.unchanged, first.failed) == (2, 0, 0)
    counts = store.counts()
    second = ingest(store, [str(inputs)], pipeline=pipeline)
    assert (second.stored, second.replaced, second.unchanged, second.failed) == (0, 0, 2, 0)
    assert store.counts() == counts


def test_pipeline_version_bump_reprocesses(store, inputs, pipeline, monkeypatch):
    ingest(store, [str(inputs)], pipeline=pipeline)
    monkeypatch.setattr("dateline.pipeline.PIPELINE_VERSION", "9.9.9+bumped")
    rep = ingest(store, [str(inputs)], pipeline=pipeline)
    assert (rep.stored, rep.replaced, rep.unchanged) == (0, 2, 0)
    assert {store.get(a.id).pipeline_version for a in store.search(limit=10).items} == {"9.9.9+bumped"}
    assert store.counts().articles == 2


def test_stored_record_is_what_the_pipeline_produced(store, inputs, pipeline):
    from dateline.ingest.sources import read_arg

    ingest(store, [str(inputs / "students.txt")], pipeline=pipeline)
    expected = pipeline.process(next(read_arg(str(inputs / "students.txt"))))
    assert store.record(expected.id) == expected.to_dict()


def test_bad_inputs_fail_one_line_each_and_the_batch_goes_on(store, inputs, pipeline):
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "nul.txt").write_bytes(b"abc\x00def" * 20)
    (inputs / "stub.txt").write_text("Page not found. Try again later.\n")
    seen = []
    rep = ingest(store, [str(inputs), str(inputs / "missing.txt")], pipeline=pipeline,
                 on_result=lambda origin, result: seen.append(origin))
    assert rep.stored == 2 and rep.failed == 4
    reasons = {Path(f.origin).name: str(f) for f in rep.failures}
    assert set(reasons) == {"empty.txt", "nul.txt", "stub.txt", "missing.txt"}
    assert "no article text" in reasons["stub.txt"] and "fewer than 20" in reasons["stub.txt"]
    assert all("\n" not in r and str(inputs) in r for r in reasons.values())
    assert len(seen) == 6


def test_fail_fast_stops_at_the_first_failure(store, inputs, pipeline):
    (inputs / "a-empty.txt").write_bytes(b"")  # sorts first
    rep = ingest(store, [str(inputs)], pipeline=pipeline, fail_fast=True)
    assert rep.failed == 1 and rep.stored == 0


def test_min_words_is_configurable(store, inputs, pipeline):
    rep = ingest(store, [str(inputs)], pipeline=pipeline, min_words=500)
    assert rep.stored == 0 and rep.failed == 2


def exploding_stage(doc, article):
    """A stage with a bug that only some inputs trigger."""
    if "tuition" in article.text:
        raise RuntimeError("stage bug")
    return []


def test_a_stage_crash_fails_only_the_input_that_triggered_it(store, inputs, pipeline):
    buggy = Pipeline(nlp=pipeline.nlp, stages=[("entities", "test_store_ingest:exploding_stage")])
    rep = ingest(store, [str(inputs)], pipeline=buggy)
    assert rep.stored == 1 and rep.failed == 1
    assert rep.failures[0].origin.endswith("students.txt") and "RuntimeError: stage bug" in str(rep.failures[0])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: t.encode("utf-8", "replace"))))
def test_ingest_never_raises_on_junk(tmp_path_factory, pipeline, data):
    folder = tmp_path_factory.mktemp("junk")
    (folder / "junk.txt").write_bytes(data)
    with Store.open(str(folder / "t.db")) as store:
        rep = ingest(store, [str(folder / "junk.txt")], pipeline=pipeline, min_words=1)
        assert rep.stored + rep.failed == 1
        assert store.counts().articles == rep.stored


def test_with_fail_fast_a_chunks_good_articles_are_stored_before_it_stops(store, tmp_path, pipeline):
    folder = tmp_path / "chunk"
    folder.mkdir()
    body = ("The harbour authority of Tromso said on Monday that the new quay would open in May, after two "
            "years of building work and a long dispute over its cost with the city council.")
    (folder / "a.txt").write_text("Quay opens\n\n" + body, encoding="utf-8")
    (folder / "b.txt").write_text("Fees rise\n\n" + body.replace("quay", "tuition scheme"), encoding="utf-8")
    (folder / "c.txt").write_text("Quay opens later\n\n" + body.replace("May", "June"), encoding="utf-8")
    buggy = Pipeline(nlp=pipeline.nlp, stages=[("entities", "test_store_ingest:exploding_stage")])
    rep = ingest(store, [str(folder)], pipeline=buggy, fail_fast=True)
    # the three share one chunk: the middle one's stage crash ends the run, the others are kept
    assert rep.failed == 1 and rep.stored == 2
    assert store.counts().articles == 2
