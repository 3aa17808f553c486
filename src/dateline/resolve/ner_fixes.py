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
8. Country names and demonyms the model missed are tagged.

Everything is pure: the Doc in, a new list out; the Doc is not modified.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from dateline.nlp import doc_text
from dateline.resolve.countries import Kind, country_match
from dateline.resolve.ner_base import (  # noqa: F401  (NerSpan is part of this module's API)
    _LEADING_DROP, _NAME_LABELS, _ORG_DESCRIPTORS, _POSSESSIVE, _TABLE_WORDS,
    NerSpan, _lines, _stands_alone,
)
from dateline.resolve.ner_layout import (  # noqa: F401  (recase_line is part of the API)
    _fix_caps_lines, _fix_datelines, _fix_headlines, _fix_sports, _fix_tables, _tag_countries,
    recase_line,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# -- 2. edges -------------------------------------------------------------------------------


def _is_edge_junk(tok: "Token") -> bool:
    return tok.is_space or tok.is_punct or tok.text == "&"


def _trim(doc: "Doc", span: NerSpan) -> list[NerSpan]:
    """Drop a leading article, trailing possessive, edge punctuation/whitespace; split at a
    paragraph break (a blank line), keeping each side that still starts with a capital."""
    start, end = span.start, span.end
    drop = _LEADING_DROP if span.label in _NAME_LABELS else {"the", "a", "an"}
    while start < end and (_is_edge_junk(doc[start]) or doc[start].lower_ in drop):
        start += 1
    while end > start and (_is_edge_junk(doc[end - 1]) or doc[end - 1].text in _POSSESSIVE):
        end -= 1
    if start >= end or not any(c.isalpha() for c in doc[start:end].text):
        return []  # "2" tagged PERSON in a results table
    if all(len(t.text) == 1 for t in doc[start:end] if t.is_alpha) and end - start > 1:
        return []  # "N / A"
    if end - start == 1 and doc[start].lower_ in _TABLE_WORDS and span.label in ("ORG", "PERSON"):
        return []  # "Attendance : 200", "Men 's singles", "Division one"
    if span.label in ("PERSON", "GPE", "LOC", "NORP"):  # "J. Hallam 42": a score, not the name
        while end - start > 1 and doc[end - 1].like_num:
            end -= 1
    if span.label == "ORG":  # "Interfax news agency": the name, not its description
        while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in _ORG_DESCRIPTORS:
            end -= 1
    for i in range(start, end):
        if doc[i].is_space and doc[i].text.count("\n") >= 2:
            left = _trim(doc, NerSpan(start, i, span.label))
            right = _trim(doc, NerSpan(i + 1, end, span.label))
            return left + [r for r in right if doc[r.start].text[:1].isupper()]
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
    coreference rules read them as the person's role)."""
    from dateline.resolve.roles import PERSON_HEADS

    if span.label != "PERSON":
        return span
    cut = None
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
# Plural endings of names for peoples and movements ("Houthis", "Hong Kongers", "Maoists").
_PEOPLE_ENDINGS = ("ans", "ers", "is", "ites", "ists", "ese")
_INSTITUTION_WORDS = {"university", "college", "school", "institute", "foundation", "company",
                      "bank", "group", "party", "council", "ministry", "agency", "fund", "trust"}


def _drop_title_fragments(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """A single title-case word tagged ORG just before a title ("Interior" in "Interior
    Minister Jorge Vidal") is part of the title, not an organisation."""
    def before_title(s: NerSpan) -> bool:
        nxt = s.end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        return nxt < len(doc) and doc[nxt].text[:1].isupper() and _is_title(doc[nxt])

    return [s for s in spans if not (s.label == "ORG" and s.end - s.start == 1
                                     and not doc[s.start].is_upper and before_title(s))]


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
            elif s.end - s.start > 1 and last.lower_ in _FACILITY_WORDS:
                s = NerSpan(s.start, s.end, "FAC")
            elif s.end - s.start > 1 and last.lower_ in _INSTITUTION_WORDS:
                s = NerSpan(s.start, s.end, "ORG")
            elif s.end - s.start == 1 and last.is_upper and len(last.text) >= 2 and not in_caps:
                s = NerSpan(s.start, s.end, "ORG")
        out.append(s)
    return out


def _relabel_by_gazetteer(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """A name that is wholly a country is a place, wholly a demonym a people: "Kazakh" tagged
    ORG is NORP, "Japan" tagged PERSON is GPE. Sports clubs are fixed later and keep ORG."""
    out = []
    for s in spans:
        match = country_match(s.text(doc)) if s.label in ("ORG", "PERSON", "NORP", "GPE", "LOC") else None
        if match is not None and match.kind == Kind.DEMONYM and s.label != "NORP":
            s = NerSpan(s.start, s.end, "NORP")
        elif match is not None and match.kind == Kind.COUNTRY and s.label in ("ORG", "PERSON", "NORP"):
            s = NerSpan(s.start, s.end, "GPE")
        elif match is None and s.label in ("GPE", "LOC") and s.end - s.start > 1 and _names_a_body(doc, s):
            s = NerSpan(s.start, s.end, "ORG")  # "United States Commission on ...", "... Guard Corps"
        out.append(s)
    return out


# Words that make a place-like name an institution.
_BODY_WORDS = {"commission", "council", "ministry", "corps", "forces", "army", "navy", "police",
               "committee", "agency", "authority", "administration", "department", "government",
               "parliament", "assembly", "party", "court", "bank", "office", "service", "guard"}


def _names_a_body(doc: "Doc", s: NerSpan) -> bool:
    return any(t.lower_ in _BODY_WORDS and t.text[:1].isupper() for t in doc[s.start + 1 : s.end])


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
    for s in spans:
        key = _norm(s.text(doc))
        weight = 1 if any(ln.start <= doc[s.start].idx < ln.end for ln in special) else 3
        votes[key][s.label] += weight
        first.setdefault(key, s.label)
    # last words, and first words for family-name-first names ("Wang" after "Wang Junxia")
    surnames = {doc[i].lower_ for s in spans if s.label == "PERSON" and s.end - s.start > 1 for i in (s.start, s.end - 1)}
    surnames -= {w for w in surnames if (m := country_match(w)) is not None and m.kind in (Kind.COUNTRY, Kind.DEMONYM)}
    out = []
    for s in spans:
        if s.end - s.start == 1 and doc[s.start].lower_ in surnames:
            out.append(NerSpan(s.start, s.end, "PERSON"))  # "Maskhadov" tagged ORG after "Aslan Maskhadov"
            continue
        ranked = votes[_norm(s.text(doc))].most_common()
        best = ranked[0][0]
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            best = first[_norm(s.text(doc))]
        out.append(NerSpan(s.start, s.end, best))
    return out


# -- 7. recurring names and surnames -------------------------------------------------------


def _short_forms(doc: "Doc", spans: list[NerSpan]) -> dict[tuple[str, ...], str]:
    """Token sequences to tag wherever they recur: every tagged name, and for people the
    surname (last word) and, for names like "Ri Yong Ho" or "Xi Jinping" whose first word is
    a short family name (East Asian order), that first word."""
    forms: dict[tuple[str, ...], str] = {}
    for s in spans:
        if s.label not in _NAME_LABELS:
            continue
        words = tuple(t.text for t in doc[s.start : s.end] if not t.is_space)
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
    texts = [t.text for t in doc]
    lower_words = {t.text for t in doc if t.is_lower}
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
        if hit and _stands_alone(doc, i, i + hit[0], lower_words):
            out.append(NerSpan(i, i + hit[0], hit[1]))
            i += hit[0]
        else:
            i += 1
    return sorted(out)


# -- all together ---------------------------------------------------------------------------


def _dedupe(spans: list[NerSpan]) -> list[NerSpan]:
    """Sorted, no overlaps: on a clash the longer span wins, then the earlier."""
    out: list[NerSpan] = []
    used: set[int] = set()
    for s in sorted(set(spans), key=lambda s: (-(s.end - s.start), s.start)):
        if not any(i in used for i in range(s.start, s.end)):
            out.append(s)
            used.update(range(s.start, s.end))
    return sorted(out)


def corrected_entities(doc: "Doc", nlp: Any | None = None) -> list[NerSpan]:
    """The model's entities with the fixes above applied, sorted and non-overlapping.

    `nlp` re-reads ALL-CAPS lines (default: the project's cached model)."""
    if nlp is None:
        from dateline.nlp import load_nlp

        nlp = load_nlp()
    spans = [NerSpan(e.start, e.end, e.label_) for e in doc.ents]
    spans = _fix_caps_lines(doc, spans, nlp)
    spans = [_strip_title(doc, t) for s in spans for t in _trim(doc, s)]
    spans = _relabel_people(doc, _relabel_by_gazetteer(doc, _drop_title_fragments(doc, spans)))
    spans = _join_broken_names(doc, _dedupe(spans))
    spans = _fix_sports(doc, spans)
    spans = _fix_datelines(doc, spans)
    spans = _fix_tables(doc, spans)
    spans = _fix_headlines(doc, spans)
    spans = _harmonise_labels(doc, _dedupe(spans))
    spans = _propagate(doc, spans)
    spans = _tag_countries(doc, spans)
    return _dedupe(spans)
