"""What the store's queries return: small dataclasses (dataclasses.asdict() gives JSON)."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class PutResult(str, Enum):
    """What `Store.put` did with an article."""

    STORED = "stored"  # new
    REPLACED = "replaced"  # known, but from another pipeline version: re-stored
    UNCHANGED = "unchanged"  # known with the same pipeline version: nothing written


@dataclass
class Page(Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T] = field(default_factory=list)


@dataclass
class ArticleSummary:
    id: str
    headline: str | None
    published: str | None
    publisher: str | None
    source: str | None  # URL, else path
    events: int
    score: float | None = None  # full-text rank (lower is better), when searched
    snippet: str | None = None  # plain-text passage around the matched words, when searched


@dataclass
class EventRow:
    """One stored event with the article it came from and its evidence sentence."""

    id: int
    article_id: str
    headline: str | None
    published: str | None
    position: int  # index in the article record's events list
    code: str
    root: str
    label: str | None
    goldstein: float | None
    quad_class: int | None
    plover: str | None
    source: dict[str, Any]
    target: dict[str, Any]
    date: str | None
    day: str | None
    location: dict[str, Any] | None
    evidence: dict[str, int]
    sentence: str
    confidence: float | None
    pattern: str | None
    trigger: dict[str, int] | None


@dataclass
class TimelineDay:
    """Events per day by quad class (1 verbal coop., 2 material coop., 3 verbal conflict,
    4 material conflict)."""

    day: str
    q1: int = 0
    q2: int = 0
    q3: int = 0
    q4: int = 0

    @property
    def total(self) -> int:
        return self.q1 + self.q2 + self.q3 + self.q4


@dataclass
class NetworkNode:
    id: str  # the actor code, else its name
    name: str | None
    code: str | None
    country: str | None
    events: int


@dataclass
class NetworkEdge:
    source: str
    target: str
    count: int
    mean_goldstein: float | None


@dataclass
class Network:
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


@dataclass
class EntityArticle:
    article_id: str
    headline: str | None
    published: str | None
    local_id: str
    mentions: list[dict[str, Any]]


@dataclass
class EntityProfile:
    key: str
    name: str
    label: str
    country: str | None
    roles: list[str]
    articles: list[EntityArticle]
    events: list[EventRow]


@dataclass
class EntitySummary:
    key: str
    name: str
    label: str
    country: str | None
    articles: int


@dataclass
class Counts:
    articles: int
    entities: int
    mentions: int
    timexes: int
    quotes: int
    events: int
    links: int
