"""One-line recognisers for the metadata lines around a headline: kicker, byline, date,
photo credit, publisher, and "X contributed reporting" lines."""
from __future__ import annotations

import re

from dateline.clean.dates import FoundDate, find_dates, parse_date_line

# Wire services and publishers that print their name alone on a line under a headline.
# A short closed list: these are the names a reader must not mistake for a headline word.
AGENCIES = (
    "Reuters", "Associated Press", "The Associated Press", "AP", "AFP", "Agence France-Presse",
    "Bloomberg", "dpa", "DPA", "TASS", "Xinhua", "Interfax", "RIA Novosti", "Anadolu Agency",
    "EFE", "ANSA", "Kyodo", "Yonhap", "UPI", "PTI", "Wikinews", "BBC", "CNN", "Al Jazeera",
)
_AGENCY_SET = {a.lower() for a in AGENCIES}

_KICKER_SEP = re.compile(r"\s(?:\||›|»|•|·|/|>)\s|^[^|]+\|[^|]+$")
_BYLINE = re.compile(r"by\s+(?P<rest>[A-Z].*)", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", re.IGNORECASE)
_BYLINE_DATE_SEP = re.compile(r"[\s,]*[·|—–-]?\s*$")
_PAREN_PHOTO = re.compile(r"\((?P<val>[^()]*\b(?:photo|image|picture)s?\b[^()]*)\)", re.IGNORECASE)
_LABELLED_CREDIT = re.compile(
    r"(?:[^:]{0,80}?[.)]\s+)?(?:(?:file|archive|illustrative|handout)\s+)?"
    r"(?:photo(?:graph)?s?|images?|pictures?)(?:\s+credit)?\s*:\s*(?P<val>.+)"
    r"|(?:photo\s+|image\s+)?credit\s*:\s*(?P<val2>.+)",
    re.IGNORECASE,
)
_BY_CREDIT = re.compile(
    r"(?:[^:]{0,80}?[.)]\s+)?(?:photo(?:graph)?|image|picture)s?\s+(?:by|courtesy\s+of)\s+(?P<val>\w.{1,80})",
    re.IGNORECASE,
)
_DOMAIN = re.compile(r"[A-Z][\w-]*(?:\.[a-z]{2,})+")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'-]*$")
_CONTRIBUTED = re.compile(
    r"(?P<who>[A-Za-z][\w.,&' -]{0,80}?)\s+contributed(?:\s+(?:additional\s+)?reporting)?"
    r"(?:\s+(?:to|for)\s+this\s+(?:report|article|story))?\.?",
)
_ADDITIONAL = re.compile(r"(?:additional\s+)?reporting\s+by\s+(?P<who>[A-Z][^.;]{0,80})\.?", re.IGNORECASE)
_SMALL_WORDS = frozenset("of the and for de du la le des del di da van von on in at to & /".split())
_TERMINAL = re.compile(r"[.!?:;,]['\"”’)]*$")


def is_kicker(text: str) -> bool:
    """A section label above a headline: "WORLD | SYRIA", "News › World › Asia", "ANALYSIS"."""
    if len(text) > 70 or _TERMINAL.search(text):
        return False
    if _KICKER_SEP.search(text):
        parts = re.split(r"\s*(?:\||›|»|•|·|/|>)\s*", text)
        return all(0 < len(p.split()) <= 5 for p in parts)
    return False


def is_caps_label(text: str) -> bool:
    """A short all-capitals line ("WORLD NEWS", "ASIA"): a kicker when a headline follows."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and text.upper() == text and len(text.split()) <= 5 and len(text) <= 40


def is_publisher(text: str) -> bool:
    return text.strip(" .-–—").lower() in _AGENCY_SET


# A newspaper masthead: a few capitalised words ending in a word papers are named with.
_MASTHEAD = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'&.-]*\s+){0,3}(?:Courier|Times|Herald|Dispatch|Daily|Journal|Gazette|Tribune|"
    r"Telegraph|Guardian|Chronicle|Observer|Examiner|Inquirer|Bulletin|Ledger|Monitor|Sentinel|Courant|"
    r"Post|Express|Standard)"
)


def is_masthead(text: str) -> bool:
    """"The Northern Courier": the paper's name printed above the headline."""
    return bool(_MASTHEAD.fullmatch(text.strip()))


def parse_byline(text: str) -> tuple[list[str], FoundDate | None] | None:
    """Names (and a date on the same line) from "By A, B and C · April 10, 2018"."""
    m = _BYLINE.fullmatch(text.strip())
    if not m:
        return None
    rest = m.group("rest")
    found = None
    dates = find_dates(rest)
    if dates and not rest[dates[-1].end :].strip(" .|·—–-"):
        found = dates[-1]
        rest = _BYLINE_DATE_SEP.sub("", rest[: found.start])
    rest = re.sub(r"\s+[|·—–]\s*.*$", "", rest).strip(" ,")
    if not rest or len(rest.split()) > 14 or _TERMINAL.search(rest.rstrip(".")):
        return None
    rest = _IN_PLACE.sub("", rest)  # "By Jane Roe in Kyiv"
    names = [n.strip(" .") for n in _NAME_SPLIT.split(rest) if n.strip(" .")]
    if not names or not all(_name_like(n) for n in names):
        return None
    names = [n for n in names if not is_publisher(n)] or names  # "By Jane Roe, Reuters"
    if rest.upper() == rest:
        names = [n.title() for n in names]
    return names, found


def _name_like(name: str) -> bool:
    # "Olga Castillo", "Wikinews contributors", "Ahmed al-Tanaka": capitalised first word, short.
    words = name.split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and not _TERMINAL.search(name)


def parse_credit(text: str) -> str | None:
    """The credit of a photo/image credit line, or None if the line is not one."""
    text = text.strip()
    if len(text) > 160:
        return None
    m = _PAREN_PHOTO.fullmatch(text)
    if m and "/" in m.group("val") or m and ":" in m.group("val"):
        return m.group("val").strip()
    m = _LABELLED_CREDIT.fullmatch(text)
    if m:
        return (m.group("val") or m.group("val2") or "").strip() or None
    m = _BY_CREDIT.fullmatch(text)
    if m and not _TERMINAL.search(text):
        return m.group("val").strip()
    return None


def looks_like_org_line(text: str) -> bool:
    """A bare title-case name line ("Russian Foreign Ministry Press Service").

    Under a headline and date such a line is a photo credit or agency line, not prose:
    prose has lowercase words and runs longer.
    """
    words = text.split()
    if _DOMAIN.fullmatch(text):
        return True  # "Kremlin.ru": a site credited for the picture
    if not 2 <= len(words) <= 8 or len(text) > 70 or _TERMINAL.search(text):
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)


# Words that make a name line a picture credit rather than part of a title-case headline.
_CREDIT_NAME = re.compile(
    r"\b(?:Press\s+(?:Service|Office|Centre|Center)|Media\s+(?:Service|Office|Centre|Center)|Handout|"
    r"Getty\s+Images|Pool\s+Photo|via\s+(?:Reuters|AP|AFP))\b|\s/\s*(?:Reuters|AFP|AP|EPA|Getty)\b",
    re.IGNORECASE,
)


def is_credit_name(text: str) -> bool:
    """A name line that says it is a picture source: "... Press Service", "... / handout"."""
    return bool(_CREDIT_NAME.search(text)) and len(text) <= 70 and not _TERMINAL.search(text)


def parse_contributors(paragraph: str) -> list[str]:
    """Agencies named in "Reuters and AFP contributed reporting." (the line stays in the body)."""
    text = paragraph.strip()
    m = _CONTRIBUTED.fullmatch(text) or _ADDITIONAL.fullmatch(text)
    if not m or len(text) > 160:
        return []
    who = re.sub(r"^(?:with\s+)?", "", m.group("who").strip())
    return [n.strip(" .") for n in _NAME_SPLIT.split(who) if n.strip(" .")]


def parse_date(text: str) -> FoundDate | None:
    return parse_date_line(text)
