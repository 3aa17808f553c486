"""The CoNLL-2003 article rebuild: printed spacing, documents, dateline dates."""
from __future__ import annotations

from hypothesis import given, strategies as st

from dateline.eval.conll_text import detokenize, read_conll_articles
from conftest import SHARED


def test_detokenize_prints_punctuation_clitics_and_quotes_as_the_wire_does() -> None:
    toks = ["The", "ministry", "'s", "envoy", "said", '"', "we", "do", "n't", "agree", '"', "(", "at", "$", "5", ")", "."]
    assert detokenize(toks) == 'The ministry\'s envoy said "we don\'t agree" (at $5).'


@given(st.lists(st.sampled_from(["Kabul", "said", ",", ".", '"', "(", ")", "'s", "$", "n't", "talks", "5"]), max_size=30))
def test_detokenize_keeps_every_character_of_every_token_in_order(toks: list[str]) -> None:
    out = detokenize(toks)
    assert out.replace(" ", "") == "".join(toks)
    assert not out.startswith(" ") and "  " not in out


def test_documents_become_articles_with_headline_dateline_date_and_paragraphs(tmp_path) -> None:
    f = tmp_path / "mini.txt"
    f.write_text("-DOCSTART- -X- -X- O\n\n"
                 "Envoys NNS B-NP O\nmeet VBP B-VP O\n. . O O\n\n"
                 "LIMA NNP B-NP B-LOC\n1996-08-23 CD I-NP O\n\n"
                 "The DT B-NP O\ntalks NNS I-NP O\nended VBD B-VP O\n. . O O\n\n"
                 "-DOCSTART- -X- -X- O\n\n"
                 "Results NNS B-NP O\n\n", encoding="utf-8")
    first, second = read_conll_articles(f)
    assert (first.docno, first.date, first.headline) == (0, "1996-08-23", "Envoys meet.")
    assert first.text == "Envoys meet.\n\nLIMA 1996-08-23\n\nThe talks ended."
    assert (second.docno, second.date, second.text) == (1, "", "Results")


def test_the_shared_training_file_has_its_946_documents() -> None:
    arts = read_conll_articles(SHARED / "data" / "ner" / "conll2003_train.txt")
    assert len(arts) == 946
    assert sum(1 for a in arts if a.date.startswith("1996-")) > 900
