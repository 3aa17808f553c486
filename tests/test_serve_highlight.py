"""Highlight segmentation: overlapping spans, paragraph breaks, nothing lost."""
from __future__ import annotations

from hypothesis import given, strategies as st

from dateline.serve.highlight import Mark, segment


def test_overlapping_marks_split_into_covered_pieces():
    text = "Ri met Lavrov.\n\nThey talked."
    marks = [Mark(0, 14, "event", "040"), Mark(7, 13, "entity", "Lavrov"), Mark(0, 2, "entity", "Ri")]
    paras = segment(text, marks)
    assert len(paras) == 2
    first = [(s.text, s.kinds) for s in paras[0]]
    assert first == [("Ri", ["entity", "event"]), (" met ", ["event"]), ("Lavrov", ["entity", "event"]),
                     (".", ["event"])]
    assert [(s.text, s.kinds) for s in paras[1]] == [("They talked.", [])]


@given(st.text(alphabet="ab \n.", max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=5))
def test_segments_rejoin_to_the_text(text, spans):
    marks = [Mark(min(a, b), max(a, b), "entity", "x") for a, b in spans]
    paras = segment(text, marks)
    rejoined = "\n\n".join("".join(s.text for s in p) for p in paras)
    assert rejoined.replace("\n\n", "") == text.replace("\n\n", "")
