"""Shared pieces of the NER corrections: the span type, word lists, and the text's lines
(ALL-CAPS lines, title-case headline lines) that several fixes reason about."""
from __future__ import annotations

import functools
import operator
import re
import string
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, order=True)
class NerSpan:
    """One entity mention as a token span [start, end) of the Doc, with its label."""

    start: int
    end: int
    label: str

    def text(self, doc: "Doc") -> str:
        """The span's text, cut from the Doc's text by the kept token offsets (no Span object)."""
        if self.end <= self.start:
            return ""
        # perfent57: remembered per Doc by (start, end): the fixes, the mention grouping and
        # the country lookups ask for the same spans' texts (about 60 asks per article, each
        # of which read three kept arrays); kept with the Doc's length, like the arrays
        memo = doc.user_data.get(_SPAN_TEXTS)
        if memo is None or memo[0] != len(doc):
            memo = doc.user_data[_SPAN_TEXTS] = (len(doc), {})
        key = (self.start, self.end)
        text = memo[1].get(key)
        if text is None:
            from dateline.nlp import doc_text

            starts, texts = token_starts(doc), token_texts(doc)
            text = memo[1][key] = doc_text(doc)[starts[self.start] : starts[self.end - 1] + len(texts[self.end - 1])]
        return text


_SPAN_TEXTS = "dateline.span_texts"

#: NerSpan's own order (start, end, label) as a sort key. perfent57: `sorted(spans)` called the
#: dataclass's generated `__lt__` (two tuples built in Python) for each of ~300 comparisons per
#: article; with the key, each span's tuple is made once and compared in C. Same order, and
#: both sorts are stable, so equal spans keep their places as before.
span_order = operator.attrgetter("start", "end", "label")


# Words the model sweeps into the front of a name: articles, and a date before a name
# ("This Thursday the United States Commission ...").
_LEADING_DROP = {"the", "a", "an", "this", "last", "next", "monday", "tuesday", "wednesday",
                 "thursday", "friday", "saturday", "sunday"}
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
    # company results tables ("Shr 30 cts vs 25 cts", "Revs 4.1 mln", "Avg shrs")
    "shr", "shrs", "revs", "avg", "mths", "dlrs", "cts", "qtr", "oper",
}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
_SCORE = re.compile(r"\b\d{1,3}\s*-\s*\d{1,3}\b")
#: a word of a line: a letter, then word characters, apostrophes, dots and hyphens
_WORD = r"[^\W\d_][\w'’.-]*"


# -- lines ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    start: int  # char offsets of the line in doc.text
    end: int
    text: str

    def words(self) -> list[str]:
        return re.findall(_WORD, self.text)

    def is_caps(self) -> bool:
        """ALL-CAPS: at least two words and (nearly) no lowercase letters."""
        return _is_caps_text(self.text)

    def is_headline(self) -> bool:
        """Title case ("Russia Condemns New U.S. Sanctions"), or a related-article line."""
        return _is_headline_text(self.text)


@functools.lru_cache(maxsize=4096)
def _is_headline_text(text: str) -> bool:
    """(Cached like `_is_caps_text`. A line ending in a full stop or a closing quote is no
    headline whatever its words: that cheap test comes first, so body paragraphs are not
    split into words.)"""
    if _HEADLINE_PREFIX.match(text):
        return True
    if text.rstrip().endswith((".", '"', "”")):
        return False
    words = [w for w in re.findall(_WORD, text) if w.lower() not in _MINOR_WORDS]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_ASCII_UPPER = string.ascii_uppercase.encode("ascii")
_ASCII_LOWER = string.ascii_lowercase.encode("ascii")


@functools.lru_cache(maxsize=4096)
def _is_caps_text(text: str) -> bool:
    """(Cached: the layout fixes ask about the same lines several times per article.)

    Every line of every article comes here, so the letters are counted in C: for ASCII text
    (nearly all news copy) the letters are exactly A-Z and a-z, and the capitals A-Z, so
    deleting each set from the bytes and comparing lengths counts them. The words are only
    split when the capitals already pass."""
    if text.isascii():
        raw = text.encode("ascii")
        upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
        letters = upper + len(raw) - len(raw.translate(None, _ASCII_LOWER))
    else:
        alpha = [c for c in text if c.isalpha()]
        upper, letters = sum(c.isupper() for c in alpha), len(alpha)
    if upper < 6 or upper < 0.9 * letters:
        return False
    return len(re.findall(_WORD, text)) >= 2


def _lines(text: str) -> tuple[_Line, ...]:
    """The text's lines with their offsets. Cached for the last few texts: the layout fixes
    split the same article text five times (the text object is the Doc's own, so its hash
    is computed once)."""
    return _split_lines(text)


@functools.lru_cache(maxsize=8)
def _split_lines(text: str) -> tuple[_Line, ...]:
    out, pos = [], 0
    for part in text.split("\n"):
        out.append(_Line(pos, pos + len(part), part))
        pos += len(part) + 1
    return tuple(out)


def _line_of(lines: list[_Line], char: int) -> _Line:
    for line in lines:
        if line.start <= char <= line.end:
            return line
    return lines[-1]



def _stands_alone(doc: "Doc", start: int, end: int, lower_words: set[str]) -> bool:
    """Not part of a longer name; a single word must be a proper noun, or at least a word the
    article never writes in lowercase (the tagger calls a sentence-initial "Alves" a NOUN)."""
    def capital_name(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()

    if capital_name(start - 1) or capital_name(end):
        return False
    tok = doc[start]
    return end - start > 1 or tok.pos_ == "PROPN" or (not tok.is_stop and tok.lower_ not in lower_words)


# -- name shapes (organisations, people, titles) ---------------------------------------------

# Last words that make a multi-word "person" or "place" a firm: legal forms ("Brandt GmbH",
# "Kestrel Ltd") and the heads firms are named with ("Volga Air", "Nordic Motors", "Acme
# Group"). No common surname among them ("Steel", "Banks" are left out on purpose).
_LEGAL_FORMS = {"corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "co",
                "cos", "ag", "sa", "gmbh", "nv", "n.v.", "bv", "b.v.", "spa", "s.p.a.", "kg", "ab",
                "asa", "oyj", "pty", "bhd", "srl", "sarl", "lp", "llp"}
# Legal forms that are also short words or names in running text: only in capitals.
_CAPS_ONLY_FORMS = {"sa", "ag", "ab", "nv", "bv", "kg", "lp", "co"}
_FIRM_HEADS = {"air", "airlines", "airline", "airways", "aviation", "aircraft", "aerospace",
               "motors", "motor", "automotive", "energy", "holdings", "holding", "group", "bancorp",
               "securities", "capital", "partners", "industries", "technologies", "systems",
               "pharmaceuticals", "pharma", "petroleum", "oil", "telecom", "telecommunications",
               "communications", "entertainment", "foods", "brewing", "brewery", "mining",
               "minerals", "insurance", "financial", "investments", "ventures", "enterprises",
               "electric", "electronics", "chemicals", "shipping", "logistics", "railways",
               "software", "networks", "studios", "pictures", "publishing", "construction"}
# Platforms the model reads as people ("posted on Twitter"): organisations.
_PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp", "telegram",
              "weibo", "wechat", "linkedin", "reddit", "snapchat"}
# Occupations written before a name ("Immunologist Ana Diaz", "Treasurer Paul Keyes"): not
# part of the name. Any "-ologist" counts too.
_OCCUPATIONS = {"treasurer", "physician", "surgeon", "doctor", "nurse", "scientist", "researcher",
                "historian", "author", "writer", "novelist", "poet", "journalist", "reporter",
                "columnist", "activist", "campaigner", "lawyer", "barrister", "solicitor",
                "architect", "engineer", "entrepreneur", "businessman", "businesswoman",
                "billionaire", "astronaut", "actor", "actress", "singer", "rapper", "comedian",
                "filmmaker", "director", "producer", "musician", "player", "striker", "goalkeeper",
                "midfielder", "defender", "driver", "rider", "archbishop", "bishop", "cardinal",
                "pastor", "priest", "imam", "rabbi", "cleric", "whistleblower", "podcaster",
                "mathematician", "physicist", "chemist", "economist", "lecturer", "teacher",
                "astrophysicist", "epidemiologist"}
# Institution heads written "<head> of <name>": "House of Representatives", "Bank of
# England", "Ministry of Foreign Affairs", "University of Toronto", "Council of Europe".
_OF_HEADS = {"house", "ministry", "department", "court", "bank", "university", "council",
             "college", "institute", "academy", "school", "board", "office", "commission",
             "committee", "bureau", "agency", "chamber", "federation", "association", "society",
             "league", "union", "church", "parliament", "assembly", "senate", "congress",
             "government", "secretariat", "directorate", "service", "fund", "organisation",
             "organization", "party", "corps", "authority", "administration", "tribunal"}
# Last words of an institution's name, after which two or three capitalised words are a
# person glued on ("the House of Representatives Dana Low"): split there.
_BODY_ENDS = {"representatives", "senate", "congress", "parliament", "ministry", "council",
              "court", "committee", "department", "commission", "assembly", "agency", "office",
              "police", "army", "navy", "government", "affairs", "justice", "defence", "defense",
              "interior", "commons", "lords", "cabinet", "duma", "knesset", "bundestag"}


def is_occupation(word: str) -> bool:
    """"Immunologist", "Treasurer": a word for what a person does, not a name."""
    low = word.lower().rstrip(".")
    return low in _OCCUPATIONS or (low.endswith("ologist") and len(low) > 8)


def token_starts(doc: "Doc") -> list[int]:
    """Each token's character offset, read once from the Doc's arrays and kept on it."""
    cached = doc.user_data.get("dateline.token_starts")
    if cached is None or len(cached) != len(doc):
        from spacy.attrs import IDX

        cached = doc.user_data["dateline.token_starts"] = doc.to_array([IDX]).reshape(-1).tolist() if len(doc) else []
    return cached


def token_texts(doc: "Doc") -> list[str]:
    """Each token's text, kept on the Doc (cheaper than a Token object per word, per rule)."""
    cached = doc.user_data.get("dateline.token_texts")
    if cached is None or len(cached) != len(doc):
        from spacy.attrs import ORTH

        strings = doc.vocab.strings
        ids = doc.to_array([ORTH]).reshape(-1).tolist() if len(doc) else []
        cached = doc.user_data["dateline.token_texts"] = [strings[h] for h in ids]
    return cached


def token_flags(doc: "Doc", attr: str) -> list[int]:
    """One lexical flag of every token ("IS_PUNCT", "LIKE_NUM"...), read once from the Doc's
    arrays and kept on it: rules that scan every word then need no Token objects."""
    key = f"dateline.flag.{attr}"
    cached = doc.user_data.get(key)
    if cached is None or len(cached) != len(doc):
        import spacy.attrs

        flag = getattr(spacy.attrs, attr)
        cached = doc.user_data[key] = doc.to_array([flag]).reshape(-1).tolist() if len(doc) else []
    return cached


def token_is_lower(doc: "Doc") -> list[bool]:
    from spacy.attrs import IS_LOWER

    return [bool(v) for v in doc.to_array([IS_LOWER]).reshape(-1).tolist()] if len(doc) else []


@functools.lru_cache(maxsize=32)
def _word_hashes(words: frozenset[str]) -> frozenset[int]:
    from spacy.strings import hash_string

    return frozenset(hash_string(w) for w in words)


def word_positions(doc: "Doc", words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lowercase form is one of `words`, read from the Doc's
    array of lowercase ids (kept on the Doc): the rules that look for rare words ("of" after
    an institution, firm words, quotation marks) would otherwise build a Token object for
    every word of every article."""
    wanted = _word_hashes(words)
    return [i for i, h in enumerate(token_lowers(doc)) if h in wanted]


def token_lowers(doc: "Doc") -> list[int]:
    """Every token's lowercase id (LOWER), read once from the Doc's arrays and kept on it."""
    lowers = doc.user_data.get("dateline.lowers")
    if lowers is None or len(lowers) != len(doc):
        from spacy.attrs import LOWER

        lowers = doc.user_data["dateline.lowers"] = doc.to_array([LOWER]).reshape(-1).tolist() if len(doc) else []
    return lowers


@functools.lru_cache(maxsize=16384)
def cached_country_match(text: str) -> Any:
    """`countries.country_match`, remembered: the name-shape rules ask about the same words
    ("Mr", "Russian", a surname) in article after article."""
    from dateline.resolve.countries import country_match

    return country_match(text)
