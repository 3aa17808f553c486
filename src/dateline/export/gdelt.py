"""GDELT 2.0 Events (61 columns) and Mentions (16 columns) tables, as GDELT writes them:
tab-separated, no header, no quoting, UTF-8, files named YYYYMMDDHHMMSS.export.CSV and
YYYYMMDDHHMMSS.mentions.CSV (column specs: shared/data/gdelt/*_columns.csv).

Where dateline differs from GDELT, on purpose:
- one event row per event per article (GDELT merges mentions of an event across articles),
  so NumMentions = NumSources = NumArticles = 1;
- GLOBALEVENTID is a hash of (article id, event index): stable across exports and databases;
- dateline measures no tone: AvgTone and MentionDocTone are blank;
- actors carry no location of their own: Actor1Geo/Actor2Geo are type 0 (none), ActionGeo
  comes from the event's location.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from dateline.export.cameo_codes import COUNTRIES, ISO3_TO_FIPS, KNOWN_GROUPS, RELIGIONS, TYPES

EVENT_COLUMNS = 61
MENTION_COLUMNS = 16
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# A sentence ends at . ! ? (and closing quotes/brackets) before whitespace, or at a blank
# line (headlines and list items often have no final stop). Used only for SentenceID.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|(?<![.!?\"'\u201d\u2019)\]\s])\s*\n\s*\n")


@dataclass
class ActorCodes:
    country: str = ""
    group: str = ""
    ethnic: str = ""
    religion1: str = ""
    religion2: str = ""
    type1: str = ""
    type2: str = ""
    type3: str = ""


def split_actor_code(code: str | None) -> ActorCodes:
    """"IGOEUREEC" -> type IGO, country EUR, known group EEC (GDELT's column split).

    Each 3-letter part is, in this order of preference: unknown (---), an ethnic code
    (lower case), the country (first country code seen), a known group, a religion, a type;
    other parts (REL, PTY, numeric sub-codes) appear only in the full code, as in GDELT.
    """
    out = ActorCodes()
    religions: list[str] = []
    types: list[str] = []
    for part in (code[i:i + 3] for i in range(0, len(code or ""), 3)):
        if part == "---":
            continue
        if part.islower():
            out.ethnic = out.ethnic or part
        elif not out.country and part in COUNTRIES:
            out.country = part
        elif not out.group and part in KNOWN_GROUPS:
            out.group = part
        elif part in RELIGIONS:
            religions.append(part)
        elif part in TYPES:
            types.append(part)
        # anything else (REL, PTY, sub-codes such as 365) has no column, as in GDELT
    out.religion1, out.religion2 = (religions + ["", ""])[:2]
    out.type1, out.type2, out.type3 = (types + ["", "", ""])[:3]
    return out


def global_event_id(article_id: str, index: int) -> int:
    """A positive 60-bit integer: fits GDELT's INTEGER (BigQuery INT64) column."""
    return int(hashlib.sha256(f"{article_id}:{index}".encode()).hexdigest()[:15], 16)


def fraction_date(day: dt.date) -> str:
    """GDELT's YYYY.FFFF: year + ((month - 1) * 30 + day) / 365 (checked on the sample files)."""
    return f"{day.year + ((day.month - 1) * 30 + day.day) / 365:.4f}"


def _day(value: str | None) -> dt.date | None:
    m = _DAY.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _num(x: float | None, places: int = 4) -> str:
    """GDELT writes coordinates without trailing zeros: -41, 153.017, -77.0364."""
    if x is None:
        return ""
    return f"{x:.{places}f}".rstrip("0").rstrip(".") or "0"


def _clean(value: Any) -> str:
    """No quoting in GDELT files: a tab or newline inside a field would break the row."""
    return "" if value is None else " ".join(str(value).split())


def _actor_cols(actor: dict[str, Any]) -> list[str]:
    codes = split_actor_code(actor.get("code"))
    country = codes.country or (actor.get("country") or "")
    name = (actor.get("name") or "").upper()
    return [actor.get("code") or "", name, country, codes.group, codes.ethnic, codes.religion1, codes.religion2,
            codes.type1 or (actor.get("role") or ""), codes.type2, codes.type3]


def _geo_cols(loc: dict[str, Any] | None) -> list[str]:
    """Type, FullName, CountryCode (FIPS), ADM1, ADM2, Lat, Long, FeatureID."""
    if not loc or not loc.get("name"):
        return ["0", "", "", "", "", "", "", ""]
    fips, country_name = ISO3_TO_FIPS.get(loc.get("country") or "", ("", ""))
    is_country = bool(country_name) and loc["name"].casefold() == country_name.casefold()
    # 1 COUNTRY; 3 USCITY / 4 WORLDCITY: a named place inside a country (we cannot tell a
    # city from a state, and cities are by far the commoner event location)
    geo_type = "1" if is_country else ("3" if loc.get("country") == "USA" else "4")
    full = country_name if is_country else ", ".join(p for p in (loc["name"], country_name) if p)
    return [geo_type, _clean(full), fips, fips if is_country else "", "", _num(loc.get("lat")),
            _num(loc.get("lon")), fips if is_country else ""]


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S")


def event_row(rec: dict[str, Any], index: int, added: dt.datetime) -> list[str]:
    ev = rec["events"][index]
    day = _day(ev.get("date")) or _day(rec.get("published")) or added.date()
    text = rec["text"]
    first_para_end = text.find("\n\n") if "\n\n" in text else len(text)
    src = rec.get("source") or {}
    row = [str(global_event_id(rec["id"], index)), day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
           fraction_date(day)]
    row += _actor_cols(ev.get("source") or {}) + _actor_cols(ev.get("target") or {})
    code = ev["code"]
    row += ["1" if ev["evidence"]["start"] < first_para_end else "0", code, code[:3], ev.get("root") or code[:2],
            str(ev.get("quad_class") or ""), f"{ev['goldstein']:.1f}" if ev.get("goldstein") is not None else "",
            "1", "1", "1", ""]
    row += _geo_cols(None) + _geo_cols(None) + _geo_cols(ev.get("location"))
    row += [_stamp(added), _clean(src.get("url") or src.get("path"))]
    return [_clean(c) for c in row]


def _offset_of(rec: dict[str, Any], entity_id: str | None, evidence: dict[str, int]) -> int:
    """Where the actor's entity is mentioned inside the event's sentence; -1 if it is not."""
    for ent in rec.get("entities") or []:
        if ent["id"] == entity_id:
            inside = [m["start"] for m in ent.get("mentions") or []
                      if evidence["start"] <= m["start"] < evidence["end"]]
            return min(inside) if inside else -1
    return -1


def mention_row(rec: dict[str, Any], index: int, added: dt.datetime) -> list[str]:
    ev = rec["events"][index]
    src = rec.get("source") or {}
    url = src.get("url")
    ident = url or src.get("path") or ""
    name = (urlsplit(url).hostname or "").removeprefix("www.") if url else (rec.get("publisher") or "")
    evidence = ev["evidence"]
    sentence_id = len(_SENTENCE_END.findall(rec["text"][:evidence["start"]])) + 1
    trigger = ev.get("trigger")
    conf = ev.get("confidence")
    confidence = max(10, min(100, round((conf or 0) * 10) * 10))  # GDELT: 10..100 in steps of 10
    stamp = _stamp(added)
    row = [str(global_event_id(rec["id"], index)), stamp, stamp, "1" if url else "2", name, ident,
           str(sentence_id), str(_offset_of(rec, (ev.get("source") or {}).get("entity"), evidence)),
           str(_offset_of(rec, (ev.get("target") or {}).get("entity"), evidence)),
           str(trigger["start"]) if trigger else "-1", "1", str(confidence), str(len(rec["text"])), "", "", ""]
    return [_clean(c) for c in row]


def _write(out: TextIO, row: list[str]) -> None:
    out.write("\t".join(row))
    out.write("\n")


def write_gdelt(records: Iterable[dict[str, Any]], out_dir: str | Path,
                added: Callable[[str], dt.datetime | None], now: dt.datetime | None = None) -> tuple[Path, Path, int]:
    """Write <stamp>.export.CSV and <stamp>.mentions.CSV into `out_dir`; `added(article_id)`
    gives DATEADDED (when the article was stored). Returns both paths and the event count."""
    now = now or dt.datetime.now(dt.timezone.utc)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    events_path = folder / f"{_stamp(now)}.export.CSV"
    mentions_path = folder / f"{_stamp(now)}.mentions.CSV"
    n = 0
    with open(events_path, "w", encoding="utf-8", newline="") as ev_out, \
            open(mentions_path, "w", encoding="utf-8", newline="") as men_out:
        for rec in records:
            when = added(rec["id"]) or now
            for i in range(len(rec.get("events") or [])):
                _write(ev_out, event_row(rec, i, when))
                _write(men_out, mention_row(rec, i, when))
                n += 1
    return events_path, mentions_path, n
