"""wiki33: a quoted label pinned on someone with "as" ('described the media as "the enemy of the
people"', 'portrayed the Dutch government as "Nazi remnants"').

Wikinews reports verdicts in the speaker's own words, quoted after "described ... as". The
quote marks show that the label is the speaker's judgement, as in 'called the deal "lousy"'
(general.quoted_label): it is criticism (111) of the labelled party unless it praises, which
the caller decides. Unquoted "as" phrases ("described the talks as a first step") are left to
the word lists of statements.named_verdict and verdicts.praised_by_label.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs that pin a label on their object through "as"
DESCRIBING_VERBS = frozenset("describe portray characterise characterize depict call brand label dub term".split())
_QUOTES = frozenset({'"', "“", "”", "``", "''"})
_LABEL_DEPS = frozenset({"pobj", "amod", "acomp"})


def quoted_as_label(tok: "Token") -> "Token | None":
    """The head of the quoted noun phrase `tok` pins on its direct object with "as", else None.
    Only a whole quoted noun phrase is a label: a quoted adjective ('described the suspect as
    "extremely cooperative"') or one quoted word inside ('as an "emerging" figure') describes
    rather than judges (adjectives that condemn are statements.named_verdict's)."""
    if tok.lemma_.lower() not in DESCRIBING_VERBS or tok.pos_ != "VERB":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for prep in (c for c in [*tok.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "as"):
        for lab in prep.children:
            if lab.dep_ not in _LABEL_DEPS or lab.pos_ not in ("NOUN", "PROPN"):
                continue
            before = lab.doc[lab.left_edge.i - 1] if lab.left_edge.i > 0 else None
            if before is not None and before.text in _QUOTES:
                return lab
    return None


def labelled_object(tok: "Token") -> bool:
    """ 'called Venezuela's election "a sham"': "call" with a predicate on an election a state
    owns (a possessor, a nationality) labels it; it does not call (hold) an election, so
    general.NON_EVENT_OBJECTS does not apply."""
    if tok.lemma_.lower() != "call":
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or not any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))
                              for c in obj.children):
        return False  # "called the polls a farce staged by the UN": statements.named_verdict's maker
    return any(c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ") for c in tok.children) \
        or quoted_as_label(tok) is not None


__all__ = ["DESCRIBING_VERBS", "labelled_object", "quoted_as_label"]
