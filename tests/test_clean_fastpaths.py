"""The control-character pass keeps line and page breaks and drops every other control."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dateline.clean.normalize import _CONTROLS, normalize_text


@given(st.text(alphabet=st.characters(max_codepoint=0x3000)))
def test_same_as_keeping_breaks_and_printables(text: str) -> None:
    assert _CONTROLS.sub("", text) == "".join(ch for ch in text if ch in "\n\f" or ch >= " ")


def test_breaks_survive_normalising() -> None:
    out = normalize_text("Page one\x07 ends\fPage two\x00\nnext line")
    assert out == "Page one ends\fPage two\nnext line"


def test_a_weekday_inside_a_word_does_not_hide_the_date() -> None:
    from dateline.clean.dates import find_dates

    found = find_dates("Shares Were Escrowed\n\nMarch 02, 1987\n\nThe trust said ...")
    assert [f.iso for f in found] == ["1987-03-02"]
    assert find_dates("ref x10 May 2018 and 4 June 2019")[0].iso == "2019-06-04"
