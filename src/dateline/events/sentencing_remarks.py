"""court58: a judge's or prosecutor's words of blame for the defendant are criticism (111).

Trial stories quote what the judge told the defendant at sentencing and what the prosecutor said
of him: '"You have betrayed the trust of every voter," the judge said', "United States Attorney X
said the defendant perpetuated a cycle of addiction", "the judge told Harlan he had shown no
remorse". The standard codes such words as the court's criticism of the defendant (111, JUD ->
the defendant), not as the reported act (the defendant's crime is the charge, already coded or
not coded at all). Nothing else in the coder reads them: the reported verbs ("betrayed",
"perpetuated", "ruined") are in no dictionary, or name no actor ("you").

`blamed_party` reads the parse only: a verb of saying whose reported clause (or quotation) has
for subject the person addressed ("you") or a person noun, and whose predicate is a word of
wrongdoing (WRONG_VERBS, "showed no remorse", a blaming adjective). It returns the clause's
subject and the person told ("told Harlan"). The coder keeps it only when the speaker resolves to
a court or prosecutor (JUD) and finds the defendant for "you": the person told, else the one the
court last sentenced, convicted or charged in the story (coder `_code_sentencing_remarks`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that tell the speaker's words.
SAYING_VERBS = frozenset("say tell add write state".split())
#: Verbs of wrongdoing a judge or prosecutor holds against the defendant.
WRONG_VERBS = frozenset("betray defraud deceive cheat steal sever ruin destroy perpetuate perpetrate exploit prey "
                        "abuse endanger terrorize terrorise devastate shatter lie victimize victimise "
                        "manipulate harm traumatize traumatise rob swindle violate squander".split())
#: "showed no remorse / no regard / no mercy": a wrong told with "no".
SHOWN_LACKS = frozenset("remorse regard respect mercy empathy compassion concern".split())
#: Adjectives of blame: "you are a dangerous man", "his conduct was callous".
BLAME_WORDS = frozenset("callous cruel dangerous reckless selfish heartless despicable depraved evil greedy "
                        "vicious predatory malicious cowardly shameful".split())
#: Subjects a reported blame may have: the person addressed, or a person.
PERSON_PRONOUNS = frozenset("you he she".split())


def _wrong_predicate(verb: "Token") -> bool:
    """ "betrayed the trust", "showed no remorse", "is a dangerous man", "was callous"."""
    low = verb.lemma_.lower()
    if low in WRONG_VERBS:
        return not any(c.dep_ == "neg" for c in verb.children)
    if low == "show":
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.lemma_.lower() in SHOWN_LACKS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
    if low == "be":
        return any(c.dep_ in ("acomp", "attr") and (c.lemma_.lower() in BLAME_WORDS or any(
            a.dep_ == "amod" and a.lemma_.lower() in BLAME_WORDS for a in c.children)) for c in verb.children)
    return False


def blamed_party(tok: "Token") -> "tuple[list[Token], Token] | None":
    """For a verb of saying whose reported clause blames a person: (the clause's subject, with the
    person told added when the verb is "told X"), and the blaming verb; None otherwise."""
    if tok.lemma_.lower() not in SAYING_VERBS or tok.pos_ != "VERB":
        return None
    for clause in (c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")):
        if not _wrong_predicate(clause):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or not (subj.lower_ in PERSON_PRONOUNS or subj.ent_type_ == "PERSON"
                                or subj.lemma_.lower() in ("defendant", "accused")):
            continue
        told = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN")]
        return (told + ([subj] if subj.lower_ != "you" else [])), clause
    return None
