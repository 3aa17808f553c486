"""Titles and role descriptions: "Russian Foreign Minister", "North Korea's foreign minister",
"the North Korean leader", "the daily".

A role phrase is found from its head noun (a title word from `PERSON_HEADS`, or a kind of
organisation from `ORG_HEADS`) by walking left over the words that modify it: title words
("Foreign", "Security Council"), a country given as a demonym, a country name or a
possessive ("U.S.", "Russian", "North Korea's"), and a determiner. A following "of <country>"
("the foreign minister of Russia") gives the country too.

The head-word lists are the project's own small lexicon of news titles: no package lists
them, and their being short and visible here is the point.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.resolve.countries import Kind, country_code, country_match

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.resolve.ner_fixes import NerSpan

#: Title nouns that head a description of a person.
PERSON_HEADS = {
    "president", "minister", "secretary", "leader", "chancellor", "premier", "king", "queen",
    "prince", "princess", "emperor", "monarch", "sultan", "emir", "sheikh", "ayatollah", "pope",
    "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "diplomat", "general",
    "commander", "chief", "director", "chairman", "chairwoman", "chair", "head", "governor",
    "mayor", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "official",
    "adviser", "advisor", "aide", "negotiator", "deputy", "counterpart", "ceo", "founder",
    "judge", "prosecutor", "coach", "captain", "manager", "editor", "correspondent", "analyst",
    "professor", "economist", "officer", "colonel", "admiral", "marshal", "commissioner",
    "speaker", "dictator", "ruler", "candidate", "nominee", "mp", "vice-president",
    "premier", "representative", "attorney", "justice", "pm", "treasurer",
    # actors29: religious leaders' titles ("Patriarch Kirill", "Archbishop Justin Welby")
    "archbishop", "bishop", "cardinal", "patriarch", "rabbi", "imam", "cleric", "mufti", "pontiff",
    # integ31: international missions' people ("the chief U.N. inspector, Richard Butler")
    "inspector", "mediator", "investigator",
    # actors69: a union's business agent ("X, business agent of Local 810"), an FBI agent
    "agent",
    # role65: military and British police ranks before a name ("Brigadier X", "Lt. Col. Y": the
    # army's, not a private person; "Chief Superintendent Z": the police's)
    "lieutenant", "sergeant", "corporal", "brigadier", "lt", "lt.", "col", "col.", "gen", "gen.",
    "maj", "maj.", "brig", "brig.", "sgt", "sgt.", "cpl", "cpl.", "superintendent",
}
#: Kinds of organisation a description can name ("the daily", "the news agency").
MEDIA_HEADS = {
    "daily", "newspaper", "paper", "agency", "broadcaster", "network", "channel", "outlet",
    "magazine", "weekly", "tabloid", "website", "publication", "station",
}
ORG_HEADS = MEDIA_HEADS | {
    "group", "organisation", "organization", "company", "firm", "ministry", "militia",
    "party", "alliance", "coalition", "bank", "council", "committee", "movement", "union",
    "body", "watchdog", "regulator", "court", "club", "team", "department", "office",
}
#: Nouns that describe a country ("the country", "the kingdom").
PLACE_HEADS = {"country", "kingdom", "republic", "nation"}
FEMALE_HEADS = {"queen", "princess", "spokeswoman", "chairwoman", "congresswoman"}
MALE_HEADS = {"king", "prince", "spokesman", "chairman", "congressman", "emperor", "sultan", "emir", "sheikh", "pope"}

_MAX_MODIFIERS = 4  # "deputy foreign minister", "security council secretary": rarely more


@dataclass(frozen=True)
class RolePhrase:
    """A title or description as a token span [start, end) with its head noun."""

    start: int
    end: int
    head: int
    role: str  # lowercase title without the country: "foreign minister"
    country: str | None  # ISO alpha-3 the phrase gives ("Russian", "North Korea's")
    kind: str  # "person" | "org" | "place"
    definite: bool  # "the ..." or a possessive country: refers to one known thing
    plural: bool
    modifiers: tuple[str, ...] = field(default=())
    head_word: str = ""  # the title noun itself, singular: "minister", "secretary"


def _head_word(tok: "Token") -> str | None:
    """The title word a token is, if any ("Ministers" -> "minister")."""
    low = tok.lower_
    if low in PERSON_HEADS or low in ORG_HEADS or low in PLACE_HEADS:
        return low
    lemma = tok.lemma_.lower()
    if tok.tag_ in ("NNS", "NNPS") and (lemma in PERSON_HEADS or lemma in ORG_HEADS):
        return lemma
    return None


def _mention_at(mentions: list["NerSpan"]) -> dict[int, "NerSpan"]:
    return {i: m for m in mentions for i in range(m.start, m.end)}


def _country_words(doc: "Doc", m: "NerSpan") -> tuple[str | None, int]:
    """Country given by the first 1-3 words of an ORG name ("Russian Security Council" ->
    RUS, 1); (None, 0) when it does not start with one."""
    for n in (3, 2, 1):
        if m.end - m.start > n:
            match = country_match(doc[m.start : m.start + n].text)
            if match is not None and match.kind in (Kind.COUNTRY, Kind.DEMONYM):
                return match.alpha3, n
    return None, 0


def _walk_left(
    doc: "Doc", head: int, at: dict[int, "NerSpan"], absorb_org: bool
) -> tuple[int, list[str], str | None, bool]:
    """From the word before the head, collect title words, a country and a determiner.
    An organisation name ending in an organisation noun just before a person's title is part
    of the title ("Security Council Secretary"); "UN Secretary General" keeps the UN apart;
    before an organisation noun it is the name ("TASS news agency").
    Returns (phrase start, modifier words, country, definite)."""
    words: list[str] = []
    country: str | None = None
    i = head - 1
    floor = doc[head].sent.start  # a title never reaches back into the previous sentence
    while i >= floor and not (doc[i].is_space and "\n\n" in doc[i].text):
        tok = doc[i]
        if tok.is_space:  # a hard wrap inside the title: "Finance\nMinister"
            i -= 1
            continue
        m = at.get(i)
        possessive = tok.text in ("'s", "’s") or (tok.text in ("'", "’") and doc[i - 1].text.endswith("s"))
        if possessive and i - 1 >= floor and i - 1 in at and at[i - 1].label in ("GPE", "LOC"):
            gpe = at[i - 1]
            return gpe.start, words, country_code(gpe.text(doc)), True
        if m is not None and m.label in ("GPE", "NORP", "LOC"):
            country = country_code(m.text(doc))
            i = m.start - 1
            break
        fragment = m is not None and m.label == "ORG" and m.end - m.start == 1 and not tok.is_upper
        if absorb_org and fragment:  # "Interior" tagged ORG in "Interior Minister"
            words.insert(0, tok.lower_)
            i -= 1
            continue
        if absorb_org and m is not None and m.label == "ORG" and m.end == i + 1 and doc[m.end - 1].lower_ in ORG_HEADS:
            org_country, skip = _country_words(doc, m)
            words = [t.lower_ for t in doc[m.start + skip : m.end]] + words
            country = org_country
            i = m.start - 1
            break
        if m is not None or len(words) >= _MAX_MODIFIERS:
            break
        if tok.pos_ in ("ADJ", "NOUN", "PROPN") and tok.is_alpha and not tok.is_stop or tok.lower_ in ("vice", "former", "first", "top", "visiting", "outgoing"):
            words.insert(0, tok.lower_)
            i -= 1
            continue
        if tok.text == "-" and i > 0 and doc[i - 1].is_alpha and not doc[i - 1].whitespace_ and not tok.whitespace_:
            words.insert(0, f"{doc[i - 1].lower_}-")  # "Secretary-General": glued to the next word
            i -= 2
            continue
        break
    start = i + 1
    definite = False
    if i >= floor and doc[i].lower_ in ("the", "this", "that"):
        definite, start = True, i
    elif i >= floor and doc[i].lower_ in ("a", "an", "another"):
        start = i
    return start, words, country, definite


class _NoMention:
    label = "ORG"  # a word in no mention counts as absorbable


_NO_ORG = _NoMention()


def _title_tail(doc: "Doc", head: int, at: dict[int, "NerSpan"]) -> tuple[str, int]:
    """"Secretary of State", "Minister for Foreign Affairs", "Secretary of the Treasury": a
    capitalised of/for-phrase that is no place belongs to the title. Returns (text, end)."""
    i = head + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "for") or not doc[head].text[:1].isupper():
        return "", head + 1
    j = i + 1
    if doc[j].lower_ == "the":
        j += 1
    k = j
    # an ORG the model found inside the title ("of State", "for Foreign Affairs") is absorbed
    while k < len(doc) and k - j < 3 and doc[k].is_alpha and doc[k].text[:1].isupper() and at.get(k, _NO_ORG).label == "ORG":
        k += 1
    if k == j or (k < len(doc) and k in at and at[k].start != k):
        return "", head + 1
    return " " + doc[i:k].text.lower(), k


def _listed_tail(doc: "Doc", head: int) -> tuple[str, int]:
    """left47: a lower-case title whose of-phrase is part of a listed role: "the Turkish chief of
    general staff", "Russia's chief of the general staff" (MIL, not a bare "chief", GOV). Only a
    whole phrase of roles.tsv counts, so "the chief of the rebels" keeps its plain head."""
    from dateline.resolve.actor_roles import role_lexicon  # (lazy: actor_roles is the larger module)

    i = head + 1
    lex = role_lexicon()
    if i < len(doc) and doc[i].lower_ != "of":
        # roles61: a listed strong title that goes on past the head word without "of": "Marc
        # Dutroux, the chief accused in ..." (the defendant, CVL), not a bare "chief" (GOV). Only
        # a whole lower-case phrase of roles.tsv counts, so "the chief said" keeps its head.
        for k in range(min(len(doc), i + 2), i, -1):
            toks = doc[head:k]
            key = tuple(t.lower_ for t in toks)
            if all(t.is_alpha and t.is_lower for t in toks[1:]) and key in lex and lex[key][1]:
                return " " + doc[i:k].text.lower(), k
        return "", head + 1
    if i + 1 >= len(doc):
        return "", head + 1
    for k in range(min(len(doc), i + 4), i + 1, -1):
        toks = doc[head:k]
        key = tuple(t.lower_ for t in toks)
        if all(t.is_alpha for t in toks) and key in lex and lex[key][1]:
            return " " + doc[i:k].text.lower(), k
    return "", head + 1


def _of_country(doc: "Doc", head: int, at: dict[int, "NerSpan"]) -> tuple[str | None, int]:
    """"... minister of Russia": the country after "of", and the phrase's new end;
    "ambassador to Germany" only moves the end."""
    nxt = head + 1
    first = nxt + 2 if nxt + 2 < len(doc) and doc[nxt + 1].lower_ == "the" else nxt + 1  # "of the United States"
    if first < len(doc) and doc[nxt].lower_ in ("of", "to") and first in at:
        m = at[first]
        if m.label in ("GPE", "NORP") and m.start == first:
            code = country_code(m.text(doc))
            if code and doc[nxt].lower_ == "of":
                return code, m.end
            if code:  # "Ambassador to Germany": the phrase goes on, the country is the sender's
                return None, m.end
    return None, head + 1


#: Words that date a title rather than name it: "the current president" is a "president".
_TIME_WORDS = {"current", "incumbent", "sitting", "then", "present"}


def _join_role(doc: "Doc", head: "Token", words: list[str], word: str) -> str:
    """The title as written, lowercase: "secretary-general" keeps its hyphen."""
    out = ""
    for w in [*(w for w in words if w not in _TIME_WORDS), word]:
        out += w if not out or out.endswith("-") else " " + w
    return out


def find_role_phrases(doc: "Doc", mentions: list["NerSpan"]) -> list[RolePhrase]:
    """Every title/description phrase in the Doc, in text order (see module docstring).

    Kept on the Doc per mention list: the entities stage and the coreference map ask for
    the same phrases (phrases and spans are frozen, so sharing them is safe)."""
    cache = doc.user_data.setdefault("dateline.role_phrases", {})
    key = tuple(mentions)
    if key not in cache:
        cache[key] = _find_role_phrases(doc, mentions)
    return list(cache[key])


def _find_role_phrases(doc: "Doc", mentions: list["NerSpan"]) -> list[RolePhrase]:
    from dateline.nlp import positions_with_pos

    at = _mention_at(mentions)
    out: list[RolePhrase] = []
    # a head is a noun: only nouns are looked at (the Doc's shared part-of-speech index),
    # not every token of the article; and of those only the ones whose lowercase form is a
    # head word or whose tag is plural (a head by its lemma) go on to `_head_word`, read
    # from the Doc's arrays by string hash (a superset: `_head_word` still decides)
    lowers, tags = _lowers_and_tags(doc)
    heads, plural = _head_hashes()
    # perfent57: tested on the positions, so a Token is made only for a possible head
    # (about one noun in ten), not for every noun of the article
    for i in positions_with_pos(doc, "NOUN", "PROPN"):
        if lowers[i] not in heads and tags[i] not in plural:
            continue
        tok = doc[i]
        word = _head_word(tok)
        if word is None:
            continue
        if tok.i in at:  # inside a name: "President Hotel", "Security Council"
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.text == "-" and not tok.whitespace_ and tok.i + 2 < len(doc):
            nxt = doc[tok.i + 2]  # "Secretary-General"
        if nxt is not None and _head_word(nxt) in PERSON_HEADS and nxt.text[:1].isupper() == tok.text[:1].isupper():
            continue  # "Secretary General": the last title word heads the phrase
        kind = "person" if word in PERSON_HEADS else "place" if word in PLACE_HEADS else "org"
        start, words, country, definite = _walk_left(doc, tok.i, at, absorb_org=kind == "person")
        tail, tail_end = _title_tail(doc, tok.i, at)
        if not tail:
            tail, tail_end = _listed_tail(doc, tok.i)
        of_country, end = _of_country(doc, tail_end - 1, at)
        out.append(
            RolePhrase(
                start=start, end=end, head=tok.i, role=_join_role(doc, tok, words, word) + tail,
                country=country or of_country, kind=kind, definite=definite or bool(of_country),
                plural=tok.tag_ in ("NNS", "NNPS"), modifiers=tuple(w.rstrip("-") for w in words), head_word=word,
            )
        )
    return out


def _lowers_and_tags(doc: "Doc") -> tuple[list[int], list[int]]:
    """Every token's LOWER and TAG string hashes (the lowercase ids are kept on the Doc,
    shared with `ner_base.word_positions`)."""
    from spacy.attrs import LOWER, TAG

    if not len(doc):
        return [], []
    lowers = doc.user_data.get("dateline.lowers")
    if lowers is None or len(lowers) != len(doc):
        lowers = doc.user_data["dateline.lowers"] = doc.to_array([LOWER]).reshape(-1).tolist()
    return lowers, doc.to_array([TAG]).reshape(-1).tolist()


@functools.lru_cache(maxsize=1)
def _head_hashes() -> tuple[frozenset[int], frozenset[int]]:
    from spacy.strings import get_string_id  # not hash_string: symbols ("nsubj") have their own ids

    return (frozenset(get_string_id(w) for w in PERSON_HEADS | ORG_HEADS | PLACE_HEADS),
            frozenset({get_string_id("NNS"), get_string_id("NNPS")}))


def gender_of(role: str | None) -> str | None:
    """"f"/"m" when a title says it ("spokeswoman", "king"), else None."""
    if not role:
        return None
    last = role.split()[-1]
    return "f" if last in FEMALE_HEADS else "m" if last in MALE_HEADS else None
