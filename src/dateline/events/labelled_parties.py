"""bcast33: a reported clause that names a party by a crime ("the inspectors are spies") accuses it.

"Iraq says the U.N. inspectors are spies", "The Iraqi foreign minister says Butler is an American
spy", "Belgrade says the rebel leaders are war criminals": the coder's reported-accusation branch
reads only clauses with a verb of their own (a copula "are" was skipped, as most copular clauses
only describe), so the charge was lost. A copular clause whose predicate noun names a crime is an
accusation of that crime against the clause's subject: espionage or treason 1125 (spy, agent,
traitor), war crimes 1124 (war criminal), crime 1121 (criminal, gangster, thief, murderer).
Labels of a political stance ("terrorists", "extremists") are left to the stance rules (111), and a
negated or questioned clause ("are not spies") charges no one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ESPIONAGE_NOUNS = frozenset({"spy", "spies", "agent", "traitor", "saboteur", "informer"})
CRIME_NOUNS = frozenset({"criminal", "gangster", "thief", "murderer", "killer", "smuggler", "bandit", "crook"})
WAR_WORDS = frozenset({"war"})


def _predicate(clause: "Token") -> "Token | None":
    return next((c for c in clause.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)


def label_code(clause: "Token") -> str | None:
    """1125, 1124 or 1121 for "X is/are <a crime noun>"; None for any other clause."""
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
        return None
    noun = _predicate(clause)
    if noun is None or any(c.dep_ == "neg" or c.lower_ in ("no", "not") for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    if lemma in ESPIONAGE_NOUNS and (lemma != "agent" or mods & {"american", "foreign", "cia", "israeli",
                                                                   "british", "u.s.", "western", "enemy"}):
        return "1125"  # ("an agent" alone is a trade: "is a travel agent")
    if lemma in CRIME_NOUNS:
        return "1124" if mods & WAR_WORDS else "1121"
    return None


def labelled_subjects(clause: "Token") -> list["Token"]:
    """The party the label is pinned on: the copula's named or noun subject."""
    return [g for g in clause.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")]


def drop_doubled_criticism(evs: list) -> list:
    """One saying that both disparages and charges a party ("says the inspectors are criminals":
    the stance rules read criticism, 111, and the label a charge, 1121) is one accusation: the
    111 from the same trigger toward the same party goes."""
    charged = {(e.source.code, e.target.code, e.trigger.start if e.trigger else None)
               for e in evs if e.code.startswith("112") and e.pattern and e.pattern.startswith("112 say")}
    if not charged:
        return evs
    return [e for e in evs if not (e.code == "111" and (e.source.code, e.target.code,
                                                        e.trigger.start if e.trigger else None) in charged)]
