"""target75: labour's talks with no partner named are held with the employer.

Wage-dispute copy names the employer once and then tells the union's talks without it: "the
union had called off talks on a specific issue, the introduction of a Labour Day" (tune gold
ZAFLAB 164 ZAFBUS, told in two files), "the office and technical workers last negotiated May 21"
(CANLAB 046 CANBUS), '"But at least we are still talking," a union spokesman said' (NLDLAB 046
NLDBUS), "IG Metall proposed the talks on Thursday" (DEULAB 036 DEUBUS). The coder read the act
and found no target word. The other side of labour's talks is the other side of its dispute, the
party `conflict.strike_target` finds for a strike: a firm the sentence names, the state for state
staff or a state cue (a policy, the government), else the country's business (as target72's
`labour_contracts.employer_guess` narrows it for an offer).

Only a source resolved as labour (LAB) with a country, only an act of meeting, negotiating or
breaking off talks (036, 040, 043, 046, 164) told by a talks word (the verb "negotiate",
"talk", "bargain", or the noun "talks", "negotiations", "bargaining" it governs), and only when
the clause names no partner ("with its members", "with the Labour Ministry": resolved elsewhere
or not a dispute). A union meeting of its own ("the union will meet to decide") has no talks word
and is left alone. Pure parse tests; the coder resolves.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: Codes of talks that need a second party: meeting (036, 040s), negotiating (046), breaking them
#: off (164). Not 125: the dictionary reads "called off talks" as a refused meeting, where the tune
#: gold codes a union calling off talks 164 (r48, r52), so the pair would come with a wrong code.
TALK_ROOTS = frozenset({"03", "04", "16"})
TALK_CODES = frozenset({"036", "040", "043", "046", "164", "1641", "1642"})
#: Verbs that are talks themselves, and nouns that make a light verb talks.
TALK_VERBS = frozenset("negotiate talk bargain".split())
TALK_NOUNS = frozenset("talk talks negotiation negotiations bargaining".split())
#: Prepositions that name the partner of talks ("with", "between" ... "and").
PARTNER_PREPS = frozenset({"with", "between", "among"})


def talks_word(trigger: "Token") -> "Token | None":
    """The word that makes the act talks: the verb itself, or a talks noun it governs (as object,
    subject or in a phrase), else None."""
    if trigger.lemma_.lower() in TALK_VERBS:
        return trigger
    if trigger.lower_ in TALK_NOUNS or trigger.lemma_.lower() in TALK_NOUNS:
        return trigger
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and c.lemma_.lower() in TALK_NOUNS:
            return c
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in TALK_NOUNS:
                    return g
    return None


def _names_partner(tok: "Token") -> bool:
    """A "with" / "between" phrase on the word ("talks with the ministry")."""
    return any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in tok.children)


def unnamed_partner(code: str, trigger: "Token", source: "Actor") -> bool:
    """Labour's talks whose clause names no partner: the employer is the target."""
    if source.role != "LAB" or not source.country or len(source.country) != 3:
        return False
    if code not in TALK_CODES or code[:2] not in TALK_ROOTS:
        return False
    word = talks_word(trigger)
    if word is None:
        return False
    return not _names_partner(trigger) and not _names_partner(word)


__all__ = ["TALK_CODES", "talks_word", "unnamed_partner"]
