"""sources35: the chief of a named non-state body is that body's ("the union's president").

A chief's title ("president", "chairman", "leader", "head", "secretary general", "general
secretary", "director") alone reads as a state office (GOV), and "general" alone as an army
rank (MIL). resolve/actor_roles already lets a body word right before the title decide ("trade
union secretary general" is LAB), and an apposition's "of" phrase works for a named person
("X, president of the oil workers' union"). Two wordings were left on the title's state
reading:

- the body as the title's owner: "the union's president", "Jose Ruiz, the union's secretary
  general" (the parse makes "general" the head, an army rank: MIL);
- the body in the title's "of" phrase when the title heads the subject or an apposition of a
  name: "The secretary general of the teachers' union criticised ...", "X, secretary general
  of the CTV union federation, ...".

A title whose body (owner noun or "of" object) resolves to a non-state role (a union LAB, a
firm BUS, a party OPP, a church REL, a non-profit NGO, farmers AGR ...) or an international
body (IGO/NGO code) takes the body's code. A state body ("the army's chief", "head of the
ministry") and a country ("Venezuela's president") keep the title's reading, as do pronoun
owners ("its leader": role_conventions.owned_title).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Title heads that name the chief of a body.
CHIEF_TITLES = frozenset({"president", "chairman", "chairwoman", "chairperson", "chair", "leader", "head",
                          "chief", "director", "secretary", "vice-president", "boss"})
#: Roles of bodies whose chief is theirs, not a state's.
#: left49: rebels too ("the chief of the rebels", "the commander of the rebel group" are the
#: rebels', REB; alone the title read as the government's or the army's).
NON_STATE_ROLES = frozenset({"BUS", "LAB", "EDU", "MED", "REL", "NGO", "OPP", "HLH", "AGR", "REF", "REB"})
#: left49: a state's armed, police and intelligence bodies, whose chief is theirs too ("the chief
#: of the army" MIL, "the chief of police" COP, as "the head of the army" and "the police chief"
#: already read); a ministry's or a court's chief keeps the title's reading.
FORCE_ROLES = frozenset({"MIL", "COP", "SPY"})
#: Roles the title word gives alone (a state office, an army rank) or none.
#: actors69: and a private person's (CVL), the default of a named person the tables do not know:
#: "Head of the Chamber of Commerce's trade section, Karl Brandl, said" is the Chamber's (BUS).
TITLE_READINGS = frozenset({"GOV", "MIL", "CVL", None, ""})
#: Body words that may stand compounded before a title ("union secretary general").
BODY_WORDS = frozenset({"union", "company", "party", "church", "bank", "federation", "association",
                        "confederation", "group", "firm", "newspaper", "university"})
#: Entity labels of owners that are places or people, not bodies.
NOT_BODIES = frozenset({"GPE", "PERSON", "LOC", "NORP", "DATE", "TIME"})


def _title_head(tok: "Token") -> bool:
    """A chief's title: "president", "chairman" ..., "secretary general" (head "general" with
    "secretary" before it) or "general secretary"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("PERSON", "GPE", "ORG"):
        return False
    if lemma == "general":
        return any(c.dep_ == "compound" and c.lemma_.lower() == "secretary" for c in tok.children) \
            or tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("secretary", "secretary-")
    return lemma in CHIEF_TITLES


def title_of(tok: "Token") -> "Token | None":
    """The title token `tok` stands for: itself, or the title in apposition to a name."""
    if _title_head(tok):
        return tok
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", ""):
        return next((c for c in tok.children if c.dep_ == "appos" and _title_head(c)), None)
    return None


def body_of(title: "Token") -> "Token | None":
    """The body a title belongs to: a noun owner ("the union's president") or the object of its
    "of" phrase ("the secretary general of the teachers' union"); not a pronoun, place or person."""
    for c in title.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in NOT_BODIES:
            return c
    for c in title.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in NOT_BODIES:
                return obj
    # "Sidor trade union Secretary General": a body word compounded before the title (the roles
    # table reads this only in lower case, and not once a conjunct follows: "... and member of")
    words = [c for c in title.children if c.dep_ == "compound"]
    words += [g for c in words for g in c.children if g.dep_ == "compound"]
    return next((c for c in sorted(words, key=lambda t: -t.i) if c.lemma_.lower() in BODY_WORDS), None)


def _named_here(body_tok: "Token", body: Actor) -> bool:
    """The body's actor comes from the body's own words, not from an antecedent a bare "the
    group" or "the alliance" was bound to (a dateline's news agency is no one's employer)."""
    if body_tok.pos_ == "PROPN" or body.code.startswith("IGO"):
        return True  # (an international body's epithet, "the alliance", is bound by events/epithets.py)
    own = {t.lower_ for t in body_tok.subtree}
    return any(w.lower() in own for w in (body.name or "").replace("'s", " ").split())


def _named_chief(tok: "Token", title: "Token") -> bool:
    """actors69: the CVL reading is only a named person's default when a name stands with the title
    ("X, head of ...", "Head of ..., X,"), and no "former" makes the chief a private person now."""
    if any(c.lower_ in ("former", "ex", "ex-", "retired") for c in title.children):
        return False
    return tok is not title or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in title.children)


def chief_of_body(tok: "Token", actor: Actor | None,
                  actor_for: Callable[["Token"], Actor | None]) -> Actor | None:
    """The body's actor for the chief of a non-state or international body whose title alone
    read as a state office or army rank; `actor` unchanged otherwise."""
    if actor is not None and actor.role not in TITLE_READINGS:
        return actor
    title = title_of(tok)
    if title is None:
        return actor
    if actor is not None and actor.role == "CVL" and not _named_chief(tok, title):
        return actor  # (left47: "a former company director" is a private person)
    body_tok = body_of(title)
    if body_tok is None:
        return actor
    body = actor_for(body_tok)
    if body is None or not body.code or not _named_here(body_tok, body):
        return actor
    if body.code[:3] in ("IGO", "NGO") or body.role in NON_STATE_ROLES or (
            body.role in FORCE_ROLES and (actor is None or actor.role == "GOV")):
        if actor is not None and actor.code == body.code:
            return actor
        # (the chief keeps its own entity and name: the person, not the body, is the side)
        return Actor(actor.entity if actor is not None else None, actor.name if actor is not None else tok.text,
                     body.code, body.country, body.role)
    return actor
