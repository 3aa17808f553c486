"""Plain wire copy with tickers in angle brackets is text, not HTML."""
from __future__ import annotations

from dateline.ingest.sniff import sniff_format


def test_wire_tickers_are_not_html() -> None:
    wire = (b"Acme Chemicals <ACM> Wins Patent Case Against Borealis <P>\n\n"
            b"March 3, 1987\n\nAcme Chemicals Co said a federal court ruled in its favour.\n")
    assert sniff_format(wire, name="story.txt") == "text"
    assert sniff_format(b"Shares of Northwind <DIV> rose 3 pct.\n", name="x") == "text"


def test_html_still_found_with_or_without_a_leading_tag() -> None:
    assert sniff_format(b"<!doctype html><html><body><p>Hi</p></body></html>") == "html"
    assert sniff_format(b"  <div class='story'><p>Talks resumed.</p></div>") == "html"
    assert sniff_format(b"Saved from a browser\n<p>Talks resumed on Monday.</p>\n<p>More.</p>") == "html"
