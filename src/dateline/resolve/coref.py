"""Pronoun and role-noun coreference, good enough for speakers and actors.

`resolve_references(doc, article)` maps token indices to entity ids for every token of an
entity mention, every pronoun and every role description it can tie to an entity.

Rules, in the order they run (each a small function below):

1. Titles attached to a name belong to it: premodifier ("Russian Foreign Minister Sergei
   Lavrov") or apposition ("Russia's foreign minister, Sergei Lavrov," / "Sergei Lavrov,
   Russia's foreign minister"). Organisation nouns beside an ORG name say what it is
   ("TASS news agency", "the daily Kommersant").
2. A free definite description ("the minister", "the North Korean leader", "North Korea's
   foreign minister") refers back to the most recent person whose known titles contain its
   head word and modifiers and whose country does not contradict it.
3. With no such antecedent it refers forward, in the news lede pattern only ("X's foreign
   minister said ... <Name> spoke ..."): the description is a subject (or opens its
   sentence: the parse of a lede is often confused by a leftover credit line), no person was named
   in the two sentences before it, and the first person named after it, at most two
   sentences on, is a subject whose titles and country fit or are unknown; that person takes
   the title and country.
4. "the daily", "the newspaper", "the agency": the most recent organisation known as a
   news outlet, else the most recent organisation of the last three sentences that is not a
   government body. "the party", "the ministry": the most recent organisation whose name
   holds that word. "the group", "the company": the most recent organisation of the last
   two sentences.
5. he/him/his/she/her: the subject person of the current sentence before the pronoun; else
   the closest person earlier in the sentence; else the subject person of the closest
   earlier sentence that has one; else the most recent person. Known gender (from titles such
   as "spokeswoman", Mr/Ms, or a pronoun already resolved to the person) rules candidates out.
6. it/its (not pleonastic "it is"): an organisation or country that is the subject of the
   current or previous sentence. they/them/their: an organisation or people (NORP) subject of
   the current or previous sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.resolve.roles import MEDIA_HEADS, RolePhrase, find_role_phrases, gender_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.resolve.ner_fixes import NerSpan
    from dateline.model import Article

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_IT = {"it", "its", "itself"}
_THEY = {"they", "them", "their", "theirs", "themselves"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_GOV_WORDS = {"ministry", "council", "government", "army", "party", "committee", "parliament", "court", "police"}
_GENERIC_ORG = {"group", "organisation", "organization", "company", "firm", "movement", "body",
                "watchdog", "regulator", "militia", "alliance", "coalition"}
#: Words of a labour body's name ("the United Auto Workers", "the Writers Guild") that "the union" may refer to.
_LABOUR_NAME_WORDS = frozenset({"union", "unions", "workers", "worker", "federation", "guild", "teamsters",
                                "confederation", "labour", "labor", "employees", "machinists"})
_NON_REFERRING_IT_HEADS = {"be", "seem", "appear", "take", "remain", "become", "rain", "look", "matter"}
_MALE_HONORIFICS = {"mr", "mr."}
_FEMALE_HONORIFICS = {"mrs", "mrs.", "ms", "ms.", "miss", "madam"}


@dataclass
class EntityInfo:
    """What coreference needs to know about an entity; filled in as rules learn more."""

    id: str
    label: str
    name: str = ""
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    gender: str | None = None
    media: bool = False


@dataclass(frozen=True)
class Ref:
    """A place where the text refers to an entity: its head token and sentence."""

    token: int
    entity: str
    sent: int
    subject: bool


@dataclass
class Links:
    """What the description rules found: phrase index -> entity id, and the refs so far."""

    attached: dict[int, str] = field(default_factory=dict)
    described: dict[int, str] = field(default_factory=dict)
    refs: list[Ref] = field(default_factory=list)


# -- helpers --------------------------------------------------------------------------------


def sentence_index(doc: "Doc") -> list[int]:
    """Token index -> sentence number. A paragraph break always ends a sentence: the parser
    runs a dateline or credit line into the first sentence when the cleaner left one.

    Kept on the Doc: the entities stage and the coreference map both need it."""
    cached = doc.user_data.get("dateline.sentence_index")
    if cached is not None and len(cached) == len(doc):
        return cached
    out = doc.user_data["dateline.sentence_index"] = _sentence_index(doc)
    return out


def _sentence_index(doc: "Doc") -> list[int]:
    # read from the Doc's arrays (sentence starts, whitespace flags, kept token texts), not
    # a Token object per word: SENT_START is 1 where `Token.is_sent_start` is True
    if not len(doc):
        return []
    from spacy.attrs import IS_SPACE, SENT_START

    from dateline.resolve.ner_base import token_texts

    import numpy as np

    # perfent57: counted over the arrays (a running sum of the sentence openings) instead of
    # a Python step per token; only the whitespace tokens' texts are read. Same rule as the
    # loop it replaced (kept in tests/test_perfent57_helpers.py): a token opens a sentence
    # when it is the first, or is not whitespace and is a sentence start or follows a
    # whitespace token holding a blank line.
    texts = token_texts(doc)
    arr = doc.to_array([SENT_START, IS_SPACE])
    space = arr[:, 1] != 0
    blank = np.zeros(len(doc), dtype=bool)
    for i in np.flatnonzero(space).tolist():
        blank[i] = "\n\n" in texts[i]
    after_blank = np.concatenate(([False], blank[:-1]))
    opens = ~space & ((arr[:, 0] == 1) | after_blank)
    opens[0] = True
    return (np.cumsum(opens) - 1).tolist()


def _opens_sentence(doc: "Doc", start: int, sents: list[int]) -> bool:
    """The phrase is the first thing in its sentence or paragraph."""
    return start == 0 or sents[start - 1] != sents[start]


def _is_subject(doc: "Doc", start: int, end: int, person: bool = False) -> bool:
    """The mention is its clause's subject, or a person's name in apposition to the subject
    ("Iran's deputy foreign minister, Hossein Rahimi, said ..."): twelfth session, a "He" in the
    next sentence had skipped the apposed name and gone back to the subject of an earlier one."""
    return any(doc[i].dep_ in _SUBJECT_DEPS or person and doc[i].dep_ == "appos" and doc[i].head.dep_ in _SUBJECT_DEPS
               for i in range(start, end))


def mention_refs(doc: "Doc", mentions: list[tuple["NerSpan", str]], sents: list[int]) -> list[Ref]:
    return [Ref(m.end - 1, eid, sents[m.start], _is_subject(doc, m.start, m.end, m.label == "PERSON"))
            for m, eid in mentions]


# -- rule 1: attached titles ------------------------------------------------------------------


def _skip_space(doc: "Doc", i: int) -> int:
    while i < len(doc) and doc[i].is_space and "\n\n" not in doc[i].text:  # a hard wrap
        i += 1
    return i


def _skip_comma(doc: "Doc", i: int) -> int:
    i = _skip_space(doc, i)
    return _skip_space(doc, i + 1) if i < len(doc) and doc[i].text == "," else i


def attach_phrases(doc: "Doc", phrases: list[RolePhrase], mentions: list[tuple["NerSpan", str]]) -> dict[int, str]:
    """Phrase index -> entity id for titles written beside a name (rule 1)."""
    starts = {m.start: (m, eid) for m, eid in mentions}
    ends = {m.end: (m, eid) for m, eid in mentions}
    out: dict[int, str] = {}
    for k, ph in enumerate(phrases):
        want = {"person": "PERSON", "place": "GPE"}.get(ph.kind, "ORG")
        direct = _skip_space(doc, ph.end)
        for pos in (direct, _skip_comma(doc, ph.end)):  # "Minister Lavrov", "minister, Lavrov"
            hit = starts.get(pos)
            if hit and hit[0].label == want and (pos == direct or not ph.plural):
                out[k] = hit[1]
                break
        else:
            before = ph.start - 1 if ph.start and doc[ph.start - 1].text == "," else ph.start
            hit = ends.get(before)  # "Lavrov, Russia's foreign minister" / "TASS news agency"
            if hit and hit[0].label == want and not ph.plural and (before != ph.start or want == "ORG"):
                out[k] = hit[1]
    return out


def learn_from_attached(phrases: list[RolePhrase], attached: dict[int, str], infos: dict[str, EntityInfo]) -> None:
    """Attached titles give an entity its roles, country and (from the title) gender."""
    for k, eid in sorted(attached.items()):
        ph, info = phrases[k], infos[eid]
        if ph.kind == "org":
            info.media = info.media or ph.head_word in MEDIA_HEADS
            continue
        if ph.role not in info.roles:
            info.roles.append(ph.role)
        info.country = info.country or ph.country
        info.gender = info.gender or gender_of(ph.head_word)


# -- rules 2-4: free descriptions -----------------------------------------------------------


def _fits(ph: RolePhrase, info: EntityInfo) -> bool | None:
    """True: a known title of the person matches; None: nothing known; False: contradicts."""
    if info.label != "PERSON":
        return False
    if ph.country and info.country and ph.country != info.country:
        return False
    if gender_of(ph.head_word) and info.gender and gender_of(ph.head_word) != info.gender:
        return False
    if not info.roles:
        return None
    for role in info.roles:
        words = set(role.split())
        if ph.head_word in words and set(ph.modifiers) <= words | _SAME_PERSON_WORDS:
            return True
    return False


#: Modifiers that describe the person a title names, not another office: "the visiting
#: minister", "the outgoing president", "the current premier" (context33).
_SAME_PERSON_WORDS = frozenset({"former", "top", "senior", "new", "visiting", "outgoing", "incoming",
                                "embattled", "veteran", "current", "incumbent", "sitting"})


def _is_free(ph: RolePhrase, k: int, attached: dict[int, str]) -> bool:
    # bare "Tunisian Prime Minister signs decree" is a headline, not a reference
    return k not in attached and not ph.plural and ph.definite


def _person_antecedent(ph: RolePhrase, refs: list[Ref], infos: dict[str, EntityInfo],
                       doc: "Doc | None" = None) -> str | None:
    for ref in sorted((r for r in refs if r.token < ph.start), key=lambda r: -r.token):
        if _fits(ph, infos[ref.entity]) and not (doc is not None and _subject_and_object(doc, ref.token, ph.head)):
            return ref.entity
    return None


def _subject_and_object(doc: "Doc", a: int, b: int) -> bool:
    """integ35: the mention at `a` is the subject of the verb that takes the description at `b`
    as its object ("President X telephoned the Pakistani president"): one clause names two
    people there, or it would say "himself"."""
    subj = doc[a]
    while subj.dep_ in ("compound", "flat") and subj.head is not subj:
        subj = subj.head
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    obj = doc[b]
    verb = obj.head.head if obj.dep_ == "pobj" and obj.head.dep_ in ("prep", "agent") else obj.head
    return obj.dep_ in ("dobj", "dative", "pobj") and verb == subj.head


def _person_cataphor(
    doc: "Doc", ph: RolePhrase, refs: list[Ref], infos: dict[str, EntityInfo], sents: list[int],
    earlier_heads: frozenset[str] = frozenset(),
) -> str | None:
    """The lede pattern only: the description is a subject, no person was named in the two
    sentences before it, and the person is the first one named after it, as a subject, at
    most two sentences on.

    tunerole48: not a person the article named before the description (the lede introduces
    its person after the title: "The judge recommended treatment. Smithers, 36, is married"
    after Smithers was the defendant all along), and not when an earlier title phrase of the
    same head word named nobody ("A federal judge sentenced a pharmacist ... The judge cited
    the fraud. Harlan Pettibone told reporters ..."): the description is that unnamed person
    again, and the next name is somebody else (`earlier_heads`: head words of such phrases)."""
    here = sents[ph.head]
    people = [r for r in refs if infos[r.entity].label == "PERSON"]
    if doc[ph.head].dep_ not in _SUBJECT_DEPS and not _opens_sentence(doc, ph.start, sents):
        return None
    if any(r.token < ph.start and here - r.sent <= 2 for r in people):
        return None
    ahead = sorted((r for r in people if r.token >= ph.end), key=lambda r: r.token)
    if not ahead or ahead[0].sent > here + 2 or not ahead[0].subject:
        return None
    if any(r.entity == ahead[0].entity and r.token < ph.start for r in people):
        return None  # tunerole48: a person the article named before is no lede's new name
    if ph.head_word in earlier_heads:
        return None  # tunerole48: "A federal judge sentenced ... The judge cited ...": the unnamed one again
    return ahead[0].entity if _fits(ph, infos[ahead[0].entity]) is not False else None


def _main_clause_subject(doc: "Doc", i: int) -> bool:
    """The mention (any token of it) hangs from its sentence's root as the subject."""
    tok = doc[i]
    while tok.dep_ in ("compound", "flat", "appos", "amod") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in _SUBJECT_DEPS and tok.head.dep_ == "ROOT"


#: Modifiers that keep "agency" a news agency ("the official news agency", "the state press agency").
_NEWS_AGENCY_WORDS = frozenset({"news", "press", "wire", "official", "state", "government", "semi-official"})


def _org_antecedent(ph: RolePhrase, refs: list[Ref], infos: dict[str, EntityInfo], sents: list[int],
                    doc: "Doc | None" = None) -> str | None:
    here = sents[ph.head]
    before = sorted((r for r in refs if r.token < ph.start and infos[r.entity].label == "ORG"), key=lambda r: -r.token)
    word = ph.head_word
    if word == "agency" and ph.modifiers and not set(m.lower() for m in ph.modifiers) & _NEWS_AGENCY_WORDS:
        # actors69: "the drug agency", "the environmental agency" are a state agency, no news agency:
        # the body whose name says "agency", not the last outlet or group named
        return next((r.entity for r in before if word in infos[r.entity].name.lower().split()), None)
    if word in MEDIA_HEADS:
        known = [r for r in before if infos[r.entity].media]
        if known:
            return known[0].entity
        return next((r.entity for r in before if here - r.sent <= 3 and not _is_gov(infos[r.entity])), None)
    if word == "union":
        # integ35: "The United Auto Workers said ... The union accused ...": the labour body
        # just named (a name with a labour word), else a name that says "union" itself
        labour = [r for r in before if here - r.sent <= 2 and set(infos[r.entity].name.lower().split()) & _LABOUR_NAME_WORDS]
        if labour:
            return labour[0].entity
    if word in _GENERIC_ORG:
        near = [r for r in before if here - r.sent <= 2]
        if not near:
            return None
        # context33: of the latest sentence's organisations, the one it is about (its subject:
        # "Boeing said European subsidies to Airbus broke ... The company accused ..." is Boeing)
        latest = [r for r in near if r.sent == near[0].sent]
        main = [r for r in latest if r.subject and doc is not None and _main_clause_subject(doc, r.token)]
        return next((r.entity for r in main or [r for r in latest if r.subject]), near[0].entity)
    return next((r.entity for r in before if word in infos[r.entity].name.lower().split()), None)


def _country_antecedent(ph: RolePhrase, refs: list[Ref], infos: dict[str, EntityInfo], sents: list[int]) -> str | None:
    """"the country" / "the kingdom": the most recent country of the last two sentences."""
    from dateline.resolve.countries import is_country_name

    here = sents[ph.head]
    before = sorted((r for r in refs if r.token < ph.start and here - r.sent <= 2), key=lambda r: -r.token)
    return next((r.entity for r in before if infos[r.entity].label == "GPE" and is_country_name(infos[r.entity].name)), None)


def _is_gov(info: EntityInfo) -> bool:
    return bool(set(info.name.lower().split()) & _GOV_WORDS)


def _unnamed_heads(doc: "Doc", phrases: list[RolePhrase], k: int, links: Links) -> frozenset[str]:
    """tunerole48: head words of the person phrases before phrase `k` that no name is attached
    to and no earlier description rule tied to a person, introduced with "a" / "an" ("A federal
    judge sentenced ..."): a writer who brings someone in that way has chosen not to name them.
    A bare title with no article, as in a headline ("North Korean Foreign Minister Calls for
    ..."), names nobody only because headlines do not, and the lede's name is that person."""
    return frozenset(p.head_word for j, p in enumerate(phrases[:k])
                     if p.kind == "person" and not p.plural and j not in links.attached and j not in links.described
                     and doc[p.start].lower_ in ("a", "an"))


def link_descriptions(
    doc: "Doc", phrases: list[RolePhrase], links: Links, infos: dict[str, EntityInfo], sents: list[int]
) -> None:
    """Rules 2-4, in text order; a person found forward takes the description's title and
    country, so later descriptions see it. Adds a Ref per linked description."""
    for k, ph in enumerate(phrases):
        if not _is_free(ph, k, links.attached):
            continue
        if ph.kind == "person":
            eid = _person_antecedent(ph, links.refs, infos, doc) or _person_cataphor(
                doc, ph, links.refs, infos, sents, _unnamed_heads(doc, phrases, k, links))
            if eid is not None:
                info = infos[eid]
                if ph.role not in info.roles and not any(ph.head_word in r.split() for r in info.roles):
                    info.roles.append(ph.role)
                info.country = info.country or ph.country
        elif ph.kind == "place":
            eid = _country_antecedent(ph, links.refs, infos, sents)
        else:
            eid = _org_antecedent(ph, links.refs, infos, sents, doc)
        if eid is not None:
            links.described[k] = eid
            links.refs.append(Ref(ph.head, eid, sents[ph.head], doc[ph.head].dep_ in _SUBJECT_DEPS))


# -- rules 5-6: pronouns --------------------------------------------------------------------


def _pronoun_gender(word: str) -> str | None:
    return "m" if word in _MALE else "f" if word in _FEMALE else None


def _person_for(tok_i: int, gender: str | None, refs: list[Ref], infos: dict[str, EntityInfo], sents: list[int],
                exclude: frozenset[str] = frozenset()) -> str | None:
    ok = [r for r in refs if r.token < tok_i and infos[r.entity].label == "PERSON" and r.entity not in exclude
          and (gender is None or infos[r.entity].gender in (None, gender))]
    here = sents[tok_i]
    same = [r for r in ok if r.sent == here]
    subj = [r for r in same if r.subject]
    if subj:
        return subj[-1].entity
    if same:
        return same[-1].entity
    for sent in range(here - 1, max(-1, here - 4), -1):
        subj = [r for r in ok if r.sent == sent and r.subject]
        if subj:
            return subj[0].entity
    if exclude:  # inside a quote: someone named nearby, else nobody rather than a guess
        return next((r.entity for r in reversed(ok) if here - r.sent <= 2), None)
    return ok[-1].entity if ok else None


def _group_for(tok_i: int, labels: set[str], refs: list[Ref], infos: dict[str, EntityInfo], sents: list[int],
               exclude: frozenset[str] = frozenset()) -> str | None:
    here = sents[tok_i]
    for sent in (here, here - 1):
        subj = [r for r in refs if r.sent == sent and r.subject and r.token < tok_i and infos[r.entity].label in labels
                and r.entity not in exclude]
        if subj:
            return subj[-1].entity
    return None


def resolve_pronouns(doc: "Doc", refs: list[Ref], infos: dict[str, EntityInfo], sents: list[int]) -> dict[int, str]:
    """Token index -> entity id for he/she/it/they and their forms (rules 5-6).

    Pronouns outside quotation marks go first; then those inside, where the quote's speaker
    is no candidate: a speaker says "I"/"my" of themself, so "his"/"their" in their own words
    is somebody else ("Ruiz said: \"They burned his house\"" is not Ruiz's house)."""
    import bisect

    regions = quote_regions(doc)
    inside = {i for a, b in regions for i in range(a, b)}
    out: dict[int, str] = {}
    named = {r.token: r.entity for r in refs}
    # only the tokens `_resolve_pronoun` acts on (it returns at once for any other), in text
    # order: a Token object and a call per word of the article cost more than the rules
    cands = _pronoun_positions(doc)
    for i in cands:
        if i not in inside:
            _resolve_pronoun(doc[i], _outside_own_quote(doc[i], refs, inside, sents), infos, sents, out,
                             frozenset(), named)
    for a, b in regions:
        speakers = _quote_speakers(doc, a, b, refs, out, sents)
        for i in cands[bisect.bisect_left(cands, a):bisect.bisect_left(cands, b)]:
            _resolve_pronoun(doc[i], refs, infos, sents, out, speakers, named)
    return out


#: Verbs whose pronoun subject speaks a quotation ("..., he said", "she told reporters: ...").
_SAYING_LEMMAS = frozenset("say tell add declare state insist announce write tweet explain warn note stress "
                           "reply respond claim argue continue recall remark comment".split())


def _outside_own_quote(tok: "Token", refs: list[Ref], inside: set[int], sents: list[int]) -> list[Ref]:
    """quote51: '"Arafat has failed to fight terror," he said': the speaker of a quotation is not
    a person the quotation names (a speaker says "I" of themself), so for the pronoun subject of
    a verb of saying the mentions inside the quotation marks of its own sentence are no
    candidates; the closest rule then finds the speaker named before."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _SAYING_LEMMAS or not inside:
        return refs
    here = sents[tok.i]
    return [r for r in refs if not (r.sent == here and r.token in inside)]


def _pronoun_positions(doc: "Doc") -> list[int]:
    """Indices of the tokens tagged as pronouns (part of speech PRON, or tag PRP / PRP$),
    read from the Doc's arrays: exactly the tokens `_resolve_pronoun` looks at."""
    if not len(doc):
        return []
    from spacy.attrs import POS, TAG
    from spacy.parts_of_speech import IDS
    from spacy.strings import get_string_id  # not hash_string: symbols ("nsubj") have their own ids

    import numpy

    arr = doc.to_array([POS, TAG])
    hit = (arr[:, 0] == IDS["PRON"]) | (arr[:, 1] == get_string_id("PRP")) | (arr[:, 1] == get_string_id("PRP$"))
    return numpy.flatnonzero(hit).tolist()


_OBJECT_FORMS = frozenset({"him", "her", "them"})


def _clause_subject(tok: "Token", named: dict[int, str], resolved: dict[int, str]) -> frozenset[str]:
    """ "Odinga told him", "police arrested her": an object pronoun is never its own clause's
    subject (that would be "himself"), so the subject's entity is no candidate."""
    if tok.lower_ not in _OBJECT_FORMS or tok.dep_ not in ("dobj", "dative"):
        return frozenset()
    subj = next((c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is None:
        return frozenset()
    eid = named.get(subj.i) or resolved.get(subj.i)
    return frozenset({eid}) if eid else frozenset()


def _resolve_pronoun(tok: "Token", refs: list[Ref], infos: dict[str, EntityInfo], sents: list[int],
                     out: dict[int, str], exclude: frozenset[str], named: dict[int, str] | None = None) -> None:
    low = tok.lower_
    if tok.pos_ != "PRON" and tok.tag_ not in ("PRP", "PRP$"):
        return
    if named is not None and low in _OBJECT_FORMS:
        exclude = exclude | _clause_subject(tok, named, out)
    eid = None
    if low in _MALE or low in _FEMALE:
        eid = _person_for(tok.i, _pronoun_gender(low), refs, infos, sents, exclude)
        if eid is not None and infos[eid].gender is None:
            infos[eid].gender = _pronoun_gender(low)  # "she" once, not "he" later
    elif low in _IT and not (low == "it" and tok.head.lemma_ in _NON_REFERRING_IT_HEADS):
        eid = _group_for(tok.i, {"ORG", "GPE"}, refs, infos, sents, exclude)
    elif low in _THEY:
        eid = _group_for(tok.i, {"ORG", "NORP"}, refs, infos, sents, exclude)
    if eid is not None:
        out[tok.i] = eid


# -- quotations -------------------------------------------------------------------------------

_OPEN_MARKS = {"“", "``"}
_CLOSE_MARKS = {"”", "''"}


def quote_regions(doc: "Doc") -> list[tuple[int, int]]:
    """Token ranges [start, end) inside double quotation marks: curly marks open and close,
    straight ones alternate; a paragraph break closes an open quote (a quote that runs on
    into the next paragraph reopens there with a new mark)."""
    from dateline.resolve.ner_base import word_positions

    marks = word_positions(doc, _MARKS)
    if not marks:
        return []
    breaks = _paragraph_breaks(doc)
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i in sorted(set(marks) | breaks):
        text = doc[i].text
        if i in breaks:
            if start is not None:
                out.append((start, i))
            start = None
        elif text in _OPEN_MARKS or (text == '"' and start is None):
            start = i + 1
        elif (text in _CLOSE_MARKS or text == '"') and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(doc)))
    return [(a, b) for a, b in out if b > a]


_MARKS = frozenset({'"', "“", "”", "``", "''"})


def _paragraph_breaks(doc: "Doc") -> set[int]:
    """Whitespace tokens holding a blank line, found in the text (no walk over every token)."""
    import bisect

    from spacy.attrs import IDX

    from dateline.nlp import doc_text

    chars = [m.start() for m in re.finditer("\n\n", doc_text(doc))]
    if not chars:
        return set()
    starts = doc.to_array([IDX]).reshape(-1).tolist()
    found = {bisect.bisect_right(starts, c) - 1 for c in chars}
    return {i for i in found if i >= 0 and doc[i].is_space and "\n\n" in doc[i].text}


def _quote_speakers(doc: "Doc", a: int, b: int, refs: list[Ref], resolved: dict[int, str], sents: list[int]) -> frozenset[str]:
    """Who speaks the quote [a, b): the subjects written outside it in the sentences it
    touches ("Ruiz said", "said the minister", "he added"), and the next sentence's when
    the attribution follows the closing mark."""
    near = {sents[a], sents[b - 1]}
    if b + 1 < len(doc):
        near.add(sents[b + 1])
    found = {r.entity for r in refs if r.subject and r.sent in near and not a <= r.token < b}
    for i, eid in resolved.items():
        if not a - 1 <= i <= b and sents[i] in near and doc[i].dep_ in _SUBJECT_DEPS:
            found.add(eid)
    return frozenset(found)


# -- honorifics ------------------------------------------------------------------------------


def honorific_gender(doc: "Doc", mention: "NerSpan") -> str | None:
    """"Mr Lavrov" -> "m", "Ms Merkel" -> "f" (the word just before the name)."""
    if mention.start == 0:
        return None
    word = doc[mention.start - 1].lower_
    return "m" if word in _MALE_HONORIFICS else "f" if word in _FEMALE_HONORIFICS else None


# -- the public entry point -----------------------------------------------------------------


def article_mentions(doc: "Doc", article: "Article") -> list[tuple["NerSpan", str]]:
    """The article's entity mentions as token spans of `doc`, with their entity ids."""
    from dateline.resolve.ner_fixes import NerSpan

    out = []
    for ent in article.entities:
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span):
                out.append((NerSpan(span.start, span.end, ent.label), ent.id))
    return sorted(out, key=lambda x: x[0].start)


def article_infos(article: "Article") -> dict[str, EntityInfo]:
    return {
        e.id: EntityInfo(e.id, e.label, e.name, [e.role] if e.role else [], e.country, gender_of(e.role))
        for e in article.entities
    }


def resolve_references(doc: "Doc", article: "Article") -> dict[int, str]:
    """Token index -> entity id (from `article.entities`) for every token inside an entity
    mention, every pronoun and every role description the rules above tie to an entity.

    Tokens of a description that lie inside another entity's mention ("North Korean" in "the
    North Korean leader") keep that entity; the description's other words get the person.

    Computed once per Doc and entity set (the quotes and events stages both ask) and kept
    in `doc.user_data`; each caller gets its own copy of the map."""
    key = ("dateline.coref", tuple((e.id, e.label, len(e.mentions), tuple((m.start, m.end) for m in e.mentions))
                                   for e in article.entities))
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = _resolve_references(doc, article)
    return dict(cached)


def _resolve_references(doc: "Doc", article: "Article") -> dict[int, str]:
    mentions = article_mentions(doc, article)
    infos = article_infos(article)
    for m, eid in mentions:
        if infos[eid].label == "PERSON" and infos[eid].gender is None:
            infos[eid].gender = honorific_gender(doc, m)
    sents = sentence_index(doc)
    phrases = find_role_phrases(doc, [m for m, _ in mentions])
    links = Links(attached=attach_phrases(doc, phrases, mentions), refs=mention_refs(doc, mentions, sents))
    learn_from_attached(phrases, links.attached, infos)
    link_descriptions(doc, phrases, links, infos, sents)
    out: dict[int, str] = {}
    for k, eid in [*links.attached.items(), *links.described.items()]:
        for i in range(phrases[k].start, phrases[k].end):
            out[i] = eid
    refs = sorted(links.refs, key=lambda r: r.token)
    out.update(resolve_pronouns(doc, refs, infos, sents))
    for m, eid in mentions:  # mention tokens always belong to their own entity
        for i in range(m.start, m.end):
            out[i] = eid
    return out
