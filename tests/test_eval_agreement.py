"""`dateline eval agreement` on small made-up annotation files (no corpus, no pipeline).

The figures must be the ones a reader computes by hand, with the coder's own scoring functions, so
that annotator-vs-annotator and coder-vs-annotator numbers can be set side by side.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SHARED
from dateline.errors import ConfigError
from dateline.eval import TASKS
from dateline.eval.agreement import (DATA, REGISTRY, TRAIN_DATA, TRAIN_DATA_B, AgreementPair, evaluate,
                                     format_report, has_event_agreement, identical_share)


def _rec(rid: str, start: int, *triples: tuple[str, str, str]) -> dict:
    events = [{"source_actor": s, "event_code": c, "target_actor": t} for s, c, t in triples]
    return {"id": rid, "start": start, "end": start + 10, "events": events, "noevents": not events,
            "confidence": "medium"}


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _load(data_dir: Path, path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def _coder(predictions: dict[str, list[list[str]]]):
    """A stand-in for the pipeline scorer: the `details` shape `dateline eval events` returns."""
    def code(data_dir: Path, path: Path, limit: int | None) -> dict:
        recs = _load(data_dir, path)[:limit]
        return {"details": [{"id": r["id"], "pred": predictions.get(r["id"], [])} for r in recs]}
    return code


A = [_rec("s:1", 0, ("USAGOV", "111", "RUSGOV")), _rec("s:2", 20, ("FRAGOV", "040", "DEUGOV")),
     _rec("s:3", 40), _rec("s:4", 60)]


def _pair(tmp_path: Path, first: list[dict], second: list[dict] | None, coder=None) -> AgreementPair:
    a = _write(tmp_path / "set_a.jsonl", first)
    b = tmp_path / "set_b.jsonl"
    if second is not None:
        _write(b, second)
    return AgreementPair("made_up", a, b, _load, coder or _coder({}))


def test_identical_files_agree_fully(tmp_path):
    part = evaluate(tmp_path, pairs=[_pair(tmp_path, A, A)])["made_up"]
    assert part["spans_shared"] == 4 and part["triples_a"] == part["triples_b"] == 2
    for level in ("exact", "country", "root"):
        assert part["scores"]["B_vs_A"][level]["f1"] == 1.0
        assert part["identical"][level] == 1.0
    assert part["has_event"] == {"n": 4, "observed": 1.0, "kappa": 1.0, "events_a": 2, "events_b": 2}


def test_one_extra_triple_gives_the_hand_computed_figures(tmp_path):
    # B adds one triple to a sentence A left without events: tp 2, fp 1, fn 0
    b = A[:3] + [_rec("s:4", 60, ("GBRCOP", "173", "GBRCVL"))]
    part = evaluate(tmp_path, pairs=[_pair(tmp_path, A, b)])["made_up"]
    s = part["scores"]["B_vs_A"]["exact"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 0)
    assert (s["precision"], s["recall"], s["f1"]) == (0.667, 1.0, 0.8)
    # has-event: A yes yes no no, B yes yes no yes -> observed 3/4; chance .5*.75 + .5*.25 = .5; kappa .5
    assert part["has_event"] == {"n": 4, "observed": 0.75, "kappa": 0.5, "events_a": 2, "events_b": 3}
    assert part["identical"] == {"exact": 0.75, "country": 0.75, "root": 0.75}


def test_a_different_role_and_subcode_only_agrees_at_root_level(tmp_path):
    b = [_rec("s:1", 0, ("USALEG", "112", "RUSGOV"))] + A[1:]
    part = evaluate(tmp_path, pairs=[_pair(tmp_path, A, b)])["made_up"]
    assert part["scores"]["B_vs_A"]["exact"]["f1"] == 0.5  # 1 of 2 triples on each side
    assert part["scores"]["B_vs_A"]["country"]["f1"] == 0.5
    assert part["scores"]["B_vs_A"]["root"]["f1"] == 1.0
    assert part["identical"] == {"exact": 0.75, "country": 0.75, "root": 1.0}
    assert part["has_event"]["kappa"] == 1.0


def test_missing_second_file_is_skipped(tmp_path):
    result = evaluate(tmp_path, pairs=[_pair(tmp_path, A, None)])
    assert result == {"made_up": {"skipped": "set_b.jsonl not found"}}
    assert "made_up: skipped: set_b.jsonl not found" in format_report(result)


def test_only_spans_both_annotated_are_compared(tmp_path):
    b = [A[0], A[2], _rec("s:9", 90, ("CHNGOV", "042", "JPNGOV"))]
    part = evaluate(tmp_path, pairs=[_pair(tmp_path, A, b)])["made_up"]
    assert (part["spans_a"], part["spans_b"], part["spans_shared"]) == (4, 3, 2)
    assert part["triples_a"] == part["triples_b"] == 1
    assert part["scores"]["B_vs_A"]["exact"]["f1"] == 1.0


def test_the_same_id_with_another_span_is_refused(tmp_path):
    moved = dict(A[1], start=21)
    with pytest.raises(ConfigError, match="another span"):
        evaluate(tmp_path, pairs=[_pair(tmp_path, A, [A[0], moved])])


def test_coder_is_scored_against_each_annotation_on_the_same_spans(tmp_path):
    b = [_rec("s:1", 0, ("USAGOV", "112", "RUSGOV"))] + A[1:]
    coder = _coder({"s:1": [["USAGOV", "111", "RUSGOV"]], "s:3": [["ITAGOV", "020", "ESPGOV"]]})
    part = evaluate(tmp_path, pairs=[_pair(tmp_path, A, b, coder)])["made_up"]
    vs_a, vs_b = part["scores"]["coder_vs_A"]["exact"], part["scores"]["coder_vs_B"]["exact"]
    assert (vs_a["tp"], vs_a["fp"], vs_a["fn"]) == (1, 1, 1)  # s:1 right, s:3 spurious, s:2 missed
    assert (vs_b["tp"], vs_b["fp"], vs_b["fn"]) == (0, 2, 2)  # B coded s:1 as 112
    assert part["scores"]["coder_vs_B"]["root"]["tp"] == 1
    assert part["coder_spans"] == 4
    report = format_report({"made_up": part})
    assert all(f"  {label} " in report for label in ("B_vs_A", "coder_vs_A", "coder_vs_B"))


def test_a_skipped_coder_still_reports_the_annotators(tmp_path):
    part = evaluate(tmp_path, pairs=[_pair(tmp_path, A, A, lambda d, p, n: {"skipped": "no pipeline"})])["made_up"]
    assert part["coder"] == {"skipped": "no pipeline"} and "coder_vs_A" not in part["scores"]
    assert "coder: skipped: no pipeline" in format_report({"made_up": part})


def test_limit_keeps_the_first_primary_spans(tmp_path):
    part = evaluate(tmp_path, limit=2, pairs=[_pair(tmp_path, A, A)])["made_up"]
    assert part["spans_shared"] == 2 and part["coder_spans"] == 2


def test_report_lists_each_pair_with_aligned_rows(tmp_path):
    part = evaluate(tmp_path, pairs=[_pair(tmp_path, A, A, _coder({}))])["made_up"]
    report = format_report({"made_up": part, "other": {"skipped": "x_b.jsonl not found"}})
    rows = [line for line in report.splitlines() if line.split()[:2][1:] == ["exact"]]
    assert len(rows) == 3 and len({line.index(" exact ") for line in rows}) == 1
    assert "observed agreement 1.000, Cohen's kappa 1.000" in report
    assert "other: skipped: x_b.jsonl not found" in report


def test_kappa_is_undefined_when_both_give_one_answer_throughout():
    assert has_event_agreement([False] * 3, [False] * 3)["kappa"] is None
    assert has_event_agreement([], [])["observed"] is None
    assert identical_share([]) == {"exact": None, "country": None, "root": None}


@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=40))
def test_kappa_is_symmetric_and_never_above_observed_agreement(pairs):
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    ab, ba = has_event_agreement(a, b), has_event_agreement(b, a)
    assert ab == {**ba, "events_a": ab["events_a"], "events_b": ab["events_b"]}
    assert ab["kappa"] is None or ab["kappa"] <= ab["observed"] + 1e-9
    assert has_event_agreement(a, a)["observed"] == 1.0


def test_registry_names_the_doubly_annotated_sets():
    assert "agreement" in TASKS
    by_name = {p.name: p for p in REGISTRY}
    assert set(by_name) == {"wikinews", "wikinews_extra3", "wikinews_extra4", "wikinews_extra5", "conll",
                            "reuters", "timebank"} | {f"train_{stem}" for stem in TRAIN_SAMPLE}
    assert by_name["wikinews_extra4"].primary == DATA / "wikinews_events_extra4.jsonl"
    assert by_name["wikinews_extra4"].second == DATA / "wikinews_events_extra4_b.jsonl"
    assert by_name["conll"].second.name == "conll_events_b.jsonl"
    assert by_name["timebank"].second.name == "timebank_events_b.jsonl"
    # the dev set's primary codes are the issue's own, in the shared data: a path under data_dir
    assert by_name["wikinews"].files(SHARED / "data")[0] == SHARED / "data" / "events" / "wikinews_events_dev.jsonl"
    assert all(p.files(SHARED / "data")[0].is_file() for p in REGISTRY)


TRAIN_SAMPLE = ("t1", "t3", "r10", "r12", "r14", "r16", "c9", "w10", "w12")


@pytest.mark.parametrize("stem", TRAIN_SAMPLE)
def test_training_sample_pairs_load_and_share_every_span(stem):
    """The second annotation of the training sample (agree67) covers spans of its training file only,
    each with the same offsets; it lies outside events_train/, so the learned coder never trains on it."""
    pair = {p.name: p for p in REGISTRY}[f"train_{stem}"]
    assert pair.primary == TRAIN_DATA / f"{stem}.jsonl" and pair.second == TRAIN_DATA_B / f"{stem}_b.jsonl"
    assert pair.second.parent.name != "events_train"
    first, second = (pair.loader(SHARED / "data", path) for path in pair.files(SHARED / "data"))
    spans_a = {rec["id"]: (rec["start"], rec["end"]) for rec in first}
    spans_b = {rec["id"]: (rec["start"], rec["end"]) for rec in second}
    assert second and len(spans_b) == len(second)
    assert all(spans_a.get(rid) == span for rid, span in spans_b.items())
