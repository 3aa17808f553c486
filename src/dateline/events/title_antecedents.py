"""source59: "He" that opens a sentence is the titled subject of the sentence before.

Wire copy and press digests often name an office holder by title alone ("The Angolan Chief of
State addressed a letter to the Security Council ...", "The German chancellor met party leaders
on Tuesday") and go on with "He proposed ...", "He accused ...". With no person's name in reach
the actor coder fell back to the nearest singular person noun before the pronoun
(`actors._person_noun_antecedent`), which knew few titles (not premier, chancellor, king, head of
state) and took an object as readily as the subject ("The Moroccan king received the French
foreign minister. He praised ..." -> the minister). A reader takes the subject of the previous
sentence: a pronoun that is itself a main clause's subject continues that sentence's topic.

Only for "he" / "she" as the subject of its sentence's main verb (or of a verb joined to it), when
the sentence before has a singular title noun as its main subject (active or passive). A name in
that subject belongs to the entity route, not here; plural and thing subjects ("The minister's
car was attacked. He escaped") are left to the older fallback.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Titles of one office holder that a following "he" / "she" continues (besides the
#: person nouns of `actors.TITLE_PERSON_NOUNS`).
OFFICE_TITLES = frozenset(
    "premier chancellor king queen monarch emperor prince princess sultan emir sheikh shah ruler dictator "
    "governor mayor chairman chairwoman secretary envoy negotiator general admiral colonel chief head "
    "president minister leader commander spokesman spokeswoman spokesperson ambassador diplomat official "
    "adviser advisor counsellor counselor coordinator co-ordinator regent".split())
#: Titles that are an office only with their "of" phrase or a noun before them ("head of state",
#: "chief of staff", "army chief"): a bare "head" is a body part.
NEEDS_OF = frozenset({"head", "chief"})
_MALE = frozenset({"king", "emperor", "prince", "sultan", "emir", "sheikh", "shah", "chairman", "spokesman"})
_FEMALE = frozenset({"queen", "princess", "chairwoman", "spokeswoman"})


def _main_subject(sent) -> "Token | None":
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subj or next((c for c in root.children if c.dep_ == "nsubjpass"), None)


def _is_title(t: "Token") -> bool:
    lemma = t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_
    if t.tag_ not in ("NN", "NNP") or lemma not in OFFICE_TITLES:
        return False
    if t.ent_type_ == "PERSON":
        return False  # a name: the entity route binds "he" to it
    if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in t.children):
        return False  # "the chancellor, Helmut Kohl": the named person, not the title
    if lemma in NEEDS_OF and not any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "compound" for c in t.children):
        return False  # ("head of state", "army chief", "the security chief": an office)
    return True


def previous_title_subject(tok: "Token") -> "Token | None":
    """The previous sentence's main subject when it is a singular office title and `tok` ("he",
    "she") is the subject of its own sentence's main verb; None otherwise."""
    low = tok.lower_
    if tok.pos_ != "PRON" or low not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    root = tok.sent.root
    if not (tok.head == root or tok.head.dep_ == "conj" and tok.head.head == root):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in root.children if c != tok):
        return None
    start = tok.sent.start
    if start == 0:
        return None
    prev = tok.doc[start - 1].sent
    subj = _main_subject(prev)
    if subj is None or not _is_title(subj):
        return None
    lemma = subj.lemma_.lower()
    if low == "he" and lemma in _FEMALE or low == "she" and lemma in _MALE:
        return None
    return subj
