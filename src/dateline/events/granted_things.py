"""light58: "granted X, <who X is>, a full pardon", "granted 140 jailed dissidents a pardon",
"awarded the U.S. oil company Chevron a new licence": the thing given read into the receiver's phrase.

With a double object the small model often takes the receiver for the direct object (dobj) and
hangs the thing given under it, so the verb's frame had the person as its object and no "+pardon"
line matched. For a verb of giving, an indefinite noun ("a ...", "an ...") so placed is the thing
given and the receiver fills the dative slot (`frames._slot`):
- an adverbial noun right after the receiver ("dissidents a pardon": npadvmod);
- the last apposition in the receiver's phrase, after a comma, with an earlier comma after the
  receiver (its description's), ending the phrase ("Safavian, formerly the agency's chief of
  staff, a full pardon": the pardon hangs on the chief, beside it, or under its last noun);
  "granted Black, a former publisher." has one comma and gives nothing;
- two direct objects, the last indefinite, with the name read as a dative between them
  ("awarded the company Chevron a licence": Chevron is the receiver).
Pure: tokens in, tokens out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of giving that take a receiver and a thing ("granted X a pardon").
GIVING_VERBS = frozenset("grant give offer award issue extend send hand".split())
_INDEFINITE = frozenset({"a", "an"})


def _indefinite(noun: "Token") -> bool:
    return noun.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in noun.children)


def _counted(noun: "Token") -> bool:
    """A sum or an amount: "eight mln sterling", "20 billion yen", "500 tonnes"."""
    return any(d.dep_ == "nummod" or d.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") and d.dep_ in ("compound", "amod")
               for d in noun.children)


def misread_thing(tok: "Token") -> "tuple[Token, Token] | None":
    """(thing given, receiver) when `tok` is a verb of giving whose direct object is the receiver
    with the thing hung under it, else None."""
    if tok.lemma_.lower() not in GIVING_VERBS or tok.pos_ != "VERB":
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]
    if len(objs) >= 2 and _indefinite(objs[-1]) and not _indefinite(objs[0]):
        # "awarded the U.S. oil company Chevron a new licence": two objects (and the name read as
        # the dative between them); the indefinite last one is the thing, the name the receiver
        dative = [c for c in tok.children if c.dep_ == "dative" and objs[0].i < c.i < objs[-1].i and c.pos_ == "PROPN"]
        return objs[-1], (dative or objs)[0]
    if len(objs) >= 2 and objs[0].pos_ == "PROPN" and objs[-1].pos_ == "NOUN" and _counted(objs[-1]):
        # frame68r: "granted Mozambique about eight mln sterling for food aid": the parser reads
        # the receiver and the sum as two objects; the counted last one is the thing given
        return objs[-1], objs[0]
    if any(c.dep_ == "dative" for c in tok.children):
        return None
    rec = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)
    if rec is None or _indefinite(rec):
        return None
    for c in rec.children:  # "dissidents a pardon": the adverbial noun right after the receiver
        if c.dep_ == "npadvmod" and c.i > rec.i and _indefinite(c) and c.left_edge.i == rec.i + 1:
            return c, rec
    # "X, <who X is>, a full pardon": the last apposition in the receiver's phrase, set off by a
    # comma, with an earlier comma after the receiver (the description's) and nothing after it
    things = [t for t in rec.subtree if t.dep_ == "appos" and t.i > rec.i and _indefinite(t)]
    if not things:
        return None
    thing = things[-1]
    doc = tok.doc
    start = thing.left_edge.i
    if thing.right_edge.i == rec.right_edge.i and start > rec.i + 1 and doc[start - 1].text == "," \
            and any(doc[k].text == "," for k in range(rec.i + 1, start - 1)):
        return thing, rec
    return None


def receiver_of(tok: "Token", obj: "Token | None") -> list["Token"]:
    """The receiver when `obj` is a thing `misread_thing` found for `tok`, else []."""
    found = misread_thing(tok) if obj is not None else None
    return [found[1]] if found is not None and found[0].i == obj.i else []


__all__ = ["GIVING_VERBS", "misread_thing", "receiver_of"]
