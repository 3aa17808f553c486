"""The `reuters` event gold set: blind CAMEO triples on Reuters-21578 (1987) newswire sentences.

Why a second source: every other real-news gold set is Wikinews 2019-2020, so a coder tuned on
them may not carry over to other newswire (1987 wire style, Cold War actors, hard-wrapped text).
The gold file (data/reuters_events.jsonl, see data/REUTERS_EVENTS.md) stores offsets only; the
article text is rebuilt here from the corpus XML in data_dir/corpus/reuters21578, so the offsets
mean something only together with `article_text`, which defines the exact text the pipeline gets.
"""
from __future__ import annotations

import datetime as dt
import gzip
import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Hashable

from dateline.clean.dateline import find_dateline
from dateline.errors import ConfigError

if TYPE_CHECKING:
    from dateline.model import Article

GOLD = Path(__file__).parent / "data" / "reuters_events.jsonl"

# The XML uses character references XML 1.0 forbids (&#3; ends every body), so a tolerant
# regex pass reads it, as benchmarks/reuters_corpus.py does, instead of an XML parser.
_DOC = re.compile(r"<REUTERS\b[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "DATELINE", "BODY")}
_CTRL = re.compile(r"&#\d+;|[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The wire sign-off closes the body ("... said.\n Reuter\n"); it is not part of the story.
_SIGNOFF = re.compile(r"\s*\bReuter\s*$", re.I)


@dataclass(frozen=True)
class ReutersArticle:
    newid: int
    date: str   # ISO date of <DATE>
    title: str  # as in the XML (upper case wire headline), whitespace collapsed
    text: str   # what the pipeline receives: title + "\n\n" + unwrapped body paragraphs
    dateline: str | None = None  # the place of <DATELINE> ("WASHINGTON"), kept out of `text`

    def as_article(self, source_path: str, published: str) -> "Article":
        """The Article the pipeline annotates. The dateline rides along as metadata, as the
        cleaner would set it on a pasted wire story: "arrived here" and the article's home
        country need it, while the gold offsets index a text without it."""
        from dateline.model import Article, Source

        return Article(text=self.text, source=Source("text", path=source_path), published=published,
                       headline=self.title, dateline=self.dateline)


def _clean(s: str) -> str:
    return html.unescape(_CTRL.sub("", s))


def iso_date(stamp: str) -> str:
    """'26-FEB-1987 15:01:01.79' (sometimes with a leading space) -> '1987-02-26'."""
    return dt.datetime.strptime(stamp.strip().split()[0], "%d-%b-%Y").date().isoformat()


def unwrap_body(body: str) -> str:
    """Join the wire's hard-wrapped lines into paragraphs separated by a blank line.

    Reuters bodies wrap at ~65 columns and start each paragraph with a 4-space indent; a
    parser fed the raw wrap would see a line break in mid-sentence, so lines are joined with
    one space and a new paragraph starts at each indented line.
    """
    paras: list[list[str]] = []
    for line in _SIGNOFF.sub("", body).split("\n"):
        if not line.strip():
            continue
        if line.startswith("    ") or not paras:
            paras.append([])
        paras[-1].append(line.strip())
    return "\n\n".join(" ".join(p) for p in paras)


def article_text(title: str, body: str) -> str:
    """The article text the gold offsets index: collapsed title, blank line, unwrapped body."""
    return " ".join(title.split()) + "\n\n" + unwrap_body(body)


def read_articles(path: Path) -> dict[int, ReutersArticle]:
    """Every article with a body in one reut2-0NN.xml.gz, by NEWID (Latin-1: some bytes are not UTF-8)."""
    raw = gzip.open(path, "rt", encoding="latin-1").read()
    out = {}
    for m in _DOC.finditer(raw):
        fields = {k: (p.search(m.group(2)) or [None, None])[1] for k, p in _FIELD.items()}
        if fields["BODY"] is None or fields["DATE"] is None:
            continue
        title = _clean(fields["TITLE"] or "")
        body = _clean(fields["BODY"])
        newid = int(m.group(1))
        out[newid] = ReutersArticle(newid, iso_date(fields["DATE"]), " ".join(title.split()),
                                    article_text(title, body), _dateline_place(fields["DATELINE"], body))
    return out


def _dateline_place(field: str | None, body: str) -> str | None:
    """The place of a <DATELINE> field, read by the same rule that finds a dateline opening a body
    ("WASHINGTON, Feb 26 - "), so a wire story scores as it would run through `clean`."""
    if not field or not field.strip():
        return None
    found = find_dateline(" ".join(_clean(field).split()) + " " + body.lstrip())
    return found.place if found else None


_ABBREV = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "adm", "gov", "sen", "rep",
           "prof", "co", "corp", "inc", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
           "nov", "dec", "u.s", "u.k", "u.n"}
_END = re.compile(r"[.!?][\"')]?(?=\s+[\"'(]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: split paragraphs at ./!/? (plus a closing quote) before a
    capital or digit, except after common abbreviations and single-letter initials.

    Deliberately simple: the gold spans only have to be reproducible, and a rule splitter is
    stable across spaCy versions where the parser's sentence boundaries are not.
    """
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        seg = para.group()
        offset = para.start()
        cut = len(seg) - len(seg.lstrip())  # a sentence never starts with a space
        for m in _END.finditer(seg):
            word = re.search(r"([\w.]+)[.!?][\"')]?$", seg[cut:m.end()])
            w = word.group(1).lower() if word else ""
            if seg[m.start()] == "." and (w in _ABBREV or len(w) == 1 or re.fullmatch(r"(\w\.)+\w", w)):
                continue
            spans.append((offset + cut, offset + m.end()))
            cut = m.end()
            while cut < len(seg) and seg[cut].isspace():
                cut += 1
        if seg[cut:].strip():
            spans.append((offset + cut, offset + len(seg.rstrip())))
    return spans


def corpus_file(data_dir: Path, name: str) -> Path:
    return Path(data_dir) / "corpus" / "reuters21578" / Path(name).name


@lru_cache(maxsize=32)
def _cached_articles(path: str, mtime_ns: int) -> dict[int, ReutersArticle]:
    """A corpus file's articles, parsed once per process: the tuning, blind and training sets
    (ten files of records) point into the same 22 corpus files (mtime_ns keys out a changed file)."""
    return read_articles(Path(path))


def load_reuters(data_dir: Path, path: Path = GOLD) -> list[dict[str, Any]]:
    """The gold records with `text` cut from the rebuilt article, and the article itself attached.

    A span or date that does not fit its article is an error, not a skip: a mis-cut sentence
    would be scored against the wrong gold.
    """
    from dateline.eval.events import _read_jsonl

    records = _read_jsonl(path)
    files: dict[str, dict[int, ReutersArticle]] = {}
    for rec in records:
        gz = corpus_file(data_dir, rec["file"])
        if not gz.is_file():
            raise ConfigError(f"{gz}: Reuters-21578 file not found (needed by {rec['id']})")
        if rec["file"] not in files:
            files[rec["file"]] = _cached_articles(str(gz), gz.stat().st_mtime_ns)
        art = files[rec["file"]].get(rec["newid"])
        if art is None or not 0 <= rec["start"] < rec["end"] <= len(art.text) or art.date != rec["date"]:
            raise ConfigError(f"{path}: {rec['id']} does not fit NEWID {rec['newid']} of {gz.name}")
        rec["text"] = art.text[rec["start"]:rec["end"]]
        rec["article"] = art
    return records


def score_reuters(data_dir: Path, limit: int | None = None, path: Path = GOLD) -> dict[str, Any]:
    """Score the set like `score_wikinews`: each whole article goes through the pipeline with its
    date, and the events whose trigger lies in a gold span are that sentence's predictions."""
    def article_of(rec: dict[str, Any]) -> "Article":
        return rec["article"].as_article(str(corpus_file(data_dir, rec["file"])), rec["date"])

    return score_article_spans(load_reuters(data_dir, path)[:limit], lambda r: (r["file"], r["newid"]), article_of)


def score_article_spans(records: list[dict[str, Any]], key_of: Callable[[dict[str, Any]], Hashable],
                        article_of: Callable[[dict[str, Any]], "Article"]) -> dict[str, Any]:
    """Score gold sentence spans of whole articles: each article (one per `key_of`) is annotated once,
    and a sentence's predictions are the events whose trigger starts inside its span.

    Shared by every gold set whose offsets index a rebuilt article text, so that they all count a
    prediction the same way."""
    from dateline.api import load_pipeline
    from dateline.eval.events import _confidences, _event_triples, _gold_triples, _origins, _stage, score

    pipe = load_pipeline()
    done: dict[Hashable, Article] = {}
    docs: dict[Hashable, Any] = {}  # the parses, kept for the loss tables' stages
    pairs, details = [], []
    for rec in records:
        key = key_of(rec)
        if key not in done:
            art = article_of(rec)
            docs[key] = pipe.nlp(art.text)
            done[key] = pipe.annotate(art, docs[key])
        evs = [e for e in done[key].events if rec["start"] <= (e.trigger or e.evidence).start < rec["end"]]
        pred, gold = _event_triples(evs), _gold_triples(rec)
        pairs.append((pred, gold))
        drops: list[str] = []
        details.append({"id": rec["id"], "pred": sorted(map(list, pred), key=str),
                        "gold": sorted(map(list, gold), key=str), "stage": _stage(evs, docs[key], done[key], rec["start"], rec["end"], drops),
                        "drops": drops, "origins": _origins(evs, done[key]), "confidences": _confidences(evs)})
    return {"sentences": len(records), "gold_triples": sum(len(g) for _, g in pairs),
            "scores": score(pairs), "details": details}
