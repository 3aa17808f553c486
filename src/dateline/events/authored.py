"""source25: the author of a message that is the subject of an act ("A statement by the army
accused Turkey", "a letter from the party demanded", "the ministry's communique condemned").

Why: news often lets a text act for its author. The coder read such a subject as a thing and
found no actor, so the act was lost ("source unresolved"). The standard codes the author as the
source. These functions only find the author's token in the parse; the coder resolves it as it
would any subject. A message whose phrase names no author ("Messages disparaged ...") is left
alone: the author is then somewhere else in the article, and a guess is easy to get wrong.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns for a text or a broadcast that speaks for whoever issued it.
MESSAGE_NOUNS = frozenset("statement letter message communique communiqué note declaration announcement "
                          "editorial report memo memorandum leaflet pamphlet circular notice bulletin "
                          "manifesto document video tweet post broadcast commentary article speech "
                          "resolution decree opinion ruling verdict judgment judgement petition complaint "
                          "banner placard slogan".split())
# ("release", "order", "post" left out: "the release of the hostages" is an act, not a text)

#: Prepositions that introduce a message's author ("a statement by / from / of the ministry").
AUTHOR_PREPS = frozenset(("by", "from", "of"))

#: Verbs of issuing whose "by" agent is the author ("a letter signed by the party").
ISSUE_VERBS = frozenset("issue sign release publish send write post broadcast air deliver adopt pass "
                        "make hand circulate distribute".split())

#: Nouns that stand between a message and its author ("under the name of the party",
#: "on behalf of the union", "in the name of the movement").
NAME_NOUNS = frozenset(("name", "behalf"))


def is_message(tok: "Token") -> bool:
    """The token is a common noun for a text that may speak for its author."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in MESSAGE_NOUNS or tok.lower_ in MESSAGE_NOUNS)


def _pobj(prep: "Token") -> "Token | None":
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def _named_party(prep: "Token") -> "Token | None":
    """The party a preposition names: its object, or the object of "(the) name / behalf of X"."""
    obj = _pobj(prep)
    if obj is None:
        return None
    if obj.lemma_.lower() in NAME_NOUNS:
        inner = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return _pobj(inner) if inner is not None else None
    return obj


def _party_word(tok: "Token | None") -> bool:
    """A word that may name a party: a name, a noun or a pronoun, not a message, a date or a number
    ("a letter of protest" has no author; "the report of March 3" neither)."""
    return (tok is not None and tok.pos_ in ("PROPN", "NOUN", "PRON") and not is_message(tok)
            and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"))


#: source62: signs that speak for those who carry them ("banners carried by protesters said ...")
SIGN_NOUNS = frozenset("banner placard sign poster".split())
CARRY_VERBS = frozenset("carry hold wave display raise brandish".split())


def carried_sign(message: "Token", verb: "Token") -> bool:
    """source62: `verb` carries the sign `message` ("banners carried by refugees", "refugees
    waved banners"): the carrier is its author, as the signer of a letter is."""
    return message.lemma_.lower() in SIGN_NOUNS and verb.lemma_.lower() in CARRY_VERBS


def message_author(tok: "Token") -> "Token | None":
    """The token naming who issued the message `tok` ("statement" in "a statement by the army"
    -> "army"), or None when `tok` is no message noun or its phrase names no author. Looks, in
    order, at the owner ("the army's statement"), an author preposition ("by / from / of X",
    "under the name of X", "on behalf of X"), an issuing participle's agent ("a letter signed by
    X"), then a name compounded before the noun ("a Kremlin statement")."""
    if not is_message(tok):
        return None
    for c in tok.children:
        if c.dep_ == "poss" and _party_word(c):
            return c
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        low = c.lower_
        party = None
        if low in AUTHOR_PREPS:
            party = _named_party(c)
            if low == "from" and party is not None and party.ent_type_ in ("GPE", "LOC"):
                party = None  # "a report from Baghdad": where it was filed, not who wrote it
        elif low in ("under", "on", "in"):
            obj = _pobj(c)
            if obj is not None and obj.lemma_.lower() in NAME_NOUNS:
                party = _named_party(c)
        if _party_word(party):
            return party
    for c in tok.children:
        if c.dep_ == "acl" and (c.lemma_.lower() in ISSUE_VERBS or carried_sign(tok, c)):
            for a in c.children:
                if a.dep_ == "agent" and _party_word(obj := _pobj(a)):
                    return obj
    for c in tok.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON", "FAC"):
            return c
    return None
