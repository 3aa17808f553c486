"""Find and resolve: run every rule's regex over the text, keep the leftmost-longest
non-overlapping matches, and resolve them in text order (so the reference time flows)."""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.folded_regex import compile_folded
from dateline.model import Timex
from dateline.resolve.time import rules_dates, rules_relative, rules_spans  # noqa: F401 (register rules)
from dateline.resolve.time.base import RULES, Context, NoAnchor, Piece, Res, Rule
from dateline.resolve.time.lexicon import DECADE_WORDS, MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS
from dateline.resolve.time.mods import timex_mod
from dateline.resolve.time.tense import doc_direction, text_direction
from dateline.wordlist_regex import words_pattern

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PREV_WORD = re.compile(r"(\S+)\s*$")
_TIME_NOUNS = {"quarter", "season", "budget", "election", "elections", "census", "olympics", "cup", "model",
               "level", "levels", "period", "price", "prices", "figure", "figures", "summit",
               "games", "edition", "campaign", "vintage", "class", "plan", "law", "act", "agreement",
               "deadline", "target", "peak", "high", "low", "record", "standard", "report"}
_RATE_WORDS = re.compile(r"(?:\d[\d,.]*|million|billion|trillion|thousand|hundred|dozen|percent|%|cents?|dollars?|"
                         r"[a-z]+s|times|once|twice|euros?|pounds?|yuan|rubles?|yen)[\"'”’)]?$", re.I)


def parse_anchor(published: str | None) -> dt.date | None:
    """The date part of an ISO date or datetime; None when absent or unreadable."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def annotate(text: str, published: str | None, doc: "Doc | None" = None) -> list[Timex]:
    """All timexes of `text`, valued against `published`, optionally with the text's parse."""
    ctx = _context(text, parse_anchor(published), doc)
    matches = _candidates(text, ctx)
    out: list[Timex] = []
    for rule, m in matches:
        for piece in _resolve(rule, m, ctx):
            if piece.res.point is not None and piece.res.sets_ref:
                ctx.ref = piece.res.point
                if piece.res.point.gran in ("Q", "H"):
                    ctx.last_period = piece.res.point
            span = text[piece.start:piece.end]
            out.append(Timex(piece.start, piece.end, span, piece.res.type, piece.res.value,
                             anchor="published" if ctx.anchor else None,
                             mod=timex_mod(span, piece.res.type)))
    return out


#: every timex holds one of these words or digit shapes; rules run only in windows around them.
#: Not any digit: news copy is full of amounts and percentages, which made windows cover most
#: of a wire story. The shapes are those the rules that need digits look for: a year or a
#: 24-hour time (4 digits), a decade, '87, a clock time, a numeric date.
_DIGITS = r"\d{4}|\d{1,3}0'?s|'\d|\d{1,2}:\d\d|\d{1,2}(?:[:.]\d\d)?\s*(?i:[ap]\.?m)|\d{1,2}[/.]\d{1,2}[/.]\d"
_TRIGGER = compile_folded(
    r"(?<!\w)(?:" + _DIGITS + "|(?i:" + words_pattern({
        *UNITS, *MONTHS, *WEEKDAYS, *(d + "s" for d in WEEKDAYS), *SEASONS, *PARTS_OF_DAY, *DECADE_WORDS,
        "yesterday", "today", "tomorrow", "tonight", "now", "current", "currently", "recent",
        "recently", "lately", "past", "future", "term", "moment", "present", "meantime",
        "nowadays", "later", "soon", "noon", "midnight", "midday", "mid-day",
        "daily", "nightly", "weekly", "biweekly", "monthly", "yearly", "annually",
        "hourly", "semiannually", "semi-annually", "christmas", "easter", "thanksgiving",
        "halloween", "fiscal", "fy", "q1", "q2", "q3", "q4", "h1", "h2", "nineteen",
        "thousand", "period", "half",
    }) + r")(?![a-z]))")
#: how far a timex reaches before its trigger word ("no more than the past few weeks")
#: and after it ("10:35 a.m. (0735 GMT) on Friday")
_BEFORE, _AFTER = 45, 45


def _windows(text: str, trigger: re.Pattern = _TRIGGER, within: list[tuple[int, int]] | None = None
             ) -> list[tuple[int, int]]:
    """Merged [start, end) stretches around `trigger` matches, widened to whitespace so no
    rule starts matching inside a word. With `within`, only matches inside those stretches
    count, and the result stays inside them (a rule's `needs` narrows the trigger windows)."""
    out: list[tuple[int, int]] = []
    for lo, hi in within if within is not None else [(0, len(text))]:
        for m in trigger.finditer(text, lo, hi):
            # widened to whitespace, but never past the stretch it was found in
            s = max(lo, _back_to_space(text, max(lo, m.start() - _BEFORE)))
            e = min(hi, _on_to_space(text, min(hi, m.end() + _AFTER)))
            if out and s <= out[-1][1]:
                out[-1] = (out[-1][0], max(e, out[-1][1]))
            else:
                out.append((s, e))
    return out


def _back_to_space(text: str, i: int) -> int:
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _on_to_space(text: str, i: int) -> int:
    while i < len(text) and not text[i].isspace():
        i += 1
    return i


def _candidates(text: str, ctx: Context, *, narrow: bool = True) -> list[tuple[Rule, re.Match]]:
    """Leftmost-longest selection over all rules' matches; ties go to the earlier rule.
    A match its own rule rejects ("May I ask") is dropped before it can shadow a shorter
    or later match of another rule over the same words."""
    found: list[tuple[int, int, int, Rule, re.Match]] = []
    windows = _windows(text)
    # A rule runs only in the windows that hold what it needs: news copy is full of digits,
    # so the windows cover most of a text, while a month or weekday name sits in one or two.
    where: dict[re.Pattern | None, list[tuple[int, int]]] = {None: windows}
    for order, rule in enumerate(RULES):
        if rule.needs not in where:
            # only around what the rule needs (narrow=False: every window, the reference)
            where[rule.needs] = _windows(text, rule.needs, windows) if narrow else windows
        for m in (m for ws, we in where[rule.needs] for m in rule.regex.finditer(text, ws, we)):
            s, e = _trim(text, m.start(), m.end())
            if e > s:
                found.append((e - s, -s, -order, rule, m))
    found.sort(key=lambda f: (f[0], f[1], f[2]), reverse=True)
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, Rule, re.Match]] = []
    for length, neg_start, _, rule, m in found:
        s, e = -neg_start, -neg_start + length
        if any(s < te and ts < e for ts, te in taken) or _is_title(text, s, e) or not _resolve(rule, m, ctx):
            continue
        taken.append((s, e))
        chosen.append((s, rule, m))
    chosen.sort(key=lambda c: c[0])
    return [(rule, m) for _, rule, m in chosen]


_OPEN_QUOTE = re.compile(r"(?:``|[\"“‘']|'')$")
_TITLE_AFTER = re.compile(r"(?:[,.]?\s*(?:''|[\"”’'])|\s+(?:With|At|In|On|Of|And|Tonight|Live|Show|News)\b)")


def _is_title(text: str, s: int, e: int) -> bool:
    """A programme or work title in quotes ("This Week," ``60 Minutes''): two or more
    words, all capitalised, right after an opening quote and before the closing one."""
    words = text[s:e].split()
    if len(words) < 2 or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    if not any(w[0].isupper() for w in words[1:]):
        return False
    q = _OPEN_QUOTE.search(text, max(0, s - 2), s)
    if q is None or not _TITLE_AFTER.match(text, e):
        return False
    # a title runs on from the words before it ("ABC's "This Week""); quoted speech opens
    # a sentence or follows a colon (""Next Tuesday," he said")
    before = text[max(0, q.start() - 3):q.start()].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "'’")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in " \t\n,":
        e -= 1
    while s < e and text[s] in " \t\n":
        s += 1
    return s, e


def _resolve(rule: Rule, m: re.Match, ctx: Context) -> list[Piece]:
    """One match -> its timexes; a rule that rejects its match yields none."""
    try:
        res = rule.resolve(m, ctx)
    except NoAnchor as exc:
        res = Res(_type_hint(m), exc.value)
    except (ValueError, OverflowError, KeyError):
        return []  # an impossible calendar value ("Feb. 30"): not a timex
    if res is None:
        return []
    if isinstance(res, list):
        return res
    s, e = _trim(ctx.text, m.start(), m.end())
    return [Piece(s, e, res)]


def _type_hint(m: re.Match) -> str:
    return "TIME" if re.search(r"(?i)night|morning|evening|afternoon", m.group()) else "DATE"


def _context(text: str, anchor: dt.date | None, doc: "Doc | None") -> Context:
    def prev_word(pos: int) -> str:
        mm = _PREV_WORD.search(text, max(0, pos - 40), pos)
        return mm.group(1) if mm else ""

    if doc is not None:
        direction: Callable[[int, int], int] = functools.lru_cache(maxsize=None)(
            lambda s, e: doc_direction(doc, s, e, text))  # asked twice: when selecting, when resolving
        is_quantity = _doc_quantity(doc)
        is_rate = _doc_rate(doc, prev_word)
    else:
        direction = lambda s, e: text_direction(text, s, e)
        is_quantity = _text_quantity(text)
        is_rate = lambda pos: bool(_RATE_WORDS.search(prev_word(pos))) and prev_word(pos).lower() not in _NOT_RATE
    return Context(text, anchor, direction, prev_word,
                   extra={"is_quantity": is_quantity, "is_rate": is_rate})


#: words before "a year" that make it a duration, not a rate, even though they look like nouns
_NOT_RATE = {"was", "is", "has", "takes", "lasts", "years", "days", "less", "process", "always", "perhaps", "its"}


def _doc_quantity(doc: "Doc") -> Callable[[int, int], bool]:
    """A number the parse attaches to a noun as its count ("2000 troops") is no year."""
    def check(s: int, e: int) -> bool:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        if tok.i > 0 and doc[tok.i - 1].tag_ in ("DT", "PRP$", "POS"):
            return False  # "the 1992 protests", "its 2011 report": a year
        # a count modifies a plural ("2000 troops"); a year a singular ("the 1990 invasion")
        return tok.dep_ == "nummod" and tok.head.i == tok.i + 1 and tok.head.tag_ == "NNS" and tok.head.lower_ not in _TIME_NOUNS
    return check


def _doc_rate(doc: "Doc", prev_word: Callable[[int], str]) -> Callable[[int], bool]:
    """ "$5 million a year", "100 tons a day": a per-unit rate after a quantity or a noun,
    unlike "took a year" or "for a year" (after a verb or preposition)."""
    def check(pos: int) -> bool:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or not len(span) or span[0].i == 0:
            return False
        tok = doc[span[0].i - 1]
        while tok.is_punct and tok.i > 0:
            tok = doc[tok.i - 1]
        if tok.like_num or tok.lower_ in ("percent", "%", "once", "twice", "times"):
            return True
        return tok.pos_ in ("NOUN", "PROPN", "SYM") and tok.lower_ not in _NOT_RATE
    return check


def _text_quantity(text: str) -> Callable[[int, int], bool]:
    follow = re.compile(r"\s+(?:[a-z]+s|people|troops|men|women)\b")

    def check(s: int, e: int) -> bool:
        mm = follow.match(text, e)
        return bool(mm) and mm.group().strip().lower() not in _TIME_NOUNS and text[max(0, s - 3):s].strip().lower() not in ("in", "of")
    return check
