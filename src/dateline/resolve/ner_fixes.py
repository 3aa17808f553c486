"""Correct the small spaCy model's typical news slips, where the text itself makes them clear.

`corrected_entities(doc)` takes the model's entities and returns better ones, as token spans
with a label. Each fix is one small function with the reason beside it:

1. ALL-CAPS lines (headlines, datelines) are re-read in the casing the rest of the article
   uses: the model was trained on mixed case and reads "JAPAN GET LUCKY WIN" poorly.
2. Edges: a leading "the"/"a", a trailing possessive ("North Korea's" -> "North Korea"),
   punctuation and whitespace are trimmed; a name never runs across a paragraph break.
3. A line break inside a name ("Xi\\nJinping") joins the two halves.
4. Sports clubs: a city followed by a club word ("Leeds United") or a score is a team (ORG);
   a country stays a place (national teams are written as their country).
5. Headline lines ("Related article: Russia Condemns New U.S. Sanctions"): a long ORG/PERSON
   span over a title-case headline holding a country name is the headline, not a name; the
   places inside it are kept. A single headline word tagged PERSON that the body never names
   is dropped.
6. One label per name in an article: the body's majority label wins over headline readings.
7. A name the model tagged once is tagged everywhere it recurs, and a person's surname
   ("Lavrov", or "Ri" for the Korean "Ri Yong Ho") alone is tagged as that person.

Everything is pure: the Doc in, a new list out; the Doc is not modified.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dateline.resolve.countries import Kind, country_match

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True, order=True)
class NerSpan:
    """One entity mention as a token span [start, end) of the Doc, with its label."""

    start: int
    end: int
    label: str

    def text(self, doc: "Doc") -> str:
        return doc[self.start : self.end].text


_LEADING_DROP = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
# Words that follow a city to name a football/sports club ("Leeds United", "Bristol Rovers").
_CLUB_WORDS = {
    "united", "city", "rovers", "athletic", "wanderers", "albion", "town", "county",
    "hotspur", "villa", "forest", "fc", "rangers", "olympic", "sporting", "dynamo",
    "real", "inter", "ac", "athletico", "atletico", "argyle", "wednesday", "orient",
}
# Short function words a headline keeps lowercase when re-cased.
_MINOR_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with",
    "from", "as", "vs", "v", "into", "over", "after", "before", "up", "down", "off", "out",
    "is", "are", "was", "were", "be", "it", "its", "his", "her", "their", "new", "not", "no",
}
_HEADLINE_PREFIX = re.compile(r"^\s*(related articles?|read more|see also|more|also read)\s*:", re.I)
_ORG_DESCRIPTORS = {"news", "agency", "newspaper", "daily", "weekly", "broadcaster", "channel", "magazine"}
# Capitalised words that head a number on a results line without naming a team.
_TABLE_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "attendance", "division", "men", "women", "total", "totals", "points",
    "extras", "halftime", "result", "results", "standings", "group", "round", "week", "pct",
    "scorers", "scorer", "goals", "game", "games", "match", "race", "heat", "final", "no",
}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
_SCORE = re.compile(r"\b\d{1,3}\s*-\s*\d{1,3}\b")


# -- lines ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    start: int  # char offsets of the line in doc.text
    end: int
    text: str

    def words(self) -> list[str]:
        return re.findall(r"[^\W\d_][\w'’.-]*", self.text)

    def is_caps(self) -> bool:
        """ALL-CAPS: at least two words and (nearly) no lowercase letters."""
        letters = [c for c in self.text if c.isalpha()]
        words = self.words()
        upper = sum(c.isupper() for c in letters)
        return len(words) >= 2 and upper >= 6 and upper >= 0.9 * len(letters)

    def is_headline(self) -> bool:
        """Title case ("Russia Condemns New U.S. Sanctions"), or a related-article line."""
        if _HEADLINE_PREFIX.match(self.text):
            return True
        words = [w for w in self.words() if w.lower() not in _MINOR_WORDS]
        if len(words) < 3 or self.text.rstrip().endswith((".", '"', "”")):
            return False
        return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for part in text.split("\n"):
        out.append(_Line(pos, pos + len(part), part))
        pos += len(part) + 1
    return out


def _line_of(lines: list[_Line], char: int) -> _Line:
    for line in lines:
        if line.start <= char <= line.end:
            return line
    return lines[-1]


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
    caps = [ln for ln in _lines(doc.text) if ln.is_caps()]
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
    return sorted(kept)


# -- 2. edges -------------------------------------------------------------------------------


def _is_edge_junk(tok: "Token") -> bool:
    return tok.is_space or tok.is_punct or tok.text == "&"


def _trim(doc: "Doc", span: NerSpan) -> list[NerSpan]:
    """Drop a leading article, trailing possessive, edge punctuation/whitespace; split at a
    paragraph break (a blank line), keeping each side that still starts with a capital."""
    start, end = span.start, span.end
    while start < end and (_is_edge_junk(doc[start]) or doc[start].lower_ in _LEADING_DROP):
        start += 1
    while end > start and (_is_edge_junk(doc[end - 1]) or doc[end - 1].text in _POSSESSIVE):
        end -= 1
    if start >= end or not any(c.isalpha() for c in doc[start:end].text):
        return []  # "2" tagged PERSON in a results table
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
                and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha):
            s = NerSpan(prev.i, s.end, "PERSON")  # "Margarethe\nSchoenfeld" with only the surname tagged
        out.append(s)
    return out


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
    line = _line_of(_lines(doc.text), doc[span.start].idx)
    return len(re.findall(r"\b\d+\b", line.text)) >= 2 or bool(_SCORE.search(line.text))


_DATELINE = re.compile(
    r"^(?P<places>[A-Z][A-Za-z .'-]*(?:\s*,\s*[A-Z][A-Za-z .'-]*)?)\s+"
    r"(?:\d{4}-\d{2}-\d{2}|\([A-Z][\w .&-]*\)\s*[-–—]?)"
)


def _replace(spans: list[NerSpan], new: NerSpan) -> list[NerSpan]:
    return [s for s in spans if s.end <= new.start or s.start >= new.end] + [new]


def _fix_datelines(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """"LONDON 1996-08-30", "NICE, France 1996-08-30", "MOSCOW (Reuters) -": the words
    before the date or agency are places, whatever the model made of the capitals."""
    for line in _lines(doc.text):
        m = _DATELINE.match(line.text)
        if not m:
            continue
        pos = line.start
        for part in re.split(r"(\s*,\s*)", m.group("places")):
            if part.strip(" ,"):
                span = doc.char_span(pos, pos + len(part.rstrip()), alignment_mode="expand")
                if span is not None and len(span):
                    spans = _replace(spans, NerSpan(span.start, span.end, "GPE"))
            pos += len(part)
    return sorted(spans)


def _is_number(tok: "Token") -> bool:
    return tok.like_num or any(c.isdigit() for c in tok.text)


def _table_runs(doc: "Doc", line: _Line) -> list[tuple[int, int]]:
    """Runs of capitalised words directly followed by a number on a results line."""
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    if span is None:
        return []
    words = [t for t in span if not t.is_punct and not t.is_space]
    nums = [t for t in words if _is_number(t)]
    if len(nums) < 2 or len(nums) < 0.3 * len(words):
        return []
    runs, i = [], span.start
    while i < span.end:
        j = i
        while j < span.end and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j > i and j < span.end and _is_number(doc[j]):
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _fix_tables(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """Results and standings lines ("Lotte 6 Hyundai 2", "Somerset 83 and 174"): a name just
    before a score is a team (ORG), a country's name a national side (kept a place), and a
    name after an initial ("P. Simmons 4-38") a player."""
    lower_words = {t.lower_ for t in doc if t.is_lower}
    for line in _lines(doc.text):
        if _DATELINE.match(line.text):
            continue
        for start, end in _table_runs(doc, line):
            text = doc[start:end].text
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
    return sorted(spans)


def _tag_countries(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """Country names and demonyms the model left untagged ("Belarus", "French"): the
    gazetteer is sure of them. Cities are not tagged this way ("Nice", "Reading")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    lower_words = {t.text for t in doc if t.is_lower}
    out = list(spans)
    i = 0
    while i < len(doc):
        hit = None
        for n in (3, 2, 1):
            if i + n > len(doc) or any(k in taken for k in range(i, i + n)):
                continue
            toks = doc[i : i + n]
            if not toks[0].text[:1].isupper() or any(t.is_space or t.is_punct for t in toks):
                continue
            match = country_match(toks.text)
            if match is not None and match.kind in (Kind.COUNTRY, Kind.DEMONYM) and _stands_alone(doc, i, i + n, lower_words):
                hit = NerSpan(i, i + n, "GPE" if match.kind == Kind.COUNTRY else "NORP")
                break
        if hit:
            out.append(hit)
            i = hit.end
        else:
            i += 1
    return sorted(out)


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
    lines = _lines(doc.text)
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


# Last words that make a "person" a place or an institution ("John Radcliffe Hospital").
_FACILITY_WORDS = {"hospital", "airport", "hotel", "stadium", "bridge", "street", "square",
                   "church", "mosque", "cathedral", "museum", "palace", "tower", "station", "prison"}
_INSTITUTION_WORDS = {"university", "college", "school", "institute", "foundation", "company",
                      "bank", "group", "party", "council", "ministry", "agency", "fund", "trust"}


def _relabel_people(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """PERSON spans that cannot be one person: a plural proper noun ("Houthis", "Hong
    Kongers") is a people (NORP); a name ending in a facility word a place (FAC), in an
    institution word an ORG; a lone acronym in running text ("BST") an ORG."""
    caps = [ln for ln in _lines(doc.text) if ln.is_caps()]
    out = []
    for s in spans:
        if s.label == "PERSON":
            last = doc[s.end - 1]
            in_caps = any(ln.start <= doc[s.start].idx < ln.end for ln in caps)
            if last.tag_ == "NNPS" and last.lower_.endswith("s") and not in_caps:
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
        out.append(s)
    return out


# -- 6. one label per name ------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _harmonise_labels(doc: "Doc", spans: list[NerSpan]) -> list[NerSpan]:
    """The same name gets one label in one article: the majority among mentions outside
    headline/caps lines (the model reads running text best), ties to the first such mention.
    Single-word PERSON/ORG confusions on a surname are the typical case ("Lavrov" ORG)."""
    lines = _lines(doc.text)
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
    surnames -= {w for w in surnames if country_match(w) is not None}
    out = []
    for s in spans:
        if s.end - s.start == 1 and doc[s.start].lower_ in surnames and votes[_norm(s.text(doc))]["PERSON"] == 0:
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
    lower_words = {t.text for t in doc if t.is_lower}
    longest = max(len(f) for f in forms)
    out = list(spans)
    i = 0
    while i < len(doc):
        hit = None
        for n in range(min(longest, len(doc) - i), 0, -1):
            words = tuple(t.text for t in doc[i : i + n])
            if words in forms and not any(k in taken for k in range(i, i + n)):
                hit = (n, forms[words])
                break
        if hit and _stands_alone(doc, i, i + hit[0], lower_words):
            out.append(NerSpan(i, i + hit[0], hit[1]))
            i += hit[0]
        else:
            i += 1
    return sorted(out)


def _stands_alone(doc: "Doc", start: int, end: int, lower_words: set[str]) -> bool:
    """Not part of a longer name; a single word must be a proper noun, or at least a word the
    article never writes in lowercase (the tagger calls a sentence-initial "Alves" a NOUN)."""
    def capital_name(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()

    if capital_name(start - 1) or capital_name(end):
        return False
    tok = doc[start]
    return end - start > 1 or tok.pos_ == "PROPN" or (not tok.is_stop and tok.lower_ not in lower_words)


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
    spans = _relabel_people(doc, _relabel_by_gazetteer(doc, spans))
    spans = _join_broken_names(doc, _dedupe(spans))
    spans = _fix_sports(doc, spans)
    spans = _fix_datelines(doc, spans)
    spans = _fix_tables(doc, spans)
    spans = _fix_headlines(doc, spans)
    spans = _harmonise_labels(doc, _dedupe(spans))
    spans = _propagate(doc, spans)
    spans = _tag_countries(doc, spans)
    return _dedupe(spans)
