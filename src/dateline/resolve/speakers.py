"""Speaker token -> the entity that speaks, with the mention span the quote is tied to.

Order of evidence, surest first: the token lies in an entity mention (or the noun phrase
names one: "TASS news agency", "the minister, Sergei Lavrov"); the colleague's coreference
map (`dateline.resolve.coref.resolve_references`) when it is installed; a bare surname the
model missed ("Ri" -> Ri Yong Ho); then a small fallback of our own for "he"/"she"/"it"
and definite role nouns ("the minister", "the newspaper"): the most recent fitting subject.
News writing keeps the current speaker as the subject of its sentences, so the last
person-subject is a better antecedent for "he said" than the last person named.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.model import Article, Entity
from dateline.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PERSON_PRON = {"he", "she", "him", "her"}
_THING_PRON = {"it"}
_GROUP_PRON = {"they", "them"}
#: Role nouns that stand for a person already named ("the minister said").
PERSON_ROLES = {
    "minister", "president", "leader", "spokesman", "spokeswoman", "spokesperson", "secretary",
    "senator", "governor", "candidate", "chairman", "chairwoman", "chief", "official", "premier",
    "ambassador", "envoy", "general", "commander", "director", "mayor", "king", "queen", "prince",
    "chancellor", "nominee", "congressman", "congresswoman", "representative", "lawmaker",
    "diplomat", "prosecutor", "judge", "lawyer", "attorney", "businessman", "billionaire",
    "mogul", "founder", "author", "adviser", "advisor", "aide", "economist", "analyst",
    "researcher", "professor", "manager", "executive", "ceo", "head", "prime", "democrat",
    "republican", "frontrunner", "politician", "speaker", "strongman", "dictator", "pope",
}
#: Role nouns that stand for an organisation already named ("the newspaper wrote").
ORG_ROLES = {
    "agency", "newspaper", "paper", "daily", "ministry", "department", "company", "firm",
    "group", "organisation", "organization", "party", "campaign", "government", "militia",
    "network", "channel", "broadcaster", "magazine", "outlet", "committee", "council", "bank",
    "court", "office", "administration", "union", "alliance", "coalition", "army", "military",
    "police", "service", "website", "site", "tabloid", "weekly", "station", "institute",
    "foundation", "commission", "board", "movement", "forces", "state",
}


_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case"}


@dataclass(frozen=True)
class Speaker:
    entity: str | None
    name: str
    start: int
    end: int


class SpeakerResolver:
    """Built once per article; `resolve(token)` names the speaker behind a subject token."""

    def __init__(self, doc: "Doc", article: Article) -> None:
        self.doc = doc
        self.article = article
        self._by_char: dict[int, Entity] = {}
        for ent in article.entities:
            for m in ent.mentions:
                for c in range(m.start, m.end):
                    self._by_char.setdefault(c, ent)
        self._coref = _load_coref(doc, article)
        self._subjects: list[tuple[int, Entity]] = []  # (token index, entity), text order
        self._index_subjects()

    # -- public -------------------------------------------------------------------------
    def resolve(self, tok: "Token") -> Speaker:
        """The speaker for a subject (or "according to" object) token."""
        named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if tok.pos_ == "NOUN" and named:
            tok = named[0]  # "the farmer, Helen Price": the name is the better mention
        start, end = self.phrase_span(tok)
        ent = self._direct(tok) or self._from_coref(tok) or self._antecedent(tok)
        if ent is None:
            return Speaker(None, doc_text(self.doc)[start:end], start, end)
        return Speaker(ent.id, ent.name, start, end)

    def phrase_span(self, tok: "Token") -> tuple[int, int]:
        """Character span of the speaker phrase: the noun with the determiners, compounds
        and modifiers right before it, never past a comma (so appositions stay out)."""
        left = tok.i
        for c in reversed(list(tok.lefts)):  # nearest first; stop at the first gap
            if c.dep_ not in _LEFT_DEPS or c.right_edge.i != left - 1 or "\n" in c.left_edge.text_with_ws \
                    or "\n" in doc_text(self.doc)[c.left_edge.idx:tok.idx]:
                break
            left = c.left_edge.i
        right = tok.i
        while right + 1 < len(self.doc) and self.doc[right + 1].head.i == tok.i \
                and self.doc[right + 1].dep_ in ("flat", "compound"):
            right += 1
        return self.doc[left].idx, self.doc[right].idx + len(self.doc[right])

    # -- evidence, surest first ---------------------------------------------------------
    def _direct(self, tok: "Token") -> Entity | None:
        """The token, its apposition or its name compounds lie in an entity mention."""
        for cand in (tok, *[c for c in tok.children if c.dep_ == "appos"]):
            ent = self._entity_at(cand)
            if ent is not None:
                return ent
        for c in tok.lefts:
            if c.dep_ in ("compound", "nmod") and c.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
                ent = self._entity_at(c)
                if ent is not None and (tok.lower_ in ORG_ROLES or ent.label == "PERSON"):
                    return ent
        if tok.pos_ == "PROPN":
            return self._by_name(tok)
        return None

    def _entity_at(self, tok: "Token") -> Entity | None:
        # any label: the small model calls many speakers FAC or LOC, and a subject that
        # speaks is a person or a body whatever the label says
        return self._by_char.get(tok.idx)

    def _by_name(self, tok: "Token") -> Entity | None:
        """A bare name the model did not tag: the person (else organisation) whose name has
        this word ("Ri" in "Ri Yong Ho", "Lavrov" in "Sergei Lavrov"), nearest before."""
        word = tok.text
        best: tuple[int, Entity] | None = None
        for ent in self.article.entities:
            if ent.label not in ("PERSON", "ORG") or word not in ent.name.split():
                continue
            rank = 0 if ent.label == "PERSON" else 1
            if best is None or rank < best[0]:
                best = (rank, ent)
        return best[1] if best else None

    def _from_coref(self, tok: "Token") -> Entity | None:
        ent_id = self._coref.get(tok.i) if self._coref else None
        return self.article.entity(ent_id) if ent_id else None

    def _antecedent(self, tok: "Token") -> Entity | None:
        """Pronouns and definite role nouns: the latest subject of the fitting kind."""
        low = tok.lower_
        if low in _PERSON_PRON:
            return self._latest(tok, {"PERSON"})
        if low in _THING_PRON:
            return self._latest(tok, {"ORG"})
        if low in _GROUP_PRON:
            return self._latest(tok, {"ORG", "NORP"}, within=1)
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children)
        if not definite:
            return None  # "an official said": an unnamed speaker stays unnamed
        if low in PERSON_ROLES:
            return self._role_holder(tok) or self._latest(tok, {"PERSON"})
        if low in ORG_ROLES:
            return self._named_with(tok, {"ORG"}) or self._latest(tok, {"ORG"})
        return None

    def _latest(self, tok: "Token", labels: set[str], within: int = 4) -> Entity | None:
        """Latest subject entity before tok with one of labels, at most `within` subjects
        back (a long gap means the antecedent is probably someone else)."""
        seen = 0
        for i, ent in reversed(self._subjects):
            if i >= tok.i:
                continue
            seen += 1
            if ent.label in labels:
                return ent
            if seen >= within:
                break
        for ent in self._mentions_before(tok.idx):
            if ent.label in labels:
                return ent
        return None

    def _mentions_before(self, char: int) -> list[Entity]:
        """Entities by their latest mention before char, latest first."""
        last: dict[str, tuple[int, Entity]] = {}
        for ent in self.article.entities:
            for m in ent.mentions:
                if m.end <= char and (ent.id not in last or m.start > last[ent.id][0]):
                    last[ent.id] = (m.start, ent)
        return [e for _, e in sorted(last.values(), key=lambda p: -p[0])]

    def _role_holder(self, tok: "Token") -> Entity | None:
        """The person introduced with this role word: "Foreign Minister Sergei Lavrov",
        "the minister, Sergei Lavrov", or whose entity role names it."""
        for ent in self.article.entities:
            if ent.label == "PERSON" and ent.role and tok.lower_ in ent.role.lower().split():
                return ent
        return self._named_with(tok, {"PERSON"})

    def _named_with(self, tok: "Token", labels: set[str]) -> Entity | None:
        """Latest entity (of labels) whose mention has the role word right beside it."""
        text = doc_text(self.doc)
        word = tok.lower_
        for ent in self._mentions_before(tok.idx):
            if ent.label not in labels:
                continue
            for m in ent.mentions:
                around = text[max(0, m.start - 40):m.end + 30].lower()
                if word in around.replace(",", " ").split():
                    return ent
        return None

    def _index_subjects(self) -> None:
        """Every sentence subject, resolved in text order, so "he" can find the last one."""
        for tok in _with_dep(self.doc, "nsubj"):
            ent = self._direct(tok) or self._from_coref(tok)
            if ent is None and tok.lower_ in _PERSON_PRON | _THING_PRON:
                ent = self._antecedent(tok)
            if ent is not None:
                self._subjects.append((tok.i, ent))


def _with_dep(doc: "Doc", dep: str) -> list["Token"]:
    """The Doc's tokens with dependency label `dep`, in text order, found in the Doc's
    label array: the subject index looked at every token's label through a Token object."""
    if not len(doc):
        return []
    import numpy
    from spacy.attrs import DEP
    from spacy.strings import get_string_id  # not hash_string: symbols ("nsubj") have their own ids

    return [doc[i] for i in numpy.flatnonzero(doc.to_array(DEP) == get_string_id(dep)).tolist()]


def _load_coref(doc: "Doc", article: Article) -> dict[int, str]:
    """The colleague's coreference map when that module exists; {} until then."""
    try:
        from dateline.resolve.coref import resolve_references  # type: ignore[import-not-found]
    except ImportError:
        return {}
    try:
        return dict(resolve_references(doc, article))
    except Exception:  # noqa: BLE001 - a coref bug must not cost us the quotes
        return {}
