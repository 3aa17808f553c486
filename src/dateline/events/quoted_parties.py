"""quotes36: quoted verdicts and rejections whose party is named outside the quote's clause.

Reported speech is coded when it is aimed at someone (WIKINEWS_EVENTS.md), but quotes often
name that someone only by a pronoun or a pointing word, leaving the party to the frame around
the quote or to the story just told:

- '"They cannot be trusted," the minister said of the rebels': the "of/about" phrase of the
  verb of saying names whom "they" means (a criticism, 111, of the rebels);
- '"We will never accept this," X said of Y's plan' / '"We reject it," X said of the offer':
  the rejected "this/it" is the thing said of, so the rejection (12x) goes to its owner;
- 'Y banned the rally. "This is an attack on democracy," X said': a pointing "this/it" judged
  with words the condemning list lacks but the valence lexicon rates as harsh ("an attack",
  "collective punishment", "an unfriendly step") is criticism of the act just reported, as
  the word-list verdicts already are (coder._code_evaluation).

Pure functions on spaCy tokens; the coder (``_code_evaluation``, ``_code_stance``,
``_refusal`` and the target fall-backs) asks them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Pronouns that stand for a party the quote does not name.
PARTY_PRONOUNS = frozenset({"they", "he", "she", "them", "him", "her"})
#: Pointing words that stand for an act or a thing ("this is a ploy", "we reject it").
POINTING_WORDS = frozenset({"it", "this", "that"})
#: Verdict nouns the valence lexicon does not rate but that name a wrong done by someone.
UNRATED_VERDICTS = frozenset({"ploy", "trick", "piracy", "kidnapping", "kidnap", "hijacking", "plunder",
                              "theft", "robbery", "extortion", "bullying", "intimidation", "sabotage",
                              "vandalism", "censorship", "persecution", "repression", "oppression"})
#: Words that voice regret or hardship rather than blame ("this is a difficult time", "a sad day").
REGRET_WORDS = frozenset({"difficult", "painful", "sad", "tragic", "grave", "hard", "tough", "tragedy",
                          "loss", "blow", "pity", "shame", "setback", "challenge", "challenging",
                          "unfortunate", "regrettable", "worrying", "concern", "concerning", "serious",
                          "dark", "crisis", "emergency", "disaster", "sorrow", "grief", "mourning"})
#: What befalls or troubles a party (its plight or feeling, not its fault): "they are suffering",
#: "they are very worried", "they are in danger" say nothing against them.
PLIGHT_WORDS = frozenset({"suffer", "suffering", "worried", "worry", "afraid", "scared", "frightened", "fear",
                          "anxious", "concerned", "upset", "hurt", "injured", "wounded", "ill", "sick", "hungry",
                          "starve", "starving", "poor", "homeless", "desperate", "exhausted", "victim", "danger",
                          "risk", "trauma", "traumatised", "traumatized", "grieve", "grieving", "mourn", "die",
                          "kill", "miss", "missing", "lose", "lost", "struggle", "struggling", "vulnerable",
                          "helpless", "frustrated", "angry", "disappointed", "unhappy"})
#: Most a rated verdict may sum to (the stance rules' threshold, events/stance.py).
HARSH_AT = -1.0
_SPEECH_CHAIN = ("ccomp", "parataxis", "conj", "xcomp")
#: Verbs of saying that frame a quote ("...," X said / told / added of Y).
SPEECH_VERBS = frozenset("say tell add declare state insist write tweet reply respond warn announce stress "
                         "remark comment explain vow".split())


def said_of(speech: "Token") -> list["Token"]:
    """ '"...," X said of the rebels / about the plan': the nouns the verb of saying is said of."""
    return [g for p in speech.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
            for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]


def speech_above(tok: "Token", speech: frozenset[str] = SPEECH_VERBS, steps: int = 3) -> "Token | None":
    """The verb of saying whose content holds ``tok``'s clause ('"We reject it," X said'; the
    parser may also hang the verb of saying under the quote as parataxis)."""
    if tok.lemma_.lower() in speech:
        return tok  # the verdict coded at the verb of saying itself ('"They are criminals," X said of Y')
    node = tok
    for _ in range(steps):
        for c in node.children:
            if c.dep_ == "parataxis" and c.lemma_.lower() in speech:
                return c
        if node.dep_ not in _SPEECH_CHAIN or node.head is node:
            return None
        node = node.head
        if node.lemma_.lower() in speech:
            return node
    return None


def is_pointing(tok: "Token | None") -> bool:
    """ "it / this / that" used as a pronoun (not "this plan")."""
    return tok is not None and tok.lower_ in POINTING_WORDS and tok.pos_ in ("PRON", "DET") \
        and tok.dep_ not in ("det",)


def pronoun_subject(clause: "Token") -> "Token | None":
    """The clause's subject when it is a party pronoun or a pointing word ("they are lying",
    "they cannot be trusted", "this is a ploy")."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("PRON", "DET"):
        return None
    return subj if subj.lower_ in PARTY_PRONOUNS | POINTING_WORDS else None


def harsh_predicate(preds: list["Token"]) -> bool:
    """A copular verdict whose words the valence lexicon rates as blame: "an attack on
    democracy", "collective punishment", "a shameless attempt", "a cynical ploy". The predicate
    head and its own modifiers count (not the "on democracy" it is about); a word of regret or
    hardship anywhere in it ("a difficult time", "a sad day") or a superlative ("the worst since
    2009") makes it no blame."""
    from dateline.events import stance

    words = [w for g in preds for w in (g, *(m for m in g.children if m.dep_ in ("amod", "compound", "advmod")))]
    if any(w.lemma_.lower() in REGRET_WORDS or w.lower_ in REGRET_WORDS for w in words):
        return False
    if any(w.tag_ in ("JJS", "RBS") for w in words):
        return False  # "it was the worst (year) since 2009": a record, not a verdict on a doer
    if any(w.lemma_.lower() in UNRATED_VERDICTS or w.lower_ in UNRATED_VERDICTS for w in words):
        return True
    total = 0.0
    for w in words:
        if w.pos_ not in ("NOUN", "ADJ", "ADV", "VERB"):
            continue
        v = stance._valence(w)
        if v > 0 and any(c.dep_ == "neg" for c in w.head.children):
            v = -v  # "not a friendly step"
        total += v
    return total <= HARSH_AT


def accepted_pointer(verb: "Token") -> "Token | None":
    """The pointing object of a refused acceptance: "will never accept this", "cannot accept it"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if is_pointing(obj) else None


def pronoun_verdicts(clauses: list["Token"]) -> list["Token"]:
    """The content clauses that judge a pronoun party harshly ("they are lying", "they have
    betrayed the country", "they cannot be trusted"): for a verb of saying whose "of/about"
    phrase names whom the pronoun means. A forecast or duty ("they may", "they should") and a
    condition ("if they ...") are no verdict; "cannot" is one ("cannot be trusted")."""
    from dateline.events import stance

    out = []
    for clause in clauses:
        if pronoun_subject(clause) is None:
            continue
        auxes = [c for c in clause.children if c.dep_ == "aux"]
        negated = any(c.dep_ == "neg" for c in clause.children)
        if any(a.lower_ in stance.OBLIGATION_MODALS for a in auxes) or any(
                a.lower_ in stance.POSSIBILITY_MODALS and not (a.lower_ in ("can", "ca") and negated) for a in auxes):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in clause.subtree):
            continue
        if any(t.lemma_.lower() in PLIGHT_WORDS | REGRET_WORDS or t.lower_ in PLIGHT_WORDS
               for t in stance.own_tokens(clause)):
            continue  # their plight or feeling, not their fault
        if stance.stance_score(clause) <= HARSH_AT:
            out.append(clause)
    return out
