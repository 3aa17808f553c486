"""labour58: a body that "protested the measures" objected in words (111), not in the street.

The dictionary's "140 protest >against|obj" reads every "X protested Y" as political dissent
(140), and the coder turns it into a formal complaint (114) when a state protests to another.
When a union, a firm, a party or a group protests a measure, decision or plan ("the two union
federations have protested the measures", "the teachers' unions protested the budget cuts",
"Jewish groups protested"), the act is their objection, which the tuning files annotate as
criticism (111 toward the measure's maker). Crowds, protesters, students and private people
who "protest" do take to the street: they keep 140 (and "protested against" keeps the
dictionary's reading whoever the subject is: a march or rally is said that way).

Only the verb "protest" with a direct object, a domestic pair, and a source that is an
organised body (LAB, BUS, NGO, MED, LEG, JUD, GOV, or a party, OPP, named by an organisation
word, never a crowd).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: Roles that speak as bodies.
BODY_ROLES = frozenset({"LAB", "BUS", "NGO", "MED", "LEG", "JUD", "GOV"})
#: Opposition words that name an organisation rather than a crowd.
PARTY_WORDS = frozenset("party parties opposition leader leaders alliance coalition front".split())


def spoken_protest_code(code: str, trigger: "Token", source: "Actor", source_tok: "Token | None",
                        target: "Actor") -> str:
    """111 for a body's "protested <object>", else `code`."""
    if code != "140" or trigger.lemma_.lower() != "protest" or trigger.pos_ != "VERB":
        return code
    if not any(c.dep_ == "dobj" for c in trigger.children):
        return code
    if source.country and target.country and source.country != target.country:
        return code  # a state's protest to another is 114 (coder), a crowd's abroad stays dissent
    body = source.role in BODY_ROLES or (
        source.role == "OPP" and source_tok is not None and source_tok.lemma_.lower() in PARTY_WORDS)
    return "111" if body else code


#: Policy nouns of economic government that the coder's POLICY_NOUNS lack: who makes them is
#: the state ("protested the austerity programme", "opposed the privatisation").
STATE_POLICY_NOUNS = frozenset("austerity privatisation privatization nationalisation nationalization".split())
#: What makes "measures" a government's: an economic or emergency modifier, or a relative clause
#: or tail that names prices, taxes, the budget ("the measures, which include a rise in petrol
#: prices and budget cuts").
_MEASURE_CUES = frozenset("austerity economic fiscal budget tax taxes price prices wage wages subsidy subsidies "
                          "emergency government pension pensions tariff tariffs spending".split())


def state_measure(noun: "Token") -> bool:
    """labour58: the object is a measure of the state's economic policy (its maker governs):
    "the austerity measures", "the measures, which include a rise in petrol prices", "the
    privatisation"."""
    lemma = noun.lemma_.lower()
    if lemma in STATE_POLICY_NOUNS or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in STATE_POLICY_NOUNS
                                          for c in noun.children):
        return True
    if lemma != "measure":
        return False  # (not "plans", "programmes": their author is often another body the story names)
    words = {t.lower_ for t in noun.subtree if t is not noun}
    return bool(words & _MEASURE_CUES) and not words & {"security", "safety", "police"}
