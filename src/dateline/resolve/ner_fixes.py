"""Correct the small spaCy model's typical news slips, where the text itself makes them clear.

`corrected_entities(doc)` takes the model's entities and returns better ones, as token spans
with a label. Each fix is one small function with the reason beside it; they run in this
order (layout fixes live in `ner_layout`, shared pieces in `ner_base`):

1. ALL-CAPS lines (headlines, datelines) are re-read in the casing the rest of the article
   uses: the model was trained on mixed case and reads "JAPAN GET LUCKY WIN" poorly.
2. Edges: a leading "the"/"a", a trailing possessive ("North Korea's" -> "North Korea"),
   punctuation, whitespace, trailing scores and lowercase descriptors are trimmed; a name
   never runs across a paragraph break; titles are cut off the front of a PERSON.
3. Relabels the gazetteer or the words make certain: a country is a place, a demonym a
   people, "Houthis" a people, "John Radcliffe Hospital" a facility.
4. A line break inside a name ("Xi\nJinping") joins the two halves.
5. Layout: sports clubs, datelines, results tables, headline lines (`ner_layout`).
6. One label per name in an article: the body's majority label wins over headline readings,
   and a known person's surname is that person.
7. A name the model tagged once is tagged everywhere it recurs, and a person's surname
   ("Lavrov", or "Ri" for the Korean "Ri Yong Ho") alone is tagged as that person.
8. A one-word "person" that is a city standing in a place's slot is the place (`place_slots`).
9. Country names and demonyms the model missed are tagged.

Everything is pure: the Doc in, a new list out; the Doc is not modified.
"""
from __future__ import annotations

import functools
from pathlib import Path

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from dateline.nlp import doc_text
from dateline.resolve.countries import Kind, country_match
from dateline.resolve.ner_base import (  # noqa: F401  (NerSpan is part of this module's API)
    _LEADING_DROP, _NAME_LABELS, _ORG_DESCRIPTORS, _POSSESSIVE, _TABLE_WORDS,
    _BODY_ENDS, _CAPS_ONLY_FORMS, _FIRM_HEADS, _LEGAL_FORMS, _OF_HEADS, _PLATFORMS, NerSpan, _lines,
    _stands_alone, cached_country_match, is_occupation, span_order, token_flags, token_is_lower, token_starts,
    token_texts,
    word_positions,
)
from dateline.resolve.ner_listed import tag_listed_bodies
from dateline.resolve.place_slots import places_tagged_as_people
from dateline.resolve.ner_layout import (  # noqa: F401  (recase_line is part of the API)
    _fix_caps_lines, _fix_datelines, _fix_headlines, _fix_sports, _fix_tables, _tag_countries,
    recase_line,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# -- 2. edges -------------------------------------------------------------------------------


def _is_edge_junk(tok: "Token") -> bool:
    return tok.is_space or tok.is_punct or tok.text in ("&", "<", ">")  # "<Woodco Inc>" (Reuters)


def _trim(doc: "Doc", span: NerSpan) -> list[NerSpan]:
    """Drop a leading article, trailing possessive, edge punctuation/whitespace; split at a
    paragraph break (a blank line), keeping each side that still starts with a capital.

    Reads the Doc's kept token arrays (texts and lexical flags; a token's `lower_` is its
    text lowercased) instead of making Token objects: every entity of every article is
    trimmed here. `_is_edge_junk` is the same test on a Token."""
    start, end = span.start, span.end
    texts = token_texts(doc)
    space, punct = token_flags(doc, "IS_SPACE"), token_flags(doc, "IS_PUNCT")

    def junk(k: int) -> bool:
        return bool(space[k] or punct[k]) or texts[k] in ("&", "<", ">")

    drop = _LEADING_DROP if span.label in _NAME_LABELS else {"the", "a", "an"}
    while start < end and (junk(start) or texts[start].lower() in drop):
        start += 1
    while end > start and (junk(end - 1) or texts[end - 1] in _POSSESSIVE):
        end -= 1
    if start >= end or not any(c.isalpha() for k in range(start, end) for c in texts[k]):
        return []  # "2" tagged PERSON in a results table
    alpha = token_flags(doc, "IS_ALPHA")
    if all(len(texts[k]) == 1 for k in range(start, end) if alpha[k]) and end - start > 1:
        return []  # "N / A"
    if end - start == 1 and texts[start].lower() in _TABLE_WORDS and span.label in ("ORG", "PERSON"):
        return []  # "Attendance : 200", "Men 's singles", "Division one"
    if span.label in ("PERSON", "GPE", "LOC", "NORP"):  # "J. Hallam 42": a score, not the name
        like_num = token_flags(doc, "LIKE_NUM")
        while end - start > 1 and like_num[end - 1]:
            end -= 1
    if span.label == "ORG":  # "Interfax news agency": the name, not its description
        lower = token_flags(doc, "IS_LOWER")
        while end - start > 1 and lower[end - 1] and texts[end - 1].lower() in _ORG_DESCRIPTORS:
            end -= 1
    for i in range(start, end):
        if space[i] and texts[i].count("\n") >= 2:
            left = _trim(doc, NerSpan(start, i, span.label))
            right = _trim(doc, NerSpan(i + 1, end, span.label))
            return left + [r for r in right if texts[r.start][:1].isupper()]
    return [NerSpan(start, end, span.label)]


_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "gen", "col",
               "lt", "sen", "rep", "gov", "prof", "rev", "mme", "m", "herr", "frau", "sheikh"}


def _is_title(tok: "Token") -> bool:
    from dateline.resolve.roles import PERSON_HEADS

    word = tok.lower_.rstrip(".")
    return word in PERSON_HEADS or word in _HONORIFICS


def _strip_title(doc: "Doc", span: NerSpan) -> NerSpan:
    """"Spokeswoman Ana Ruiz", "Finance Minister Otto Berg", "Mr. Grant" tagged PERSON: the
    name starts after the last title word of the first four (titles are not names, and the
    coreference rules read them as the person's role). An occupation counts as a title only
    as the first word ("Immunologist Ana Diaz"): later it may be a surname ("Gary Player")."""
    from dateline.resolve.roles import PERSON_HEADS

    if span.label != "PERSON":
        return span
    cut = span.start + 1 if is_occupation(doc[span.start].text) else None
    for i in range(span.start, min(span.end - 1, span.start + 4)):
        word = doc[i].lower_.rstrip(".")
        if word in PERSON_HEADS or word in _HONORIFICS:
            cut = i + 1
        elif doc[i].text == ".":
            continue
    while cut is not None and cut < span.end and doc[cut].is_space:  # "Secretary\nNikolai"
        cut += 1
    if cut is not None and cut < span.end and doc[cut].text[:1].isupper():
        return NerSpan(cut, span.end, span.label)
    return span


# -- 3. a line break inside a name ----------------------------------------------------------


def _single_break(tok: "Token") -> bool:
    return tok.is_space and tok.text.count("\n") == 1


def _join_broken_names(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """PERSON + single line break + capitalised proper noun (tagged or not), or the other way
    round: one name."""
    out: list[NerSpan] = []
    taken = {i for s in spans for i in range(s.start, s.end)}
    by_start = {s.start: s for s in spans}
    skip: set[NerSpan] = set()
    for s in spans:
        if s in skip:
            continue
        nxt = s.end
        if s.label == "PERSON" and nxt + 1 < len(doc) and _single_break(doc[nxt]):
            cont = doc[nxt + 1]
            other = by_start.get(nxt + 1)
            if other is not None and other.label == "PERSON":
                skip.add(other)
                s = NerSpan(s.start, other.end, "PERSON")
            elif cont.i not in taken and cont.pos_ == "PROPN" and cont.text[:1].isupper():
                s = NerSpan(s.start, cont.i + 1, "PERSON")
        prev = doc[s.start - 2] if s.start >= 2 else None
        if (s.label == "PERSON" and prev is not None and _single_break(doc[s.start - 1]) and prev.i not in taken
                and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha and not _is_title(prev)):
            s = NerSpan(prev.i, s.end, "PERSON")  # "Margarethe\nSchoenfeld" with only the surname tagged
        out.append(s)
    return out


# Last words that make a "person" a place or an institution ("John Radcliffe Hospital").
_FACILITY_WORDS = {"hospital", "airport", "hotel", "stadium", "bridge", "street", "square",
                   "church", "mosque", "cathedral", "museum", "palace", "tower", "station", "prison"}
_HOLIDAYS = {"easter", "christmas", "ramadan", "eid", "diwali", "thanksgiving", "hanukkah", "passover"}
# Plural endings of names for peoples and movements ("Houthis", "Hong Kongers", "Maoists").
_PEOPLE_ENDINGS = ("ans", "ers", "is", "ites", "ists", "ese")
_INSTITUTION_WORDS = {"university", "college", "school", "institute", "foundation", "company", "tribe", "tribes",
                      "bank", "group", "party", "council", "ministry", "agency", "fund", "trust"}


def _drop_title_fragments(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """A single title-case word tagged ORG just before a title ("Interior" in "Interior
    Minister Jorge Vidal") is part of the title, not an organisation."""
    def before_title(s: NerSpan) -> bool:
        nxt = s.end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        return nxt < len(doc) and doc[nxt].text[:1].isupper() and _is_title(doc[nxt])

    def after_title_of(s: NerSpan) -> bool:  # "Secretary of State", "Minister of Defence"
        return (s.start >= 2 and doc[s.start - 1].lower_ == "of" and _is_title(doc[s.start - 2])
                and doc[s.start].lower_ in _PORTFOLIOS)

    return [s for s in spans if not (s.label == "ORG" and s.end - s.start == 1
                                     and not doc[s.start].is_upper and (before_title(s) or after_title_of(s)))]


# Portfolios named after "<title> of" ("Secretary of State"): part of the title.
_PORTFOLIOS = {"state", "defence", "defense", "justice", "health", "education", "finance", "interior",
               "agriculture", "labour", "labor", "transport", "energy", "commerce", "trade", "culture",
               "treasury", "war", "housing", "environment"}


def _relabel_people(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """PERSON spans that cannot be one person: a plural proper noun ("Houthis", "Hong
    Kongers") is a people (NORP); a name ending in a facility word a place (FAC), in an
    institution word an ORG; a lone acronym in running text ("BST") an ORG."""
    caps = [ln for ln in _lines(doc_text(doc)) if ln.is_caps()]
    out = []
    for s in spans:
        if s.label == "PERSON":
            last = doc[s.end - 1]
            in_caps = any(ln.start <= doc[s.start].idx < ln.end for ln in caps)
            if last.tag_ == "NNPS" and last.lower_.endswith(_PEOPLE_ENDINGS) and not in_caps:
                s = NerSpan(s.start, s.end, "NORP")
            elif s.end - s.start > 1 and last.lower_ in _FACILITY_WORDS and not (
                    s.end - s.start == 2 and doc[s.start].lower_ in _given_names()
                    and country_match(doc[s.start].text) is None):
                s = NerSpan(s.start, s.end, "FAC")  # (integ31: "John Tower" is a person)
            elif s.end - s.start > 1 and last.lower_ in _INSTITUTION_WORDS:
                s = NerSpan(s.start, s.end, "ORG")
            elif s.end - s.start == 1 and last.is_upper and len(last.text) >= 2 and not in_caps:
                s = NerSpan(s.start, s.end, "ORG")
            elif s.end - s.start == 1 and last.lower_ in _PLATFORMS:
                s = NerSpan(s.start, s.end, "ORG")  # "posted on Twitter"
            elif s.end - s.start == 1 and last.lower_ in _HOLIDAYS:
                s = NerSpan(s.start, s.end, "EVENT")  # "a rescue package by Easter"
        if s.label in ("PERSON", "GPE", "LOC", "NORP") and _is_firm(doc, s):
            s = NerSpan(s.start, s.end, "ORG")
        out.append(s)
    return out


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names, from the first words of the public figures the project lists
    (data/actors/people.txt): a given name before a facility word makes a person ("John Tower",
    a senator), not a building ("Trump Tower")."""
    path = Path(__file__).resolve().parent.parent / "data" / "actors" / "people.txt"
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:1].isalpha() and "_" in line:
            first = line.split("_", 1)[0].lower()
            if len(first) > 2 and "." not in first:
                names.add(first)
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def _listed_people_names() -> frozenset[str]:
    """Lower-case names of the public figures the project lists (data/actors/people.txt): each
    entry's full name and its surname-only synonyms ("donald trump", "trump")."""
    path = Path(__file__).resolve().parent.parent / "data" / "actors" / "people.txt"
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.lstrip("+").strip()
        if entry[:1].isalpha() and entry.endswith("_") and not line.startswith((" ", "\t", "#")):
            names.add(entry.rstrip("_").replace("_", " ").lower())
    return frozenset(names)


def _listed_people(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """integ33: a listed public figure the model tagged an organisation or a place ("Trump"
    ORG, "Erdogan" GPE) is a person, so the coreference stage can tie "he" to him ("Trump said
    ... He accused China": the accusation had no source). Only a span that is exactly a listed
    name, not a listed organisation's or a country's. actors40: a place (LOC) too: the model
    reads "Ranariddh" as a location, and the label spread to every mention of him."""
    from dateline.resolve.actors import known_org_code

    people = _listed_people_names()
    out = []
    for s in spans:
        if s.label in ("ORG", "GPE", "LOC"):
            text = s.text(doc)
            if text.lower() in people and known_org_code(text) is None and cached_country_match(text) is None:
                s = NerSpan(s.start, s.end, "PERSON")
        out.append(s)
    return out


#: actors38: how many tokens a listed name may reach beyond the model's PERSON span on each side.
_NAME_REACH = 4


def _join_listed_names(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """actors38: a listed figure's full name the model cut into pieces is one PERSON. Names with
    lower-case particles or a place word inside ("Kengo wa Dondo": "Kengo" PERSON + "Dondo" GPE,
    coded as Mozambique; "Zine el Abidine Ben Ali": two people) lost the figure. A PERSON span
    grows, over at most four tokens either side (the small model's sentence splitter cuts such
    names too) and never over a title word or punctuation other than a hyphen, to the longest window that is exactly a name
    of the people table; the spans it covers are dropped."""
    people = _listed_people_names()
    out = list(spans)
    # perfrest56: each of the ~25 windows per PERSON span made a Span and joined its Tokens'
    # texts; the window's text is cut from the Doc's text by the kept token offsets instead
    # (what `NerSpan.text` does: the same string as `doc[a:b].text`), and the punctuation test
    # reads the kept IS_PUNCT flags and texts (the same as `Token.is_punct`, `Token.text`).
    text, starts, texts = doc_text(doc), token_starts(doc), token_texts(doc)
    punct = token_flags(doc, "IS_PUNCT")
    for s in spans:
        if s.label != "PERSON" or s not in out:
            continue
        best: tuple[int, int] | None = None
        for a in range(max(0, s.start - _NAME_REACH), s.start + 1):
            if any(_is_title(t) or (t.is_punct and t.text != "-") for t in doc[a:s.start]):
                continue
            for b in range(min(len(doc), s.end + _NAME_REACH), s.end - 1, -1):
                if (a, b) == (s.start, s.end) or any(punct[k] and texts[k] != "-" for k in range(s.end, b)):
                    continue
                window = text[starts[a]:starts[b - 1] + len(texts[b - 1])]
                if window.lower() in people and (best is None or b - a > best[1] - best[0]):
                    best = (a, b)
        if best is None:
            continue
        out = [o for o in out if o.end <= best[0] or o.start >= best[1]]
        out.append(NerSpan(best[0], best[1], "PERSON"))
    return sorted(out, key=lambda o: o.start)


def _is_firm(doc: "Doc", s: NerSpan) -> bool:
    """"Volga Air", "Nordic Motors", "Brandt GmbH", "Kestrel Ltd." (PERSON or place): a firm.
    A legal form counts in any name; a firm head word only after another word, in title
    case, and "Bank" only for a "person" ("West Bank" is a place)."""
    last = doc[s.end - 1]
    word = last.lower_.rstrip(".") if last.lower_ not in ("n.v.", "b.v.", "s.p.a.") else last.lower_
    if s.end - s.start < 2 or not last.text[:1].isupper():
        return False
    if word in _LEGAL_FORMS:
        return word not in _CAPS_ONLY_FORMS or last.text.rstrip(".") in (word.upper(), "Co")
    return word in _FIRM_HEADS or (word == "bank" and s.label == "PERSON")


#: Labels outside the contract the model sometimes gives a country's name ("the junta in Niger":
#: DATE), which would drop it from the entities altogether (integ29).
_STRAY_LABELS = ("DATE", "TIME", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE")


def _relabel_by_gazetteer(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """A name that is wholly a country is a place, wholly a demonym a people: "Kazakh" tagged
    ORG is NORP, "Japan" tagged PERSON is GPE. Sports clubs are fixed later and keep ORG."""
    out = []
    for s in spans:
        match = country_match(s.text(doc)) if s.label in ("ORG", "PERSON", "NORP", "GPE", "LOC") + _STRAY_LABELS else None
        if match is not None and s.label in _STRAY_LABELS and match.kind != Kind.COUNTRY:
            match = None  # (only a whole country name is taken back from a stray label)
        if match is not None and match.kind == Kind.DEMONYM and s.label != "NORP":
            s = NerSpan(s.start, s.end, "NORP")
        elif match is not None and match.kind == Kind.COUNTRY and s.label in ("ORG", "PERSON", "NORP") + _STRAY_LABELS:
            s = NerSpan(s.start, s.end, "GPE")
        elif match is not None and match.kind == Kind.CAPITAL and s.label == "PERSON" and _lone_name(doc, s):
            s = NerSpan(s.start, s.end, "GPE")  # "Yerevan expected guarantees": the capital, not a person
        elif match is None and s.label in ("GPE", "LOC") and s.end - s.start > 1 and _names_a_body(doc, s):
            s = NerSpan(s.start, s.end, "ORG")  # "United States Commission on ...", "... Guard Corps"
        out.append(s)
    return out


def _lone_name(doc: "Doc", s: NerSpan) -> bool:
    """A one-word name with no title, first name or further name beside it ("Yerevan said",
    not "Mr Lima" or "Denzel Washington"): only then can a capital's name tagged PERSON be read
    as the capital."""
    if s.end - s.start != 1:
        return False
    before = doc[s.start - 1] if s.start > 0 else None
    after = doc[s.end] if s.end < len(doc) else None
    return not (before is not None and (before.pos_ == "PROPN" or _is_title(before))  # (titles and honorifics)
                or after is not None and after.pos_ == "PROPN")


def _listed_places(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """Twelfth session: a one-word name tagged PERSON that is joined by "and"/"or" to a place
    ("consulates in Lyon and Oran") is a place too. The small model tags a lesser-known city
    after a known one as a person, who then took the article's country as a private person
    (FRACVL for a consulate in Algeria)."""
    places = {i for s in spans if s.label in ("GPE", "LOC") for i in range(s.start, s.end)}
    out = []
    for s in spans:
        if s.label == "PERSON" and s.end - s.start == 1:
            tok = doc[s.start]
            if tok.dep_ == "conj" and tok.head.i in places or any(c.dep_ == "conj" and c.i in places for c in tok.children):
                s = NerSpan(s.start, s.end, "GPE")
        out.append(s)
    return out


# Words that make a place-like name an institution.
_BODY_WORDS = {"commission", "council", "ministry", "corps", "forces", "army", "navy", "police",
               "committee", "agency", "authority", "administration", "department", "government",
               "parliament", "assembly", "party", "court", "bank", "office", "service", "guard"}


def _names_a_body(doc: "Doc", s: NerSpan) -> bool:
    return any(t.lower_ in _BODY_WORDS and t.text[:1].isupper() for t in doc[s.start + 1 : s.end])


# -- 5b. name shapes: firms, "<head> of <name>", names glued to institutions ----------------


def _tag_firms(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """Untagged proper-noun runs that end in a firm word ("Bright Energy", "Orion Holdings"):
    organisations. Every word must be a proper noun, so "Crude Oil" opening a sentence stays
    untagged."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out, seen = list(spans), set()

    def name_word(k: int) -> bool:
        return 0 <= k < len(doc) and k not in taken and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()

    def legal_form(k: int) -> bool:  # business33: the tagger makes "SpA" in "Rho SpA" a common noun
        return k not in taken and doc[k].text[:1].isupper() and doc[k].lower_.rstrip(".") in _LEGAL_FORMS

    # (a sentence's last "SpA." keeps its full stop: the word lookup misses it)
    for k in sorted(set(word_positions(doc, _FIRM_WORDS)) | set(word_positions(doc, _DOTTED_FORMS))):
        if k in seen or not (name_word(k) or legal_form(k)):
            continue
        i, j = k, k + 1
        while name_word(i - 1):
            i -= 1
        while name_word(j):
            j += 1
        seen.update(range(i, j))
        if j - i >= 2 and _is_firm(doc, NerSpan(i, j, "ORG")):
            out.append(NerSpan(i, j, "ORG"))
    return sorted(out, key=span_order)


_FIRM_WORDS = frozenset(_FIRM_HEADS | _LEGAL_FORMS)
_DOTTED_FORMS = frozenset(f + "." for f in _LEGAL_FORMS if not f.endswith("."))


def _capital_run(doc: "Doc", i: int, taken: set[int]) -> int:
    """End of the name that starts at token i: capitalised words, joined by "and"/"&" or a
    comma inside lists ("Health and Human Services", "Agriculture, Fisheries and Food"),
    stopping at titles ("... Affairs Spokesman Lin Wei") and at tagged names."""
    end = i
    while end < len(doc) and end not in taken and doc[end].is_alpha and doc[end].text[:1].isupper() and not _is_title(doc[end]):
        end += 1
        if end + 1 < len(doc) and doc[end].lower_ in ("and", "&", ",") and doc[end + 1].text[:1].isupper():
            if end + 1 not in taken and not _is_title(doc[end + 1]):
                end += 1
    return end


def _join_of_names(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """"House" + "of" + "Representatives", "Bank" + "of" + "England" (GPE): one
    organisation when the word before "of" is a capitalised institution head. The name
    after "of" is a tagged name starting there (after an optional "the") or, untagged,
    the capitalised words there."""
    by_end = {s.end: s for s in spans}
    by_start = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    for i in word_positions(doc, _OF):
        head = doc[i - 1] if 0 < i < len(doc) - 1 else None
        if head is None or head.lower_ not in _OF_HEADS or not head.text[:1].isupper():
            continue
        left = by_end.get(i)
        if left is not None and left.label not in ("ORG", "GPE", "LOC", "NORP", "FAC"):
            continue
        start = left.start if left is not None else i - 1
        while left is None and start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN" \
                and start - 1 not in taken and not _is_title(doc[start - 1]) and not doc[start - 1].is_sent_start:
            start -= 1  # "Federal Bureau" of Investigation
        j = i + 2 if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else i + 1
        right = by_start.get(j)
        if right is not None and right.label in _NAME_LABELS:
            end = _capital_run(doc, right.end, taken)  # "Foreign" (NORP) + "Affairs"
        elif right is None and j not in taken:
            end = _capital_run(doc, j, taken)
        else:
            continue
        if end > j and not any(s.start <= start and s.end >= end for s in spans):
            spans = [s for s in spans if s.end <= start or s.start >= end] + [NerSpan(start, end, "ORG")]
            by_end = {s.end: s for s in spans}
            by_start = {s.start: s for s in spans}
            taken = {k for s in spans for k in range(s.start, s.end)}
    return sorted(spans, key=span_order)


_OF = frozenset({"of"})


def _split_glued_names(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """A person glued to the name before it: "House of Representatives Dana Low" (ORG) is the
    House and Dana Low; "President of Ukraine Olena Petrenko" read as "Ukraine Olena
    Petrenko" is Ukraine and Olena Petrenko. The person is the last two or three
    capitalised proper nouns, after an institution's last word or a country's name."""
    out = []
    for s in spans:
        cut = _glue_point(doc, s) if s.label in ("ORG", "GPE", "LOC") and s.end - s.start >= 3 else None
        if cut is None:
            out.append(s)
            continue
        first = doc[s.start:cut].text
        match = cached_country_match(first)
        label = "GPE" if match is not None and match.kind == Kind.COUNTRY else s.label
        out += [NerSpan(s.start, cut, label), NerSpan(cut, s.end, "PERSON")]
    return out


def _split_demonyms(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """A nationality glued to a name: "Russian Pavel Orlov" (ORG or PERSON), "Briton Ann
    Cole" is a people (NORP) and a person. The rest must look like a person's name: for
    an ORG two or three capitalised words with no organisation word ("Russian Railways",
    "Irish Times" stay whole)."""
    out = []
    for s in spans:
        if s.label in ("PERSON", "ORG") and s.end - s.start >= 2:
            first = doc[s.start]
            rest = doc[s.start + 1 : s.end]
            match = cached_country_match(first.text) if first.text[:1].isupper() and first.is_alpha else None
            namelike = all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in _org_words() and not _is_title(t)
                           for t in rest) or (s.label == "PERSON" and not any(_is_title(t) for t in rest))
            if (match is not None and match.kind == Kind.DEMONYM and namelike
                    and (s.label == "PERSON" or 2 <= len(rest) <= 3)):
                out += [NerSpan(s.start, s.start + 1, "NORP"), NerSpan(s.start + 1, s.end, "PERSON")]
                continue
        out.append(s)
    return out


def _glue_point(doc: "Doc", s: NerSpan) -> int | None:
    for n in (2, 3):
        cut = s.end - n
        if cut <= s.start:
            break
        tail = doc[cut : s.end]
        if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.text[1:2].islower()
                   and t.lower_ not in _org_words() and not _is_title(t) for t in tail):
            continue
        if doc[cut - 1].lower_ in _BODY_ENDS:
            return cut
        if s.start > 0 and doc[s.start - 1].lower_ == "of":
            match = cached_country_match(doc[s.start : cut].text)
            if match is not None and match.kind == Kind.COUNTRY:
                return cut
    return None


def _people_tagged_org(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """Two or three capitalised words tagged ORG that stand beside a person are a person:
    in apposition to a title ("a spokesperson, Morgan Ellis,") or coordinated with a
    tagged person ("Nikos Ramos, Elena Pappas and Jean Dupont"). Names holding an
    organisation word ("Acme Group", "Supreme Court") stay organisations."""
    from dateline.resolve.roles import PERSON_HEADS

    people = {i: s for s in spans if s.label == "PERSON" and s.end - s.start > 1 for i in range(s.start, s.end)}
    out = []
    for s in spans:
        # perfent57: label and length first; a Span is made only for a two- or three-word ORG
        if s.label != "ORG" or not 2 <= s.end - s.start <= 3:
            out.append(s)
            continue
        toks = doc[s.start : s.end]
        if s.label == "ORG" and 2 <= len(toks) <= 3 and all(t.is_alpha and t.text[:1].isupper() and t.text[1:2].islower() for t in toks):
            root = toks.root
            beside_title = root.dep_ == "appos" and root.head.lower_ in PERSON_HEADS
            if ((beside_title or _listed_with_people(root, people) or _speaker_of_a_body(doc, s, root))
                    and not any(t.lower_ in _org_words() or cached_country_match(t.text) is not None for t in toks)):
                s = NerSpan(s.start, s.end, "PERSON")
        out.append(s)
    return out


_SPEECH_LEMMAS = {"say", "tell", "add", "explain", "note", "warn", "state", "confirm", "insist"}
# What people (rather than places) do as subjects: "Ana Ruiz condemned", "Tomas Berglund resigned".
_PERSON_VERBS = _SPEECH_LEMMAS | {"condemn", "resign", "announce", "deny", "accuse", "urge", "claim",
                                  "argue", "criticise", "criticize", "praise", "promise", "vow", "admit",
                                  "reject", "tweet", "write", "ask", "agree", "refuse", "threaten",
                                  "welcome", "demand", "propose", "speak", "testify", "plead", "die"}


def _tag_subject_names(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """Two or three capitalised proper nouns that the model left untagged, or read as an
    unknown place, and that are the subject of a verb people do ("Ana Ruiz condemned the
    attack", "Tomas Berglund resigned"): a person. Names holding an organisation word, a
    title or a known place stay as they are."""
    from spacy.attrs import DEP

    deps = doc.to_array([DEP]).reshape(-1).tolist() if len(doc) else []
    subj = {doc.vocab.strings["nsubj"], doc.vocab.strings["nsubjpass"]}
    by_end = {s.end: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for k in (i for i, d in enumerate(deps) if d in subj):
        tok = doc[k]
        if tok.pos_ != "PROPN" or tok.head.lemma_ not in _PERSON_VERBS:
            continue
        old = by_end.get(k + 1)
        start = old.start if old is not None else k
        while old is None and start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if old is not None and (old.label not in ("GPE", "LOC") or cached_country_match(old.text(doc)) is not None):
            continue
        toks = doc[start : k + 1]
        if 2 <= len(toks) <= 3 and all(t.is_alpha and t.text[:1].isupper() and t.text[1:2].islower()
                                       and t.lower_ not in _org_words() and not _is_title(t) for t in toks) \
                and cached_country_match(toks[0].text) is None and cached_country_match(toks.text) is None:
            # (actors29: "the Holy See condemned ...": a whole name that is a country is no person)
            out = [s for s in out if s != old] + [NerSpan(start, k + 1, "PERSON")]
    return sorted(out, key=span_order)


def _speaker_of_a_body(doc: "Doc", s: NerSpan, root: "Token") -> bool:
    """"Nils Haug of Bergen Fire and Rescue said": a speaker "of" an organisation or a place
    is a person speaking for it (organisations speak without an "of" after their name)."""
    nxt = s.end
    return (nxt + 1 < len(doc) and doc[nxt].lower_ == "of" and doc[nxt + 1].text[:1].isupper()
            and root.dep_ == "nsubj" and root.head.lemma_ in _SPEECH_LEMMAS)


def _listed_with_people(root: "Token", people: dict[int, NerSpan]) -> bool:
    """In a list ("A, B and C") with at least two full names of people."""
    head = root.head if root.dep_ == "conj" else root
    members = [head, *(c for c in head.children if c.dep_ == "conj")]
    members += [g for m in members[1:] for g in m.children if g.dep_ == "conj"]
    return len({people[m.i] for m in members if m.i in people}) >= 2


_ORG_EXTRA = {"command", "force", "forces", "unit", "division", "squad", "team", "task", "centre", "center",
              "services", "branch", "network", "programme", "program", "project", "initiative", "campaign",
              "coalition", "alliance", "movement", "front", "brigade", "battalion", "regiment", "magazine",
              "times", "post", "news", "journal", "tribe", "tribes", "nation", "vote", "voice", "media",
              "club", "institute", "foundation", "trust", "fund", "church", "hospital", "museum"}


def _org_words() -> frozenset[str]:
    """Words that belong to an organisation's name, never to a person's (cached union)."""
    global _ORG_WORDS
    if _ORG_WORDS is None:
        from dateline.resolve.roles import MEDIA_HEADS, ORG_HEADS

        _ORG_WORDS = frozenset(_OF_HEADS | _BODY_ENDS | _FIRM_HEADS | _LEGAL_FORMS | _INSTITUTION_WORDS | _BODY_WORDS
                               | _ORG_EXTRA | MEDIA_HEADS | ORG_HEADS | _FACILITY_WORDS)
    return _ORG_WORDS


_ORG_WORDS: frozenset[str] | None = None


# -- 6. one label per name ------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _harmonise_labels(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """The same name gets one label in one article: the majority among mentions outside
    headline/caps lines (the model reads running text best), ties to the first such mention.
    Single-word PERSON/ORG confusions on a surname are the typical case ("Lavrov" ORG)."""
    lines = _lines(doc_text(doc))
    special = [ln for ln in lines if ln.is_caps() or ln.is_headline()]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, str] = {}
    keys = {s: _norm(s.text(doc)) for s in spans}  # each span's text read once
    starts = token_starts(doc)
    for s in spans:
        key = keys[s]
        weight = 1 if any(ln.start <= starts[s.start] < ln.end for ln in special) else 3
        votes[key][s.label] += weight
        first.setdefault(key, s.label)
    # last words, and first words for family-name-first names ("Wang" after "Wang Junxia")
    surnames = {doc[i].lower_ for s in spans if s.label == "PERSON" and s.end - s.start > 1 for i in (s.start, s.end - 1)}
    surnames -= {w for w in surnames if (m := cached_country_match(w)) is not None and m.kind in (Kind.COUNTRY, Kind.DEMONYM)}
    # first words of firms ("Liebert" after "Liebert Corp"), unless also a person's name
    firms = {doc[s.start].lower_ for s in spans if s.label == "ORG" and _is_firm(doc, s)} - surnames
    out = []
    for s in spans:
        if s.end - s.start == 1 and doc[s.start].lower_ in surnames:
            out.append(NerSpan(s.start, s.end, "PERSON"))  # "Maskhadov" tagged ORG after "Aslan Maskhadov"
            continue
        if s.end - s.start == 1 and s.label == "PERSON" and doc[s.start].lower_ in firms:
            out.append(NerSpan(s.start, s.end, "ORG"))  # "Liebert said" after "Liebert Corp"
            continue
        ranked = votes[keys[s]].most_common()
        best = ranked[0][0]
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            best = first[keys[s]]
        out.append(NerSpan(s.start, s.end, best))
    return out


# -- 7. recurring names and surnames -------------------------------------------------------


def _short_forms(doc: "Doc", spans: list[NerSpan]) -> dict[tuple[str, ...], str]:
    """Token sequences to tag wherever they recur: every tagged name, and for people the
    surname (last word) and, for names like "Ri Yong Ho" or "Xi Jinping" whose first word is
    a short family name (East Asian order), that first word."""
    forms: dict[tuple[str, ...], str] = {}
    # perfent57: the words from the kept token texts and whitespace flags, not a Span of Tokens
    texts, space = token_texts(doc), token_flags(doc, "IS_SPACE")
    for s in spans:
        if s.label not in _NAME_LABELS:
            continue
        words = tuple(texts[k] for k in range(s.start, s.end) if not space[k])
        if not words or not words[0][:1].isupper():
            continue
        forms.setdefault(words, s.label)
        if s.label == "PERSON" and len(words) >= 2:
            forms.setdefault((words[-1],), "PERSON")
            if len(words[0]) <= 3 and words[0].isalpha():
                forms.setdefault((words[0],), "PERSON")
    return forms


def _propagate(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """Tag untagged recurrences of known names (capitalised, whole tokens, not glued to a
    longer capitalised name). Single lowercase-able words need a proper-noun tag."""
    forms = _short_forms(doc, spans)
    if not forms:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    texts = token_texts(doc)
    lower_words: set[str] | None = None  # built on the first hit
    firsts = {f[0] for f in forms}
    longest = max(len(f) for f in forms)
    out = list(spans)
    i = 0
    while i < len(doc):
        hit = None
        for n in range(min(longest, len(doc) - i), 0, -1) if texts[i] in firsts else ():
            words = tuple(texts[i : i + n])
            if words in forms and not any(k in taken for k in range(i, i + n)):
                hit = (n, forms[words])
                break
        if hit and lower_words is None:
            lower_words = {t for t, low in zip(texts, token_is_lower(doc)) if low}
        if hit and _stands_alone(doc, i, i + hit[0], lower_words):
            out.append(NerSpan(i, i + hit[0], hit[1]))
            i += hit[0]
        else:
            i += 1
    return sorted(out, key=span_order)


# -- all together ---------------------------------------------------------------------------


def _dedupe(spans: list[NerSpan]) -> list[NerSpan]:
    """Sorted, no overlaps: on a clash the longer span wins, then the earlier."""
    out: list[NerSpan] = []
    used: set[int] = set()
    for s in sorted(set(spans), key=lambda s: (-(s.end - s.start), s.start)):
        if not any(i in used for i in range(s.start, s.end)):
            out.append(s)
            used.update(range(s.start, s.end))
    return sorted(out, key=span_order)


#: Time-zone abbreviations wire copy puts after a clock time ("0401 GMT"); the model often tags
#: them ORG, which made "GMT" a party to events (integ30).
_TIME_ZONES = frozenset("GMT UTC EST EDT CST CDT MST MDT PST PDT CET CEST BST EET EEST MSK JST KST AEST AEDT "
                        "HKT SGT WIB".split())


def _time_zones(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """A lone time-zone abbreviation is a time, not a name."""
    return [NerSpan(s.start, s.end, "TIME") if s.end - s.start == 1 and doc[s.start].text in _TIME_ZONES
            and s.label != "TIME" else s for s in spans]


def corrected_entities(doc: "Doc", nlp: Any | None = None) -> list[NerSpan]:
    """The model's entities with the fixes above applied, sorted and non-overlapping.

    `nlp` re-reads ALL-CAPS lines (default: the project's cached model)."""
    if nlp is None:
        from dateline.nlp import load_nlp

        nlp = load_nlp()
    spans = [NerSpan(e.start, e.end, e.label_) for e in doc.ents]
    spans = _fix_caps_lines(doc, spans, nlp)
    spans = [_strip_title(doc, t) for s in spans for t in _trim(doc, s)]
    spans = _listed_places(doc, _relabel_people(doc, _relabel_by_gazetteer(doc, _drop_title_fragments(doc, spans))))
    spans = _join_of_names(doc, _split_glued_names(doc, _split_demonyms(doc, _dedupe(spans))))
    spans = _tag_subject_names(doc, _tag_firms(doc, _people_tagged_org(doc, spans)))
    spans = _join_broken_names(doc, [_strip_title(doc, s) for s in spans])  # still disjoint
    spans = _fix_sports(doc, spans)
    spans = _fix_datelines(doc, spans)
    spans = _fix_tables(doc, spans)
    spans = _fix_headlines(doc, spans)
    spans = _join_listed_names(doc, _listed_people(doc, tag_listed_bodies(doc, spans)))  # actors38
    spans = _harmonise_labels(doc, _dedupe(spans))
    spans = _propagate(doc, spans)
    spans = places_tagged_as_people(doc, spans, _lone_name)  # actors29: "visited Kherson" is a place
    spans = _tag_countries(doc, _time_zones(doc, spans))
    return _dedupe(spans)
