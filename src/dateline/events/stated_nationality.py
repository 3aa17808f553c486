"""country21: the nationality an article states for its unnamed perpetrator, carried to every
mention of him ("the hijackers", "the accused", "a man") that names none of its own.

News names an attacker's nationality once, often in a shape the sentence-level resolver never
reads ("hijackers ... were believed to be Iraqi nationals", "An Australian, Brenton Tarrant,
appeared in court", "Reports named him as Libyan national Khairi Saadallah"), and then speaks of
"the hijackers", "the accused", "the man". Without the statement the resolver gave those
mentions the country of the place or of the arresting state (the Sudanese plane, New Zealand
police), so the event had one actor right and the other in the wrong country: on the tune set
the largest cause of that kind (docs/evaluation/events-country21.md).

The statements read (`stated_nationalities`), each a nationality word tied to a person by the
parse, never a nationality merely near one:
- a private-person noun with a nationality modifier in an identification: an apposition, a
  predicate ("were Iraqi nationals"), "identified as a Libyan national" (the roles18 shape);
- a demonym used as a noun in the same places ("believed to be Iraqis", "identified as a
  Libyan"), or apposed to a person's name ("An Australian, Brenton Tarrant");
- a nationality modifying a person's name, directly or through a person noun ("Libyan national
  Khairi Saadallah", "Libyan Khairi Saadallah").
Only an article that states exactly one such nationality gives one (two nationalities stated:
the mention may be either's). Pure functions on spaCy tokens; the answer is cached on the Doc.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Nouns that introduce a private person by nationality ("a Libyan national", "an Iraqi man").
PERSON_NOUNS = frozenset("man woman boy girl teenager youth person suspect attacker assailant gunman shooter "
                         "driver tourist passenger national citizen resident immigrant migrant refugee student "
                         "worker hijacker kidnapper bomber".split())
#: The unnamed perpetrators a statement speaks of, singular or plural ("the hijackers", "the
#: gunmen", "the accused"). Victims, passengers and "men" in the plural are left out: a group
#: of them is more often the other side of the act than the person identified.
PERPETRATOR_NOUNS = frozenset("hijacker gunman attacker assailant suspect kidnapper bomber shooter killer "
                              "accused".split())
#: Singular private-person nouns an identification also speaks of ("a man attacked ... the
#: man, later identified as ...").
SINGULAR_NOUNS = frozenset("man woman person youth teenager".split())
_KEY = "country21_stated_nationality"


def country_of(text: str) -> str | None:
    """The actor resolver's country name/demonym reader, else the gazetteer's (imported late:
    actors.py imports this module)."""
    from dateline.events.actors import country_of as read
    from dateline.resolve.countries import country_code
    return read(text) or country_code(text)  # (the gazetteer knows "Somali", the reader not)


def _norp_country(tok: "Token") -> str | None:
    return country_of(tok.text) if tok.ent_type_ == "NORP" else None


def _identifying(tok: "Token") -> bool:
    """The token stands in an identification: an apposition, a copula's predicate, "as X"; or,
    whatever the parse made of it, it follows "be"/"as" with at most an article between
    ("hijackers believed to be Iraqis released ...": the model often takes Iraqis as a subject)."""
    if tok.dep_ in ("appos", "attr", "oprd") or tok.dep_ == "pobj" and tok.head.lower_ == "as":
        return True
    i = tok.i - 1
    if i >= 0 and tok.doc[i].lower_ in ("a", "an"):
        i -= 1
    return i >= 0 and (tok.doc[i].lemma_.lower() == "be" or tok.doc[i].lower_ == "as")


def _modifier_country(tok: "Token") -> str | None:
    """The nationality a modifier before the token gives it ("Iraqi nationals")."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and (code := _norp_country(c)):
            return code
    return None


def _statements(doc: "Doc") -> set[str]:
    found: set[str] = set()
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ in ("NOUN", "ADJ") and lemma in PERSON_NOUNS and (
                _identifying(t) or t.dep_ in ("compound", "amod") and t.head.ent_type_ == "PERSON"):
            code = _modifier_country(t)  # "were Iraqi nationals", "Libyan national Khairi Saadallah"
        elif t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            code = _modifier_country(t)  # "Libyan Khairi Saadallah"
        elif t.ent_type_ == "NORP" and t.pos_ in ("PROPN", "NOUN") and (
                _identifying(t) or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children)):
            code = _norp_country(t)  # "believed to be Iraqis", "An Australian, Brenton Tarrant"
        else:
            continue
        if code:
            found.add(code)
    return found


def stated_nationality(doc: "Doc") -> str | None:
    """The one nationality the article states for a private person in an identification (see
    the module docstring); None when it states none, or two."""
    if _KEY not in doc.user_data:
        found = _statements(doc)
        doc.user_data[_KEY] = next(iter(found)) if len(found) == 1 else None
    return doc.user_data[_KEY]


def _own_country_word(tok: "Token") -> bool:
    """The mention names a country of its own ("Iraqi hijackers", "a gunman from Syria")."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and (c.ent_type_ in ("NORP", "GPE") or country_of(c.text)):
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and any(o.ent_type_ in ("GPE", "NORP") for o in c.children):
            return True
    return False


def unnamed_perpetrator(tok: "Token") -> bool:
    """ "the hijackers", "a gunman", "the accused", "the man": an unnamed perpetrator or private
    person noun with no nationality of its own, the mentions a statement speaks of."""
    if tok.ent_type_ or tok.pos_ == "PROPN" or _own_country_word(tok):
        return False
    lemma = tok.lemma_.lower()
    if tok.lower_ == "accused":  # "the accused" (the tagger reads it as a participle)
        return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and tok.dep_ in (
            "nsubj", "nsubjpass", "dobj", "pobj")
    if tok.pos_ != "NOUN":
        return False
    return lemma in PERPETRATOR_NOUNS or lemma in SINGULAR_NOUNS and tok.tag_ == "NN"


def perpetrator_country(tok: "Token") -> str | None:
    """The country of an unnamed perpetrator mention: the article's one stated nationality,
    None when the token is no such mention or the article states none (or two)."""
    if not unnamed_perpetrator(tok):
        return None
    return stated_nationality(tok.doc)


def origin_country(tok: "Token") -> str | None:
    """ "a 10-year-old boy from China", "two tourists from Canada": a private-person noun whose
    own phrase says where the person is from is of that country (CVL), as "a Chinese boy" is.
    Only a country's own name after "from" ("a man from Leeds" is left to the other rules)."""
    from dateline.resolve.countries import is_country_name
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PERSON_NOUNS:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "GPE":
                name = obj.doc[obj.left_edge.i:obj.i + 1].text.removeprefix("the ")
                if is_country_name(name):
                    return country_of(name)
    return None

