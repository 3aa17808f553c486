"""TIMEX3 "mod": the qualifier words at the front of a timex ("early 1990" -> START,
"about three years" -> APPROX, "more than a decade" -> MORE_THAN).

The value stays that of the bare expression ("early 1990" is 1990); the mod says which
part of it, or how exact it is. Read from the timex's own words only, so it costs one
anchored regex per timex. Choices follow the majority of TempEval-3's training gold
(e.g. "nearly" is EQUAL_OR_LESS, "almost" LESS_THAN, "earlier this month" START).
"""
from __future__ import annotations

import re

_MODS: list[tuple[str, str]] = [
    (r"at\s+least|no\s+less\s+than|no\s+fewer\s+than", "EQUAL_OR_MORE"),
    (r"at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|nearly", "EQUAL_OR_LESS"),
    (r"(?:just\s+|well\s+)?(?:more\s+than|over)", "MORE_THAN"),
    (r"(?:just\s+)?(?:less\s+than|under|fewer\s+than)|almost", "LESS_THAN"),
    (r"about|around|approximately|roughly|some|an\s+estimated|close\s+to", "APPROX"),
    (r"(?:the\s+)?(?:very\s+)?(?:early|earlier)|(?:the\s+)?(?:beginning|start)\s+of", "START"),
    (r"(?:the\s+)?(?:very\s+)?(?:late|later)|(?:the\s+)?end\s+of|(?:the\s+)?close\s+of", "END"),
    (r"(?:the\s+)?mid|(?:the\s+)?middle\s+of", "MID"),
]
_MOD_RE = re.compile(r"(?i)^(?:" + "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(_MODS)) + r")(?=[\s-])")


def timex_mod(text: str, type_: str) -> str | None:
    """The mod of a timex from its leading words; None for sets and unqualified timexes.
    "the mid-1990s" and "mid-November" count; "some time" (a vague amount) does not."""
    if type_ == "SET":
        return None
    m = _MOD_RE.match(text)
    if m is None or m.lastgroup is None:
        return None
    if m.group().lower() == "some" and not re.match(r"(?i)some\s+(?:\d|[a-z]+\s)", text):
        return None  # "some time", "some years": vague, not approximate
    return _MODS[int(m.lastgroup[1:])][1]
