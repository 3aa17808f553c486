"""actors70: a Reuters stock ticker after a firm's name says it is a firm, and where it is listed.

Reuters 1987 copy follows a listed company's name with its ticker in angle brackets: "Pechiney
<PUKG.PA> said ...", "Celanese Corp <CZ>". A name the actor tables do not list and that carries
no legal form ("Pechiney", "Kansai Denki") was read as no one, and one with a neutral form
("Corp", "Ltd") took the story's country (a Frankfurt dateline made Celanese German). The
ticker's exchange suffix names the market of the firm's home country (.PA Paris, .T Tokyo,
.L London, .S Sydney in this era's copy); a ticker with no suffix is a United States listing
(New York, American or over-the-counter, also written .N, .A, .O).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: Exchange suffix -> ISO3 of the exchange's country (only suffixes with one reading in the era's copy).
SUFFIX_COUNTRY: dict[str, str] = {
    "N": "USA", "O": "USA",  # (not ".A": American Stock Exchange and Amsterdam both)
    "L": "GBR", "F": "DEU", "D": "DEU", "T": "JPN", "OS": "JPN", "S": "AUS", "Z": "CHE",
    "PA": "FRA", "MI": "ITA", "AS": "NLD", "BR": "BEL", "ST": "SWE", "OL": "NOR", "CO": "DNK",
    "HE": "FIN", "VI": "AUT", "MC": "ESP", "HK": "HKG", "SI": "SGP", "KL": "MYS", "SE": "KOR",
    "J": "ZAF", "TO": "CAN",
}

_TICKER = re.compile(r"^[A-Z0-9&]{1,6}(?:\.([A-Z]{1,2}))?$")


def ticker_after(tok: "Token") -> str | None:
    """The ticker written right after the name `tok` belongs to ("Pechiney <PUKG.PA>": "PUKG.PA"),
    skipping the name's further words; None when no bracketed ticker follows the name."""
    doc = tok.doc
    i = tok.i + 1
    steps = 0
    while i < len(doc) and steps < 6 and doc[i].text != "<":
        w = doc[i]
        if w.text == "of" and tok.ent_type_ == "PERSON":
            return None  # "Chairman John Smith of Acme Corp <ACME>": the person stays a person
        if not (w.text[:1].isupper() or w.text in ("&", "-", "of")) or w.is_sent_start or w.is_punct and w.text not in ("&", "-"):
            return None  # (not across "and": "Cable and Wireless Plc <CAWL.L>": the parse's own conjuncts)
            return None
        i += 1
        steps += 1
    if i + 2 >= len(doc) or doc[i].text != "<" or doc[i + 2].text != ">":
        return None
    inner = doc[i + 1].text
    return inner if _TICKER.match(inner) else None


def ticker_country(ticker: str) -> str | None:
    """The ISO3 of a ticker's exchange: the suffix's country, USA for a bare US ticker, None for
    a suffix this table does not read."""
    base, dot, suffix = ticker.partition(".")
    if not dot:
        return "USA"
    return SUFFIX_COUNTRY.get(suffix)
