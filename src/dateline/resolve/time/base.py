"""The rule machinery shared by the finder rules: the resolution context, what a rule
returns, the registry, and calendar helpers that need the anchor (publication date).

A rule is a compiled regex plus a function that turns one match into a TIMEX3 type and
value. Rules register themselves with `@rule(pattern)`; the finder runs them all, keeps the
leftmost-longest non-overlapping matches, and resolves them in text order so that
anaphoric expressions ("the day before", "a year earlier") can use the reference time
the previous expression set.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dateline.folded_regex import compile_folded
from dateline.resolve.time.values import UNRESOLVED, Point, at, shift

#: one-word or multi-word modifiers TimeML keeps inside the extent ("about three years",
#: "more than a decade", "around 7:15 p.m.")
APPROX = (
    r"(?:(?i:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|"
    r"at\s+least|at\s+most|up\s+to|fewer\s+than|under|just\s+over|just\s+under|"
    r"well\s+over|no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|close\s+to|"
    r"an\s+estimated)\s+)"
)
#: position-in-period modifiers TimeML keeps too ("early next year", "mid-November",
#: "the end of 1994", "earlier this month", "the late 1970s")
POS = (
    r"(?:(?i:(?:the\s+)?(?:very\s+)?(?:early|late)|the\s+mid|mid|(?:the\s+)?(?:middle|end|beginning|"
    r"start|close|turn)\s+of(?:\s+the)?|earlier|later)(?:\s+|-))"
)


class NoAnchor(Exception):
    """Raised by a rule that needs the publication date when there is none; carries the
    unresolved TIMEX3 form ("XXXX-XX") to output instead of a guess."""

    def __init__(self, value: str) -> None:
        super().__init__(value)
        self.value = value


@dataclass
class Res:
    """A rule's answer: the type and value, and the calendar point it denotes (if any),
    which becomes the reference time for later anaphoric expressions."""

    type: str
    value: str
    point: Point | None = None
    #: False for values counted from the reference time itself ("a year earlier"), so that
    #: a run of them does not drift further back with each one
    sets_ref: bool = True


@dataclass
class Piece:
    """One timex of a rule that yields several (a range "1990-95" gives two)."""

    start: int
    end: int
    res: Res


@dataclass
class Context:
    """What a rule may look at besides its match: the text, anchor, reference time and
    a tense oracle for the clause the match sits in."""

    text: str
    anchor: dt.date | None
    direction: Callable[[int, int], int]
    prev_word: Callable[[int], str]
    ref: Point | None = None
    #: the last quarter (or half) the text named: "the year-ago quarter" is that one, a year back
    last_period: Point | None = None
    extra: dict = field(default_factory=dict)

    def need_anchor(self, gran: str) -> dt.date:
        if self.anchor is None:
            raise NoAnchor(UNRESOLVED[gran])
        return self.anchor

    def ref_date(self, gran: str) -> dt.date:
        """The reference time for anaphora: the last date mentioned, else the anchor."""
        if self.ref is not None:
            return self.ref.date
        return self.need_anchor(gran)


Resolver = Callable[[re.Match, Context], "Res | list[Piece] | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    resolve: Resolver
    #: a cheap pattern every match contains: the rule runs only where the text has it
    needs: re.Pattern | None = None


RULES: list[Rule] = []


def rule(pattern: str, needs: str | None = None) -> Callable[[Resolver], Resolver]:
    """Register `fn` as the resolver of `pattern` (compiled once, at import); `needs` is a
    simple pattern that every match of the rule contains: the rule is skipped in the stretches
    of text (finder windows) without it."""

    def register(fn: Resolver) -> Resolver:
        # every timex starts a word: the guard lets the engine skip mid-word positions at
        # once instead of trying each alternative there (a 5x speed-up on news text)
        # the (?i) parts spelt out as classes (folded_regex): the same matches, and the engine
        # can skip an alternative by its first letter
        RULES.append(Rule(fn.__name__, compile_folded(rf"(?<!\w)(?:{pattern})"), fn,
                          _needs(needs) if needs else None))
        return fn

    return register


@functools.lru_cache(maxsize=None)
def _needs(pattern: str) -> re.Pattern:
    """One compiled object per `needs` text: the finder groups rules by it (equal patterns
    must be the same object, as re's own cache made them)."""
    return compile_folded(pattern)


# -- calendar helpers ---------------------------------------------------------------

def weekday_date(anchor: dt.date, wd: int, direction: int) -> dt.date:
    """The `wd` weekday nearest the anchor in the tense's direction: a past clause takes
    the previous one, a future clause the next one; the anchor's own weekday is the anchor.
    With no tense evidence, news reports the past, so the previous one."""
    delta = wd - anchor.weekday()
    if delta == 0:
        return anchor
    if direction > 0:
        return anchor + dt.timedelta(days=delta % 7)
    return anchor - dt.timedelta(days=(-delta) % 7)


def month_year(anchor: dt.date, month: int, direction: int) -> int:
    """The year of a month named without one: the anchor's, unless the tense points the
    other way (a past-tense "in November" read in April is last November)."""
    # a month just after the anchor's in a past clause is more often a slip of tense
    # ("orders for November transactions were placed") than last year's
    if direction < 0 and month > anchor.month + 1:
        return anchor.year - 1
    if direction > 0 and month < anchor.month - 1:
        return anchor.year + 1
    return anchor.year


def day_year(anchor: dt.date, month: int, day: int, direction: int) -> int:
    """The year of "March 3" without one, by tense; a day more than half a year away
    in the other direction flips even without tense evidence."""
    try:
        same = dt.date(anchor.year, month, day)
    except ValueError:
        return anchor.year
    gap = (same - anchor).days
    # tense flips the year only for a day over two months off: reporters write "the
    # deadline was set for Nov. 10" of a date a week ahead more often than of one a year back;
    # with no tense evidence, the nearer of the two readings
    limit = 62 if direction else 183
    if gap > limit and direction <= 0:
        return anchor.year - 1
    if gap < -limit and direction >= 0:
        return anchor.year + 1
    return anchor.year


def day_point(day: dt.date, tod: str | None = None) -> Point:
    return Point(day, "D", tod=tod)


def relative(ctx: Context, gran: str, n: int, anaphoric: bool = False) -> Point:
    """The `gran` period n steps from the anchor (or from the reference time)."""
    base = ctx.ref_date(gran) if anaphoric else ctx.need_anchor(gran)
    return shift(at(base, gran), n)
