"""The chief executive of Hong Kong or Macau heads its government (GOV), not a firm (BUS).

"Chief executive" is a business title in roles.tsv (BUS), and so it is nearly everywhere; but
since 1997 (Hong Kong) and 1999 (Macau) it is also the title of the territory's head of
government: "Hong Kong Chief Executive Leung Chun-ying", "the chief executive" of a Hong Kong
story. The coder made HKGBUS of him (or ---BUS, a business taking no country from the story).
A title that is "chief executive" and nothing else but the territory's name (no firm: "the
chief executive of HSBC", "Cathay Pacific chief executive") of an actor of Hong Kong or Macau,
or of no country in a story about one of them, is the territory's government.
Pure: a code, a title and the story's country in, a code out.
"""
from __future__ import annotations

import re

#: Territories whose head of government is titled chief executive.
TERRITORIES = frozenset({"HKG", "MAC"})
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_PLAIN = frozenset({"the", "its", "territory", "territory's", "s", "hong", "kong", "macau", "macao",
                    "sar", "new", "then", "incoming", "outgoing"})


def territory_head(code: str | None, title: str | None, story_country: str | None = None) -> str | None:
    """HKGGOV / MACGOV for a business-coded "chief executive" of a territory; else `code`."""
    if not code or not title or not code.endswith("BUS") or len(code) != 6:
        return code
    country = code[:3] if code[:3] in TERRITORIES else story_country if code[:3] == "---" else None
    if country not in TERRITORIES:
        return code
    words = [w.lower() for w in _WORD.findall(title.replace("\u2019", "'").replace("'s", ""))]
    rest = [w for w in words if w not in _PLAIN]
    return country + "GOV" if rest == ["chief", "executive"] else code
