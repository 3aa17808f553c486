"""Role nouns and titles -> CAMEO role codes ("foreign minister" -> GOV, "troops" -> MIL).

The lexicon is data (dateline/data/actors/roles.tsv); this module only matches it. A title is
split into lower-case words, each word singularised, and every lexicon phrase found in it is a
candidate. Strong phrases ("minister", "army") beat weak generic heads ("spokesman", "chief",
"leader"), so "army spokesman" is MIL and "opposition leader" OPP; among strong ones the longest
wins ("prime minister" over "minister"), then the rightmost, because the English head noun comes
last ("opposition lawmaker" is a lawmaker: LEG).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+")
_MAX_PHRASE = 5
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"


@dataclass(frozen=True)
class RoleMatch:
    """A lexicon phrase found in a title: its code and the word positions it covers."""

    code: str
    strong: bool
    start: int
    end: int
    phrase: str


def singular(word: str) -> str:
    """Crude English singular, applied alike to the lexicon and to the text so both meet."""
    w = word.lower()
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics")):
        return w
    if w.endswith("men") and len(w) > 4:
        return w[:-3] + "man"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def words_of(text: str) -> list[str]:
    """Lower-case singular words of `text` ("Foreign Ministers'" -> ["foreign", "minister"])."""
    return [singular(w.strip("'")) for w in _WORD.findall(text) if w.strip("'")]


@lru_cache(maxsize=1)
def role_lexicon() -> dict[tuple[str, ...], tuple[str, bool]]:
    """phrase words -> (code, strong); read once from the package data file."""
    text = (DATA_DIR / "roles.tsv").read_text(encoding="utf-8")
    lex: dict[tuple[str, ...], tuple[str, bool]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, code, strength = (line.split("\t") + ["", "strong"])[:3]
        key = tuple(words_of(phrase))
        if key:
            lex[key] = (code.strip(), strength.strip() != "weak")
    return lex


def role_matches(words: list[str]) -> list[RoleMatch]:
    """Every lexicon phrase in the (already singularised) word list."""
    lex = role_lexicon()
    out: list[RoleMatch] = []
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + _MAX_PHRASE) + 1):
            hit = lex.get(tuple(words[i:j]))
            if hit:
                out.append(RoleMatch(hit[0], hit[1], i, j, " ".join(words[i:j])))
    return out


def best_role(matches: list[RoleMatch]) -> RoleMatch | None:
    """Strong over weak, then longest, then rightmost (the head noun)."""
    if not matches:
        return None
    return max(matches, key=lambda m: (m.strong, m.end - m.start, m.end))


@lru_cache(maxsize=4096)
def role_code(title: str | None) -> str | None:
    """CAMEO role code of a free-text title or role noun phrase, or None when none is known.

    >>> role_code("Russian foreign minister"), role_code("army spokesman"), role_code("rebels")
    ('GOV', 'MIL', 'REB')
    """
    if not title:
        return None
    best = best_role(role_matches(words_of(title)))
    return best.code if best else None
