"""`dateline eval html`: the benchmark's metric, a small-slice floor, and the full run (slow)."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.html import evaluate, evaluate_bodies, evaluate_dates, format_report, macro_prf, page_counts, shingles


def test_shingles_are_a_multiset_of_4_token_windows_with_case_kept():
    assert shingles("The talks, the talks resumed in Oslo") == {
        ("The", "talks", "the", "talks"): 1, ("talks", "the", "talks", "resumed"): 1,
        ("the", "talks", "resumed", "in"): 1, ("talks", "resumed", "in", "Oslo"): 1}
    assert shingles("Oslo talks") == {("Oslo", "talks"): 1}  # short text: one short shingle
    assert sum(shingles("a b c d a b c d").values()) == 5


def test_page_counts_are_normalised_per_page():
    assert page_counts("one two three four five", "one two three four five") == (1.0, 0.0, 0.0)
    tp, fp, fn = page_counts("a b c d e f", "a b c d x y")  # gold 3 shingles, pred 3, one shared
    assert (round(tp, 3), round(fp, 3), round(fn, 3)) == (0.2, 0.4, 0.4)
    assert page_counts("", "") == (0.0, 0.0, 0.0)


def test_macro_scores_follow_the_benchmark_rules():
    perfect = (1.0, 0.0, 0.0)
    nothing_predicted = (0.0, 0.0, 1.0)  # counts for recall only
    assert macro_prf([perfect, nothing_predicted]) == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert macro_prf([]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_small_slice_meets_its_floor_and_keeps_up_with_trafilatura(shared: Path):
    result = evaluate_bodies(shared / "data" / "html" / "article-extraction-benchmark", limit=12)
    assert result["pages"] == 12
    assert result["dateline"]["f1"] >= 0.93
    assert result["dateline"]["f1"] >= result["trafilatura"]["f1"] - 0.01


def test_date_slice_meets_its_floor(shared: Path):
    result = evaluate_dates(shared / "data" / "html" / "htmldate-mediacloud-2020", limit=40)
    assert result["pages"] == 40 and result["dateline"]["accuracy"] >= 0.85


@pytest.mark.slow
def test_full_html_eval_meets_the_targets(shared: Path):
    result = evaluate(shared / "data")
    body, date = result["body"], result["date"]
    assert body["dateline"]["f1"] >= 0.97 and body["dateline"]["f1"] >= body["trafilatura"]["f1"]
    assert date["dateline"]["accuracy"] >= 0.91 and date["dateline"]["accuracy"] >= date["htmldate"]["accuracy"]
    report = format_report(result)
    assert "trafilatura" in report and "htmldate" in report
