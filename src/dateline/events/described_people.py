"""source62: a people named by its plural demonym and described by what its members do.

"Palestinians living in Hebron say ...", "Syrians fleeing the fighting accuse ...", "Africans
seeking residence rights say ...": the demonym with a participle or relative clause of its own
names some private persons of that nation, not the state (the standard: private persons CVL; the
tune gold codes "Africans seeking ... rights say" AFRCVL). A bare "Palestinians say" keeps the
country code the recogniser gives it. Called from `coder._resolve`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor
from dateline.resolve.countries import country_code

if TYPE_CHECKING:
    from spacy.tokens import Token

# demonyms of regions the country gazetteer does not list (CAMEO region codes)
_REGIONS = {"africans": "AFR", "europeans": "EUR", "asians": "ASA", "latin americans": "LAM", "arabs": "MEA"}


def described_people(tok: "Token") -> Actor | None:
    """The CVL actor of a plural demonym with its own participle / relative clause, else None."""
    if tok.tag_ not in ("NNPS", "NNS") or not tok.text[:1].isupper() or not tok.text.endswith("s"):
        return None
    # (the parser may make the participle the clause's subject and the people its own:
    # "Syrians fleeing the fighting accused ..." as [Syrians fleeing ...] csubj of "accused")
    misread = tok.dep_ == "nsubj" and tok.head.tag_ == "VBG" and tok.head.dep_ == "csubj" and tok.i < tok.head.i
    if not misread and not any(c.dep_ in ("acl", "relcl") for c in tok.children):
        return None
    if any(c.dep_ in ("det", "nummod", "compound", "amod", "poss") for c in tok.children):
        return None  # "the Palestinians", "two Syrians", "young Syrians": other readings, left as they are
    word = tok.text.lower()
    code = _REGIONS.get(word)
    if code is None and tok.ent_type_ == "NORP":
        code = country_code(tok.text)
    if not code or len(code) != 3:
        return None
    return Actor(entity=None, name=tok.text, code=code + "CVL", country=code, role="CVL")
