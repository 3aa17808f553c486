"""NER corrections that read the page's layout: ALL-CAPS lines, sports results, datelines,
results tables and headline lines (see `ner_fixes` for the order they run in)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from dateline.resolve.countries import Kind, country_match

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

from dateline.nlp import doc_text
from dateline.resolve.ner_base import (
    _CLUB_WORDS, _HEADLINE_PREFIX, _MINOR_WORDS, _SCORE, _TABLE_WORDS, NerSpan, _Line, _line_of, _lines,
    _stands_alone, cached_country_match, span_order, token_flags, token_is_lower, token_starts, token_texts,
)


# -- 1. ALL-CAPS lines ---------------------------------------------------------------------


def _casing_evidence(doc: "Doc", caps_lines: list[_Line]) -> dict[str, str]:
    """How each word is written outside ALL-CAPS lines: the article's own truecasing table."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    caps_ranges = [(ln.start, ln.end) for ln in caps_lines]
    for tok in doc:
        if tok.is_alpha and not any(a <= tok.idx < b for a, b in caps_ranges):
            if tok.i > 0 and not tok.is_sent_start:  # sentence-initial capitals say nothing
                seen[tok.lower_][tok.text] += 1
    return {w: forms.most_common(1)[0][0] for w, forms in seen.items()}


def _recase_word(word: str, evidence: dict[str, str], first: bool) -> str:
    """The article's own spelling of a word; else a known place in Title case; else headline
    style (Title case for content words, lowercase for short function words)."""
    low = word.lower()
    if low in evidence:
        form = evidence[low]
    elif low in _MINOR_WORDS and not first:
        form = low
    else:
        form = word[:1].upper() + word[1:].lower()
    return form if len(form) == len(word) else word


def recase_line(text: str, evidence: dict[str, str]) -> str:
    """Re-case an ALL-CAPS line word by word; the result has exactly the same length."""
    out, first = [], True
    for piece in re.split(r"([^\W\d_]+)", text):
        if piece and piece[0].isalpha():
            out.append(_recase_word(piece, evidence, first))
            first = False
        else:
            out.append(piece)
    return "".join(out)


def _fix_caps_lines(doc: "Doc", spans: list[NerSpan], nlp: Any) -> list[NerSpan]:
    """Re-run the model on each ALL-CAPS line written in the article's casing and use its
    entities there; offsets carry over because the re-cased line has the same length."""
    caps = [ln for ln in _lines(doc_text(doc)) if ln.is_caps()]
    if not caps:
        return spans
    evidence = _casing_evidence(doc, caps)
    texts = [recase_line(ln.text, evidence) for ln in caps]
    kept = [s for s in spans if not any(ln.start <= doc[s.start].idx < ln.end for ln in caps)]
    for line, recased in zip(caps, nlp.pipe(texts)):
        for ent in recased.ents:
            span = doc.char_span(line.start + ent.start_char, line.start + ent.end_char, alignment_mode="expand")
            if span is not None and len(span):
                kept.append(NerSpan(span.start, span.end, ent.label_))
    return sorted(kept, key=span_order)


# -- 4. sports clubs ------------------------------------------------------------------------


def _is_city(text: str) -> bool:
    match = country_match(text)
    return match is not None and match.kind in (Kind.CAPITAL, Kind.REGION, Kind.CITY)


def _fix_sports(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """A city followed by a club word is a club; so is a city followed directly by a score
    ("Leeds 2 Chelsea 1") on a results line. Countries stay places: national teams."""
    out = []
    for s in spans:
        last = doc[s.end - 1]
        if s.end - s.start >= 2 and last.lower_ in _CLUB_WORDS and _is_city(doc[s.start : s.end - 1].text):
            s = NerSpan(s.start, s.end, "ORG")  # "Leeds United" read as a person
        elif s.label in ("GPE", "LOC") and _is_city(s.text(doc)):
            nxt = doc[s.end] if s.end < len(doc) else None
            if nxt is not None and nxt.lower_ in _CLUB_WORDS and nxt.text[:1].isupper():
                s = NerSpan(s.start, s.end + 1, "ORG")
            elif nxt is not None and nxt.like_num and _on_results_line(doc, s):
                s = NerSpan(s.start, s.end, "ORG")
        out.append(s)
    return out


def _on_results_line(doc: "Doc", span: NerSpan) -> bool:
    line = _line_of(_lines(doc_text(doc)), doc[span.start].idx)
    return len(re.findall(r"\b\d+\b", line.text)) >= 2 or bool(_SCORE.search(line.text))


# One or two places of at most four capitalised words each, then a date or "(Agency) -".
_PLACE = r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}"
_DATELINE = re.compile(
    rf"^(?P<places>{_PLACE}(?:\s*,\s*{_PLACE})?)\s+"
    r"(?:\d{4}-\d{2}-\d{2}|\((?P<agency>[A-Z][\w .&-]*)\)\s*(?P<dash>[-–—])?)"
)


def _is_dateline(m: "re.Match[str]") -> bool:
    """A name and an acronym in brackets open many paragraphs ("Sen. Ann Cole (R-Iowa)
    said", "The Geological Survey (USGS) said"): an agency credit is a dateline only
    after a place in capitals ("MOSCOW (Reuters)") or before a dash ("Moscow (AFP) -")."""
    if m.group("agency") is None:
        return True
    places = m.group("places")
    return (places.isupper() or m.group("dash") is not None) and not places.startswith("The ")


def _replace(spans: list[NerSpan], new: NerSpan) -> list[NerSpan]:
    return [s for s in spans if s.end <= new.start or s.start >= new.end] + [new]


def _fix_datelines(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """"LONDON 1996-08-30", "NICE, France 1996-08-30", "MOSCOW (Reuters) -": the words
    before the date or agency are places, whatever the model made of the capitals."""
    for line in _lines(doc_text(doc)):
        m = _DATELINE.match(line.text)
        if not m or not _is_dateline(m):
            continue
        pos = line.start
        for part in re.split(r"(\s*,\s*)", m.group("places")):
            if part.strip(" ,"):
                span = doc.char_span(pos, pos + len(part.rstrip()), alignment_mode="expand")
                if span is not None and len(span):
                    spans = _replace(spans, NerSpan(span.start, span.end, "GPE"))
            pos += len(part)
    return sorted(spans, key=span_order)


def _table_runs(doc: "Doc", line: _Line) -> list[tuple[int, int]]:
    """Runs of capitalised words directly followed by a number on a results line."""
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    if span is None:
        return []
    # the Doc's kept token arrays, not a Token object per word: every line of every article
    # is read here, and only results tables go further
    texts = token_texts(doc)
    punct, space = token_flags(doc, "IS_PUNCT"), token_flags(doc, "IS_SPACE")
    like_num, alpha = token_flags(doc, "LIKE_NUM"), token_flags(doc, "IS_ALPHA")

    def number(k: int) -> bool:  # like a number, or holding a digit (an all-letter word holds none)
        return bool(like_num[k]) or not alpha[k] and any(map(str.isdigit, texts[k]))

    words = [k for k in range(span.start, span.end) if not punct[k] and not space[k]]
    nums = sum(1 for k in words if number(k))
    if nums < 2 or nums < 0.3 * len(words):
        return []
    runs, i = [], span.start
    while i < span.end:
        j = i
        while j < span.end and alpha[j] and texts[j][:1].isupper():
            j += 1
        if j > i and j < span.end and number(j):
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _fix_tables(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """Results and standings lines ("Lotte 6 Hyundai 2", "Somerset 83 and 174"): a name just
    before a score is a team (ORG), a country's name a national side (kept a place), and a
    name after an initial ("P. Simmons 4-38") a player."""
    lower_words: set[str] | None = None  # built on first need: most articles have no table
    for line in _lines(doc_text(doc)):
        if _DATELINE.match(line.text):
            continue
        for start, end in _table_runs(doc, line):
            text = doc[start:end].text
            if end - start == 1 and lower_words is None:
                lower_words = {t.lower_ for t in doc if t.is_lower}
            if end - start == 1 and (text.lower() in lower_words or text.lower() in _TABLE_WORDS):
                continue  # "June 5", "Attendance 15,000", "Men 's": words, not teams
            match = country_match(text)
            initial = start > 0 and re.fullmatch(r"[A-Z]\.", doc[start - 1].text)
            if initial:
                new = NerSpan(start - 1, end, "PERSON")
            elif match is not None and match.kind == Kind.COUNTRY:
                new = NerSpan(start, end, "GPE")
            elif text.lower() in _MINOR_WORDS or len(text) < 2:
                continue
            else:
                new = NerSpan(start, end, "ORG")
            spans = _replace(spans, new)
    return sorted(spans, key=span_order)


def _tag_countries(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """Country names and demonyms the model left untagged ("Belarus", "French"): the
    gazetteer is sure of them. Cities are not tagged this way ("Nice", "Reading")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    lower_words: set[str] | None = None  # built on first need
    out = list(spans)
    # every capitalised word is tried with the words after it: read the Doc's kept arrays
    # and cut the phrase from the kept text instead of making Span objects
    texts, starts, text = token_texts(doc), token_starts(doc), doc_text(doc)
    punct, space = token_flags(doc, "IS_PUNCT"), token_flags(doc, "IS_SPACE")
    n_tokens = len(texts)
    i = 0
    while i < n_tokens:
        hit = None
        if not texts[i][:1].isupper() or i in taken:
            i += 1
            continue
        for n in (3, 2, 1):
            if i + n > n_tokens or any(k in taken for k in range(i, i + n)):
                continue
            if any(space[k] or punct[k] for k in range(i, i + n)):
                continue
            last = i + n - 1
            match = cached_country_match(text[starts[i]:starts[last] + len(texts[last])])
            if match is not None and match.kind in (Kind.COUNTRY, Kind.DEMONYM) and lower_words is None:
                lowers = token_is_lower(doc)
                lower_words = {texts[k] for k in range(n_tokens) if lowers[k]}
            if match is not None and match.kind in (Kind.COUNTRY, Kind.DEMONYM) and _stands_alone(doc, i, i + n, lower_words):
                hit = NerSpan(i, i + n, "GPE" if match.kind == Kind.COUNTRY else "NORP")
                break
        if hit:
            out.append(hit)
            i = hit.end
        else:
            i += 1
    return sorted(out, key=span_order)


# -- 5. headline lines ----------------------------------------------------------------------


def _places_inside(doc: "Doc", span: NerSpan) -> list[NerSpan]:
    """Country-gazetteer names inside a span, longest first ("U.S.", "North Korea")."""
    found, i = [], span.start
    while i < span.end:
        for j in range(min(span.end, i + 4), i, -1):
            text = doc[i:j].text
            if text[:1].isupper() and country_match(text) is not None:
                match = country_match(text)
                label = "NORP" if match.kind == Kind.DEMONYM else "GPE"
                found.append(NerSpan(i, j, label))
                i = j - 1
                break
        i += 1
    return found


def _fix_headlines(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """In a title-case headline line, a long ORG/PERSON/WORK_OF_ART span holding a place name
    is the headline read as a name: keep the places inside it. A single word tagged PERSON in
    a headline that no body mention of a person contains is dropped."""
    lines = _lines(doc_text(doc))
    heads = [ln for ln in lines if ln.is_headline() and not ln.is_caps()]
    if not heads:
        return spans
    in_head = lambda s: any(ln.start <= doc[s.start].idx < ln.end for ln in heads)  # noqa: E731
    body_person_words = {
        t.lower_ for s in spans if s.label == "PERSON" and not in_head(s) for t in doc[s.start : s.end]
    }
    linked = [ln for ln in heads if _HEADLINE_PREFIX.match(ln.text)]
    in_link = lambda s: any(ln.start <= doc[s.start].idx < ln.end for ln in linked)  # noqa: E731
    out: list[NerSpan] = []
    for s in spans:
        if in_head(s) and s.label in ("ORG", "PERSON", "WORK_OF_ART") and s.end - s.start >= 3:
            places = _places_inside(doc, s)
            # sure to be a headline: on a "Related article:" line, or naming two places
            # ("Russia Condemns New U.S. Sanctions"); "Russian Foreign Ministry" stays
            if places and (in_link(s) or len(places) >= 2):
                out.extend(places)
                continue
        if in_head(s) and s.label == "PERSON" and s.end - s.start == 1 and doc[s.start].lower_ not in body_person_words:
            continue
        out.append(s)
    return out
