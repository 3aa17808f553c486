"""left42a: "Indonesia accused the PRD ... and arrested its leader Budiman Sujatmiko": "its" is
the organisation the clause acted on, not the state that acted.

Why: a leader/chairman owned by "its"/"their" took its country from the clause's subject
(actors._pronoun_country), so "Turkey banned the People's Democracy Party and arrested its
leader", "Algeria outlawed the FIS and jailed its leaders" coded the state's own government
(TURGOV, DZAGOV) as the one arrested. When a clause (or the clause it is conjoined to) has
ONE earlier object that is an organisation with a code of its own (a party, a front, rebels:
not a bare country, so "Russia accused Ukraine and recalled its ambassador" stays Russia's),
and the pronoun's number fits it ("its" a singular, "their" a plural or a named body), the
title is that organisation's. A person with a row of their own keeps it (the actor given is
kept unless it is a government or military role, which the title word alone gives, or a bare
country). "Criticised the party and its leader" (the title conjoined to the object) reads the same.
left45: the owner may be the "of" phrase of such an object ("raided the offices of the party and
detained dozens of its members"), and the title may be counted ("dozens of its members").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.role_conventions import ORG_PRONOUNS, OWNED_TITLES
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

_OBJECT_DEPS = ("dobj", "nsubjpass")


def _title_with_pronoun(tok: "Token") -> "tuple[Token, Token] | None":
    """(title, pronoun) for "its leader" or "its leader Budiman Sujatmiko" (title a compound)."""
    titles = [tok] if tok.lemma_.lower() in OWNED_TITLES and tok.pos_ == "NOUN" else [
        c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in OWNED_TITLES]
    for title in titles:
        pron = next((c for c in title.children if c.dep_ == "poss" and c.lower_ in ORG_PRONOUNS), None)
        if pron is not None:
            return title, pron
    return None


def _clause_objects(verb: "Token", before: int) -> list["Token"]:
    """Direct objects before `before` of `verb` and of the verbs it is conjoined with."""
    root = verb
    while root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX"):
        root = root.head
    verbs = [root, *[c for c in root.conjuncts if c.pos_ in ("VERB", "AUX")]]
    objects = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.i < before]
    # left45: "raided the offices of the party and detained its leader": the owner of the place
    return objects + [g for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj" and g.i < before]


def _acting_side(tok: "Token", actor: Actor, actor_for) -> bool:
    """left45: the actor given is the acting subject's own ("police ... arrested its leader" bound
    "its" to the police, ---COP): a role given by the pronoun, no row of the person's own."""
    verb = tok.head.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    while verb.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            got = actor_for(subj)
            return got is not None and got.code == actor.code
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return False


def _role_only_owner(obj: "Token", actor: Actor | None) -> Actor | None:
    """left47: "Kenya criticised the opposition party and its leader": a role noun with no name
    ("the opposition party", "the rebel movement") resolves to nothing on its own here, so the
    leader kept the subject's KENGOV. Its role comes from its head noun and modifiers, its country
    from the actor the title was given; only roles other than the state's own count (not GOV)."""
    from dateline.resolve.actor_roles import head_role

    if actor is None or not actor.country or obj.pos_ != "NOUN":
        return None
    words = [c.lower_ for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i] + [obj.lower_]
    role = head_role(" ".join(words))
    if role is None or role in ("GOV", "MIL", "COP", "JUD", "SPY"):
        return None
    return Actor(None, obj.text, actor.country + role, actor.country, role)


def object_owned_title(tok: "Token", actor: Actor | None, actor_for) -> Actor | None:
    """The organisation an object-bound "its leader" belongs to (see the module's docstring);
    `actor` unchanged otherwise."""
    if actor is not None and actor.code and actor.role not in (None, "GOV", "MIL") and actor.code != actor.country \
            and not _acting_side(tok, actor, actor_for):
        return actor
    found = _title_with_pronoun(tok)
    if found is None:
        return actor
    _title, pron = found
    held = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
        held = tok.head.head  # left45: "detained dozens of its members"
    if held.dep_ == "dobj" and held.head.pos_ in ("VERB", "AUX"):
        objects = _clause_objects(held.head, pron.i)
    elif tok.dep_ == "conj" and tok.head.dep_ == "dobj":  # "criticised the party and its leader"
        objects = [tok.head]
    else:
        return actor
    plural = pron.lower_ == "their"
    owners = []
    for obj in objects:
        if obj.i == tok.i or obj.pos_ == "PRON":
            continue
        many = obj.tag_ in ("NNS", "NNPS")
        if many != plural and not (plural and obj.ent_type_ == "ORG"):
            continue
        got = actor_for(obj) or _role_only_owner(obj, actor)
        if got is None or not got.code or not got.role or got.code == got.country or got.role == "GOV":
            continue
        owners.append(got)
    if len({o.code for o in owners}) != 1:
        return actor
    owner = owners[0]
    return Actor(owner.entity, owner.name, owner.code, owner.country, owner.role)
