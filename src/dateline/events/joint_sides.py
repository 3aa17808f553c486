"""The sides of a joint act written as group nouns (parties22).

Talks, agreements and truces are coded both ways between their two sides, so a side that does
not resolve loses both triples. Two shapes recur in wire copy:

- "representatives of / from / for X", "negotiators for X": people who stand for a body are
  that body at the table ("representatives from Lloyds Bank met the minister" is the bank), not
  the legislators the dictionary coder reads in "representative". A country they stand for is
  its government.
- "The parties agreed to continue cooperation", "They agreed to have regular contact": a plural
  anaphor as the only subject of a joint act names the pair last coded both ways (met,
  cooperated) in this sentence or the two before (coder._two_sides reads "the two sides", "both countries").
- "Union leaders of the miners and government representatives resumed talks": the small model
  hangs the second side as a conjunct inside the first side's "of" phrase. For a joint act whose
  subject is one group noun, a conjunct of the noun in that phrase is the other side (read
  either way, "leaders of Israel and Egypt met" has Egypt's side at the table too).

Pure functions on spaCy tokens.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.frames import sentences_back
from dateline.model import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns for people who act for a body named in their "of / from / for" phrase. Lower case only:
#: "Trade Representative", "House of Representatives" are offices of their own.
REPRESENTING_NOUNS = frozenset("representative negotiator emissary".split())  # (meetings.represented_parties: two named bodies as subjects)
REPRESENTING_PREPS = frozenset({"of", "from", "for"})
#: Plural nouns that name the two parties of an act already reported ("the parties", "the sides").
PAIR_ANAPHOR_NOUNS = frozenset({"party", "side"})
#: How many sentences back a reader looks for the pair.
PAIR_REACH = 2
#: talks59: meetings whose one-way coding ("X met Y") still makes X and Y "the parties".
MET_CODES = frozenset({"040", "043", "044", "046"})

#: Prepositions whose object names what a group noun's members belong to ("leaders of X").
MEMBERSHIP_PREPS = frozenset({"of", "from"})


def representing(tok: "Token") -> bool:
    """The token is a noun for people who act for a body ("representatives", "negotiator")."""
    return tok.lemma_.lower() in REPRESENTING_NOUNS or tok.lower_.removesuffix("s") in REPRESENTING_NOUNS


def state_side(subject: "Token", actor: Actor) -> Actor:
    """A bare country a representing subject's phrase names is its government ("representatives of
    Egypt and Israel": Israel's side is ISRGOV, as Egypt's is); any other actor as it is."""
    if representing(subject) and actor.country and actor.code == actor.country:
        return Actor(actor.entity, actor.name, actor.country + "GOV", actor.country, "GOV")
    return actor


def _common_noun(tok: "Token") -> bool:
    """A common noun, lower case or opening its sentence (where the tagger calls "Representatives"
    a proper noun); no part of a name ("Trade Representative", "House of Representatives")."""
    return not tok.ent_type_ and (tok.pos_ == "NOUN" and tok.text[:1].islower()
                                  or tok.pos_ in ("NOUN", "PROPN") and tok.is_sent_start
                                  or _opening_plural(tok))


def _opening_plural(tok: "Token") -> bool:
    """actors73: the 1987 wire capitalises a clause's first noun after an opening adverb
    ("Furthermore, Representatives of the Farm Credit System ... are meeting"): a plural
    "Representatives" right after the sentence's opening word and its comma is the common noun."""
    return tok.lower_ == "representatives" and tok.i >= 2 and tok.doc[tok.i - 1].text == "," \
        and tok.doc[tok.i - 2].is_sent_start


def represented_body(tok: "Token") -> "Token | None":
    """The noun a representing noun stands for ("representatives from Citibank" -> Citibank),
    None when the token is no such noun or names no body."""
    if not representing(tok) or not _common_noun(tok):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in REPRESENTING_PREPS:
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.pos_ in ("NOUN", "PROPN"):
                return body
    return None


def stranded_co_sides(subject: "Token") -> list["Token"]:
    """The side coordinated last inside a group-noun subject's "of / from" phrase ("leaders of the
    miners and government representatives" -> representatives): the other side of a joint act the
    parser attached one level too low, or deeper still ("leaders of miners employed by Comibol and
    government representatives"). The noun that heads what follows the phrase's last "and": the
    rightmost noun there whose head lies before the "and". Empty when the subject has no such
    phrase or the phrase coordinates nothing."""
    if not _common_noun(subject):
        return []
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEMBERSHIP_PREPS:
            continue
        words = list(prep.subtree)
        cc = next((t for t in reversed(words) if t.dep_ == "cc" and t.lower_ == "and"), None)
        if cc is None:
            return []
        heads = [t for t in words if t.i > cc.i and t.pos_ in ("NOUN", "PROPN") and t.head.i < cc.i]
        return heads[-1:]
    return []


def pair_anaphor(tok: "Token") -> bool:
    """ "they", or "the parties" / "the sides" with nothing of their own ("the parties in
    parliament", "opposition parties" are groups, not a pair already named)."""
    if tok.lower_ == "they" and tok.pos_ == "PRON":
        return True
    return tok.lemma_.lower() in PAIR_ANAPHOR_NOUNS and tok.tag_ in ("NNS", "NNPS") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("prep", "amod", "compound", "nmod", "relcl", "acl", "nummod") for c in tok.children)


def earlier_pair(tok: "Token", earlier: list[Event], roots: frozenset[str]) -> list[tuple["Token", Actor]]:
    """The two actors of the last joint act (one of `roots`) coded both ways between two different
    actors in the anaphor's sentence or the PAIR_REACH before it ("X and Y met": a pair; "X
    visited Y" is one-way, no pair for "they"); empty when there is none."""
    lo = tok.doc[sentences_back(tok, PAIR_REACH)].idx
    for ev in reversed(earlier):
        if ev.trigger is None or not lo <= ev.trigger.start < tok.idx or ev.code[:2] not in roots:
            continue
        src, tgt = ev.source, ev.target
        if src.code and tgt.code and src.code != tgt.code and (not src.entity or src.entity != tgt.entity) \
                and (any(e.code == ev.code and e.source.code == tgt.code and e.target.code == src.code for e in earlier)
                     or ev.code in MET_CODES and tok.pos_ == "NOUN"):
            # talks59: "X met Y and Z ... The parties agreed to continue cooperation": a meeting
            # is the two sides' whatever its direction ("they" still needs a pair coded both ways)
            return [(tok, src), (_other(tok), tgt)]
    return []


def _other(tok: "Token") -> "Token":
    """A second token for the pair's other side (the pairing step skips a token paired with itself):
    the anaphor's head verb stands in, as "both" does for "both sides" in coder._two_sides."""
    return tok.head if tok.head is not tok else tok
