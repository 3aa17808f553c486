"""The `conll` event gold set: blind CAMEO triples on CoNLL-2003 dev documents (Reuters, August 1996).

Why a third source: the other real-news sets are Wikinews 2019-20 or Reuters 1987, and most of
them have been tuned on. These 1996 wire stories (Chechnya, the Arbil crisis, the Middle East,
arrests of dissidents) were coded blind, before the coder ever ran on them, so they measure the
coder on text nobody has tuned against. The gold file (data/conll_events.jsonl, see
data/CONLL_EVENTS.md) stores offsets only: they index `ConllArticle.text`, the article exactly as
`dateline.eval.conll_text.read_conll_articles` rebuilds it from the token-per-line file, so that
reader is the one definition of the text, shared with every other user of the CoNLL documents.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError
from dateline.eval.conll_text import ConllArticle, read_conll_articles

GOLD = Path(__file__).parent / "data" / "conll_events.jsonl"
# The blind set uses only the dev file.
SOURCE_FILE = "conll2003_dev.txt"
# The tuning set (`conll_train`, data/CONLL_TRAIN.md) uses only the train file, so coder work can read
# it without ever touching the blind dev documents; the same loader serves both, told which file.
TRAIN_GOLD = Path(__file__).parent / "data" / "conll_train_events.jsonl"
TRAIN_SOURCE_FILE = "conll2003_train.txt"


def conll_file(data_dir: Path, name: str) -> Path:
    return Path(data_dir) / "ner" / Path(name).name


def load_conll_events(data_dir: Path, path: Path = GOLD, source_file: str = SOURCE_FILE) -> list[dict[str, Any]]:
    """The gold records with `text` cut from the rebuilt article and the article attached.

    A record that does not fit is an error, not a skip: a span must be exactly one paragraph (one
    CoNLL sentence) of its document, not the headline, and the document's dateline date must equal
    the record's date, or the sentence would be scored against the wrong gold. Every record must
    name `source_file`, so a set can never mix blind dev and tuning train documents.
    """
    from dateline.eval.events import _read_jsonl

    records = _read_jsonl(path)
    docs: dict[str, dict[int, ConllArticle]] = {}
    for rec in records:
        if rec["file"] != source_file:
            raise ConfigError(f"{path}: {rec['id']} is in {rec['file']}, not {source_file}")
        src = conll_file(data_dir, rec["file"])
        if not src.is_file():
            raise ConfigError(f"{src}: CoNLL-2003 file not found (needed by {rec['id']})")
        if rec["file"] not in docs:
            docs[rec["file"]] = _articles_by_docno(str(src), src.stat().st_mtime_ns)
        art = docs[rec["file"]].get(rec["docno"])
        if art is None or not art.date or art.date != rec["date"] or not _is_paragraph(art, rec["start"], rec["end"]):
            raise ConfigError(f"{path}: {rec['id']} does not fit document {rec['docno']} of {src.name}")
        rec["text"] = art.text[rec["start"]:rec["end"]]
        rec["article"] = art
    return records


@lru_cache(maxsize=4)
def _articles_by_docno(path: str, mtime_ns: int) -> dict[int, ConllArticle]:
    """The file's documents by number, parsed once per process: the training annotations come in
    several batch files over the same CoNLL file (mtime_ns keys out a changed file)."""
    return {a.docno: a for a in read_conll_articles(Path(path))}


def _is_paragraph(art: ConllArticle, start: int, end: int) -> bool:
    """True when [start, end) is one whole body paragraph: the rebuilt text puts a blank line
    between sentences, so a sentence is bounded by the text's ends or by "\\n\\n"."""
    text = art.text
    if not len(art.headline) < start < end <= len(text):
        return False
    piece = text[start:end]
    return (bool(piece.strip()) and "\n" not in piece and text[start - 2:start] == "\n\n"
            and (end == len(text) or text[end:end + 2] == "\n\n"))


def score_conll(data_dir: Path, limit: int | None = None, path: Path = GOLD,
                source_file: str = SOURCE_FILE) -> dict[str, Any]:
    """Score the set like the Reuters sets: each whole document goes through the pipeline once,
    with its dateline date as publication date, and a sentence's predictions are the events whose
    trigger lies in its span (`score_article_spans`)."""
    from dateline.eval.reuters_events import score_article_spans
    from dateline.model import Article, Source

    def article_of(rec: dict[str, Any]) -> Article:
        src: ConllArticle = rec["article"]
        return Article(text=src.text, source=Source("text", path=str(conll_file(data_dir, rec["file"]))),
                       published=rec["date"], headline=src.headline)

    return score_article_spans(load_conll_events(data_dir, path, source_file)[:limit], lambda r: (r["file"], r["docno"]),
                               article_of)
