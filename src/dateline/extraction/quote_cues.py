"""Cue words (said, told, according to ...) and the subject that does the saying.

The lexicon lives in data/cue_verbs.txt so a reader can see and extend it without reading
code. Everything here works on the spaCy parse: a cue is a verb whose lemma is listed (or
the "according to" preposition), and its speaker is the verb's grammatical subject, found
by climbing to the governing verb when the cue itself has none ("..., adding that ...").
"""
from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

from dateline.nlp import attr_positions, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Section order is priority: a lemma listed twice keeps its first (surest) section.
SECTIONS = ("speech", "topic", "attitude", "evidence", "target", "view")
#: Sections read for reported speech only, and the section each is read as there.
INDIRECT_ONLY = {"target": "topic", "view": "attitude"}
#: Subject dependency labels; "expl" and passive subjects never speak.
_SUBJ = {"nsubj"}
#: Clause links along which a cue without its own subject shares its governor's subject:
#: "He smiled and said", "..., saying that", "he went on to say".
_SHARE_SUBJECT = {"conj", "advcl", "xcomp", "acl", "relcl"}


@functools.lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, str]:
    """lemma (or "verb particle") -> section, read once from the packaged data file."""
    text = resources.files("dateline").joinpath("data", "cue_verbs.txt").read_text("utf-8")
    lex: dict[str, str] = {}
    section = "speech"
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        lex.setdefault(line, section)
    return lex


def cue_class(tok: "Token", indirect: bool = False) -> str | None:
    """The lexicon section of a cue token, or None when it is not a cue. The sections in
    INDIRECT_ONLY count only when `indirect` (reported speech without marks), and then as
    the section they stand for."""
    if is_according_to(tok):
        return "speech"
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "aux":
        return None
    lex = cue_lexicon()
    lemma = cue_lemma(tok)
    # perfent57: the children are walked only for a verb that has a particle (known per Doc
    # from the DEP array); most verbs have none, and the walk made a Token per child
    prt = next((c.text.lower() for c in tok.children if c.dep_ == "prt"), None) \
        if tok.i in _particle_heads(tok.doc) else None
    section = lex.get(f"{lemma} {prt}") if prt else None
    section = section or lex.get(lemma) or _text_reading(tok, lemma)
    if section in INDIRECT_ONLY:
        return INDIRECT_ONLY[section] if indirect else None
    return section


#: quotes60: texts whose words "read": "The statement read: ...", "The ruling read in part: ...".
_TEXT_NOUNS = frozenset("statement letter message communique communiqué note declaration announcement editorial "
                        "report memo memorandum leaflet notice bulletin manifesto document resolution decree opinion "
                        "ruling verdict judgment judgement summary text banner placard sign slogan headline".split())


def _text_reading(tok: "Token", lemma: str) -> str | None:
    """quotes60: "read" reports speech only when a text reads ("The statement of the ministry
    read in part: ..."); a person who reads ("he read a poem", "she read 'Ulysses'") reports
    nothing."""
    if lemma != "read":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return "speech" if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _TEXT_NOUNS else None


def _particle_heads(doc: "Doc") -> frozenset[int]:
    """Positions of the tokens that have a "prt" child (a phrasal verb's particle), kept on the Doc."""
    heads = doc.user_data.get(_PARTICLE_HEADS)
    if heads is None or heads[0] != len(doc):
        found = attr_positions(doc, "DEP", _PRT)
        heads = doc.user_data[_PARTICLE_HEADS] = (len(doc), frozenset(doc[i].head.i for i in found))
    return heads[1]


_PARTICLE_HEADS = "dateline.particle_heads"
_PRT = frozenset({"prt"})


#: Lemmatizer slips on cue verbs: the small model reads "hoping" as a form of "hop".
_LEMMA_SLIPS = {"hoping": "hope", "hoped": "hope"}


def cue_lemma(tok: "Token") -> str:
    """The token's lemma, lower-cased, with the model's known slips on cue verbs mended."""
    return _LEMMA_SLIPS.get(tok.lower_, tok.lemma_.lower())


def is_according_to(tok: "Token") -> bool:
    # perfent57: the word itself first; the next Token is made only after "according"
    # (asked for every verb of every article)
    if tok.lower_ != "according":
        return False
    return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to"


def cue_text(tok: "Token") -> tuple[str, int, int]:
    """(text, start, end) of the cue: the verb with its particle, or "according to"."""
    if is_according_to(tok):
        nxt = tok.nbor(1)
        return doc_text(tok.doc)[tok.idx:nxt.idx + len(nxt)], tok.idx, nxt.idx + len(nxt)
    end_tok = tok
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1:
            end_tok = c
    return doc_text(tok.doc)[tok.idx:end_tok.idx + len(end_tok)], tok.idx, end_tok.idx + len(end_tok)


def cue_subject(tok: "Token") -> "Token | None":
    """The speaker token of a cue: its subject, the object of "according to", or the
    subject of the verb it hangs from when it has none of its own. Never across a
    paragraph break: the parser sometimes runs a date line or caption into the sentence."""
    subj = quoted_one(tok) or _subject(tok)
    if subj is None or same_paragraph(subj, tok):
        return subj
    # the parser made the stray line the subject and hung the real one from it in apposition
    moved = [t for t in subj.subtree if t.dep_ == "appos" and same_paragraph(t, tok) and t.i < tok.i]
    return moved[-1] if moved else None


#: quotes60: verbs by which a medium passes on someone's words ("quoted X as saying").
_QUOTING = frozenset({"quote", "cite"})


def quoted_one(tok: "Token") -> "Token | None":
    """quotes60: the one who speaks in "M quoted X as saying ..." (the object) and in "X was
    quoted by M as saying ..." (the passive subject): the medium only passes the words on, so
    the quote is X's, not M's (the subject or the "by" agent). None unless the verb is "quote"
    / "cite" with an "as" + gerund phrase of its own ("cited the audit" quotes no one; "cite"
    only "as saying")."""
    lemma = tok.lemma_.lower()
    if lemma not in _QUOTING or tok.pos_ != "VERB":
        return None
    # "cite" only with "as saying": "cited an audit as prohibiting him" gives a reason, no speaker
    if not any(p.dep_ == "prep" and p.lower_ == "as" and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" and (lemma == "quote" or g.lower_ == "saying") for g in p.children)
               for p in tok.children):
        return None
    dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in tok.children) else "dobj"
    one = next((c for c in tok.children if c.dep_ == dep), None)
    return one if one is not None and one.pos_ in ("PROPN", "NOUN", "PRON") else None


def same_paragraph(a: "Token", b: "Token") -> bool:
    lo, hi = sorted((a.idx, b.idx))
    return "\n\n" not in doc_text(a.doc)[lo:hi]


def _subject(tok: "Token") -> "Token | None":
    if is_according_to(tok):
        to = tok.nbor(1)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        return obj or next((c for c in tok.children if c.dep_ == "pobj"), None)
    cur = tok
    for _ in range(3):  # a few clause links at most; beyond that it is a different clause
        subjects = [c for c in cur.children if c.dep_ in _SUBJ]
        if subjects:  # two subjects mean a misparse; the one nearest the verb is right
            subj = min(subjects, key=lambda c: (not same_paragraph(c, cur), abs(c.i - cur.i)))
            if subj.tag_ in ("WP", "WDT") and cur.dep_ == "relcl":
                return cur.head  # "Smith, who said ...": Smith speaks
            return subj
        agent = next((c for c in cur.children if c.dep_ == "agent"), None)
        if agent is not None:  # "was told by aides": the aides speak
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if cur.dep_ not in _SHARE_SUBJECT or cur.head.i == cur.i:
            return None
        if cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return cur.head  # "Smith, who said ...", "officials speaking on condition ..."
        cur = cur.head
    return None
