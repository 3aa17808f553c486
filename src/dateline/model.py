"""The article record and its parts: the one place the output contract lives.

Plain dataclasses (fast, picklable for Dask workers). `Article.to_dict()` and
`Article.from_dict()` are the only serialiser: CLI JSON, database rows, the API and the
exports all go through them, so the contract's key names are pinned here and in
tests/test_contract.py.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class EntityLabel(str, Enum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"
    NORP = "NORP"
    FAC = "FAC"
    EVENT = "EVENT"


class TimexType(str, Enum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    id: str
    name: str
    label: str
    country: str | None = None
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    #: extension: the anchor the value was resolved against ("published", or a timex id).
    anchor: str | None = None
    #: extension: TIMEX3 "mod" (START, END, MID, APPROX, MORE_THAN, LESS_THAN, ...) when the
    #: words qualify the value ("early 1990", "about three years"); None otherwise.
    mod: str | None = None


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str  # "direct" | "indirect"
    speaker: str | None = None
    speaker_name: str | None = None
    cue: str | None = None
    #: extension: span of the cue verb, and of the speaker mention the quote was tied to.
    cue_span: dict[str, int] | None = None
    speaker_span: dict[str, int] | None = None


@dataclass
class Actor:
    entity: str | None
    name: str | None
    code: str | None
    country: str | None
    role: str | None


@dataclass
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Event:
    code: str
    root: str
    label: str
    goldstein: float
    quad_class: int
    plover: str | None
    source: Actor
    target: Actor  # an Actor with every field None when the event has no target
    date: str | None
    location: Location | None
    evidence: Span
    confidence: float
    #: extension: the dictionary pattern that coded the event, and the trigger word span.
    pattern: str | None = None
    trigger: Span | None = None


@dataclass
class Link:
    text: str
    url: str


@dataclass
class Source:
    format: str
    path: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": self.format}
        if self.path is not None:
            out["path"] = self.path
        if self.url is not None:
            out["url"] = self.url
        return out


@dataclass
class Article:
    """One article: the cleaned body (`text`, frozen after cleaning) and spans into it."""

    text: str
    source: Source
    headline: str | None = None
    published: str | None = None
    publisher: str | None = None
    byline: list[str] = field(default_factory=list)
    credit: str | None = None
    contributors: list[str] = field(default_factory=list)
    dateline: str | None = None
    links: list[Link] = field(default_factory=list)
    language: str = "en"
    warnings: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    pipeline_version: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)

    def entity(self, entity_id: str | None) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_dict(),
            "headline": self.headline,
            "published": self.published,
            "publisher": self.publisher,
            "byline": list(self.byline),
            "credit": self.credit,
            "contributors": list(self.contributors),
            "dateline": self.dateline,
            "links": [plain(x) for x in self.links],
            "language": self.language,
            "text": self.text,
            "warnings": list(self.warnings),
            "entities": [plain(x) for x in self.entities],
            "timexes": [plain(x) for x in self.timexes],
            "quotes": [plain(x) for x in self.quotes],
            "events": [plain(x) for x in self.events],
            "pipeline_version": self.pipeline_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        src = data.get("source") or {}
        return cls(
            id=data.get("id", ""),
            text=data["text"],
            source=Source(format=src.get("format", "text"), path=src.get("path"), url=src.get("url")),
            headline=data.get("headline"),
            published=data.get("published"),
            publisher=data.get("publisher"),
            byline=list(data.get("byline") or []),
            credit=data.get("credit"),
            contributors=list(data.get("contributors") or []),
            dateline=data.get("dateline"),
            links=[Link(**x) for x in data.get("links") or []],
            language=data.get("language") or "en",
            warnings=list(data.get("warnings") or []),
            entities=[_entity_from(x) for x in data.get("entities") or []],
            timexes=[Timex(**x) for x in data.get("timexes") or []],
            quotes=[Quote(**x) for x in data.get("quotes") or []],
            events=[_event_from(x) for x in data.get("events") or []],
            pipeline_version=data.get("pipeline_version"),
        )


def _entity_from(data: dict[str, Any]) -> Entity:
    mentions = [Mention(**m) for m in data.get("mentions") or []]
    return Entity(**{**data, "mentions": mentions})


def _event_from(data: dict[str, Any]) -> Event:
    loc = data.get("location")
    trig = data.get("trigger")
    tgt = data.get("target")
    return Event(
        **{
            **data,
            "source": Actor(**data["source"]),
            "target": Actor(**tgt) if tgt else Actor(None, None, None, None, None),
            "location": Location(**loc) if loc else None,
            "evidence": Span(**data["evidence"]),
            "trigger": Span(**trig) if trig else None,
        }
    )


_WS = re.compile(r"\s+")


def article_id(text: str) -> str:
    """Stable id: a hash of the normalised body, so the same text always gets the same id
    whatever its whitespace, Unicode form or letter case."""
    norm = _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def check_offsets(article: Article) -> list[str]:
    """Every span must lie in `text` and slice to its own text; returns the problems found."""
    text = article.text
    problems: list[str] = []

    def check(kind: str, start: int, end: int, expect: str | None) -> None:
        if not (0 <= start <= end <= len(text)):
            problems.append(f"{kind} span {start}:{end} outside text of length {len(text)}")
        elif expect is not None and text[start:end] != expect:
            problems.append(f"{kind} span {start}:{end} is {text[start:end]!r}, not {expect!r}")

    for ent in article.entities:
        for m in ent.mentions:
            check(f"entity {ent.id} mention", m.start, m.end, m.text)
    for tx in article.timexes:
        check("timex", tx.start, tx.end, tx.text)
    for q in article.quotes:
        check("quote", q.start, q.end, q.text)
    for ev in article.events:
        check(f"event {ev.code} evidence", ev.evidence.start, ev.evidence.end, None)
    return problems


#: types `plain` returns as they are (exact types: a str enum is not among them)
_LEAVES = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """`dataclasses.asdict` without its deep copies: dataclasses become dicts, lists and
    tuples keep their kind, everything else (str, numbers, None, str enums) is shared.

    The records are rebuilt for every stored or printed article; asdict's copy of every
    leaf value was a quarter of the cost of storing one."""
    if type(value) in _LEAVES:  # most values: shared as they are, no attribute look-up
        return value
    names = getattr(type(value), "__dataclass_fields__", None)
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, list):
        return [plain(x) for x in value]
    if isinstance(value, tuple):
        return tuple(plain(x) for x in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
