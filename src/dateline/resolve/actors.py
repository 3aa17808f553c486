"""Entities and noun phrases -> CAMEO actor codes as GDELT and PETRARCH write them.

A code is a country part (ISO alpha-3; `IGO`/`NGO` + known group for international bodies;
`---` when unknown) followed by a role (GOV, MIL, COP, REB, OPP, JUD, LEG, BUS, MED, CVL, ...):
"RUSGOV", "SYRMIL", "IGOUNO", "---REB". A country named as the actor is the country alone
("RUS"). The conventions follow shared/data/events/WIKINEWS_EVENTS.md (itself GDELT/Phoenix
practice): protesters are OPP, the UN and its agencies IGOUNO, the EU IGOEUREEC.

Order of evidence, most specific first:
1. a user's PETRARCH/Phoenix dictionary (use_actor_dictionary or DATELINE_ACTORS), with dated
   roles picked by the event date: named people resolve through it first;
2. dateline's dictionary of public figures with dated offices (data/actors/people.txt);
3. the project's table of named organisations (data/actors/orgs.tsv: IGOs, NGOs, seats of
   power such as "the Kremlin", news agencies, armed groups, CAMEO regions);
4. the entity's country (entities stage, else the gazetteer, else the title around a
   mention, else the article's clear country) and its role title (data/actors/roles.tsv via
   actor_roles). docs/actors.md has the details.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.model import Actor, Article, Entity
from dateline.resolve.actor_dictionary import (  # noqa: F401  (re-exported for callers of this module)
    ActorDictionary,
    apply_agent,
    current_actor_dictionary,
    load_actor_dictionary,
    load_dictionaries,
    use_actor_dictionary,
)
from dateline.resolve.actor_roles import (
    DATA_DIR,
    FORMER_PRIVATE_ROLE,
    best_role,
    head_role,
    kin_head,
    mentions_former,
    role_code,
    role_lexicon,
    role_matches,
    singular,
    words_of,
)
from dateline.resolve.countries import country_code
from dateline.resolve.country_firms import firm_of_country
from dateline.resolve.territory_heads import territory_head
from dateline.resolve.places import place_country
from dateline.resolve.firm_names import firm_by_trade_word, namesake_town_country
from dateline.resolve.firm_speakers import firm_speaker_name
from dateline.resolve.legal_forms import legal_form_country
from dateline.resolve.org_kinds import FIRM_HEADS, INDUSTRY_WORDS, firm_descriptor
from dateline.resolve.surnames import family_name_in_office, office_holder_by_surname

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span

#: Country parts that are sectors, not countries (CAMEO.type.txt): the role field gets them.
_SECTOR_PREFIXES = {"IGO", "NGO", "IMG", "MNC", "INT", "NGM"}
#: Roles that never borrow a country from context: international and transnational sectors.
_NO_BORROW_ROLES = {"IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UNO", "PKO"}
#: A country is "clear from context" when it holds this share of the article's place mentions.
_CONTEXT_SHARE = 2 / 3
_PHRASE_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w.'\u2019\-]*")
#: Words whose country is someone else's patron, not the actor's own ("pro-Russian rebels").
_PATRON = re.compile(r"^(pro|anti|non)-|-(backed|allied|supported|aligned|sponsored|funded|made)$", re.I)
_DETERMINERS = {"the", "a", "an", "some", "several", "many", "its", "their", "his", "her", "our", "this", "these", "those"}
_MAX_NGRAM = 4
_MAX_ORG_NGRAM = 8  # roles61: listed organisations' long names (orgs.tsv)
_FORMER_ROLE = "ELI"
_PRIVATE_ROLE = "CVL"
_PLACE_ACTOR_POPULATION = 100_000
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_PREPOSITIONS = {"of", "for", "to", "in", "on", "at", "with", "from", "over", "against", "by", "about"}
#: Demonym endings tried when a user dictionary lists only the country ("Quentaran" -> QUENTARA).
_DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "i", "n")
# Phoenix (PETRARCH's dictionaries) and GDELT agree on TMP for East Timor; for Romania and
# Montenegro GDELT's old table has ROM/MTN but Phoenix and the PLOVER gold use ISO ROU/MNE.
_ISO_TO_CAMEO = {"TLS": "TMP"}
_CAMEO_TO_ISO = {v: k for k, v in _ISO_TO_CAMEO.items()}


# ---------------------------------------------------------------- codes


def compose(country: str | None, role: str | None) -> str | None:
    """Country part + role code; an international body's code stands alone; None when both
    are unknown (there is nothing to code)."""
    if country and len(country) > 3:  # "IGOUNO": already a full code
        return country
    if not country and not role:
        return None
    return (cameo_country(country) or "---") + (role or "")


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """"RUSGOV" -> ("RUS", "GOV"); "IGOUNO" -> (None, "IGO"); "---REB" -> (None, "REB")."""
    if not code:
        return None, None
    head, rest = code[:3], code[3:]
    if head in _SECTOR_PREFIXES:
        return None, head
    country = None if head.strip("-+") == "" else _CAMEO_TO_ISO.get(head, head)
    role = rest[:3] if len(rest) >= 3 and rest[:3].isalpha() else None
    return country, role


def _actor(code: str | None, name: str | None, entity_id: str | None = None) -> Actor:
    country, role = split_code(code)
    return Actor(entity=entity_id, name=name, code=code, country=country, role=role)


# ---------------------------------------------------------------- named organisations


@lru_cache(maxsize=1)
def _org_table() -> tuple[dict[str, str], dict[str, str]]:
    """(case-insensitive names, acronyms that must be written in capitals: "WHO" not "who")."""
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for line in (DATA_DIR / "orgs.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code = line.split("\t")[:2]
        key = _org_key(name)
        letters = re.sub(r"[^A-Za-z]", "", name)
        if letters.isupper() and len(letters) <= 5:
            acronyms[key] = code.strip()
        else:
            names[key] = code.strip()
    return names, acronyms


@lru_cache(maxsize=8192)  # (perf25: a pure function of the text, asked of the same words again and again)
def _org_key(text: str) -> str:
    t = text.replace("\u2019", "'").replace(".", "").lower()
    t = re.sub(r"\s+", " ", t).strip(" ,;:'\"")
    t = re.sub(r"'s$", "", t)
    # British and wire spellings of the same body ("Organisation of African Unity", "Taleban",
    # "Co-operation") are one key, so the table lists each body once
    t = _ORG_SPELLINGS.sub(lambda m: _ORG_SPELLING[m.group(0)], t)
    return re.sub(r"^the ", "", t)


_ORG_SPELLING = {"organisation": "organization", "organisations": "organizations", "co-operation": "cooperation",
                 "taleban": "taliban", "moslem": "muslim", "defence": "defense"}
_ORG_SPELLINGS = re.compile(r"\b(?:" + "|".join(_ORG_SPELLING) + r")\b")


@lru_cache(maxsize=4096)
def known_org_code(name: str) -> str | None:
    """Code of a named organisation in the project's table ("the U.N." -> IGOUNO), else None.

    Kept per name (perf25): the answer depends on the name and the table (read once per process)
    alone, and the resolvers ask it of the same names and their word prefixes many times per
    article."""
    if not name:
        return None
    names, acronyms = _org_table()
    key = _org_key(name)
    if key in names:
        if len(key) <= 3 and not re.sub(r"(?i)^the\s+", "", name.strip())[:1].isupper():
            return None  # a short name ("Fed") only in capitals: "fed" is a verb
        if " " not in key and names[key].endswith("BUS") and not re.sub(r"(?i)^the\s+", "", name.strip())[:1].isupper():
            return None  # a one-word firm only capitalised: "by judicial fiat", "a tesla"
        if " " not in key and name.strip().islower():
            return None  # domestic41: "opposed the amnesty" (a pardon, not Amnesty International)
        return names[key]
    if key in acronyms:
        letters = re.sub(r"[^A-Za-z]", "", re.sub(r"(?i)^the\s+", "", name.strip()))
        if letters.isupper():
            return acronyms[key]
    # "BBC Sport", "CNN International", "Reuters news agency": a listed name and a unit word
    words = name.strip().split()
    if len(words) >= 2 and words[-1].lower() in _ORG_UNIT_WORDS:
        return known_org_code(" ".join(words[:-1]))
    if len(words) >= 2 and words[-1].lower().strip(".,") in _FIRM_SUFFIXES:
        # "Boeing Co", "Textron Inc", "Lloyds Bank Plc": a listed firm with its legal form
        # (only a firm's code: "Reuters Holdings" is no news agency's other name)
        code = known_org_code(" ".join(words[:-1]).rstrip(","))
        return code if code is not None and code.endswith("BUS") else None
    if (sided := re.match(r"(?i)^(?:the\s+)?(?:pro|anti)-[\w-]+\s+(.+)$", name.strip())) is not None:
        # reuters41: "the pro-Iranian Hizbollah", "the pro-Syrian Amal": the body the name lists,
        # whose side the adjective tells (never its country)
        return known_org_code(sided.group(1))
    return _organ_of_listed_igo(words)


def national_subsidiary_code(name: str) -> str | None:
    """country21: "Merrill Lynch Canada Inc", "General Motors of Canada Ltd", "Citibank Brazil": a
    listed firm's name followed by a country's own name (not its people or a city) is the
    firm's subsidiary in that country, a business of it (CANBUS), as the standard codes a
    national subsidiary; the parent's country (USABUS) put one actor in the wrong country.
    Only business codes and only a country name ("Sony Music" and "Ford Europe" stay). Kept out
    of `known_org_code`, which answers only for names the table lists."""
    from dateline.resolve.countries import is_country_name
    words = re.sub(r"(?i)^the\s+", "", name.strip()).split()
    if words and words[-1].lower().strip(".,") in _FIRM_SUFFIXES:
        words = words[:-1]
    for n in (3, 2, 1):  # the country's name may take up to three words ("South Africa", "U.K.")
        if len(words) <= n or not is_country_name(" ".join(words[-n:])):
            continue
        firm = words[:-n]
        if firm and firm[-1].lower() == "of":
            firm = firm[:-1]
        parent = known_org_code(" ".join(firm).rstrip(",")) if firm else None
        if parent is not None and parent.endswith("BUS"):
            return country_code(" ".join(words[-n:])) + "BUS"
    return None


def _organ_of_listed_igo(words: list[str]) -> str | None:
    """ "U.N. Department of Humanitarian Affairs", "UN Human Rights Commission", "NATO Military
    Committee": a body named after a listed intergovernmental organisation is one of its organs
    and codes as it. Without this the name fell to its role word ("department" GOV) and the
    article's country (a U.N. office in a Baghdad story was IRQGOV). Only IGO codes: a national
    branch of an NGO ("Amnesty International USA") is left to the other rules."""
    if words and words[0].lower() == "the":
        words = words[1:]
    for n in (3, 2, 1):
        if len(words) > n:
            code = known_org_code(" ".join(words[:n]).rstrip(",;:"))
            if code is not None and code.startswith("IGO") and words[n][:1].isupper():
                return code
    return None


#: Legal forms after a firm's name ("Amoco Corp", "Cable and Wireless Plc").
_FIRM_SUFFIXES = frozenset("co corp corporation inc incorporated ltd plc ag sa nv spa gmbh llc "
                           "company group holdings".split())


#: Words naming a unit or service of an organisation rather than another body.
_ORG_UNIT_WORDS = frozenset("sport sports news international world online television tv radio "
                            "agency service channel network".split())


# ---------------------------------------------------------------- countries in text


@lru_cache(maxsize=1)
def _extra_places() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in (DATA_DIR / "places_extra.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, code = line.split("\t")[:2]
            out[_org_key(name)] = code.strip()
    return out


def extra_place_country(name: str) -> str | None:
    """ISO alpha-3 of a name only the project's supplement (data/actors/places_extra.tsv) lists."""
    from dateline.resolve.countries import without_compass

    rest = without_compass(name)  # "North Waziristan", "South Darfur"
    return _extra_places().get(_org_key(name)) or (_extra_places().get(_org_key(rest)) if rest else None)


def _country_of_word(word: str) -> str | None:
    """ISO alpha-3 of a country name, demonym or place: the shared gazetteer, then our supplement."""
    return country_code(word) or extra_place_country(word)


def region_in_name(name: str | None) -> str | None:
    """The country of a region that an institution's name starts from ("Queensland Police
    Service", "Thurgau Cantonal Court", "Lagos State Government"): the longest run of
    capitalised words, from the first, that names a state, province or county. Only for names
    the entities stage took for an organisation or place, never for running text, where any
    capitalised word could be a small region's namesake ("Most")."""
    if not name:
        return None
    words = _PHRASE_WORD.findall(name)
    if words and words[0].lower() == "the":
        words = words[1:]
    caps = []
    for w in words:
        if not w[:1].isupper():
            break
        caps.append(w)
    for n in range(min(len(caps), _MAX_NGRAM), 0, -1):
        cand = " ".join(caps[:n])
        if _is_country_name(cand):
            return None  # "Georgia": the country, not the US state
        code = region_country(cand)
        if code:
            return code
    return None


@lru_cache(maxsize=1024)
def _is_country_name(name: str) -> bool:
    import pycountry

    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


#: Words that end a region's name without changing it ("Lagos State", "Sichuan Province").
_REGION_SUFFIXES = ("state", "province", "region", "county", "prefecture", "oblast", "governorate")
#: Region names that are also plain words or compass points: never read as a region. (left44a:
#: "gulf": "the Gulf" of world news is the Persian Gulf, not Papua New Guinea's province.)
_REGION_STOP = frozenset("north south east west central centre center capital coast island islands lakes gulf "
                         "eastern western northern southern upper lower river valley mountain highlands "
                         "national federal city town".split())


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Subdivision names (pycountry, offline: states, provinces, counties) -> ISO alpha-3, for
    names that only one country uses; regions named alike in several countries ("Central")
    are left out."""
    import pycountry

    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:  # (English counties are second-level units: England's)
        seen.setdefault(sub.name.lower(), set()).add(sub.country_code)
    out: dict[str, str] = {}
    for name, countries in seen.items():
        if len(countries) == 1 and len(name) >= 4 and name not in _REGION_STOP:
            country = pycountry.countries.get(alpha_2=next(iter(countries)))
            if country is not None:
                out[name] = country.alpha_3
    from dateline.resolve.countries import english_regions  # regions63: "Bavaria", "West Java"

    for name, code in english_regions().items():
        out.setdefault(name, code)
    return out


def region_country(name: str | None) -> str | None:
    """ISO alpha-3 of the country whose first-level region (state, province, county) is named:
    "Queensland" AUS, "Oxfordshire" GBR, "Lagos State" NGA; None for anything else. Only
    capitalised names are looked up ("texas" in running text is no name)."""
    if not name or not name[:1].isupper():
        return None
    key = re.sub(r"\s+", " ", name.replace("\u2019", "'")).strip(" .,'").lower()
    key = re.sub(r"^the ", "", key)
    regions = _regions()
    if key in regions:
        return regions[key]
    for suffix in _REGION_SUFFIXES:
        if key.endswith(" " + suffix) and key[: -len(suffix) - 1] in regions:
            return regions[key[: -len(suffix) - 1]]
    return None


def cameo_country(iso3: str | None) -> str | None:
    """The country part as PETRARCH/Phoenix write it: ISO alpha-3 except legacy TMP (East Timor)."""
    return _ISO_TO_CAMEO.get(iso3, iso3) if iso3 else iso3


# Landscape and direction words that the gazetteer knows as some small place's name ("The
# Valley", Anguilla's capital) but that, alone, say nothing about a country.
_GENERIC_PLACE_WORDS = frozenset("valley river city island islands bay lake mountain mountains park hill "
                                 "hills port harbour harbor north south east west central capital "
                                 "county district coast delta falls springs".split())


def _country_ngrams(words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, alpha3) for capitalised n-grams naming a country, people or place;
    longest first at each position, non-overlapping, left to right."""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        hit = None
        for j in range(min(len(words), i + _MAX_NGRAM), i, -1):
            gram = words[i:j]
            if not all(w[:1].isupper() for w in gram) or any(_PATRON.search(w) for w in gram):
                continue
            if len(gram) == 1 and gram[0].lower() in _GENERIC_PLACE_WORDS:
                continue  # "Thames Valley Police": a landscape word alone names no country
            code = _country_of_word(" ".join(gram))
            if code:
                hit = (i, j, code)
                break
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def country_in_text(text: str | None) -> str | None:
    """The first country named in a title or phrase ("Russian foreign minister" -> RUS)."""
    if not text:
        return None
    hits = _country_ngrams(_PHRASE_WORD.findall(text))
    return hits[0][2] if hits else None


def _context_country(article: Article | None) -> str | None:
    """The article's country when it is clear: one country holds two thirds of the place and
    people mentions (the dateline counting as one), else None."""
    if article is None:
        return None
    places = tuple(
        (ent.country, ent.name, place_votes(ent, article))  # the events' place counts more
        for ent in article.entities
        if ent.label in ("GPE", "NORP", "LOC")
    )
    return _clear_country(places, article.dateline)


def _goods_after() -> "re.Pattern[str]":
    from dateline.events.actors import GOODS_WORDS  # (lazy: the events package imports this module)

    words = sorted(GOODS_WORDS | {w + "s" for w in GOODS_WORDS} | {"wines", "goods"}, key=len, reverse=True)
    return re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


class _LazyPattern:
    """A pattern built on first use (the goods words live in the events package)."""

    def __init__(self, build: "Callable[[], re.Pattern[str]]") -> None:
        self._build, self._pattern = build, None

    def match(self, text: str, pos: int) -> "re.Match[str] | None":
        if self._pattern is None:
            self._pattern = self._build()
        return self._pattern.match(text, pos)


_GOODS_AFTER = _LazyPattern(_goods_after)

#: Extra votes of a place the headline names (the events' place) in the article's country.
_HEADLINE_WEIGHT = 2
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", re.I)


_BASED_AFTER = re.compile(r"\s?-\s?(?:based|backed|allied|supported|sponsored|funded|armed|trained)\b", re.I)
# (mideast34: a patron, "Iran-backed militias", "Turkish-backed rebels", is not where the events happen)
_BASED_BEFORE = re.compile(r"\bbased\s+(?:in|at|inside)\s+(?:the\s+)?$", re.I)
# wiki33: the topic of a policy ("Obama's policy on Syria", "its stance towards Iran") is what
# the article is about, not where its events happen or whose its people are
_TOPIC_BEFORE = re.compile(r"\b(?:policy|policies|stance|position|strategy)\s+(?:on|towards?|regarding)\s+(?:the\s+)?$",
                           re.I)


def place_votes(entity: Entity, article: Article) -> int:
    """How strongly a place entity says where the article's events happen: one vote a mention,
    one more for each mention that places something ("in New Delhi", "at the border of X"),
    and two more when the headline names it. A nationality word beside another country's
    actor ("the visiting Japanese minister") is a mention, not the place of the events."""
    text = article.text or ""
    votes = 0
    goods = 0
    for m in entity.mentions:
        if entity.label == "NORP" and _GOODS_AFTER.match(text, m.end) or _BASED_AFTER.match(text, m.end) \
                or _BASED_BEFORE.search(text, max(0, m.start - 16), m.start) \
                or _TOPIC_BEFORE.search(text, max(0, m.start - 24), m.start):
            # (integ31: "Hutu rebels based in Zaire": where a body sits, as "-based"; wiki33: a
            # policy's topic, "criticised Obama's policy on Syria")
            # "French wine", "British lamb": a product's origin, not where events happen; integ30:
            # "the London-based Syrian Observatory": where a body sits, not where its news is
            goods += 1
            continue
        votes += 1
        if entity.label in ("GPE", "LOC") and _LOCATIVE.search(text[max(0, m.start - 12):m.start]):
            votes += 1
    if goods and not votes:
        return 0
    votes = max(1, votes)
    if article.headline and re.search(r"\W" + re.escape(entity.name) + r"\W", f" {article.headline} "):
        votes += _HEADLINE_WEIGHT
    return votes


@lru_cache(maxsize=256)
def _clear_country(places: tuple[tuple[str | None, str, int], ...], dateline: str | None) -> str | None:
    """Cached per article state: the event coder asks once per noun phrase."""
    votes: Counter[str] = Counter()
    for country, name, weight in places:
        code = country or country_code(name)
        if code and weight:
            votes[code] += weight
    if dateline:
        code = place_country(dateline)
        if code:
            votes[code] += 1
    if not votes:
        return None
    top, n = votes.most_common(1)[0]
    if len(votes) > 1 and n < 2:
        return None  # one mention against others is no evidence
    return top if n / sum(votes.values()) >= _CONTEXT_SHARE else None


def _borrow(role: str | None, article: Article | None, words: list[str] = ()) -> str | None:
    """The article's country for a role whose own country is not given ("police" in an
    article about Hong Kong is Hong Kong's police, as the Wikinews gold reads it). Private
    people called foreign ("foreign women", "foreign journalists") are not its (integ30)."""
    if not role or role[:3] in _NO_BORROW_ROLES:
        return None
    if role.strip("~") in PRIVATE_PEOPLE_ROLES and any(w.lower() in FOREIGN_WORDS | FOREIGN_HEADS for w in words):
        return None
    if outsider_group(words):
        return None
    if [w.lower() for w in words] == ["administration"]:
        # integ31: "the administration" with no name or country is the American government in
        # English-language news ("The administration urged Tokyo to lift its barriers", in a
        # story about Japan); other governments are "the government" or "the X administration"
        return "USA"
    return _context_country(article)


# ---------------------------------------------------------------- political parties


@lru_cache(maxsize=1)
def builtin_parties() -> ActorDictionary:
    """Parties named by their members' bare name, with dated governing spans (data/actors/parties.txt)."""
    return load_actor_dictionary(DATA_DIR / "parties.txt")


#: Capitalised words that may stand before a party word in a party group ("House Democrats").
_PARTY_PREFIXES = frozenset({"house", "senate", "congressional", "state", "the"})
#: Capitalised words that may follow a party word in the party's own bodies ("the Democratic
#: National Committee", "the Republican Party"); any other capitalised word makes it another name
#: ("Democratic Republic", "Republican Guard", "Democratic Unionist").
_PARTY_TAIL_OK = frozenset({"party", "national", "committee", "convention", "caucus", "leadership"})


def party_code(words: list[str], when: str | None = None, article: Article | None = None,
               context: str | None = None) -> str | None:
    """The code of a party group ("Democrats", "House Republicans", "the Democratic
    leadership", "Republicans in Congress"), or None when the words name no listed party.

    A party group is its country + LEG when the phrase names a legislature or legislators (the
    standard codes legislators whatever their party), else the role its other words state
    strongly ("Republican governor" GOV, "Democratic candidate" OPP), else the party's code on
    that day: GOV while it holds the government, OPP outside it. A party word that is part of a
    longer capitalised name ("Social Democrats", "Democratic Republic of the Congo",
    "Republican Guard") is none of these; nor is any party word in an article clearly about
    another country than the party's."""
    d = builtin_parties()
    for i, w in enumerate(words):
        if not w[:1].isupper() or d.lookup(w, when) is None:
            continue
        if i > 0 and words[i - 1][:1].isupper() and words[i - 1].lower() not in _PARTY_PREFIXES:
            return None  # "Social Democrats", "Sweden Democrats"
        end = i + 1
        while end < len(words) and words[end][:1].isupper() and words[end].lower() in _PARTY_TAIL_OK:
            end += 1
        if end < len(words) and words[end][:1].isupper():
            return None  # "Democratic Republic", "Republican Guard", "Democratic Unionist"
        if end > i + 1 and end < len(words) and words[end].lower() == "of":
            return None  # "the Democratic Party of Japan"
        code = d.lookup(" ".join(words[i:end]), when) or d.lookup(w, when)
        if code is None:
            return None
        country = code[:3]
        rest = " ".join(words[:i] + words[end:] + ([context] if context else []))
        best = best_role(role_matches(words_of(rest))) if rest.strip() else None
        home = _context_country(article) if article is not None else None
        if home and home != country and not (best is not None and best.code == "LEG"
                                             and country_in_text(rest) in (None, country)):
            # an article about another country's "Democrats"; integ31: but "Senate Republicans"
            # and "House Democrats" are the party's own legislators in a story about Bosnia policy
            return None
        if best is not None and best.code == "LEG":
            return country + ("ELI" if mentions_former(rest) else "LEG")
        if best is not None and best.strong:
            return country + (_FORMER_ROLE if mentions_former(rest) else best.code)
        return code
    return None


# ---------------------------------------------------------------- entities


def _when(when: str | None, article: Article | None) -> str | None:
    return when or (article.published if article is not None else None)


def _dictionary_code(d: ActorDictionary | None, names: list[str], when: str | None) -> str | None:
    if d is None:
        return None
    for name in names:
        code = d.lookup(name, when)
        if code and len(code) == 3 and " " not in name.strip() and d is builtin_people():
            # role65: a family name listed for one relative, out of office on the day, is the
            # relative then in office ("Assad" in 1996: Hafez, not Bashar)
            code = family_name_in_office([name], code, when)
        if code:
            return code
    return None


def _entity_names(entity: Entity) -> list[str]:
    """The canonical name, then mention texts longest first (a dictionary may list either)."""
    seen = [entity.name]
    for m in sorted(entity.mentions, key=lambda m: -len(m.text)):
        if m.text not in seen:
            seen.append(m.text)
    return [n for n in seen if n and n.strip()]


def actor_for_entity(
    entity: Entity,
    article: Article | None = None,
    *,
    when: str | None = None,
    context: str | None = None,
) -> Actor:
    """The CAMEO actor of a resolved entity.

    `when` (ISO date) picks dated dictionary roles; it defaults to the article's publication
    date. `context` is a title or appositive attached to this mention ("Russia's foreign
    minister"), used when the entity itself carries no role or country; not a whole sentence.
    The Actor's code is None when nothing about the entity is known (no country, no role).
    """
    names = _entity_names(entity)
    if entity.role and entity.label == "PERSON":
        # actors29: the title the entities stage cut off may be part of the listed name
        # ("King Charles", KING_CHARLES_): tried after the name alone
        names = names + [f"{entity.role} {n}" for n in names]
    day = _when(when, article)
    code = _dictionary_code(current_actor_dictionary(), names, day)
    if code is None and entity.label in ("NORP", "ORG"):
        # "Democrats", "House Republicans": a party group, by its words and the title around it
        code = party_code(_PHRASE_WORD.findall(entity.name), day, article, context)
    if code is None and entity.label not in ("GPE", "LOC", "NORP"):
        code = _builtin_person_code(entity, names, day, context, article)
    elif code is None and entity.label in ("GPE", "NORP") and not entity.country:
        # a listed public figure the tagger took for a place ("the poisoning of Navalny") or,
        # actors29, for a people ("Albanese criticised China": no demonym, no country)
        code = _dictionary_code(builtin_people(), names, day)
    if code is None:
        code = next((c for c in (known_org_code(n) for n in names) if c), None)
    if code is None and _unplaced_name(entity, context):
        # actors29: "Xi met Biden", "Aliyev accused Armenia": a family name alone is the one
        # listed figure in an executive office on the day (resolve/surnames.py)
        code = office_holder_by_surname(names, day)
    if code is None and entity.label == "PERSON" and entity.role and not entity.country \
            and not country_in_text(entity.role) and not country_in_text(context):
        # integ30: "President Bush", "Chancellor Scholz": a title of the listed holder's own kind
        # with no country of its own is that holder's, not a guess from the article's places
        held = office_holder_by_surname(_entity_names(entity), day)
        code = held if held and role_code(entity.role) == held[3:6] else None
    if code is None:
        code = _code_from_attributes(entity, context, article, day)
        # role65: "Hong Kong Chief Executive X" heads the territory's government
        code = _territory_head(code, entity.role or context, article)
    return _actor(code, entity.name, entity.id)


def _territory_head(code: str | None, title: str | None, article: Article | None) -> str | None:
    """`territory_head` with the story's country: perf67: counted only for a business code, the
    one kind `territory_head` changes (`_context_country` weighs every place mention of the article,
    and this ran for every entity and phrase the coder resolves: ~2% of the events stage)."""
    if not code or not code.endswith("BUS"):
        return code
    return territory_head(code, title, _context_country(article))


def _unplaced_name(entity: Entity, context: str | None) -> bool:
    """A name with nothing of its own that says who or where it is: a person, a firm or a place
    by the tagger, with no country, title or role of its own, nor a country in its title."""
    return (entity.label in ("PERSON", "ORG", "GPE") and not entity.country and not entity.role
            and not country_in_text(context))


@lru_cache(maxsize=1)
def builtin_people() -> ActorDictionary:
    """dateline's own dictionary of public figures with dated roles (data/actors/people.txt)."""
    return load_actor_dictionary(DATA_DIR / "people.txt")


def _builtin_person_code(
    entity: Entity, names: list[str], day: str | None, context: str | None, article: Article | None
) -> str | None:
    """A listed public figure's code on that day. Outside the listed terms the entry gives the
    country alone; then a role the text itself states for the same country ("former
    president" -> ELI) is kept, since the text knows of offices the list does not."""
    code = _dictionary_code(builtin_people(), names, day)
    if code is None and entity.label == "PERSON":
        # integ35: "Manuel Antonio Noriega" is the listed MANUEL_NORIEGA_: a middle name dropped
        code = _dictionary_code(builtin_people(), _without_middle_names(names), day)
    stated_role = role_code(entity.role) or role_code(context)
    if code is not None and code.endswith(_FORMER_ROLE) and stated_role and stated_role != _FORMER_ROLE:
        # between listed offices (ELI), but the text gives a current title ("US President
        # Donald Trump" in an undated text): the text knows of an office the list does not
        code = code[:3]
    if code is not None and len(code) == 3 and not stated_role and _left_office(names, code, None, day):
        return code + _FORMER_ROLE  # out of office after a listed term, with no title: a former holder
    if code is None or len(code) != 3 or not stated_role:
        return code  # a public figure out of office is no private person: the country alone
    if stated_role == _FORMER_ROLE:
        return code + _FORMER_ROLE  # "former national security adviser John Bolton": an elite
    if stated_role in _PAST_OFFICES and _called_former(entity, article) and _left_office(names, code, stated_role, day):
        # round 11: "Bolton claims ..." in 2020, introduced as (former) national security
        # adviser: the list says his term ended, so the office the text names is a past one,
        # and CAMEO codes former office holders as elites (ELI), as the standard does
        return code + _FORMER_ROLE
    stated = _code_from_attributes(entity, context, article, day)
    return stated if stated and stated.startswith(code) else code


def _without_middle_names(names: list[str]) -> list[str]:
    """ "Manuel Antonio Noriega" -> "Manuel Noriega": first and last word of names of three or
    more capitalised words (the table lists most figures by first name and family name)."""
    out = []
    for n in names:
        words = n.split()
        if len(words) >= 3 and all(w[:1].isupper() for w in words):
            out.append(f"{words[0]} {words[-1]}")
    return out


#: Offices whose past holders CAMEO codes as elites (ELI).
_PAST_OFFICES = frozenset({"GOV", "LEG", "MIL", "JUD"})


_FORMER_AFTER_DAYS = 90
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|onetime|one-time)\b[^.;\n]*$", re.I)


def _called_former(entity: Entity, article: Article | None) -> bool:
    """The article calls the person a former holder where it names them ("former National
    Security Adviser John Bolton"): a title stated without it ("US President Donald Trump") is
    the text's own current office, which the list may not know of."""
    if article is None:
        return False
    return any(_FORMER_BEFORE.search(article.text[max(0, m.start - 60):m.start]) for m in entity.mentions)


def _days_between(start: str, end: str) -> int:
    """Days from one YYYYMMDD date to another (0 when either cannot be read)."""
    from datetime import datetime
    try:
        return (datetime.strptime(end[:8], "%Y%m%d") - datetime.strptime(start[:8], "%Y%m%d")).days
    except ValueError:
        return 0


def _left_office(names: list[str], country: str, role: str | None, day: str | None) -> bool:
    """The listed figure held `role` (None: any office CAMEO makes an elite of) for `country`
    in a term that ended before `day`."""
    from dateline.resolve.actor_dictionary import normalize_date

    when = normalize_date(day) if day else None
    if not when:
        return False
    for name in names:
        entry = builtin_people().entry(name)
        if entry is not None:
            roles = {role} if role else _PAST_OFFICES
            ended = [c for c in entry.codes if c.dated and c.end is not None and c.end < when
                     and c.code[:3] == country and c.code[3:] in roles]
            # (a term that ended in the last three months is still news of the office: a
            # killed commander, a minister just replaced, is coded by it in the days after)
            return bool(ended) and _days_between(max(c.end or "" for c in ended), when) > _FORMER_AFTER_DAYS
    return False


#: target72: first words of a name "<X> <Country>" that make it a state body, a broadcaster or a
#: group, not a firm's national arm ("Statistics Canada", "Transport Canada", "Radio France").
_STATE_BODY_WORDS = frozenset("statistics transport environment health investment employment revenue industry "
                              "agriculture fisheries energy justice finance labour labor defence defense immigration "
                              "manpower export trade tourism parks veterans communications supply customs public "
                              "national central federal royal radio television tv team friends bank amnesty "
                              "oxfam church save united".split())


_COMPASS_WORDS = frozenset("north northern south southern east eastern west western central new great greater "
                            "upper lower the".split())


def subsidiary_name_code(name: str) -> str | None:
    """target72: "GM Canada", "Shell Canada", "Chrysler Canada" (an organisation's name, the tagger's
    ORG, that ends in a country's own name) is the firm's arm in that country, a business of it
    (CANBUS): the name resolved to the bare country (CAN), and "the union accepted an offer from
    GM Canada" was dropped as a place at home. A listed parent goes through
    `national_subsidiary_code`; an unlisted one of one or two capitalised words counts unless its
    first word makes a state body or a group ("Statistics Canada", "Radio France", "Oxfam
    Canada") or the table lists it as something else."""
    from dateline.resolve.countries import is_country_name
    code = national_subsidiary_code(name)
    if code is not None:
        return code
    words = re.sub(r"(?i)^the\s+", "", name.strip()).split()
    if words and words[-1].lower().strip(".,") in _FIRM_SUFFIXES:
        words = words[:-1]
    if not words or is_country_name(" ".join(words)) or words[0].lower() in _COMPASS_WORDS:
        return None  # ("West Germany", "Papua New Guinea", "Northern Ireland": a place's own name)
    for n in (2, 1):
        if len(words) <= n or not is_country_name(" ".join(words[-n:])):
            continue
        firm = words[:-n]
        if not 1 <= len(firm) <= 2 or not all(w[:1].isupper() for w in firm) \
                or firm[0].lower().strip(".,") in _STATE_BODY_WORDS or is_country_name(" ".join(firm)) \
                or any(w.lower() == "of" for w in firm) or known_org_code(" ".join(firm)) is not None:
            return None
        country = country_code(" ".join(words[-n:]))
        return country + "BUS" if country else None
    return None


def _code_from_attributes(
    entity: Entity, context: str | None, article: Article | None, day: str | None = None
) -> str | None:
    if entity.label in ("GPE", "LOC", "NORP", "FAC"):
        # a place or people named as the actor: the country alone ("Moscow said" -> RUS),
        # unless its name is an institution's ("the National Telecommunications Commission")
        country = (entity.country or _country_of_word(entity.name) or place_country(entity.name)
                   or region_in_name(entity.name))  # "Oxfordshire", "Lagos State Government"
        role = _strong_role(_name_without_countries(entity.name))
        if role is None:
            return compose(country, None)
        # "the United States Commission on ...": the country the institution's name holds
        return compose(country or country_in_text(entity.name) or country_in_text(context)
                       or _borrow(role, article), role)
    if entity.label == "PERSON":
        titled = _title_as_name(entity)
        if titled is not None:
            return titled  # actors29: "The Pope criticised ...": the office the whole name is
        group = _group_in_title(entity.role) or _group_in_title(context)
        if group:
            return group  # "the Houthi spokesman X", "Amnesty director X": they act as the group
        role = role_code(entity.role) or role_code(context) or title_role(entity, article)
        if context and entity.role and _strong_role(context) and not _strong_role(entity.role):
            # "Senator Kennedy" of a person the article also calls a "presidential candidate":
            # an office (strong) beats a standing (weak), as the standard keeps senators LEG
            role = role_code(context)
        wider = _wider_title(entity, article) if entity.role and not _strong_role(entity.role) else None
        if wider is None and (faction := _party_faction_title(entity, article)) is not None:
            role = role_code(faction)  # left42b: "LDP faction leader Koichi Kato" leads no armed faction
        if wider is not None:
            # "U.S. neo-Nazi leader X" kept only "leader" (weak, GOV): the words the entities
            # stage lost say what the person leads (CVL) and whose national they are (USA)
            role, context = _strong_role(wider), (context or "") + " " + wider
        country = (entity.country or country_in_text(entity.role) or country_in_text(context)
                   or _title_country(entity, article))
        if country is None:  # wire titles that name their country ("Commerce Secretary X")
            found = _wire_office(entity, context, article)
            country, role = (found[0], role or found[1]) if found else (None, role)
        if role is None and (firm := firm_of_country(entity, article)) is not None:
            return firm  # role65: "Italy's Eni", a firm the tagger took for a person
        if role is None:
            # a named person with no title and no office on record is a private person
            # (the Wikinews gold's CVL for suspects, victims, relatives), when their country
            # is known; with no country either, there is nothing to code
            country = country or _context_country(article)
            return compose(country, _PRIVATE_ROLE) if country else None
        return compose(country or _borrow(role, article), role)
    # ORG and the rest: the name itself often says what it is ("Syrian Army", "Foreign Ministry");
    # with a user dictionary, read it as a phrase so its names and agents apply
    d = current_actor_dictionary()
    if d is not None and entity.country is None and not entity.role:
        words = [_POSSESSIVE.sub("", w) for w in _PHRASE_WORD.findall(entity.name)]
        coded = _phrase_code(words, d, day or _when(None, article), article) if words else None
        if coded:
            return coded
    if entity.label == "ORG" and role_code(_name_without_countries(entity.name)) is None:
        # a person's name the tagger took for an organisation's, behind a title that speaks for
        # a listed outlet or group ("Fox News host X", "Hamas spokesman Y"): the group's code
        group = _group_in_title(entity.role) or _group_in_title(context)
        if group:
            return group
    role = role_code(entity.role) or role_code(_name_without_countries(entity.name)) or role_code(context)
    if entity.country is None and (us := american_by_usage(entity.name.split(), _context_country(article))):
        return compose(us, role)  # integ31: "Chinese officials criticised Congress": the US Congress
    # (a region that starts the name before a namesake city: "Ontario Provincial Police" is
    # Canada's, though a city of California is called Ontario too)
    if role is None and (firm := firm_of_country(entity, article)) is not None:
        return firm  # role65: "Germany's Aldi": a firm after its country's possessive
    if role is None and entity.label == "ORG" and entity.country is None \
            and (arm := subsidiary_name_code(entity.name)) is not None:
        return arm  # target72: "GM Canada", "Shell Canada": the firm's national arm (CANBUS)
    if role is None and entity.label == "ORG" and _firm_descriptor_before(entity, article):
        role = "BUS"  # actors69: "Italian textile concern Benotti", "British shipping group Ocean Lines"
    if role is None and entity.label == "ORG" and entity.country is None and firm_by_trade_word(entity.name):
        role = "BUS"  # actors74: "Gull Air said ...": an unlisted firm's trade word, not the bare country
    country = (entity.country or (namesake_town_country(entity.name, _context_country(article)) if role == "BUS" else None)
               or (region_in_name(entity.name) if role else None) or country_in_text(entity.name) or country_in_text(context) or _title_country(entity, article))
    return compose(country or _borrow(role, article, entity.name.split()), role)


#: Words that open a noun phrase: a title read backwards stops before them.
_TITLE_STOPS = frozenset({"a", "an", "the", "and", "or", "of", "by", "for", "to", "with"})


#: Finite verbs that end a title read backwards without the "-ed" of a past tense.
_IRREGULAR_PAST = frozenset({"met", "told", "said", "held", "shot", "hit", "freed", "sent", "led", "won",
                             "beat", "fought", "caught", "seized", "took", "threw"})


def _clause_verb(word: str) -> bool:
    """latam34: a lower-case past tense ("kidnapped", "arrested", "met") is the verb of the
    clause, not a word of the title behind it: "FARC rebels kidnapped presidential candidate X"
    read "rebels kidnapped presidential candidate" as X's title and coded the hostage a rebel.
    A hyphenated or capitalised word ("U.S.-backed", "Retired") is a modifier and is kept."""
    return word.isalpha() and word.islower() and (word.endswith("ed") or word in _IRREGULAR_PAST)


def _wider_title(entity: Entity, article: Article | None) -> str | None:
    """The few words before a person's kept title word, when they hold a strong role: "U.S.
    neo-Nazi leader X" or "X, a U.S. neo-Nazi leader," with the title kept as "leader" ->
    "U.S. neo-Nazi leader". None when the wider words add no strong role (most titles), so only
    a modifier that names another kind of actor than the weak head changes the code."""
    if article is None or not article.text or not entity.role:
        return None
    text, title = article.text, entity.role
    for m in entity.mentions:
        for lo, hi in ((max(0, m.start - _TITLE_REACH), m.start), (m.end, min(len(text), m.end + _TITLE_REACH))):
            window = text[lo:hi]
            at = window.rfind(title) if hi == m.start else window.find(title)
            if at < 0 or "\n" in window[:at] and hi != m.start:
                continue
            words = window[:at].split()
            kept: list[str] = []
            for w in reversed(words[-4:]):
                if w.lower() in _TITLE_STOPS or w.endswith((",", ";", ":", "\"")) or _clause_verb(w):
                    break
                kept.insert(0, w)
            if not kept:
                continue
            wider = " ".join(kept + [title])
            if _strong_role(wider):
                return wider
    return None


def _party_faction_title(entity: Entity, article: Article | None) -> str | None:
    """left42b: "LDP faction leader Koichi Kato": the entities stage keeps "faction leader" as the
    title (REB: the armed factions of Somalia and Liberia) and leaves the party's initials out as
    an entity of their own, so actor_roles._party_faction never saw them. The word just before
    the kept title, read with it ("LDP faction leader"), lets that rule decide; None when the
    title is no faction leader's or the wider title reads REB too ("NPFL faction leader")."""
    if article is None or not article.text or not entity.role or "faction" not in entity.role.lower():
        return None
    text, title = article.text, entity.role
    for m in entity.mentions:
        window = text[max(0, m.start - _TITLE_REACH):m.start]
        at = window.rfind(title)
        words = window[:at].split() if at >= 0 else []
        if not words or words[-1].endswith((",", ";", ":", ".")):
            continue
        wider = f"{_POSSESSIVE.sub('', words[-1])} {title}"
        if role_code(wider) not in (None, role_code(title)):
            return wider
    return None


def _group_in_title(text: str | None) -> str | None:
    """A listed armed group, IGO, NGO or outlet named inside a person's title, with a word for
    speaking or acting for it ("Houthi spokesman", "Hamas commander", "Amnesty researcher")."""
    if not text:
        return None
    words = [_POSSESSIVE.sub("", w) for w in _PHRASE_WORD.findall(text)]
    if not any(w.lower() in _GROUP_MEMBER_WORDS for w in words):
        return None
    for n in (5, 4, 3, 2):  # country21: "Merrill Lynch Canada Inc chief economist": the subsidiary
        for i in range(len(words) - n + 1):
            if words[i][:1].isupper() and (code := national_subsidiary_code(" ".join(words[i:i + n]))):
                return code
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            if not words[i][:1].isupper():
                continue
            code = known_org_code(" ".join(words[i:i + n]))
            # (round 12: a listed union's, farm lobby's or firm's officers act for it too: "UAW
            # vice president X" USALAB, "Textron chairman Y" USABUS, not the GOV of "president")
            if code and len(code) > 3 and (code[:3] in ("IGO", "NGO")
                                           or code[3:] in ("REB", "MED", "UAF", "LAB", "AGR", "BUS")):
                return code
    return None


_GROUP_MEMBER_WORDS = frozenset("spokesman spokeswoman spokesperson leader commander chief head director official "
                                "fighter member representative envoy researcher secretary-general chairman "
                                "president editor correspondent reporter journalist militant".split()
                               # round 6: the people of an outlet's programmes speak for it ("Fox
                               # News commentator X", "CNN anchor Y" -> USAMED)
                               + "commentator host anchor presenter columnist contributor".split()
                               # round 7: the officers of international bodies in 1990s wire
                               # ("EU Farm Commissioner X", "U.N. human rights investigator Y",
                               # "OSCE mediator Z") act for the body
                               + "commissioner coordinator inspector investigator mediator negotiator monitor "
                                 "observer rapporteur administrator delegate".split())


def _strong_role(name: str) -> str | None:
    best = best_role(role_matches(words_of(name)))
    return best.code if best is not None and best.strong else None


#: How far before a mention a title may start ("Philippine President Rodrigo Duterte").
_TITLE_REACH = 60
_TITLE_WORD = re.compile(r"^[A-Z][\w.'\u2019\-]*$")
_OF_PLACE = re.compile(r"^\s+of\s+((?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})")


def _title_country(entity: Entity, article: Article | None) -> str | None:
    """A country written in the title around a mention: the capitalised words just before it
    ("Philippine President Rodrigo Duterte", "Russia's Foreign Minister Sergei Lavrov") or an
    "of Country" just after it ("Crown Prince Mohammad bin Salman of Saudi Arabia")."""
    if article is None or not article.text:
        return None
    text = article.text
    for m in entity.mentions:
        holder, _portfolio = _title_before(text, m.start)
        code = country_in_text(holder) if holder else None
        if code is None:
            after = _OF_PLACE.match(text[m.end:m.end + _TITLE_REACH])
            code = _country_of_word(after.group(1)) if after else None
        if code:
            return code
    return None


# "Special Representative for Iran", "Ambassador to France": the country after the
# preposition is the office's portfolio, not the holder's nationality.
_PORTFOLIO_PREPS = frozenset({"for", "to"})


def _lower_title_word(word: str) -> bool:
    """A lower-case word of a role phrase ("minister", "foreign", "trade", "official"): wire copy
    writes titles in lower case ("West German minister Ignaz Kiechle", "Belgian farm minister
    X"), and the nationality before them is the holder's. Without these the title stopped at
    "minister" and the person borrowed the dateline's country (a German minister in a Brussels
    story was BELGOV)."""
    return singular(word.lower()) in _title_vocabulary()


@lru_cache(maxsize=1)
def _title_vocabulary() -> frozenset[str]:
    words = {w for key in role_lexicon() for w in key}
    # private-person and place-like words make no title ("a British man X" is read elsewhere)
    words = frozenset(w for w in words if role_lexicon().get((w,), ("", True))[0] not in ("CVL", "")
                      or (w,) not in role_lexicon()) - _TITLE_STOPS - {"said", "say", "told", "people"}
    # actors69: a firm's descriptor is its title ("Italian textile concern Benotti")
    return words | INDUSTRY_WORDS | FIRM_HEADS


def _title_before(text: str, at: int) -> tuple[str, str]:
    """The capitalised title just before a mention, split at a portfolio preposition:
    "US Special Representative for Iran Brian Hook" -> ("US Special Representative", "Iran");
    "Philippine President Rodrigo Duterte" -> ("Philippine President", "")."""
    before = text[max(0, at - _TITLE_REACH):at].split("\n")[-1].split()
    title: list[str] = []
    holder: list[str] | None = None
    for word in reversed(before):
        if holder is None and word in _PORTFOLIO_PREPS and title:
            holder = []
            continue
        if word.endswith((",", ".", ":", ";")) or not _TITLE_WORD.match(word) and not _lower_title_word(word):
            break
        (holder if holder is not None else title).insert(0, _POSSESSIVE.sub("", word))
    if not holder:  # no portfolio, or "for Iran" with no title before it
        return " ".join(title), ""
    return " ".join(holder), " ".join(title)


def _firm_descriptor_before(entity: Entity, article: Article | None) -> bool:
    """actors69: a mention right after "<industry word> group|concern" ("the Italian textile
    concern Benotti", "British shipping group Ocean Lines") names a firm; its nationality is read
    by _title_country from the same title."""
    if article is None or not article.text:
        return False
    for m in entity.mentions:
        holder, _portfolio = _title_before(article.text, m.start)
        if holder and firm_descriptor(words_of(holder)):
            return True
    return False


def title_role(entity: Entity, article: Article | None) -> str | None:
    """The role a title before a mention states when the entities stage kept none (it stops
    at a portfolio: "US Special Representative for Iran Brian Hook" -> GOV)."""
    if article is None or not article.text:
        return None
    for m in entity.mentions:
        holder, portfolio = _title_before(article.text, m.start)
        role = role_code(holder) if portfolio else None
        if role:
            return role
    return None


def _name_without_countries(name: str) -> str:
    """"Hong Kong Police Force" -> "Police Force": place words must not be read as roles."""
    words = _PHRASE_WORD.findall(name)
    drop = {k for s, e, _ in _country_ngrams(words) for k in range(s, e)}
    return " ".join(w for k, w in enumerate(words) if k not in drop)


# ---------------------------------------------------------------- noun phrases


_CLOSE_TO = re.compile(r"^(?:sources?|officials?|people|aides?|figures?|circles?)\s+(?:very\s+)?close\s+to\s+(.+)$", re.I)


def actor_for_phrase(
    span: "Span | str",
    article: Article | None = None,
    *,
    when: str | None = None,
) -> Actor | None:
    """The CAMEO actor of a noun phrase that is not a named entity ("Russian troops" ->
    RUSMIL, "police" -> ---COP, "Turkish officials" -> TURGOV), or None when the phrase names
    neither a country nor a role. A state role with no country in the phrase takes the
    article's country when the article is clearly about one country."""
    text = span if isinstance(span, str) else span.text
    words = [_POSSESSIVE.sub("", w) for w in _PHRASE_WORD.findall(text)]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words:
        return None
    phrase = " ".join(words)
    if (close := _CLOSE_TO.match(phrase)) is not None:
        # source62: "sources close to the Italian government" speak for that government (ITAGOV),
        # as "Italian government sources" do; "sources close to the talks" name no one
        return actor_for_phrase(close.group(1), article, when=when)
    d = current_actor_dictionary()
    day = _when(when, article)
    code = _dictionary_code(d, [phrase], day) or known_org_code(phrase) or party_code(words, day, article)
    if code is None and len(words) <= 3 and all(w[:1].isupper() for w in words):
        # actors29: a listed figure's name the tagger missed ("Sharaa criticised Israel")
        code = _dictionary_code(builtin_people(), [phrase], day) or office_holder_by_surname([phrase], day)
    if code is None:
        code = _phrase_code(words, d, day, article)
        # role65: "the chief executive" of a Hong Kong story heads the territory's government
        if not _of_a_name(span):
            code = _territory_head(code, phrase, article)
    if code and kin_head(words_of(phrase)):
        # role65: "the widow of a soldier", "families of Israeli soldiers": kin are private
        # persons of the country the phrase gave (NERMIL -> NERCVL); only a relabel: a phrase
        # that resolved to no one stays no one (a kin phrase given the story's country as a
        # guess made a new triple in a sentence with no event)
        country, role = split_code(code)
        if role is not None and country is not None:
            code = compose(country, "CVL")
    return _actor(code, phrase) if code else None


def _of_a_name(span: "Span | str") -> bool:
    """role65: the phrase is followed by "of/at" and another body than the territory ("the chief
    executive of Jardine Matheson", "of the bank"), which says whose officer it is."""
    if isinstance(span, str):
        return False
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "at"):
        return False
    nxt = doc[end + 2] if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else doc[end + 1]
    return nxt.lower_ not in ("hong", "macau", "macao", "territory", "sar")


def _phrase_code(words: list[str], d: ActorDictionary | None, day: str | None, article: Article | None) -> str | None:
    words = [_run_by_group(w) for w in words]
    base, rest = _phrase_base(words, d, day)
    if base is None and firm_speaker_name(words) and not party_code(words[:-1], day, article):
        # people66: "a Kessler spokesman": an unlisted name's spokesman speaks for a firm
        name = firm_speaker_name(words)
        return compose(legal_form_country(name) or _borrow("BUS", article, words), "BUS")
    if base and len(base) > 3 and (base[:3] in _SECTOR_PREFIXES):
        return base  # "UN peacekeepers", "EU ministers": the body itself
    rest_text = " ".join(rest)
    agent = _agent_code(d, rest)
    if agent and mentions_former(rest_text):
        agent = "~" + _FORMER_ROLE  # "former security officials": elites, whatever the office
    if agent:
        return apply_agent(base or _borrow(agent.strip("~"), article, words), agent)
    role = head_role(rest_text) if rest else None
    if role is None and rest and not rest[-1][:1].islower():
        # "state news agency Saba", "the rescue charity Sea Watch": a name after its title;
        # the title's head is the role
        cut = len(rest)
        while cut > 0 and rest[cut - 1][:1].isupper():
            cut -= 1
        if 0 < cut < len(rest):
            role = head_role(" ".join(rest[:cut]))
    if base and len(base) > 3 and base[3:] == "REB" and role == "GOV" and rest \
            and singular(rest[-1].lower()) in _STATE_BODIES and base[:3].isalpha():
        # actors29: "Taliban authorities", "the Taliban's foreign ministry": the state a group
        # runs is its country's government (a "Taliban spokesman" still speaks for the group)
        return base[:3] + "GOV"
    if base and len(base) > 3:
        # a dictionary or table code that already has its role ("Hamas fighters"), unless the
        # phrase says its holders are former ones ("former White House officials" USAGOVELI)
        if role == FORMER_PRIVATE_ROLE and mentions_former(rest_text) and base[:3].isalpha():
            return base[:3] + role  # left47: "a former Boeing engineer" is a private person now
        return apply_agent(base, "~" + _FORMER_ROLE) if role == _FORMER_ROLE else base
    if base is None and role is None and all(w[:1].isupper() for w in words):
        # a smaller place named as the actor ("Rochester"); only real cities, since a
        # sentence-initial capital makes any word look like a name ("Most" is a Czech town)
        base = place_country(" ".join(words), min_population=_PLACE_ACTOR_POPULATION)
    if base is None and len(words) >= 2 and words[-1].lower() in LEADER_BODIES and words[-2][:1].isupper():
        # integ30: "the Bush administration", "the Modi government": the listed leader's country
        held = _dictionary_code(builtin_people(), [" ".join(words[:-1])], day) \
            or office_holder_by_surname([words[-2]], day)
        base = held[:3] if held and held[:3].isalpha() else None
    if base is None:  # "the Fed", "a Kremlin spokesman", "the Secretary of State": the office's country
        from dateline.events import wire  # (lazy: the events package imports this module's users)

        found = wire.office(" ".join(words), whole=True)
        base, role = (found[0], role or found[1]) if found else (_borrow(role, article, words), role)
    return compose(base, role)


#: Adjectives that say people are not of the country they are in ("foreign women", "expatriate workers").
FOREIGN_WORDS = frozenset({"foreign", "expatriate", "expat", "overseas"})
# tunetgt45: people nouns that are by the word sent from abroad ("rebels freed six missionaries" in
# a Sudan story are not Sudanese): with no nationality of their own they are ---CVL, as the
# standard codes people of unknown country; "Italian missionaries" keep their adjective's ITA.
FOREIGN_HEADS = frozenset({"missionary", "missionaries"})
#: Roles of private people, whom "foreign" places abroad (officials' "foreign minister" does not).
PRIVATE_PEOPLE_ROLES = frozenset({"CVL", "MED", "BUS", "LAB", "EDU", "NGO", "REF"})
#: Words that put a plural group of officials or states outside the article's country
#: ("regional leaders", "Western diplomats", "neighbouring states").
#: ("foreign" is not one: "foreign ministers from both countries" hold their own countries' office.)
OUTSIDER_WORDS = frozenset({"regional", "world", "western", "neighbouring", "neighboring", "international",
                            "african", "arab", "european", "asian", "latin", "gulf"})


#: Countries whose legislature news calls "Congress" (the Philippines, most of Latin America, Spain's
#: Congress of Deputies); elsewhere a bare "Congress" is the American one.
CONGRESS_COUNTRIES = frozenset({"USA", "PHL", "MEX", "ARG", "BRA", "CHL", "COL", "PER", "GTM", "HND", "PRY",
                                "BOL", "ECU", "DOM", "VEN", "ESP", "CRI", "PAN"})


#: Countries where "Congress" alone is a party (India's, the Nepali Congress, Sudan's National
#: Congress, South Africa's ANC): not the American legislature either.
PARTY_CONGRESSES = frozenset({"IND", "NPL", "LKA", "ZAF", "SDN", "BGD", "PAK"})


def american_by_usage(words: "list[str]", home: str | None) -> str | None:
    """integ31: "USA" for a bare "Congress" in a story whose country has no congress ("China
    warned Congress against passing the Taiwan bill" is the US Congress, not China's); None
    otherwise."""
    if [w.lower() for w in words] == ["congress"] and home and home not in CONGRESS_COUNTRIES | PARTY_CONGRESSES:
        return "USA"
    return None


def outsider_group(words: "list[str]") -> bool:
    """integ31: "regional leaders", "world leaders", "neighbouring states": a plural group that
    such a word puts outside the article's country (or across several), so it borrows none."""
    return len(words) > 1 and words[-1].lower().endswith("s") and any(w.lower() in OUTSIDER_WORDS for w in words[:-1])


#: Bodies named after their leader ("the Bush administration", "the Modi government").
LEADER_BODIES = frozenset({"administration", "government", "cabinet", "regime", "presidency", "junta"})

_RUN_BY = re.compile(r"^(?P<group>.+)-(?:led|run|controlled|dominated|administered)$", re.I)


def _run_by_group(word: str) -> str:
    """actors29: "the Taliban-led government", "the Hamas-run health ministry": a listed group
    that runs the body stands as its owner ("Taliban government"); other words are kept."""
    m = _RUN_BY.match(word)
    if m is None:
        return word
    code = known_org_code(m.group("group"))
    # (integ30: an international body too: "NATO-led peacekeepers" are NATO's)
    if code and (code[3:] == "REB" or code.startswith("IGO")):
        return m.group("group")
    # integ31: a country too, when the tokenizer kept the word whole ("U.S.-led forces")
    from dateline.resolve.countries import country_code
    return m.group("group") if m.group(0).lower().endswith("-led") and country_code(m.group("group")) else word


#: Institutions of a state: an armed group's own is its country's government ("Taliban authorities").
_STATE_BODIES = frozenset({"government", "administration", "authority", "authorities", "ministry", "cabinet",
                           "regime", "minister", "govt"})


def _title_as_name(entity: Entity) -> str | None:
    """The code of a "person" whose every mention is a title that names its own country ("the
    Pope", "the Pontiff": VATREL, events/wire.py), which the tagger read as a name: no country
    word around it (a dateline, "PARIS - The Pope ...", parsed into the phrase) is the office's."""
    from dateline.events import wire

    names = {m.text for m in entity.mentions} | {entity.name}
    found = [wire.office(n, whole=True) for n in names]
    if not found or any(f is None for f in found) or len(set(found)) != 1:
        return None
    country, role = found[0]  # type: ignore[misc]
    return compose(country, role)


def _wire_office(entity: Entity, context: str | None, article: Article | None) -> tuple[str, str] | None:
    """The country and role a wire title states for a named person (events/wire.py)."""
    from dateline.events import wire

    found = wire.office(entity.role) or wire.office(context)
    if found is None and article is not None and article.text:
        found = next((f for f in (wire.office_before(article.text, m.start) for m in entity.mentions) if f), None)
    return found


def _phrase_base(words: list[str], d: ActorDictionary | None, day: str | None) -> tuple[str | None, list[str]]:
    """The actor part of a phrase (a dictionary actor, a public figure, an organisation, a
    region or a country) and the words left for the role. Longer names win ("South African"
    is ZAF, not the region "African")."""
    n = len(words)
    # roles61: a listed organisation's full name longer than the n-gram reach ("Revolutionary
    # Armed Forces of Colombia (FARC) rebels"): read whole, as orgs.tsv has it (COLREB), before
    # its parts ("Armed Forces" MIL, "Colombia" COL) can be; only the organisation table, only
    # capitalised first words
    for size in range(min(n, _MAX_ORG_NGRAM), _MAX_NGRAM, -1):
        for i in range(0, n - size + 1):
            if words[i][:1].isupper() and (code := known_org_code(" ".join(words[i:i + size]))):
                return code, words[:i] + words[i + size:]
    for size in range(min(n, _MAX_NGRAM), 0, -1):
        for i in range(0, n - size + 1):
            gram = words[i:i + size]
            if not gram[0][:1].isupper():
                continue
            if size == 1 and compass_place_word(words, i):
                continue  # resolve62: "West Midlands Police" is a place's police, not the West's
            code = _gram_code(gram, d, day)
            if code:
                return code, words[:i] + words[i + size:]
    return None, words


#: The bloc words of the region table (orgs.tsv "the West", "Western" WST) that also begin
#: place names: "West Midlands", "West Yorkshire", "West Virginia", "Western Cape".
_COMPASS_BLOC_WORDS = frozenset({"west", "western"})
#: Words after "Western"/"West" that keep the bloc ("Western Powers", "Western Diplomats" in a
#: capitalised headline): people and states, not the second word of a place name.
_BLOC_FOLLOWERS = frozenset("powers power nations nation countries country allies ally leaders leader "
                            "governments government diplomats diplomat officials official states "
                            "investors media press banks creditors donors envoys observers "
                            "intelligence sources critics".split())


def compass_place_word(words: list[str], i: int) -> bool:
    """resolve62: a bare compass word that begins a multi-word proper name ("West Midlands
    Police", "West Yorkshire", "Western Cape") is part of a place's name, not the bloc the
    region table lists for "the West"/"Western" (WST): the police of West Midlands coded
    WSTCOP. Only when the next word is capitalised and is no word for people or states
    ("Western Powers" in a headline keeps the bloc); "the West" and "Western powers" are kept."""
    if words[i].lower() not in _COMPASS_BLOC_WORDS or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return nxt[:1].isupper() and re.sub(r"'s$", "", nxt.lower()) not in _BLOC_FOLLOWERS


def _gram_code(gram: list[str], d: ActorDictionary | None, day: str | None) -> str | None:
    name = " ".join(gram)
    code = (_dictionary_code(d, [name], day) or _dictionary_code(builtin_people(), [name], day)
            or known_org_code(name))
    if code is None and len(gram) == 1:
        code = _dictionary_demonym(d, name, day)
    if code is None and all(w[:1].isupper() for w in gram) and not any(_PATRON.search(w) for w in gram):
        code = _country_of_word(name)
    return code


def _dictionary_demonym(d: ActorDictionary | None, word: str, day: str | None) -> str | None:
    """A people's name the dictionary lacks, read as its country's ("Arnorian" -> ARNOR)."""
    if d is None or country_code(word):
        return None  # real demonyms are the gazetteer's business
    for ending in _DEMONYM_ENDINGS:
        if word.lower().endswith(ending) and len(word) - len(ending) >= 4:
            code = d.lookup(word[: -len(ending)], day)
            if code:
                return code
    return None


def _agent_code(d: ActorDictionary | None, rest: list[str]) -> str | None:
    """A user's agents dictionary names the role noun: the whole remainder, else its head."""
    if d is None or d.agent_count == 0 or not rest:
        return None
    code = d.agent(" ".join(rest)) if len(rest) > 1 else None  # "Ministry of Silly Walks"
    if code:
        return code
    cut = next((i for i, w in enumerate(rest) if w.lower() in _PREPOSITIONS), len(rest))
    core = rest[:cut]  # "minister for foreign affairs": the agent is the minister
    for k in range(len(core)):
        code = d.agent(" ".join(core[k:]))
        if code:
            return code
    return None


def code_actor(
    thing: "Entity | Span | str",
    article: Article | None = None,
    *,
    when: str | None = None,
    context: str | None = None,
) -> Actor | None:
    """One entry point for callers holding either a resolved entity or a noun phrase."""
    if isinstance(thing, Entity):
        return actor_for_entity(thing, article, when=when, context=context)
    return actor_for_phrase(thing, article, when=when)


__all__ = [
    "code_actor",
    "load_actor_dictionary",
    "load_dictionaries",
    "use_actor_dictionary",
    "actor_for_entity",
    "actor_for_phrase",
    "compose",
    "split_code",
    "known_org_code",
    "country_in_text",
    "party_code",
    "region_country",
    "region_in_name",
]
