"""The raw document every reader hands to the cleaner."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawDocument:
    """Plain text of one article as a reader found it, before cleaning.

    Every reader (text, HTML, PDF, feed, WARC) turns its input into text so that one
    cleaner handles them all. What a reader knows for sure from the format's own metadata
    (an HTML <title>, a feed item's date) goes into `hints` and wins over what the cleaner
    would guess from the text. `structured` says the reader already separated headline and
    metadata from the body, so the cleaner must not take the first line for a headline.
    """

    text: str
    format: str
    origin: str
    path: str | None = None
    url: str | None = None
    hints: dict[str, object] = field(default_factory=dict)
    structured: bool = False
