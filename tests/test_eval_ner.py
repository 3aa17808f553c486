"""`dateline eval ner`: CoNLL reading, label mapping, scoring, and pinned quality floors."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval import ner


def test_iob2_entities_including_a_stray_inside_tag():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG", "O"]
    assert ner._iob_entities(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")}


def test_read_conll_splits_documents_and_sentences(tmp_path: Path):
    f = tmp_path / "mini.txt"
    f.write_text(
        "-DOCSTART- -X- -X- O\n\nAlpha NNP B-NP B-ORG\nwins VBZ B-VP O\n\nBeta NNP B-NP B-PER\n\n"
        "-DOCSTART- -X- -X- O\n\nGamma NNP B-NP B-LOC\n",
        encoding="utf-8",
    )
    docs = list(ner.read_conll(f))
    assert len(docs) == 2
    assert docs[0] == [[("Alpha", "B-ORG"), ("wins", "O")], [("Beta", "B-PER")]]
    gold = ner.build_gold(docs[0])
    assert gold.text == "Alpha wins\n\nBeta"
    assert gold.entities == {(0, 1, "ORG"), (2, 3, "PER")}


def test_char_spans_map_to_tokens_and_labels():
    gold = ner.build_gold([[("New", "B-LOC"), ("York", "I-LOC"), ("Times", "O")]])
    assert ner.to_tokens(gold, [(0, 8, "GPE"), (9, 14, "DATE")]) == {(0, 2, "LOC")}
    assert ner.to_tokens(gold, [(0, 14, "NORP")]) == {(0, 3, "MISC")}


def test_scores():
    from collections import Counter

    res = ner._score(Counter(PER=3), Counter(PER=1), Counter(PER=2))
    assert res["PER"]["precision"] == 75.0 and res["PER"]["recall"] == 60.0
    assert res["overall"]["f1"] == pytest.approx(66.67, abs=0.01)


def _data(shared: Path) -> Path:
    if not (shared / "data" / "ner" / "conll2003_dev.txt").is_file():
        pytest.skip("CoNLL-2003 gold data not present")
    return shared / "data"


def test_small_slice_beats_the_raw_model_and_a_floor(shared):
    res = ner.evaluate(_data(shared), limit=15)
    dev = res["splits"]["dev"]
    assert dev["documents"] == 15
    assert dev["dateline"]["overall"]["f1"] >= 68.0  # 72.1 when pinned
    assert dev["dateline"]["overall"]["f1"] > dev["raw"]["overall"]["f1"] + 10
    assert res["splits"]["train"]["dateline"]["overall"]["f1"] >= 78.0  # 82.5 when pinned
    assert "overall" in ner.format_report(res)


@pytest.mark.slow
def test_full_conll_train_and_dev(shared):
    res = ner.evaluate(_data(shared))
    assert res["splits"]["dev"]["dateline"]["overall"]["f1"] >= 76.0
    assert res["splits"]["train"]["dateline"]["overall"]["f1"] >= 74.0
