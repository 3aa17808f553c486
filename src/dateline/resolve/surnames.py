"""A public figure named by family name alone ("Xi", "Aliyev", "Sharif"), read by who held office.

News names a head of state or government by family name alone once readers know who is meant,
and often in a lead or a headline-like sentence that never gives the full name ("Xi met Biden
in San Francisco"). The people table (data/actors/people.txt) lists a surname-only synonym only
where no other listed figure shares it, so "Xi" (no synonym), "Aliyev" (Ilham and Heydar) or
"Sharif" (Shehbaz and Nawaz) found no entry, and the actor coder made a private person of the
article's country of them (USACVL for Xi beside "the United States").

A reader resolves such a name by who was in office on the article's date: in 2024 "Aliyev" is
Ilham Aliyev, "Sharif" Shehbaz Sharif. This module indexes every listed figure by family name
(the last word of a listed name; the first as well for the East Asian names written family
name first, "Xi Jinping", "Kim Jong Un") and answers a family name with the one figure holding
a dated office on that day, when that office is an executive one (GOV); two figures in
office (or none) answer nothing, so a surname the
table cannot settle stays with the rest of the actor coder. Pure: names and a date in, a code out.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from dateline.resolve.actor_dictionary import ActorEntry, normalize_date

#: Countries whose names the English press writes family name first ("Xi Jinping", "Kim Jong Un").
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM"})
#: Name words that are no family name: generational suffixes and the articles of Arabic names.
_NOT_FAMILY = frozenset({"JR.", "JR", "SR.", "SR", "II", "III", "IV", "AL", "EL", "BIN", "BEN", "IBN", "DE",
                         "DA", "VON", "VAN", "DER", "LA", "LE"})
#: The office a family name alone may stand for (GOV: heads of state and government, ministers).
_OFFICE_ROLE = "GOV"
#: Family names shorter than this are never read alone (initials, "Li" is the shortest kept).
_MIN_LEN = 2


def _name_words(raw: str) -> list[str]:
    return [w for w in raw.strip().strip("_").replace("_", " ").split() if w]


def _family_names(entry: ActorEntry) -> set[str]:
    """The family names one entry may be called by alone."""
    countries = {c.code[:3] for c in entry.codes}
    out: set[str] = set()
    for raw in (entry.name, *entry.synonyms):
        words = _name_words(raw)
        if len(words) < 2:
            continue
        last = next((w for w in reversed(words) if w not in _NOT_FAMILY), None)
        if last:
            out.add(last)
            if "-" in last and last.split("-", 1)[0] in ("AL", "EL"):
                out.add(last.split("-", 1)[1])  # "El-Sisi" is also "Sisi"
        if countries & FAMILY_FIRST and words[0] not in _NOT_FAMILY:
            out.add(words[0])
    return {w for w in out if len(w) >= _MIN_LEN and w.replace("-", "").replace(".", "").isalpha()}


def _given_name(entry: ActorEntry) -> str:
    """The entry's first given name: the first word of its name, or the second for a name
    written family name first."""
    words = _name_words(entry.name)
    family_first = any(c.code[:3] in FAMILY_FIRST for c in entry.codes)
    given = words[1:2] if family_first else words[:1]
    return given[0] if given else ""


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[ActorEntry, ...]]:
    from dateline.resolve.actors import builtin_people

    by_name: dict[str, list[ActorEntry]] = defaultdict(list)
    for entry in builtin_people().entries:
        for family in _family_names(entry):
            by_name[family].append(entry)
    return {k: tuple(v) for k, v in by_name.items()}


def family_names() -> frozenset[str]:
    """Every family name of a listed figure (folded upper case): such a word is a person's name."""
    return frozenset(_index())


def _in_office(entry: ActorEntry, day: str) -> bool:
    return any(c.dated and c.covers(day) and len(c.code) > 3 for c in entry.codes)


def office_holder_by_surname(names: list[str], when: str | None) -> str | None:
    """The code of the one listed figure in office on `when` whose family name is the name
    (every name given must be one word: a full name is looked up as such elsewhere); None when
    no date, a longer name, no such figure or more than one."""
    day = normalize_date(when) if when else None
    if not day or not names:
        return None
    from dateline.resolve.actor_dictionary import _fold

    if any(not n.strip()[:1].isupper() for n in names):
        return None  # "in the bush": a common word the tagger took for a name
    keys = {_fold(n).strip().strip("'\u2019") for n in names}
    if any(not k or " " in k for k in keys) or len(keys) != 1:
        return None
    held = [e for e in _index().get(keys.pop(), ()) if _in_office(e, day)]
    # integ35: entries in office that code alike and share the given name are one person listed
    # twice ("George Bush" and "George W. Bush" in 2004); two people ("Kim Jong Un", "Kim Yo
    # Jong") answer nothing, even in one office
    codes = {e.code_at(day) for e in held}
    if len(codes) != 1 or len({_given_name(e) for e in held}) != 1:
        return None
    code = codes.pop()
    # only executive offices: a head of state or government, a minister; a legislator, an
    # officer or an opposition leader is seldom named by surname alone before being introduced
    return code if code and code.endswith(_OFFICE_ROLE) and code[:3] not in ("IGO", "NGO") else None


def family_name_in_office(names: list[str], code: str | None, when: str | None) -> str | None:
    """role65: a family name the table lists as one figure's synonym, read on a day outside that
    figure's offices, is the relative of the same country who held office then: "Assad" is
    listed for Bashar al-Assad (president from 2000), so in a 1996 story it gave the bare SYR
    (then a private person) though Hafez al-Assad was president. When `code` (the listed
    figure's code on the day) is a country alone and the one name is a family name whose sole
    office holder on the day is of that country, that holder's code; else `code` unchanged."""
    if not code or len(code) != 3 or not names:
        return code
    held = office_holder_by_surname(names[:1], when)
    return held if held and held[:3] == code else code
