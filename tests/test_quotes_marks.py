"""The quotation-mark scanner: every mark style news text uses, and its spans always slice."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extraction.quote_marks import find_marked_spans, paragraphs


def quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_marked_spans(text)]


def test_straight_double_marks():
    assert quoted('The mayor said "we will rebuild the bridge" on Friday.') == ["we will rebuild the bridge"]


def test_curly_marks_and_two_quotes_in_one_paragraph():
    text = "“The harbour is closed,” the captain said. “Nobody sails tonight.”"
    assert quoted(text) == ["The harbour is closed,", "Nobody sails tonight."]


def test_typed_two_apostrophe_pairs():
    assert quoted("She called it ''a fine day for sailing'' and left.") == ["a fine day for sailing"]


def test_backtick_pairs_from_wire_feeds():
    assert quoted("He said ``the vote is final'' yesterday.") == ["the vote is final"]


def test_two_apostrophes_closed_by_one_is_still_a_quote():
    # a common typing slip: the opening pair is closed by a single mark
    assert quoted("They want to set ''a new record' next year.") == ["a new record"]


def test_apostrophes_inside_a_quote_do_not_end_it():
    assert quoted("“We don’t know what Anna’s plan is,” he said.") == ["We don’t know what Anna’s plan is,"]


def test_single_marks_british_style():
    assert quoted("The coach called the match 'a proper battle' after the whistle.") == ["a proper battle"]


def test_contractions_and_possessives_are_not_quotes():
    assert quoted("The farmers' union didn't say it's over, and the '90s are gone.") == []


def test_quote_left_open_at_paragraph_end_continues_in_the_next():
    text = "“The river rose all night,” the farmer said. “We lost the barn\n\n“and the bridge went too.”"
    spans = find_marked_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "The river rose all night,", "We lost the barn", "and the bridge went too."]
    assert not spans[1].closed and spans[2].continues


def test_stray_closing_mark_is_ignored():
    assert quoted("Nothing here” at all.") == []


def test_paragraph_offsets_are_trimmed():
    text = "  First one.\n\nSecond one.  \n \nThird."
    assert [text[s:e] for s, e in paragraphs(text)] == ["First one.", "Second one.", "Third."]


MARKY = st.lists(st.sampled_from(list("ab ,.\n'\"“”‘’`:-") + ["''", "\n\n", "Kim "]), max_size=60).map("".join)


@given(MARKY)
@settings(max_examples=300, deadline=None)
def test_spans_always_slice_inside_their_marks(text):
    for s in find_marked_spans(text):
        assert 0 <= s.open_at <= s.start <= s.end <= s.close_end <= len(text)
        assert any(ch.isalnum() for ch in text[s.start:s.end])
