"""oneactor64: the place a report comes from is not the party a refusal to comment answers.

"Officials declined to comment on reports from Tokyo that the meeting would be put off": the
comment is withheld from the press that carries the reports (the wire's ---MED, as for
"declined to comment on press reports"); "Tokyo" only says where the reports were filed or
published, as "reports in the Japanese press" does. The coder took the place in the topic's
phrase for the target (ITAGOV 011 JPN). A place (or a people word read as one) that hangs by
"from" / "in" / "out of" off a report noun of the topic is therefore no target of "declined to
comment"; whoever the report names as its author ("reports by the Japanese finance ministry")
stays a target.

Pure: tokens in, a yes or no out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of what the press carries.
REPORT_NOUNS = frozenset("report rumour rumor speculation story article dispatch".split())
_PLACE_PREPS = frozenset({"from", "in", "out"})


def _placed_by(prep: "Token") -> bool:
    """A "from / in / out of" preposition whose object is a place."""
    if prep.lower_ == "out":
        prep = next((c for c in prep.children if c.lower_ == "of"), prep)
    return prep.lower_ in _PLACE_PREPS | {"of"} and any(
        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in prep.children)


def report_place(tok: "Token", role: str | None) -> bool:
    """`tok` is a place named by "from / in / out of <place>" on a report noun ("reports from
    Tokyo", "press reports in Bonn", "a story out of Washington"), or the report noun itself
    read as that place's country (a bare country: no role)."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORT_NOUNS and role is None:
        return any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and _placed_by(c) for c in tok.children)
    if tok.ent_type_ not in ("GPE", "LOC", "FAC") or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ == "out":
        prep = prep.head
    return prep.lower_ in _PLACE_PREPS and prep.head.lemma_.lower() in REPORT_NOUNS \
        and prep.head.pos_ == "NOUN"
