"""The `entities` stage: corrected mentions -> canonical entities with country and role.

1. Mentions come from `resolve.ner_fixes.corrected_entities` (the model's slips fixed),
   restricted to the contract's labels.
2. Grouping: a person's later short name joins the full name ("Lavrov" -> "Sergei Lavrov",
   "Ri" -> "Ri Yong Ho": for East Asian names the family name is the first word); a short
   name met before its full name joins it too when only one full name fits. Country names
   group by country ("U.S.", "US", "United States"). Everything else groups by its text.
3. Country: places, peoples and metonyms from the gazetteer; organisations from a leading
   country word ("Russian Security Council") or a possessive ("Russia's Gazprom"); people
   from their titles (see `coref`: attached titles, then descriptions) and, failing that,
   from the host rule: a head of state or government with no country of their own, met in a
   sentence about a visit or trip to a country, is that country's ("a visit to China for
   talks with President Xi Jinping" -> CHN), since news names the visitor's country.
4. Role: the first title written beside the name, else one learnt from a description.

Entity ids are "e1", "e2", ... in order of first mention; the canonical name is the longest
mention (the full name), whitespace normalised.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.resolve.ner_fixes import NerSpan, corrected_entities
from dateline.model import Article, Entity, Mention
from dateline.resolve import coref
from dateline.resolve.countries import Kind, country_code, country_match, is_country_name, subdivision_country
from dateline.resolve.legal_forms import firm_by_group_word, firm_by_legal_form, legal_form_country
from dateline.resolve.org_kinds import body_kind
from dateline.resolve.roles import find_role_phrases

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
#: Titles of those who receive visitors: the host rule applies only to them.
_HOST_TITLES = {"president", "premier", "prime minister", "king", "queen", "chancellor", "emir", "sultan", "leader", "monarch"}
#: A town outside the country table gives its entity a country from this many inhabitants on.
TOWN_MIN_POPULATION = 50_000
_VISIT_WORDS = {"visit", "trip", "travel", "tour", "arrive", "fly", "journey"}


@dataclass
class _Cluster:
    label: str
    mentions: list[NerSpan] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    qualifier: str | None = None  # the country that qualifies a body's common name (group_mentions)

    def words(self) -> list[str]:
        return self.name().split()

    def name(self) -> str:
        """The longest mention; written as the body writes it rather than in capitals."""
        return max(self.names, key=lambda n: (len(n), not n.isupper() or all(x.isupper() for x in self.names)))


def _clean_name(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_MIDDLE_INITIAL = re.compile(r"(?<=\S) (?:[A-Z]\.? )+(?=\S)")


def _group_key(label: str, name: str) -> tuple[str, str]:
    if label in ("GPE", "LOC") and is_country_name(name):
        return ("COUNTRY", country_code(name) or name.lower())
    if label == "PERSON":  # "Loretta E. Lynch" is "Loretta Lynch": one person, not two
        name = _MIDDLE_INITIAL.sub(" ", name)
    return (label, name.lower())


def _person_owner(name: str, people: list[_Cluster]) -> _Cluster | None:
    """The full-name person a one-word name refers to: one whose last word is it, else whose
    first word is it (family name first: "Ri Yong Ho", "Xi Jinping"). When several people
    share the surname, the one the article introduced first: news gives the bare surname
    to its main figure and first names to the relatives and namesakes who come later
    ("Joe Biden ... his son Hunter Biden ... Biden said")."""
    if " " in name:
        return None
    for pick in (-1, 0):
        for c in people:
            words = c.words()
            if len(words) > 1 and (name in _name_forms(words[pick]) or _fold(name) in _name_forms(words[pick])):
                return c
    return None


_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|bin|ibn|abu|de|di|da|van|von)-", re.I)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _name_forms(word: str) -> set[str]:
    """A name word, without an Arabic/European particle ("al-Assad" -> "Assad"), and without
    accents ("Erdoğan" = "Erdogan": one person, two spellings in one article)."""
    forms = {word, _PARTICLE.sub("", word)}
    return forms | {_fold(w) for w in forms}


def _qualifier_country(doc: "Doc", s: NerSpan) -> str | None:
    """The country a body's name is qualified by just before it: "Azerbaijan's defence
    ministry", "the Azerbaijani defence ministry" (when the adjective is outside the span)."""
    i = s.start
    if i >= 2 and doc[i - 1].text in ("'s", "’s"):
        return country_code(doc[i - 2].text)
    if i >= 1:
        match = country_match(doc[i - 1].text)
        if match is not None and match.kind in (Kind.COUNTRY, Kind.DEMONYM):
            return match.alpha3
    return None


def group_mentions(doc: "Doc", spans: list[NerSpan]) -> list[_Cluster]:
    """Mentions of one entity, grouped by name. Twelfth session: a body named by a common
    name ("defence ministry") is one entity per country that qualifies it: "Armenia's defence
    ministry ... Azerbaijan's defence ministry" are two bodies, not one (the second had taken
    the first's country, so Azerbaijan's criticism of Armenia read as Armenia's own). A later
    unqualified mention joins the latest body of that name."""
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, ...], _Cluster] = {}
    for s in spans:
        name = _clean_name(s.text(doc))
        key: tuple[str, ...] = _group_key(s.label, name)
        qualifier = _qualifier_country(doc, s) if s.label in ("ORG", "FAC") else None
        target = by_key.get((*key, qualifier)) if qualifier else by_key.get(key)
        if target is None and s.label == "PERSON":
            target = _person_owner(name, [c for c in clusters if c.label == "PERSON"])
        if target is None and qualifier and (plain := by_key.get(key)) is not None \
                and plain.qualifier in (None, qualifier):
            target = plain  # the first qualified mention of a name met unqualified before
        if target is None:
            target = _Cluster(s.label)
            clusters.append(target)
        if qualifier:
            target.qualifier = target.qualifier or qualifier
            by_key[(*key, qualifier)] = target
        by_key[key] = target
        target.mentions.append(s)
        target.names.append(name)
    return _merge_early_short_names(clusters, doc)


#: Titles a monarch or prince carries before a given name ("King Hussein", "Prince Charles"):
#: such a name is not the family name of another person in the article ("Saddam Hussein").
REGNAL_TITLES = frozenset({"king", "queen", "prince", "princess", "emir", "amir", "sultan", "sheikh", "shaikh",
                           "shah", "pope", "crown", "grand", "duke", "duchess"})


def _merge_early_short_names(clusters: list[_Cluster], doc: "Doc | None" = None) -> list[_Cluster]:
    """A one-word person met before the full name ("Lavrov ... Sergei Lavrov") joins the
    full name when exactly one full name ends (or, family name first, starts) with it. A name
    after a regnal title ("King Hussein") joins only a full name that starts with it (integ30:
    "Jordan's King Hussein ... Saddam Hussein" are two people)."""
    people = [c for c in clusters if c.label == "PERSON"]
    out = []
    for c in clusters:
        if c.label == "PERSON" and all(" " not in n for n in c.names):
            word = _fold(c.names[0])
            regnal = doc is not None and any(m.start > 0 and doc[m.start - 1].lower_ in REGNAL_TITLES for m in c.mentions)
            owners = [p for p in people if p is not c and len(p.words()) > 1
                      and word in _name_forms(p.words()[0]) | (set() if regnal else _name_forms(p.words()[-1]))]
            if len(owners) == 1:
                owners[0].mentions.extend(c.mentions)
                owners[0].names.extend(c.names)
                continue
        out.append(c)
    for c in out:
        c.mentions.sort()
    return sorted(out, key=lambda c: c.mentions[0].start)


def _org_country(doc: "Doc", c: _Cluster) -> str | None:
    """"Russian Security Council" -> RUS; "Kremlin" -> RUS; "Russia's Gazprom" -> RUS."""
    name = c.name()
    code = country_code(name)
    if code:
        return code
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n:
            match = country_match(" ".join(words[:n]))
            if match is not None and match.kind in (Kind.COUNTRY, Kind.DEMONYM):
                return match.alpha3
    for m in c.mentions:
        if m.start >= 2 and doc[m.start - 1].text in ("'s", "’s"):
            code = country_code(doc[m.start - 2].text)
            if code:
                return code
    return c.qualifier or legal_form_country(name)  # business33: "Delta AG", "Gamma Holdings Plc"


def _static_country(doc: "Doc", c: _Cluster) -> str | None:
    if c.label in ("GPE", "LOC") and (state := _called_state(doc, c)):
        return state
    if c.label in ("GPE", "LOC", "FAC", "NORP"):
        return next((code for n in c.names if (code := country_code(n))), None) or _place_country(c)
    if c.label == "ORG":
        return _org_country(doc, c)
    return None


_STATE_WORDS = frozenset({"state", "province"})


def _called_state(doc: "Doc", c: _Cluster) -> str | None:
    """left44a: a place the text calls a state or province ("in Parana state", "the state of
    Parana") is that first-level part, wherever a namesake city lies (Parana, Argentina): the
    country of the part (countries.named_state_country), else None."""
    from dateline.resolve.countries import named_state_country

    for m in c.mentions:
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        before = [t.lower_ for t in doc[max(0, m.start - 2) : m.start]]
        if after in _STATE_WORDS or (len(before) == 2 and before[0] in _STATE_WORDS and before[1] == "of"):
            code = named_state_country(m.text(doc))
            if code:
                return code
    return None


#: Labels of names that may be towns in the offline gazetteer.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _place_country(c: _Cluster) -> str | None:
    """A place the country table leaves out: a name the project's supplement lists ("Bosnia",
    "West Germany") or, for a place the model tagged as one, a town in the offline gazetteer
    ("Bakhmut", "Pattaya") big enough that its name is the one news means (a namesake of 30,000
    people abroad turned Blenheim, Oxfordshire, into a New Zealand town). Why: the entity's
    country is what the home-country guess, the event coder's "entity's own country" and the
    API's country filter read; the actor layer already looked these up, the entity did not."""
    from dateline.resolve.actors import extra_place_country
    from dateline.resolve.places import place_country

    if c.label == "NORP":
        return None  # (a people's country stays the event coder's reading: "Serb" refugees of Bosnia)
    towns = c.label in PLACE_LABELS  # integ30: an organisation is no town
    for n in c.names:
        code = extra_place_country(n) or (subdivision_country(n) or place_country(n, min_population=TOWN_MIN_POPULATION)
                                          if towns else None)
        if code:
            return code
    return None


def _host_country(doc: "Doc", m: NerSpan, role: str | None, mentions: list[NerSpan]) -> str | None:
    """The host rule (module docstring, 3)."""
    if role is None or not any(role == t or role.endswith(" " + t) for t in _HOST_TITLES):
        return None
    sent = doc[m.start].sent
    visits = [t for t in sent if t.lemma_.lower() in _VISIT_WORDS]
    for v in visits:
        if any(_visitor_of(doc[i], v) for i in range(m.start, m.end)):
            return None  # the visitor, not the host
        nxt = [t for t in doc[v.i + 1 : min(v.i + 4, sent.end)] if t.lower_ in ("to", "in")]
        if nxt:
            after = nxt[0].i + 1
            place = next((p for p in mentions if p.start == after and p.label == "GPE"), None)
            if place is not None and is_country_name(place.text(doc)):
                return country_code(place.text(doc))
    return None


def _visitor_of(tok: "Token", visit: "Token") -> bool:
    """The person a visit word is about as its traveller: the subject of the visit verb, the
    owner of the visit noun ("Kim's visit to China"), or the subject of a clause the visit
    hangs under ("King X left Nepal for a visit to China", "X began a three-day visit to China"):
    a visitor, not the host whose country the visit names (actors15). A name in apposition acts
    as the word it renames (a dateline the parser made the subject: "KATHMANDU - King X left ...")."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    if tok.head.i == visit.i and (tok.dep_ in coref._SUBJECT_DEPS or tok.dep_ == "poss"):
        return True
    if tok.dep_ not in coref._SUBJECT_DEPS or visit.pos_ != "NOUN":
        return False
    return any(a.i == tok.head.i for a in visit.ancestors)


#: How many words may stand between a possessive and the name it owns ("Canada's minister of
#: state for finance Thomas Hockin").
_POSSESSED_REACH = 6


def _possessive_owner(doc: "Doc", m: NerSpan, ends: dict[int, str]) -> str | None:
    """The entity whose possessive introduces the name: "Russia's Alexander Lebed", "Yeltsin's
    envoy Alexander Lebed" (the words between are the person's title, no punctuation, no verb)."""
    i = m.start - 1
    while i >= 0 and m.start - i <= _POSSESSED_REACH + 1:
        t = doc[i]
        if t.text in ("'s", "’s"):
            return ends.get(i)
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "CCONJ") or t.is_sent_start:
            return None
        i -= 1
    return None


def _affiliation_country(doc: "Doc", c: _Cluster, index: tuple[dict[int, str], dict[int, str]],
                         infos: dict[str, coref.EntityInfo]) -> str | None:
    """"Chen of the Chinese Foreign Ministry", "Ana Ruiz of Kenya's Red Cross": a person
    written "of" an organisation (or a country) with a known country speaks for it, so is
    of that country. Only directly after the name: "of" further on is about something else.
    A nationality written just before the name says it first ("Iranian Hassan Moradi")."""
    starts, ends = index
    for m in c.mentions:  # "Iranian Hassan Moradi": a nationality written before the name
        eid = ends.get(m.start)
        if eid is not None and infos[eid].label == "NORP" and infos[eid].country:
            return infos[eid].country
    for m in c.mentions:  # actors15: "Russia's Alexander Lebed", "Yeltsin's envoy Alexander Lebed"
        owner = _possessive_owner(doc, m, ends)
        if owner is not None and infos[owner].country and (
                infos[owner].label == "PERSON" or infos[owner].label == "GPE" and is_country_name(infos[owner].name)):
            return infos[owner].country
    for m in c.mentions:
        i = m.end
        if i + 1 < len(doc) and doc[i].lower_ == "of":
            j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            eid = starts.get(j)
            if eid is not None and infos[eid].label in ("ORG", "GPE") and infos[eid].country:
                if infos[eid].label == "ORG" or is_country_name(infos[eid].name):
                    return infos[eid].country
    return None


def resolve_entities(doc: "Doc", article: Article) -> list[Entity]:
    """Canonical entities, each with all its mentions, label, country and role."""
    spans = [s for s in corrected_entities(doc) if s.label in LABELS]
    clusters = group_mentions(doc, spans)
    ids = [f"e{k + 1}" for k in range(len(clusters))]
    infos = {
        eid: coref.EntityInfo(eid, c.label, c.name(), country=_static_country(doc, c))
        for eid, c in zip(ids, clusters)
    }
    mentions = sorted(((m, eid) for eid, c in zip(ids, clusters) for m in c.mentions), key=lambda x: x[0].start)
    for m, eid in mentions:
        if infos[eid].label == "PERSON" and infos[eid].gender is None:
            infos[eid].gender = coref.honorific_gender(doc, m)
    sents = coref.sentence_index(doc)
    phrases = find_role_phrases(doc, [m for m, _ in mentions])
    links = coref.Links(attached=coref.attach_phrases(doc, phrases, mentions), refs=coref.mention_refs(doc, mentions, sents))
    coref.learn_from_attached(phrases, links.attached, infos)
    coref.link_descriptions(doc, phrases, links, infos, sents)
    index = ({m.start: eid for m, eid in mentions}, {m.end: eid for m, eid in mentions})
    out = []
    for eid, c in zip(ids, clusters):
        info = infos[eid]
        role = info.roles[0] if info.roles else None
        if role is None and c.label == "ORG" and firm_by_legal_form(info.name):
            role = "company"  # business33: "Pennzoil Co.", "Toshiba Machine Co" are firms
        if role is None and c.label == "ORG" and firm_by_group_word(info.name):
            role = "company"  # people66: "the Bass Group", "Halvorsen Holdings" are firms
        if role is None and c.label == "ORG":
            role = body_kind(info.name)  # actors69: "the National Federation of Postal Employees" LAB
        country = info.country
        if country is None and c.label == "PERSON":
            country = next((h for m in c.mentions if (h := _host_country(doc, m, role, spans))), None)
        if country is None and c.label == "PERSON":
            country = _affiliation_country(doc, c, index, infos)
        out.append(
            Entity(
                id=eid, name=info.name, label=c.label, country=country, role=role,
                mentions=[Mention(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]), m.text(doc)) for m in c.mentions],
            )
        )
    return out
