"""target71: a state that stops servicing its foreign debt cuts ties with its creditor banks.

"Brazil suspended interest payments on its commercial bank debt", "the government halted
interest payments on the country's foreign debt", "declared a moratorium on principal payments
on its external debt": the verbs.txt lines (integ35, reuters41) code such a suspension 160 toward
the party paid ("to creditor banks"), but the wire mostly names no payee, and the small model
misreads "to creditor banks" as a verb. The conventions code the unnamed creditor banks of a
state's debt story as ---BUS (annr69d: "the exception is creditor banks in a debt story, which
are ---BUS as in r1-r7"; annr69b keeps Peru's ---BUS "by the earlier debt-moratorium
convention"). Asked in the coder only when the clause named no target.

Only a state's suspension (a bare country or its government): a firm suspending interest on its
debentures or dividends on its stock has bondholders, not creditor banks. Only debt service (a
payment noun with an interest / debt / principal word in its phrase): "suspended payments to
farmers" is another act. Official debt (to governments, the Paris Club) is owed to no bank.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

STOP_VERBS = frozenset("suspend halt stop freeze cease declare announce impose limit restrict cap curtail".split())
PAYMENT_NOUNS = frozenset("payment repayment remittance servicing moratorium".split())
DEBT_WORDS = frozenset("interest debt principal loan".split())
# debts owed to governments or official lenders: no creditor banks
OFFICIAL_WORDS = frozenset("official bilateral government governments club".split())
STATE_ROLES = frozenset({"", "GOV"})
STATE_NOUNS = frozenset({"country", "nation", "state"})


#: Links from a gerund or infinitive up to the verb that governs it ("will not follow Brazil by
#: suspending repayments", "refused to halt payments").
_UP_DEPS = frozenset({"pcomp", "pobj", "prep", "xcomp", "advcl"})
_REFUSING = frozenset({"refuse", "decline", "reject", "rule", "oppose", "resist", "avoid"})


def _denied_above(trigger: "Token") -> bool:
    """The suspension sits under a negated or refusing verb: "Yugoslavia will not follow Brazil
    by suspending repayments on its foreign debt" is no suspension (the filters read the
    trigger's own clause only)."""
    t = trigger
    for _ in range(4):
        if t is not trigger and t.lemma_.lower() in _REFUSING:
            return True
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.dep_ not in _UP_DEPS or t.head is t:
            return False
        t = t.head
    return False


def _state_pronoun(word: "Token", actor: "Actor") -> bool:
    """target72: "The Ivory Coast informed its creditors it had to suspend payments on its foreign
    debt", "Peru said it had suspended ...": "it" whose clause hangs under a verb whose subject is
    the state itself (a GPE of the pronoun's country) stands for that state."""
    if word.lower_ != "it" or actor.role:
        return False
    for anc in word.ancestors:
        subj = next((c for c in anc.children if c.dep_ == "nsubj" and c.i != word.i), None)
        if subj is not None:
            if subj.i > word.i:
                return False
            from dateline.resolve.countries import is_country_name
            name = " ".join(t.text for t in subj.subtree if t.dep_ in ("compound", "flat") or t.i == subj.i)
            return subj.ent_type_ == "GPE" or is_country_name(name)  # (the tagger may miss "Ivory Coast")
    return False


def creditor_banks(code: str, trigger: "Token", source: "tuple[Token, Actor]",
                   nominal: bool = False) -> "tuple[Token, Actor] | None":
    """(the payment noun, ---BUS) for a state's suspended debt service that names no payee, else None."""
    if code != "160" or nominal or trigger.lemma_.lower() not in STOP_VERBS or _denied_above(trigger):
        return None
    word, actor = source
    if not actor.country or (actor.role or "") not in STATE_ROLES:
        return None
    if not actor.role and word.ent_type_ != "GPE" and word.lemma_.lower() not in STATE_NOUNS \
            and not _state_pronoun(word, actor):
        return None  # "its unit" that took the article's country is no state
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")
                and c.lemma_.lower() in PAYMENT_NOUNS), None)
    if obj is None:
        return None
    phrase = {t.lemma_.lower() for t in obj.subtree} | {t.lower_ for t in obj.subtree}
    if not phrase & DEBT_WORDS or phrase & OFFICIAL_WORDS:
        return None
    return obj, Actor(None, "creditor banks", "---BUS", None, "BUS")


SIGN_VERBS = frozenset("sign initial initialle conclude".split())
ACCORD_NOUNS = frozenset("accord agreement deal pact".split())
RESCHEDULING_STEMS = ("reschedul", "refinanc", "restructur")


def _state(source: "tuple[Token, Actor]") -> bool:
    word, actor = source
    if not actor.country or (actor.role or "") not in STATE_ROLES:
        return False
    return bool(actor.role) or word.ent_type_ == "GPE" or word.lemma_.lower() in STATE_NOUNS


def debt_accord_party(code: str, trigger: "Token", source: "tuple[Token, Actor]", resolve,
                      nominal: bool = False) -> "tuple[Token, Actor] | None":
    """A state signing a debt rescheduling accord that names no partner: "Venezuela signed a
    12-year rescheduling accord" (the gold: VEN 057 ---BUS, its creditor banks), "signed a
    rescheduling accord covering official debts to Britain" (the creditor the phrase names: GBR).
    Official debt with no creditor named (Paris Club governments) gets none."""
    if code != "057" or nominal or trigger.lemma_.lower() not in SIGN_VERBS or not _state(source) \
            or _denied_above(trigger):
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in ACCORD_NOUNS), None)
    if obj is None:
        return None
    words = list(obj.subtree)
    if not any(w.lower_.startswith(RESCHEDULING_STEMS) for w in words) \
            and not any(w.lemma_.lower() == "debt" for w in words):
        return None
    for w in words:  # "covering official debts to Britain"
        if w.lower_ == "to" and w.dep_ in ("prep", "dative"):
            for g in w.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG") and (found := resolve([g])):
                    return found[0]
    if {w.lower_ for w in words} & OFFICIAL_WORDS:
        return None
    return obj, Actor(None, "creditor banks", "---BUS", None, "BUS")
