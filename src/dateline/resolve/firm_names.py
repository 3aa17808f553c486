"""actors74: an unlisted name ending in a firm's trade word ("Condor Air", "Hartley Industries",
"Borden Foods") is a business (BUS).

Reuters 1987 copy names many small firms the actor tables do not list, often with no legal
form: "Gull Air said it reached a feeder agreement with ...". With no role and no country of its
own, such a name took the story's country alone (USA, as if the United States acted); the
gold codes these firms as their country's business (USABUS). The entities stage already reads
these trade words as a firm's (ner_base's firm heads); here they give the role. Words that
also end public or political names ("group", "capital", "systems", "communications",
"energy", "electric", "partners", "networks") are left out, and so is any name with an "of"
("Ministry of Petroleum") or a body's word. Pure: the name in, True or False out.
"""
from __future__ import annotations

#: Last words of a firm's name in the era's copy (a subset of ner_base._FIRM_HEADS).
FIRM_TRADE_WORDS = frozenset(
    "air airlines airline airways motors bancorp securities industries technologies pharmaceuticals "
    "petroleum oil telecom foods brewing brewery mining minerals insurance financial investments "
    "ventures enterprises electronics chemicals shipping software studios pictures publishing "
    "construction holdings".split())

#: Words that make the name a public body's or a sector's, not one firm's.
_BODY_WORDS = frozenset(
    "of ministry department board commission authority council agency office bureau administration "
    "national state federal association institute union federation".split())


def firm_by_trade_word(name: str) -> bool:
    """True for a name of two to five capitalised words whose last is a firm's trade word
    ("Condor Air", "Western Pharmaceuticals", "Hartley Industries"); False for one word, a word
    of a public body ("National Oil", "Ministry of Petroleum"), or a lower-case word."""
    words = name.strip().removeprefix("the ").removeprefix("The ").split()
    if not 2 <= len(words) <= 5 or words[-1].lower() not in FIRM_TRADE_WORDS:
        return False
    if any(w.lower() in _BODY_WORDS for w in words):
        return False
    return all(w[:1].isupper() or w == "&" for w in words)


#: A town this small that opens a firm's name is often a namesake ("Windsor", "York"): see below.
_NAMESAKE_POPULATION = 500_000


def namesake_town_country(name: str, home: str | None) -> str | None:
    """actors74: `home` for a firm whose name opens with a small town's name that the story's
    country also has a place of ("Windsor Holding Co" in a Chicago story: Windsor, Ontario gave
    CANBUS; the gold, and the firm, are American). Firms are named after their home towns, and
    the gazetteer's biggest namesake is often abroad. A country, people, capital or region name
    ("British Steel", "Texas Air") and a big city ("Toronto Dominion", "Osaka Gas") keep their
    country; so does a town the story's country has no place of. None when the rule does not apply."""
    from dateline.resolve.countries import Kind, _key, _table
    from dateline.resolve.places import geocode

    if not home:
        return None
    words = name.strip().removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    row = _table().get(_key(words[0]))
    if row is None or row[0] != Kind.CITY or row[2] == home or -row[1] >= _NAMESAKE_POPULATION:
        return None
    found = geocode(words[0], home)
    return home if found is not None and found.country == home else None
