"""blocs51: groups of states named in words, not by name, as actors.

CAMEO codes a bloc or a region as a country-like code (WST "the West", MEA, PGS "Persian
Gulf" ...) and the members of an intergovernmental body as the body (IGOEUREEC, IGONAT ...).
The region table (data/actors/orgs.tsv) already turns "Western powers" or "African countries"
into WST / AFR, but three kinds of description fell through:

- blocs named by a quality, not a place: "the industrialized nations", "the major industrial
  countries", "developed countries" (the rich democracies, which the standard's annotators code
  WST), "Gulf states" (PGS; the Gulf word resolved to the article's country) and "Arab states" /
  "Arab leaders" (MEA / MEAGOV; "Arab" alone is a people without a state, so they were ---GOV).
  Only a plural state noun takes the bloc code ("the Western-backed government" is one state's);
  governments, leaders and ministers take the bloc code plus GOV, as "European governments"
  (EURGOV) already do.
- the members of a body the story has named: "the member states", "member countries" with no
  body in their own phrase take the body last named before them in the article when that is an
  intergovernmental body ("The EC will discuss ... The member states criticised ..."); before,
  they took the article's country or nothing.
- "the Twelve" in 1986-1994 wire copy is the EC, and "ministers of the Twelve" or "governments
  of the European Union" take the body of their of-phrase (before: the article's country).
- "the allies" with no owner in a story that has named NATO as the latest such body are NATO
  (IGONAT); "the United States and its allies" keeps its owner (no code).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Plural state nouns that take a bloc's bare code.
STATE_HEADS = frozenset("states countries nations powers democracies economies monarchies".split())
#: Plural nouns for a bloc's governments: the bloc's code + GOV.
GOVERNMENT_HEADS = frozenset("governments leaders ministers officials diplomats delegates envoys".split())
#: Modifier words that name a bloc by a quality, not a place (lower case).
QUALITY_BLOCS: dict[str, str] = {
    **dict.fromkeys("industrialized industrialised industrial developed".split(), "WST"),
    "arab": "MEA",
}
#: "Gulf states" (also "Gulf Arab states"): the Persian Gulf, before "Arab" gives MEA.
GULF_WORD = "gulf"
#: Compound words that make a noun a member of a body ("member states").
MEMBER_WORDS = frozenset({"member"})
#: How far back (tokens) the body of "the member states" may have been named.
BODY_REACH = 600


def _modifier_words(tok: "Token") -> list["Token"]:
    """The words before the head that qualify it, with their own compounds and adverbs
    ("the major industrial countries", "Gulf Arab states")."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    mods += [g for m in list(mods) for g in m.children if g.dep_ in ("amod", "compound", "advmod") and g.i < m.i]
    return mods


def quality_bloc(tok: "Token") -> str | None:
    """The bloc code a plural state or government noun's modifiers name ("industrialized
    nations" WST, "Gulf states" PGS, "Arab leaders" MEAGOV); None otherwise."""
    word = tok.lower_
    if tok.tag_ != "NNS" or word not in STATE_HEADS and word not in GOVERNMENT_HEADS:
        return None
    if word in GOVERNMENT_HEADS:  # "industrialised countries' finance ministers"
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        owned = quality_bloc(owner) if owner is not None else None
        if owned is not None and not owned.endswith("GOV"):
            return owned + "GOV"
    mods = _modifier_words(tok)
    if any(m.ent_type_ in ("ORG", "GPE") and m.lower_ != GULF_WORD for m in mods):
        return None  # "Arab League states", "EU countries": a named body or state, not a bloc
    words = {m.lower_ for m in mods}
    if GULF_WORD in words:
        code = "PGS"
    else:
        codes = {QUALITY_BLOCS[w] for w in words if w in QUALITY_BLOCS}
        if len(codes) != 1:
            return None
        code = codes.pop()
    return code + "GOV" if word in GOVERNMENT_HEADS else code


def _earlier_body(tok: "Token", actor_of: Callable[["Token"], Actor | None]) -> Actor | None:
    """The intergovernmental body last named before `tok` (within BODY_REACH tokens)."""
    doc = tok.doc
    for i in range(tok.i - 1, max(-1, tok.i - BODY_REACH), -1):
        t = doc[i]
        if t.ent_type_ != "ORG" or t.dep_ == "compound" and t.head.ent_type_ == "ORG":
            continue  # (one name: ask its head word only)
        got = actor_of(t)
        if got is not None and got.code and got.code.startswith("IGO"):
            return got
    return None


def _owned(tok: "Token") -> bool:
    """An owner or an of-phrase says whose the group is ("its allies", "members of X")."""
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def member_body(tok: "Token", actor: Actor | None,
                actor_of: Callable[["Token"], Actor | None]) -> Actor | None:
    """ "The member states" / "member countries" and "the allies" with no body or owner of
    their own: the body the story last named (the allies: only NATO). `actor` otherwise."""
    if actor is not None and actor.code and actor.code.startswith("IGO"):
        return actor
    if tok.tag_ != "NNS" or _owned(tok):
        return actor
    mods = _modifier_words(tok)
    if any(m.ent_type_ in ("ORG", "GPE", "NORP") for m in mods):
        return actor  # "EU member states", "Western allies": the phrase says whose
    word = tok.lower_
    is_member = word in STATE_HEADS and any(m.lower_ in MEMBER_WORDS for m in mods)
    is_ally = word == "allies" and not mods
    if not is_member and not is_ally:
        return actor
    body = _earlier_body(tok, actor_of)
    if body is None or is_ally and body.code != "IGONAT":
        return actor
    name = " ".join(t.text for t in tok.subtree if t.i <= tok.i)
    return Actor(None, name, body.code, body.country, body.role)  # (members, not the body itself)


def the_twelve(tok: "Token", published: str | None) -> bool:
    """ "The Twelve": the European Community of twelve member states (1986-1994), as the wire
    of the day calls it; capitalised, after "the", no number of a noun ("the Twelve hostages")."""
    if tok.text != "Twelve" or not published or not "1986" <= published[:4] <= "1994":
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return before is not None and before.lower_ == "the" and (
        after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))  # not "the Twelve hostages"


def _of_body(tok: "Token", actor_of: Callable[["Token"], Actor | None], published: str | None) -> Actor | None:
    """ "ministers of the Twelve", "governments of the European Union": the body in the of-phrase."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if the_twelve(obj, published):
                return Actor(None, "the Twelve", "IGOEUREEC", None, "IGO")
            got = actor_of(obj)
            if got is not None and got.code and got.code.startswith("IGO"):
                return got
    return None


def bloc_actor(tok: "Token", actor: Actor | None,
               actor_of: Callable[["Token"], Actor | None], published: str | None = None) -> Actor | None:
    """The bloc or body a description of a group of states stands for; `actor` otherwise."""
    if the_twelve(tok, published):
        return Actor(None, "the Twelve", "IGOEUREEC", None, "IGO")
    if tok.tag_ == "NNS" and (tok.lower_ in GOVERNMENT_HEADS or tok.lower_ in STATE_HEADS) \
            and not (actor is not None and actor.code and actor.code.startswith("IGO")):
        body = _of_body(tok, actor_of, published)
        if body is not None:
            name = " ".join(t.text for t in tok.subtree)
            return Actor(None, name, body.code, body.country, body.role)  # (members, not the body itself)
    code = quality_bloc(tok)
    if code is not None:
        name = " ".join(t.text for t in tok.subtree if t.i <= tok.i)
        region = code[:3]
        return Actor(None, name, code, region, "GOV" if code.endswith("GOV") else None)
    return member_body(tok, actor, actor_of)
