"""General coding rules that make the coder carry over to unseen news (issue #4).

The verb dictionary says what a clause does; these rules settle what the dictionary cannot
see on its own, because the right code depends on who the actors turned out to be or on a
word outside the pattern's slots:

- confessions ("pleaded guilty", "admitted his guilt", "confessed to killing") are 015, the
  confessor acknowledging their own act;
- violence by private persons is assault (182) or killing by assault (1823), not a military
  attack (190/193) or an assassination (186); "shot X dead" is a killing;
- a ban or suspension aimed at another country's business is a sanction (163), not a domestic
  penalty (172); a court dismissing a lawsuit rules against its owner (116, not 120);
- protests by crowds are the opposition's (OPP) and, with no target named, are aimed at their
  own government; the subcode (1411-1413) follows what the protest is for;
- an accusation against a private person is an accusation of crime (1121); an investigation
  of alleged crimes is 091;
- defendants named by their trade (a doctor, a lawyer) are private persons (CVL); an airliner is
  a business; "representatives from <country>" are its government; force named by its weapon
  ("airstrikes killed") takes the weapon's code.

It also holds the word lists and small parse readers the coder's context rules use (confessions,
quantity heads, reported accusations, quoted labels, imputed motives, "according to X").

Each rule reads only the event, its trigger token and the trigger's own clause; every one is
tested on sentences we wrote (tests/test_events_general_*.py). The conventions come from
shared/data/events/WIKINEWS_EVENTS.md and the held-out set's notes (WIKINEWS_EXTRA.md).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.events.codebook import info
from dateline.model import Actor, Article, Entity, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# ---------------------------------------------------------------- confessions (015)

# "pleaded guilty", "admitted (his) guilt", "confessed (to the murder)", "acknowledged guilt"
_GUILT_WORDS = frozenset({"guilty", "guilt", "culpability", "wrongdoing"})
_CONFESS_VERBS = frozenset({"confess"})
_ADMIT_VERBS = frozenset({"plead", "admit", "acknowledge"})


def is_confession(tok: "Token") -> bool:
    """A verb that confesses a crime: "confessed", "pleaded guilty", "admitted his guilt"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False  # "an arrangement to plead guilty": a plan, not a confession
    if lemma in _CONFESS_VERBS:
        return True
    if lemma in _ADMIT_VERBS:
        return any(c.lemma_.lower() in _GUILT_WORDS and c.dep_ in ("acomp", "dobj", "oprd", "advmod", "xcomp")
                   and not _negated_word(c) for c in tok.children)
    return False


def _negated_word(tok: "Token") -> bool:
    """ "pleaded not guilty": the negation sits on the adjective (or just before it)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return any(c.dep_ == "neg" for c in tok.children) or (before is not None and before.lower_ in ("not", "n't"))


def self_actor(src: Actor, name: str | None = None) -> Actor:
    """The source as its own target (a confession is about the confessor's own act). The
    entity is left out so the coder's "acts on itself" guard does not drop it."""
    return Actor(None, name or src.name, src.code, src.country, src.role)


# ---------------------------------------------------------------- quantity heads

# "a series of pardons", "a new round of sanctions": the object that counts is the "of" noun.
QUANTITY_HEADS = frozenset("series number list set wave round raft batch package slew string host "
                           "pair couple dozen dozens hundreds thousands handful".split())


def counted_noun(tok: "Token | None") -> "Token | None":
    """The noun a quantity head counts ("series of pardons" -> pardons), else None."""
    if tok is None or tok.lemma_.lower() not in QUANTITY_HEADS:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


# ---------------------------------------------------------------- target fallbacks

# Acts on the public with no one named: a pardon or commutation frees the issuer's citizens,
# outlawing a practice restricts them (Wikinews convention: such decrees -> <ISO3>CVL).
PUBLIC_ACT_CODES = frozenset({"0841", "172"})
PUBLIC_ACT_LEMMAS = frozenset("pardon commute issue grant outlaw ban prohibit forbid criminalize criminalise "
                               "announce impose introduce order declare".split())
# Restrictive acts whose object is a thing bound for a place: "restrictions on flights to Cuba".
PLACE_PREPS = ("to", "from", "into")


def place_of_object(toks: list["Token"]) -> "Token | None":
    """ "restrictions on flights to Cuba", "banned exports to Iran": the country a restricted
    thing goes to (or comes from) is the party the restriction is aimed at."""
    for t in toks:
        for node in (t, *(g for c in t.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")):
            for c in node.children:
                if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                    for g in c.children:
                        if g.dep_ == "pobj" and g.ent_type_ == "GPE":
                            return g
    return None


def restriction_objects(trigger: "Token") -> list["Token"]:
    """The trigger's object and its "on" phrase ("announced restrictions on flights")."""
    out = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [g for o in list(out) for c in o.children if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children if g.dep_ == "pobj"]
    return out


# ---------------------------------------------------------------- post-coding refinement

# Private persons and the trades they are named by when they act or are tried as individuals.
PRIVATE_ROLES = frozenset({"CVL"})
TRADE_WORDS = frozenset("doctor physician nurse surgeon lawyer attorney worker teacher engineer driver "
                        "chef farmer businessman businesswoman employee contractor "
                        "academic professor researcher scholar tycoon entrepreneur".split())
OFFICE_WORDS = frozenset({"general", "district", "state", "prosecuting", "u.s.", "us"})
KILL_LEMMAS = frozenset({"kill", "murder", "slay", "dead", "death"})
FORCE_CODES = frozenset({"190", "193", "186", "1823", "182"})
# Acts of a court or of the police against a defendant
JUDICIAL_CODES = frozenset({"173", "116", "1121", "112", "0841"})  # 0841: a pardoned or released trade is a private person
LEGAL_NOUNS = frozenset("lawsuit suit case complaint petition appeal claim charge".split())
# what a protest is for: CAMEO 1411 leadership change, 1412 policy change, 1413 rights
PROTEST_CONTENT: dict[str, frozenset[str]] = {
    "1411": frozenset("resignation resign ouster oust removal impeachment step".split()),
    "1413": frozenset("democracy democratic pro-democracy right rights freedom freedoms liberty".split()),
    "1412": frozenset("policy policies measure measures law laws bill reform exit brexit lockdown "
                      "restriction restrictions treaty deal plan tax decision".split()),
}
# crowd words whose protest makes them the opposition in the Wikinews convention
INVESTIGATION_CONTENT = frozenset("criminal crime crimes alleged allegedly fraud corruption bribery bribe "
                                  "charge charges terrorism murder "  # "on charges of terrorism" (events6)
                                  "money laundering misconduct embezzlement theft".split())


def refine(events: list[Event], doc: "Doc", article: Article | None = None,
           earlier: list[Event] | None = None) -> list[Event]:
    """Apply the role- and context-dependent code rules to one sentence's events, then drop
    the duplicates the rewriting makes ("marched ... protesting" is one protest) and the
    assaults a killing of the same side subsumes ("killed a woman and injured others")."""
    out: list[Event] = []
    seen: set[tuple] = set()
    for ev in events:
        tok = _trigger_token(ev, doc)
        if tok is not None:
            ev = _refine_one(ev, tok, _described_as(ev.target, doc, article))
            ev = _judicial_cooperation(ev, tok, earlier or [])
        key = (ev.code, ev.source.code, ev.target.code)
        if ev.root == "14" and key in seen:
            continue
        seen.add(key)
        out.append(ev)
    killed = {(e.source.code, e.target.code) for e in out if e.code in ("1823", "186")}
    return [e for e in out if not (e.code == "182" and (e.source.code, e.target.code) in killed)]


def _judicial_cooperation(ev: Event, tok: "Token", earlier: list[Event]) -> Event:
    """ "Ford is cooperating with the government" after the government opened an investigation
    of Ford: cooperation with one's investigator is judicial cooperation (063)."""
    if ev.code != "050" or tok.lemma_.lower() not in ("cooperate", "collaborate") or not ev.target.code:
        return ev
    if any(e.root == "09" and e.source.code == ev.target.code and e.target.code == ev.source.code for e in earlier):
        return _recode(ev, "063")
    return ev


def _trigger_token(ev: Event, doc: "Doc") -> "Token | None":
    if ev.trigger is None:
        return None
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _recode(ev: Event, code: str) -> Event:
    if code == ev.code:
        return ev
    f = info(code)
    return replace(ev, code=code, root=f.root, label=f.name, goldstein=f.goldstein,
                   quad_class=f.quad_class, plover=f.plover)


def _with_role(actor: Actor, role: str) -> Actor:
    country = actor.country
    return Actor(actor.entity, actor.name, (country or "---") + role, country, role)


_STATE_REPRESENTATIVES = re.compile(r"^(?:the\s+)?representatives?\s+(?:of|from)\s+(?!the\s+house)", re.I)


def _state_representative_subject(tok: "Token") -> bool:
    """The trigger's subject is "representatives from/of <a country>"."""
    for s in tok.children:
        if s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() == "representative":
            return any(p.dep_ == "prep" and p.lower_ in ("from", "of")
                       and any(g.ent_type_ == "GPE" for g in p.children) for p in s.children)
    return False


def _described_as(actor: Actor, doc: "Doc", article: Article | None) -> list[str]:
    """The words an entity is introduced with in apposition ("Michael Avenatti, the California
    lawyer"): a defendant's trade is often given only there."""
    if article is None or not actor.entity:
        return []
    ent = article.entity(actor.entity)
    if ent is None:
        return []
    out: list[str] = []
    for m in ent.mentions[:3]:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for c in span.root.children:
            if c.dep_ == "appos":
                out += [t.lower_ for t in c.subtree if t.dep_ in ("compound", "amod", "nmod") or t == c]
    return out


def _named_by_trade(actor: Actor, extra: list[str] | None = None) -> bool:
    words = [w.lower().strip(".,") for w in (actor.name or "").split()] + (extra or [])
    pairs = set(zip(words, words[1:]))
    if any(a in OFFICE_WORDS and b == "attorney" or a == "attorney" and b == "general" for a, b in pairs):
        return False  # "attorney general", "district attorney": officials, not private persons
    return any(w.rstrip("s") in TRADE_WORDS or w in TRADE_WORDS for w in words)


def _has_child_lemma(tok: "Token", lemmas: frozenset[str]) -> bool:
    return any(c.lemma_.lower() in lemmas for c in tok.children)


def _refine_one(ev: Event, tok: "Token", target_words: list[str] | None = None) -> Event:
    code = ev.code
    src, tgt = ev.source, ev.target
    lemma = tok.lemma_.lower()
    # "struck him with their fists": a strike with an object is a blow, not a labour strike
    if code == "143" and lemma == "strike" and any(c.dep_ == "dobj" for c in tok.children):
        code = "190"
    # "representatives from Iran" speak for the state, not for a legislature
    if src.role == "LEG" and (_STATE_REPRESENTATIVES.search(src.name or "") or _state_representative_subject(tok)):
        src = _with_role(src, "GOV")
    if tgt.role == "LEG" and _STATE_REPRESENTATIVES.search(tgt.name or ""):
        tgt = _with_role(tgt, "GOV")
    # the trade a defendant or a private attacker is named by is not their role
    if src.role in ("HLH", "LAB", "JUD", "EDU") and code[:2] == "18" and _named_by_trade(src):
        src = _with_role(src, "CVL")
    if tgt.role in ("HLH", "LAB", "JUD", "EDU", "BUS") and code in JUDICIAL_CODES | FORCE_CODES \
            and _named_by_trade(tgt, target_words):
        tgt = _with_role(tgt, "CVL")
    # "a Ukrainian passenger jet": an airliner is its airline's, a business (not civilians)
    if tgt.role == "CVL" and _is_airliner(tgt.name):
        tgt = _with_role(tgt, "BUS")
    # "the department arrested them": authorities arrest people, not other officials a plural
    # pronoun happened to point back to
    if code[:2] == "17" and src.role in ("GOV", "COP", "JUD") and tgt.role in ("GOV", "COP", "JUD", "MIL") \
            and src.country and _plural_pronoun_object(tok):
        tgt = Actor(None, "them", src.country + "CVL", src.country, "CVL")
    # "Israeli airstrikes killed ...": force named by its weapon is that weapon's code, and the
    # state that used it acts through its military
    weapon = _weapon_subject(tok)
    if weapon is not None and code[:2] in ("18", "19"):
        code = weapon
        if src.role is None and src.country:
            src = _with_role(src, "MIL")
    # "shot X dead", "was shot dead by police": a killing
    if code in ("193", "190") and lemma == "shoot" and _has_child_lemma(tok, frozenset({"dead"})):
        code = "1823"
    # violence by private persons: assault (182) or, when someone died, killing (1823)
    if src.role in PRIVATE_ROLES and code in ("190", "193", "186") and not _is_place(tgt.name):
        code = "1823" if lemma in KILL_LEMMAS or _has_child_lemma(tok, KILL_LEMMAS) else "182"
    # a ban or suspension aimed at another country's firm is a sanction
    if code == "172" and tgt.role == "BUS" and tgt.country and src.country and tgt.country != src.country:
        code = "163"
    # a court dismissing a lawsuit rules against the party that filed it
    if code == "120" and src.role == "JUD" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in LEGAL_NOUNS for c in tok.children):
        code = "116"
    # an accusation against a private person is an accusation of a crime
    if code in ("112", "1123") and tgt.role in PRIVATE_ROLES:
        code = "1121"
    # an investigation of alleged crimes
    if code == "090" and _clause_words(tok) & INVESTIGATION_CONTENT:
        code = "091"
    if ev.root == "14" and code[:3] in ("140", "141"):
        src, tgt, code = _refine_protest(src, tgt, code, tok)
    if src is not ev.source or tgt is not ev.target:
        ev = replace(ev, source=src, target=tgt)
    return _recode(ev, code)


AIRLINER_HEADS = frozenset({"jet", "plane", "airliner", "aircraft", "flight", "jetliner"})
AIRLINER_MODS = frozenset({"passenger", "commercial", "civilian", "civil"})


def _is_airliner(name: str | None) -> bool:
    words = [w.lower() for w in (name or "").split()]
    return bool(words) and words[-1] in AIRLINER_HEADS and any(w in AIRLINER_MODS for w in words)


# Weapons that name the kind of force when they are the subject (CAMEO 195 aerial, 194 artillery).
WEAPON_CODES = {**dict.fromkeys("airstrike drone missile warplane bomber".split(), "195"),
                # wire: "Iraqi jets hit a tanker" (an airliner subject is no weapon: _is_airliner below)
                **dict.fromkeys("jet helicopter gunship fighter-bomber".split(), "195"),
                **dict.fromkeys("shell shelling artillery mortar rocket".split(), "194")}


def _weapon_subject(tok: "Token") -> str | None:
    for c in tok.children:
        if c.dep_ in ("nsubj", "agent"):
            heads = [c] if c.dep_ == "nsubj" else [g for g in c.children if g.dep_ == "pobj"]
            for h in heads:
                lemma = h.lemma_.lower()
                if lemma in WEAPON_CODES and not any(m.lower_ in AIRLINER_MODS for m in h.children):
                    return WEAPON_CODES[lemma]
                if lemma == "strike" and any(m.lower_ in ("air", "drone", "missile") for m in h.children):
                    return "195"
    return None


# Targets that are buildings or sites: an attack on them is no assault on a person.
PLACE_NOUNS = frozenset("station building office embassy consulate headquarters base checkpoint church mosque "
                        "temple synagogue school shop store market hospital camp prison court parliament "
                        "palace compound".split())


def _is_place(name: str | None) -> bool:
    words = (name or "").lower().split()
    return bool(words) and words[-1].rstrip("s") in PLACE_NOUNS


def _plural_pronoun_object(tok: "Token") -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("them", "they") for c in tok.children)


def _clause_words(tok: "Token") -> set[str]:
    return {t.lemma_.lower() for t in tok.subtree} | {t.lower_ for t in tok.subtree}


def _refine_protest(src: Actor, tgt: Actor, code: str, tok: "Token") -> tuple[Actor, Actor, str]:
    """Crowds that march or protest are coded as the opposition; with no target (or only
    their own country) the protest is aimed at their government; its aim gives the subcode."""
    crowd = src.role in (None, "CVL", "OPP", "EDU") and src.country is not None
    if not crowd or not (src.role == "OPP" or _protest_cue(tok)):
        return src, tgt, code  # "fans marched to celebrate the victory": a crowd, not a protest
    if src.role != "EDU":  # students protesting stay students (EDU in the Wikinews conventions)
        src = _with_role(src, "OPP")
    if (not tgt.code and not _against_people(tok)) or (tgt.code and tgt.country == src.country and not tgt.role):
        tgt = Actor(None, "government", src.country + "GOV", src.country, "GOV")  # type: ignore[operator]
    # what the protest is for, read off the sentence's common words ("Unite the Right" is a name)
    common = [t for t in tok.sent if t.pos_ != "PROPN" and (not t.is_title or t.i == t.sent.start)]
    words = {t.lemma_.lower() for t in common} | {t.lower_ for t in common}
    words |= {w for t in common for w in re.split(r"[-\s]", t.lower_) if w}
    for sub, lemmas in PROTEST_CONTENT.items():
        if words & lemmas:
            return src, tgt, sub
    return src, tgt, "141"


PROTEST_CUES = frozenset("protest protester protesters demonstrate demonstration demonstrator demonstrators "
                         "rally against oppose opposition demand demands anti".split())


def _protest_cue(tok: "Token") -> bool:
    """The sentence says the crowd protests (a protest word, "against", an anti- word)."""
    aims = frozenset().union(*PROTEST_CONTENT.values())  # "marched for democracy": an aim is a cue too
    for t in tok.sent:
        if t.lemma_.lower() in PROTEST_CUES or t.lower_ in PROTEST_CUES or t.lower_.startswith("anti-") \
                or (t.lower_ in aims and not t.is_title):
            return True
    return False


def _against_people(tok: "Token") -> bool:
    """ "counter-protesting against white supremacists": the protest names a group of people
    (unresolved), so it is not aimed at the government."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "against" or c.dep_ == "dobj":
            for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"]):
                if g.lemma_.lower().endswith("ist") or g.ent_type_ in ("PERSON", "NORP", "ORG") \
                        or g.lemma_.lower() in PEOPLE_NOUNS:
                    return True
    return False


PEOPLE_NOUNS = frozenset("people group groups member members supporter supporters rival rivals counter-protester "
                         "nationalist extremist racist fascist".split())
# Words that praise the one they describe ('He said Y is "a model of honesty"'): 051 from the speaker.
PRAISING_WORDS = frozenset("model hero champion honest honesty brave courageous great outstanding excellent "
                           "exemplary wise visionary trustworthy admirable inspiration inspiring".split())


# Reported speech that accuses or disparages (brief item 4): what the speaker says the other
# side does or is. Acts that the dictionary codes by themselves (attack, kill) are not here:
# the reported act is coded from its own clause.
ACCUSING_WORDS = frozenset("weapon terrorism terrorist smuggle smuggling corrupt corruption fraud bribery "
                           "illegal illegally crime launder laundering lie lied spy spying "
                           "propaganda destructive destabilize destabilise destabilizing destabilising "
                           "aggression meddle meddling interference repression".split())
DISPARAGING_WORDS = frozenset("primitive incompetent stupid dishonest pathetic disgraceful disastrous lousy "
                              "terrible horrible ignorant reckless clueless inept".split())
# Nouns that carry someone's words: "according to a tweet / statement by X"
SPEECH_NOUNS = frozenset("tweet statement post letter report interview speech message remarks "
                         "comments announcement".split())


# Nouns that impute a motive: "this is a move / ploy by X to ...".
MOTIVE_NOUNS = frozenset("move ploy attempt bid plot scheme stunt tactic trick manoeuvre maneuver".split())


def imputed_motive_owner(clause: "Token") -> "Token | None":
    """ "(critics claimed) this is a move by Johnson to foil the opposition": the copular
    clause pins a scheme on X (its "by" agent), which is an accusation against X."""
    if clause.lemma_.lower() != "be":
        return None
    for a in clause.children:
        if a.dep_ == "attr" and a.lemma_.lower() in MOTIVE_NOUNS:
            for p in a.children:
                if p.dep_ == "prep" and p.lower_ == "by":
                    return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None


def speech_content_code(clause: "Token") -> str | None:
    """112 (or its crime/abuse subcode) when a reported clause accuses, 111 when it disparages.
    Only the clause's own words count (with participles on the same subject: "..., supporting
    X's destructive ambitions"), not a purpose or a reported clause inside it ("had to speed up
    to counter possible interference" accuses no one)."""
    own = [t for t in clause.subtree if _own_word(t, clause)]
    words = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
    if words & ACCUSING_WORDS:
        if words & {"corrupt", "corruption", "fraud", "bribery", "launder", "laundering"}:
            return "1121"
        if words & {"repression", "abuse", "torture"}:
            return "1122"
        return "112"
    if words & DISPARAGING_WORDS:
        return "111"
    return None


def _own_word(t: "Token", clause: "Token") -> bool:
    node = t
    while node != clause:
        if node.pos_ in ("VERB", "AUX") and not (node.dep_ in ("advcl", "conj") and node.tag_ == "VBG"
                                                 or node.dep_ == "conj"):
            return False
        if node.dep_ == "amod" and node.lower_ in ("possible", "alleged", "potential"):
            return False
        node = node.head
    return True


NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "term"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def quoted_label(tok: "Token") -> "Token | None":
    """ 'called the deal "lousy"': the quoted word a naming verb pins on its object (the small
    model often hangs it on the object as a modifier rather than as a predicate)."""
    if tok.lemma_.lower() not in NAMING_VERBS:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for c in [*obj.children, *tok.children]:
        if c.dep_ in ("amod", "appos", "oprd", "acomp", "attr", "xcomp") and c.i > obj.i and c.pos_ in ("ADJ", "NOUN"):
            left = c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
            inner = [t for t in c.subtree]
            if (left is not None and left.text in _QUOTES) or any(t.text in _QUOTES for t in inner):
                return c
    return None


def according_to_speaker(tok: "Token") -> "Token | None":
    """ '..., according to a tweet by X': X, the one whose words the clause reports."""
    for c in tok.children:
        if c.lemma_.lower() == "accord" or c.lower_ == "according":
            for to in c.children:
                for noun in (g for g in to.children if g.dep_ == "pobj"):
                    if noun.ent_type_ == "PERSON":
                        return noun  # "according to X" (a news agency or a report is a source, not an accuser)
                    if noun.lemma_.lower() not in SPEECH_NOUNS:
                        continue
                    for p in noun.children:
                        if p.dep_ == "prep" and p.lower_ in ("by", "from"):
                            return next((g for g in p.children if g.dep_ == "pobj"), None)
                        if p.dep_ == "poss":
                            return p
    return None


# ---------------------------------------------------------------- name aliases

def name_aliases(article: Article) -> dict[str, Entity]:
    """ "Ford Motor Company ... Ford", "Mahan Air ... Mahan": a one-word name that starts a
    longer organisation (or facility/brand) name in the same article is that organisation,
    whatever label the entities stage gave the short form (the small model often calls a
    bare company name a PERSON)."""
    longer = [e for e in article.entities if e.label in ("ORG", "FAC") and len(e.name.split()) >= 2]
    out: dict[str, Entity] = {}
    for ent in article.entities:
        name = ent.name.strip()
        if " " in name or not name[:1].isupper() or ent.country or ent.role:
            continue
        if ent.label not in ("ORG", "PERSON", "FAC"):
            continue
        full = next((e for e in longer if e is not ent and e.name.split()[0] == name), None)
        if full is not None:
            out[ent.id] = full
    return out
