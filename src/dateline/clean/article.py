"""Turn a reader's raw text into the Article's body and metadata."""
from __future__ import annotations

from dateline.clean.normalize import normalize_text
from dateline.clean.paragraphs import split_paragraphs
from dateline.errors import NoArticleError
from dateline.ingest.document import RawDocument
from dateline.model import Article, Source


def clean_document(raw: RawDocument, *, published: str | None = None) -> Article:
    """Clean one raw document; `published` (ISO) overrides any date found in the text."""
    text = normalize_text(raw.text)
    paras = split_paragraphs(text)
    headline = raw.hints.get("headline") if raw.structured else None
    if not raw.structured and len(paras) > 1 and len(paras[0]) < 200 and not paras[0].rstrip().endswith("."):
        headline = paras.pop(0)
    body = "\n\n".join(paras)
    if not body.strip():
        raise NoArticleError("no article body found", source=raw.origin)
    art = Article(
        text=body,
        source=Source(format=raw.format, path=raw.path, url=raw.url),
        headline=headline,  # type: ignore[arg-type]
        published=published or raw.hints.get("published"),  # type: ignore[arg-type]
    )
    return art
