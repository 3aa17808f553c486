"""euro33: who speaks in "X quoted Y as saying ..." (wire copy citing another medium).

Reuters copy of the 1990s passes on what a leader told a national news agency or state radio:
"Itar-Tass news agency quoted Primakov as saying that ...", "Xinhua quoted Li Peng as calling on
Taiwan to return to talks", "Anatolian news agency quoted Erbakan as accusing Greece of ...". The
small model hangs the participle on "as" (a prepositional complement), so the frames gave it the
subject of "quoted": the news agency (RUSMED, TURMED) became the one who accused, appealed or
criticised. The one quoted is the speaker: the object of "quote" ("quoted Y as saying"), or the
passive subject ("Y was quoted as saying", "Y, quoted by Interfax as saying"). The medium only
reports what Y said, and its quoting is no event.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from dateline.model import Actor

#: Verbs that pass on someone's words "as saying / as accusing ...".
QUOTING_VERBS = frozenset({"quote", "cite"})
#: Common nouns for people a medium quotes ("quoted a senior official as saying").
QUOTED_PEOPLE = frozenset("official officials spokesman spokeswoman spokesperson source sources diplomat "
                          "diplomats aide aides minister leader leaders commander president premier "
                          "ambassador envoy negotiator officer general chief".split())
#: source59: office titles a state medium quotes by title alone ("KUNA quoted the emir as urging",
#: "quoted the premier as saying"), and personal pronouns for one named before ("Israel Radio
#: quoted him as accusing Syria"): the agency was taken for the speaker.
QUOTED_TITLES = frozenset("emir king queen monarch emperor prince sultan sheikh shah premier chancellor "
                          "governor mayor chairman chairwoman secretary head ruler".split())
QUOTED_PRONOUNS = frozenset({"him", "her", "them"})


def _speaker(tok: "Token | None") -> "Token | None":
    """A quoted one that can speak: a name, a tagged person or body, or a people noun ("cited an
    audit as prohibiting him" quotes no one)."""
    from dateline.events.frames import names_actor

    if tok is None:
        return None
    if tok.pos_ == "PRON":
        return tok if tok.lower_ in QUOTED_PRONOUNS else None
    words = {tok.lemma_.lower(), tok.lower_}
    return tok if names_actor(tok) or words & QUOTED_PEOPLE or words & QUOTED_TITLES else None


def _quoting_verb(tok: "Token") -> "Token | None":
    """`tok` when it is a verb of quoting; else its head when `tok` is a name the parser put
    between the verb and its "as" phrase ("was quoted by the news agency SANA as condemning":
    "as" hung on SANA, itself read as a clause of "quoted")."""
    if tok.lemma_.lower() in QUOTING_VERBS and tok.pos_ == "VERB":
        return tok
    up = tok.head
    if (tok.pos_ == "PROPN" or tok.text.isupper()) and tok.dep_ in ("advcl", "appos", "npadvmod", "dep") and up.pos_ == "VERB" \
            and up.lemma_.lower() in QUOTING_VERBS:
        return up  # source59
    return None


def quoted_speaker(tok: "Token") -> "Token | None":
    """The one quoted when `tok` is the participle of "quoted Y as <verb>ing"; None otherwise.
    "Itar-Tass quoted Primakov as saying" -> Primakov; "Primakov was quoted as saying" ->
    Primakov; "quoted as saying" with no one named -> None (the caller keeps its own reading)."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG":
        return None
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ != "as":
        return None
    quote = _quoting_verb(prep.head)
    if quote is None:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in quote.children) or quote.tag_ == "VBN" and quote.dep_ == "acl"
    if passive:
        subj = next((c for c in quote.children if c.dep_ == "nsubjpass"), None)
        if subj is None and quote.dep_ == "acl" and quote.head.pos_ in ("PROPN", "NOUN"):
            subj = quote.head  # "Primakov, quoted by Interfax as saying ...": the noun it hangs on
        return _speaker(subj)
    return _speaker(next((c for c in quote.children if c.dep_ == "dobj"), None))


def quoted_clause_speaker(pron: "Token") -> "Token | None":
    """source59: "Interfax quoted Lebed as saying he would meet the rebels": "he" / "she" as the
    subject of what the quoted one says is the quoted one (as "Lebed said he would ..." is Lebed),
    not a person named earlier or no one. None for other pronouns, for a quoted one that is itself
    a pronoun or plural, and when no one is quoted."""
    if pron.lower_ not in ("he", "she") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    who = quoted_speaker(clause.head)
    if who is None or who.pos_ == "PRON" or who.tag_ in ("NNS", "NNPS") or who.conjuncts:
        return None
    return who


#: Wire services and broadcasters that quote officials of every country: their own country says
#: nothing of whose official they quote ("Reuters quoted a ministry spokesman").
INTERNATIONAL_NAMES = ("reuters", "afp", "agence france", "associated press", "united press", "bbc", "cnn",
                        "bloomberg", "al jazeera", "voice of america", "voa", "dpa", "deutsche presse", "efe")


#: Quoted people whom a national medium meets as often abroad or from abroad: "Xinhua quoted a
#: diplomat / an envoy / sources" says nothing of whose.
FOREIGN_CONTACTS = frozenset("diplomat diplomats envoy ambassador source sources".split())


def quoting_medium(tok: "Token") -> "Token | None":
    """The medium that quotes `tok` in "M quoted <tok> as <verb>ing" / "<tok> was quoted by M as
    <verb>ing" (a token of M's phrase, its head noun), else None."""
    quote = tok.head
    if quote.lemma_.lower() not in QUOTING_VERBS or quote.pos_ != "VERB":
        return None
    if not any(p.dep_ == "prep" and p.lower_ == "as" and _quoting_verb(p.head) == quote
               and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)
               for p in quote.subtree):
        return None
    if tok.dep_ == "dobj":
        return next((c for c in quote.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "nsubjpass":
        return next((g for a in quote.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
    return None


def medium_country(tok: "Token", resolve: "Callable[[Token], Actor | None]") -> str | None:
    """source59: "The official news agency IRNA quoted a Foreign Ministry spokesman as condemning
    Iraq": an official quoted by title alone, with no country in its own phrase, is the official
    of the quoting national medium's country (IRNA: Iran), not of the dateline's (a Nicosia
    story). The caller checks that the phrase names no country. None when `tok` is not a quoted
    title, when the medium is no national medium (MED with a country) or is an international wire
    (Reuters, AFP, AP, ...)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not ({tok.lemma_.lower(), tok.lower_} & (QUOTED_PEOPLE | QUOTED_TITLES)) \
            or {tok.lemma_.lower(), tok.lower_} & FOREIGN_CONTACTS:
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "for", "from") for c in tok.children):
        return None  # "its spokesman", "a spokesman for the rebels": the phrase says whose
    medium = quoting_medium(tok)
    if medium is None:
        return None
    phrase = " ".join(t.lower_ for t in medium.subtree)
    if any(name in phrase for name in INTERNATIONAL_NAMES):
        return None
    got = resolve(medium)
    if got is None or got.role != "MED" or not got.country or got.code[:3] in ("---", "IGO", "NGO"):
        return None
    return got.country
