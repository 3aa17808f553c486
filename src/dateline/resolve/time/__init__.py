"""Time expressions: text (and its spaCy parse) -> TIMEX3 timexes valued against the
publication date.

    find_timexes(doc, article)              the pipeline stage
    annotate_text(text, published, doc)     the same without an Article (tests, evals)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Article, Timex
from dateline.resolve.time.finder import annotate, parse_anchor

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_timexes", "annotate_text", "parse_anchor"]


def find_timexes(doc: "Doc", article: Article) -> list[Timex]:
    """Pipeline stage: every DATE, TIME, DURATION and SET in `article.text`, valued against
    `article.published` (left unresolved, e.g. "XXXX-XX", when there is none)."""
    return annotate(article.text, article.published, doc)


def annotate_text(text: str, published: str | None, doc: "Doc | None" = None) -> list[Timex]:
    """Timexes of a bare text; without `doc`, tense comes from cue words instead of a parse."""
    return annotate(text, published, doc)
