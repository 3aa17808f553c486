"""Whose "its" / "their" it is in a reported hostile act (pronoun65).

"Tehran said Iraq had used chemical weapons against its troops", "Israel said Syria had
expelled three of its diplomats": the nearest subject above the possessive is the clause's
own (Iraq, Syria), and the actor coder took it (IRQMIL, SYRGOV). A reader does not: a state
does not gas its own troops or expel its own diplomats, so the owner is the party that
reports the act (Iran, Israel), the subject of the verb of saying above the clause.

The rule answers only when all of these hold, and None otherwise (the nearest subject then
stays the owner, as before):

- the possessive owns a noun for a state's own people or posts (troops, diplomats, embassy,
  positions, border posts, nationals: `STATE_HOLDINGS`, or a MIL/GOV role word), or for what
  people own (homes, farms, offices: the owner of a thing acted on is the target); never its
  critics, opponents or citizens ("Turkey said the Syrian government had arrested its
  critics" are Syria's critics: a government does act on those);
- that noun is the object of the clause's verb (directly, under "of" as in "three of its
  diplomats", or after "against"/"on"/"at"), and the verb's dictionary pattern is a hostile
  act (CAMEO roots 11-20: disapprove ... mass violence);
- the clause is reported: the complement of a verb of saying whose subject is named (a name,
  or a description that names its people: not "..., the agency said", whose country may be only
  the dateline's guess) and codes to another country than the clause's subject ("Iraq said it had withdrawn its troops" is no hostile
  act; "Pretoria said the government had arrested ..." has one country throughout).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.actors import ActorContext
    from dateline.model import Actor

#: Nouns for what a state holds (besides its MIL/GOV role words): what another state attacks.
STATE_HOLDINGS = frozenset("troop soldier force diplomat embassy consulate ambassador envoy mission "
                           "position post outpost base border frontier territory airspace water "
                           "ship vessel tanker warship plane aircraft jet airliner patrol national "
                           "village town city".split()
                          # and what people own: "villagers said soldiers had demolished their homes"
                          + "home house property farm land office headquarters".split())
#: Roots of hostile acts: disapprove, reject, threaten, protest, posture, reduce relations,
#: coerce, assault, fight, mass violence.
HOSTILE_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
_OBJECT_PREPS = frozenset({"against", "on", "at", "upon"})


def _act_verb(noun: "Token") -> "Token | None":
    """The verb whose object the noun is: "expelled [three of] its diplomats", "used gas against
    its troops", "fired on its positions"."""
    t = noun
    for _ in range(4):
        if t.dep_ == "dobj" or t.dep_ == "nsubjpass":
            return t.head if t.head.pos_ in ("VERB", "AUX") else None
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            prep = t.head
            if prep.lower_ == "of" and prep.head.pos_ in ("NUM", "NOUN", "PRON", "ADJ"):
                t = prep.head  # "three of its diplomats", "some of its troops"
                continue
            if prep.lower_ in _OBJECT_PREPS and prep.head.pos_ in ("VERB", "AUX"):
                return prep.head
            return None
        return None
    return None


def _hostile(verb: "Token") -> bool:
    from dateline.events.frames import verb_frame
    from dateline.events.patterns import load_dictionary

    pat = load_dictionary().match(verb_frame(verb))
    return pat is not None and pat.code[:2] in HOSTILE_ROOTS


def _named(speaker: "Token", ctx: "ActorContext") -> bool:
    """The speaker is a name ("Israel", "Hamas", "Tehran radio") or a description that names its
    people or country ("Palestinian villagers"), not a bare "the agency" / "the ministry"."""
    return speaker.i in ctx.entity_at or any(
        w.ent_type_ in ("GPE", "NORP", "ORG") or w.i in ctx.entity_at
        for w in speaker.subtree if w.i < speaker.i)


def _subject(verb: "Token") -> "Token | None":
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def speaker_owner(pron: "Token", ctx: "ActorContext") -> str | None:
    """The country of the reporting speaker when `pron` ("its"/"their") owns the object of a
    hostile act reported of another country (module docstring); None otherwise."""
    from dateline.events.actors import actor_for

    speaker = reported_speaker(pron, ctx)
    return actor_for(speaker, ctx).country if speaker is not None else None


def owned_by_speaker(tok: "Token", actor: "Actor | None", ctx: "ActorContext") -> "Actor | None":
    """ "Hamas said Israeli troops had killed two of its commanders": a title owned by the
    reporting body ("its commanders", "its leader") takes that body's code, as
    role_conventions.owned_title gives a title the code of the subject that owns it; the
    nearest subject (the troops) is not the owner here. `actor` unchanged when the possessive
    is not such a reported one, or the speaker is a bare country (its title keeps its role)."""
    from dateline.events.actors import actor_for
    from dateline.events.role_conventions import OWNED_TITLES
    from dateline.model import Actor

    pron = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    speaker = reported_speaker(pron, ctx) if pron is not None else None
    if speaker is None or tok.lemma_.lower() not in OWNED_TITLES:
        return actor
    owner = actor_for(speaker, ctx)
    if owner is None or not owner.code or owner.code == owner.country:
        return actor
    return Actor(owner.entity, owner.name, owner.code, owner.country, owner.role)


def reported_speaker(pron: "Token", ctx: "ActorContext") -> "Token | None":
    """The speaker token whose own "its"/"their" this is (module docstring), else None."""
    from dateline.events.actors import ROLE_WORDS, actor_for
    from dateline.events.patterns import load_dictionary

    if pron.dep_ != "poss" or pron.lower_ not in ("its", "their"):
        return None
    noun = pron.head
    lemma = noun.lemma_.lower()
    if ROLE_WORDS.get(lemma) not in ("MIL", "GOV") and lemma not in STATE_HOLDINGS:
        return None
    if any(c.lower_ == "own" for c in noun.children):
        return None  # "its own troops": the writer says so
    verb = _act_verb(noun)
    if verb is None or verb.dep_ not in ("ccomp", "conj") or not _hostile(verb):
        return None
    doer = _subject(verb)
    if verb.dep_ == "conj" and doer is None:
        return None
    say = verb.head
    while say.dep_ == "conj" and say.head.i != say.i:  # "said Iraq had shelled ... and bombed its ..."
        say = say.head
    if say.lemma_.lower() not in load_dictionary().speech and say.lemma_.lower() not in ("say", "report", "claim"):
        return None
    speaker = _subject(say)
    if doer is None or speaker is None or speaker.pos_ == "PRON" or doer.pos_ == "PRON":
        return None
    if not _named(speaker, ctx):
        return None  # "..., the agency said": a description whose country is the dateline's guess
    doer_actor, speaker_actor = actor_for(doer, ctx), actor_for(speaker, ctx)
    if doer_actor is None or speaker_actor is None or not doer_actor.country or not speaker_actor.country:
        return None
    if doer_actor.country == speaker_actor.country:
        return None  # one country throughout: an act within it
    return speaker
