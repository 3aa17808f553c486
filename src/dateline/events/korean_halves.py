"""asia37: "the North" and "the South" in news about the Koreas are the two states.

Korea stories of 2005-2020 name the states once and then write "the North" and "the South":
"South Korea condemned the North's nuclear test", "Pyongyang threatened the South with ...",
"officials met their counterparts from the North". The small model tags the word LOC (or
nothing), no country table knows it, and every such act lost its actor. In an article that
names either Korea (its name, a "Korean" adjective, Pyongyang or Seoul) a capitalised "North"
or "South" after "the" ("the North's test") with no noun of its own after it ("the North
Korean leader", "the South China Sea" are other names) is North Korea (PRK) or South Korea
(KOR). Lower-case "the north" is a region and stays no party."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

HALVES = {"North": ("PRK", "North Korea"), "South": ("KOR", "South Korea")}
_KOREA_CUE = re.compile(r"\b(Korea|Koreas|Korean|Koreans|Pyongyang|Seoul|Panmunjom|Kim Jong[- ]?(Un|Il))\b")


def _about_korea(doc: "Doc") -> bool:
    return bool(_KOREA_CUE.search(doc.text))


def korean_half(tok: "Token") -> tuple[str, str] | None:
    """(ISO3 code, full name) when the token is "the North" / "the South" of a Korea article."""
    if tok.text not in HALVES or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    if tok.dep_ in ("compound", "amod"):  # "the North Korean leader", "the South China Sea"
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.is_title and nxt.pos_ in ("PROPN", "NOUN") and nxt.ent_type_:
        return None  # a longer proper name: "South Sudan", "North Waziristan"
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the":
        return None
    if not _about_korea(tok.doc):
        return None
    return HALVES[tok.text]
