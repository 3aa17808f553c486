"""A firm's country read from its legal form (business33).

Wire copy names firms the actor tables do not list ("Gamma Holdings Plc", "Delta AG", "Sigma
SpA"). Their country is in the name's last word: a public limited company is British, an
Aktiengesellschaft German, a societa per azioni Italian. Without it the firm took the article's
country (a Tokyo dateline made a British Plc Japanese) or none at all (---BUS in a story
without a dateline). Only forms that belong to one country's law are read: "Corp", "Inc",
"Ltd", "Co" and "SA" are used in many countries and say nothing.
"""
from __future__ import annotations

import re

#: Legal forms of one country's company law -> ISO3 (the word as written, without dots).
LEGAL_FORM_COUNTRY: dict[str, str] = {
    "plc": "GBR",     # public limited company
    "ag": "DEU",      # Aktiengesellschaft (Swiss and Austrian firms write it too; Germany's in most copy)
    "gmbh": "DEU",    # Gesellschaft mit beschraenkter Haftung
    "kgaa": "DEU",
    "spa": "ITA",     # societa per azioni
    "srl": "ITA",
    "nv": "NLD",      # naamloze vennootschap (Belgian firms too; the Netherlands' in most copy)
    "bv": "NLD",
    "kk": "JPN",      # kabushiki kaisha
    "ab": "SWE",      # aktiebolag
    "asa": "NOR",
    "oy": "FIN",
    "oyj": "FIN",
}

#: Forms that are capitals-only words: "AG", "NV", "AB" (not the words "ab", "ag" in running text).
_CAPS_ONLY = frozenset({"ag", "nv", "bv", "kk", "ab", "asa"})


def legal_form_country(name: str) -> str | None:
    """The ISO3 country whose company law a firm's last name word names ("Delta AG" -> DEU,
    "Gamma Holdings Plc" -> GBR, "Sigma S.p.A." -> ITA); None for a neutral form or no form."""
    words = name.strip().rstrip(".,").split()
    if len(words) < 2:
        return None
    last = words[-1]
    key = last.replace(".", "").lower()
    country = LEGAL_FORM_COUNTRY.get(key)
    if country is None:
        return None
    if key in _CAPS_ONLY and not last.replace(".", "").isupper():
        return None
    if key == "ag" and _place_name(" ".join(words[:-1])):
        return None  # "Texas AG", "the New York AG": an attorney general, no Aktiengesellschaft
    return country


def _place_name(text: str) -> bool:
    from dateline.resolve.countries import country_code
    text = text.removeprefix("the ").removeprefix("The ")
    return bool(country_code(text)) or subdivision_country_is_us(text)


def subdivision_country_is_us(text: str) -> bool:
    """A US state's name ("Texas", "New York"): its "AG" is the state's attorney general."""
    from dateline.resolve.countries import subdivision_country
    return subdivision_country(text) == "USA"


#: Legal forms of any country ("Pennzoil Co", "Toshiba Machine Co", "Acme Corp"): the name is a firm's.
#: actors73: the one-country forms of LEGAL_FORM_COUNTRY's other than "asa" (also an acronym) are
#: forms too: "Dutch steel concern <Hoogovens Groep BV> said ..." read the bare NLD.
ANY_LEGAL_FORMS = frozenset("co corp corporation inc incorporated ltd plc ag sa nv spa gmbh kk ab llc "
                            "bv oy oyj srl kgaa".split())


def firm_by_legal_form(name: str) -> bool:
    """A name ending in a company's legal form ("Pennzoil Co.", "Omega SA"): a firm. (The roles
    table cannot list "co": it matched the "co" of "co-petitioners".)"""
    words = name.strip().split()
    if len(words) < 2:
        return False
    last = words[-1].replace(".", "")
    return last.lower() in ANY_LEGAL_FORMS and last[:1].isupper()


#: people66: a firm's business-group words ("the Bass Group", "Halvorsen Holdings"): no legal
#: form, but in wire copy a name of one or two name words before them is a firm or an investor
#: group (the tune gold codes "The Bass group" USABUS).
_GROUP_WORDS = frozenset({"group", "holdings"})
#: Words that make a "Group" a political, armed, diplomatic or civic one ("Armed Islamic Group",
#: "Contact Group", "Rio Group", "Crisis Group", "Abu Sayyaf Group").
_NOT_FIRM_GROUP_WORDS = frozenset(
    "armed islamic islamist jihad contact crisis rights human liberation rebel militant terrorist "
    "working study advisory action peace support pressure lobby resistance sayyaf parliamentary "
    "political opposition ethnic environmental minority friends core donor rio".split())


def firm_by_group_word(name: str) -> bool:
    """people66: "Bass Group", "Halvorsen Holdings" (one or two capitalised name words and a
    business-group word) name a firm; "Armed Islamic Group", "Contact Group", "Group of Seven",
    a place's group ("Rio Group") and a role word's group do not. A name that is any place's
    (even a small town: "Tata") is left alone, since the firm would take that place's country."""
    words = re.sub(r"(?i)^the\s+", "", name.strip()).split()
    if not 2 <= len(words) <= 3 or words[-1].lower() not in _GROUP_WORDS:
        return False
    firm = words[:-1]
    if not all(w[:1].isupper() and w.isalpha() for w in firm):
        return False
    if any(w.lower() in _NOT_FIRM_GROUP_WORDS for w in firm):
        return False
    text = " ".join(firm)
    from dateline.resolve.actor_roles import head_role
    from dateline.resolve.places import place_country
    return not (_place_name(text) or place_country(text) or head_role(text))
