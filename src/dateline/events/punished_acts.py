"""domestic41: the act a court or the police punish someone for is not theirs.

"A Moscow court sentenced a former colonel to eight years for selling weapons to Chechen
rebels" coded the court selling weapons (RUSJUD 072 RUSREB), and "jailed an IRA member for
plotting to blow up power stations" the court's bombing: the gerund under "for" / "of" took the
punishing verb's subject as its own. frames._for_gerund_object already gives such an act to the
object when the object is a name ("criticised Egypt for jailing journalists"); when it is a
common noun ("a former colonel", "two men") the act fell back to the subject. The one sentenced,
jailed, convicted or charged (or the paper banned, closed or suspended) did the act, never the
court or the government that punished it, so the gerund gets no source here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PUNISHING_VERBS = frozenset("sentence jail imprison convict fine arrest detain charge indict punish "
                            "prosecute try execute hang acquit ban close shut suspend outlaw".split())


def punished_act(tok: "Token") -> bool:
    """True for the gerund of "<punished> X for / of <doing>" (the doer is X, not the subject)."""
    head = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or head.dep_ != "prep" or head.lower_ not in ("for", "of"):
        return False
    gov = head.head
    return gov.pos_ == "VERB" and gov.lemma_.lower() in PUNISHING_VERBS \
        and any(c.dep_ == "dobj" for c in gov.children)
