"""Test support: hand-built articles and a database of each backend.

Store tests must not depend on what the extraction stages happen to find, so they build
Articles by hand; `span()` finds offsets so the records pass `check_offsets`.
PostgreSQL: $DATELINE_TEST_PG (a server URL) if set, else one throwaway server per test
process (pgtemp), each test getting a fresh database on it.
"""
from __future__ import annotations

import atexit
import itertools
import os
from pathlib import Path

from dateline.errors import ConfigError
from dateline.model import Actor, Article, Entity, Event, Location, Mention, Source, Span
from dateline.store.pgtemp import TempPostgres, find_bindir

NO_ACTOR = Actor(None, None, None, None, None)


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The `nth` occurrence of `needle` in `text` (ValueError when absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def entity(text: str, eid: str, name: str, label: str, surfaces: list[str], country: str | None = None,
           role: str | None = None) -> Entity:
    """An entity with a mention for every occurrence of each surface form (longest first;
    "Berger" inside "Anna Berger" is not a second mention)."""
    mentions: list[Mention] = []
    for surface in sorted(surfaces, key=len, reverse=True):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(m.start < end and start < m.end for m in mentions):
                mentions.append(Mention(start, end, surface))
            start = text.find(surface, end)
    mentions.sort(key=lambda m: m.start)
    return Entity(id=eid, name=name, label=label, country=country, role=role, mentions=mentions)


def actor(entity_id: str | None, name: str, code: str | None, country: str | None = None,
          role: str | None = None) -> Actor:
    return Actor(entity=entity_id, name=name, code=code, country=country, role=role)


def event(text: str, sentence: str, code: str, label: str, goldstein: float, quad_class: int, source: Actor,
          target: Actor = NO_ACTOR, *, date: str | None = None, location: Location | None = None,
          trigger: str | None = None, confidence: float = 0.8, pattern: str | None = None) -> Event:
    ev = span(text, sentence)
    trig = None
    if trigger:
        t = text.index(trigger, ev.start)
        trig = Span(t, t + len(trigger))
    return Event(code=code, root=code[:2], label=label, goldstein=goldstein, quad_class=quad_class, plover=None,
                 source=source, target=target, date=date, location=location, evidence=ev, confidence=confidence,
                 pattern=pattern, trigger=trig)


def article(text: str, *, headline: str | None = None, published: str | None = None, url: str | None = None,
            path: str | None = None, version: str = "test+1", **fields: object) -> Article:
    src = Source(format="html" if url else "text", url=url, path=path)
    return Article(text=text, source=src, headline=headline, published=published, pipeline_version=version,
                   **fields)  # type: ignore[arg-type]


# -- databases -----------------------------------------------------------------------------

class BackendUnavailable(Exception):
    """This backend cannot be tested here; str() says why (tests skip with it)."""


_server: TempPostgres | None = None
_names = itertools.count()


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'test.db'}"


def postgres_url() -> str:
    """A fresh, empty PostgreSQL database. Raises BackendUnavailable (outside CI only) when
    there is no server binary and no $DATELINE_TEST_PG."""
    name = f"dl_test_{os.getpid()}_{next(_names)}"
    external = os.environ.get("DATELINE_TEST_PG")
    if external:
        return _create_on(external, name)
    global _server
    if _server is None:
        if find_bindir() is None:
            if os.environ.get("CI"):
                raise ConfigError("CI is set but PostgreSQL is not installed: scripts/test installs it")
            raise BackendUnavailable("PostgreSQL server binaries not installed (apt-get install postgresql)")
        _server = TempPostgres().start()
        atexit.register(_server.stop)
    return _server.create_database(name)


def _create_on(server_url: str, name: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server_url.replace("postgresql://", "postgresql+psycopg://", 1))
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False)


def backend_url(backend: str, folder: Path) -> str:
    return sqlite_url(folder) if backend == "sqlite" else postgres_url()


# -- three small articles written for the tests (invented events, not real reporting) -------

def example_articles(version: str = "test+1") -> list[Article]:
    return [_talks(version), _clash(version), _election(version)]


def _talks(version: str) -> Article:
    t = ("Austria's foreign minister Anna Berger met her Hungarian counterpart Laszlo Kovacs in Vienna "
         "on Tuesday.\n\nBerger said the talks on river shipping were useful. Kovacs promised to send a "
         "delegation next month.")
    berger = actor("e1", "Anna Berger", "AUTGOV", "AUT", "GOV")
    kovacs = actor("e2", "Laszlo Kovacs", "HUNGOV", "HUN", "GOV")
    vienna = Location("Vienna", "AUT", 48.21, 16.37)
    return article(
        t, headline="Ministers hold river talks", published="2024-03-05", url="https://news.example.org/a/talks",
        publisher="Example News", dateline="VIENNA", version=version,
        entities=[entity(t, "e1", "Anna Berger", "PERSON", ["Anna Berger", "Berger"], "AUT", "foreign minister"),
                  entity(t, "e2", "Laszlo Kovacs", "PERSON", ["Laszlo Kovacs", "Kovacs"], "HUN"),
                  entity(t, "e3", "Vienna", "GPE", ["Vienna"], "AUT")],
        events=[event(t, t[:t.index("\n")], "040", "Consult", 1.0, 1, berger, kovacs, date="2024-03-05",
                      location=vienna, trigger="met", pattern="meet with"),
                event(t, "Kovacs promised to send a delegation next month.", "030",
                      "Express intent to cooperate", 4.0, 1, kovacs, berger, date="2024-04", trigger="promised")],
    )


def _clash(version: str) -> Article:
    t = ("Troops from Norway fired on a fishing boat from Iceland near Jan Mayen on Thursday, the Icelandic "
         "coast guard said.\n\nIceland's government accused Norway of reckless aggression.")
    nor = actor("e1", "Norway", "NORMIL", "NOR", "MIL")
    isl = actor("e2", "Iceland", "ISLGOV", "ISL", "GOV")
    return article(
        t, headline="Shots fired near Jan Mayen", published="2024-03-07T09:30:00+00:00",
        path="/data/clash.html", publisher="Northern Wire", dateline="REYKJAVIK", version=version,
        entities=[entity(t, "e1", "Norway", "GPE", ["Norway"], "NOR"),
                  entity(t, "e2", "Iceland", "GPE", ["Iceland"], "ISL"),
                  entity(t, "e3", "Jan Mayen", "LOC", ["Jan Mayen"], "NOR")],
        events=[event(t, t[:t.index("\n")], "190", "Use conventional military force", -10.0, 4, nor,
                      actor("e2", "Iceland", "ISL", "ISL", None), date="2024-03-07",
                      location=Location("Jan Mayen", "NOR", 71.0, -8.5), trigger="fired"),
                event(t, "Iceland's government accused Norway of reckless aggression.", "112", "Accuse", -2.0, 3,
                      isl, actor("e1", "Norway", "NOR", "NOR", None), date=None, trigger="accused")],
    )


def _election(version: str) -> Article:
    from dateline.model import Link, Quote, Timex

    t = ('Counting began in Lima after polls closed on Sunday.\n\n"We will count every vote," the head of the '
         "electoral office said on Monday.")
    quote = '"We will count every vote,"'
    q = span(t, quote)
    return article(
        t, headline="Counting starts", published="2024-03-11", url="https://elections.example.net/lima",
        version=version,
        entities=[entity(t, "e1", "Lima", "GPE", ["Lima"], "PER")],
        timexes=[Timex(*_se(span(t, "Sunday")), "Sunday", "DATE", "2024-03-10"),
                 Timex(*_se(span(t, "Monday")), "Monday", "DATE", "2024-03-11")],
        quotes=[Quote(q.start, q.end, quote, "direct", None, "head of the electoral office", "said")],
        links=[Link("Full results", "https://elections.example.net/results")],
    )


def _se(s: Span) -> tuple[int, int]:
    return s.start, s.end


def numbered_article(i: int, version: str = "test+1") -> Article:
    """Article number `i` of a synthetic corpus: distinct text, one entity, one event."""
    t = (f"Bridge {i} opens\n\nThe mayor of Springfield opened bridge number {i} over the river on Monday, "
         f"officials said. Residents had waited {i % 17 + 2} years for the crossing, which links the old town "
         f"with the new harbour district.")
    mayor = actor("e1", "Springfield", "USAGOV", "USA", "GOV")
    return article(t, headline=f"Bridge {i} opens", published=f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                   path=f"/corpus/{i}.txt", version=version,
                   entities=[entity(t, "e1", "Springfield", "GPE", ["Springfield"], "USA")],
                   events=[event(t, f"The mayor of Springfield opened bridge number {i} over the river on "
                                    f"Monday, officials said.", "020", "Appeal", 3.0, 1, mayor, trigger="opened")])
