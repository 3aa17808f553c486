"""Wire-service style (Reuters-like newswire): what the Wikinews-tuned coder did not expect.

Wire copy differs from web news in a few regular ways, each handled here by a general rule:
- an upper-case headline line sits above the body with no full stop, so spaCy glued it to the
  first body sentence and parsed the pair as one clause (junk events, lost lead events). A blank
  line now ends a sentence before the parser runs (`dateline.nlp`), and an upper-case line is not coded at all:
  a cased model cannot parse it, and the body repeats its event;
- "Iraq said its forces sank ...": the possessive of a military/government noun in a reported
  clause is the reporting country (see `events/actors.py`, `_phrase_country_role`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dateline.model import Actor

# An upper-case line needs this many capital letters before it counts as shouting ("U.S. AND
# USSR" in a normal sentence is a couple of acronyms, not a headline), and capitals must
# outnumber small letters this many times (a "<FID>" ticker or a stray "dlrs" may remain).
MIN_SHOUTED_CAPITALS = 8
SHOUT_RATIO = 4
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")


# Wire sports copy carries a slug before its headline ("SOCCER - AJAX SLUMP 2-0", "TENNIS -
# STICH GLAD ..."). Its "beat", "attacked", "signed with" and "banned" are games, transfers and
# club discipline, never political events (census audit, docs/evaluation/events-audit9.md).
_SPORTS_SLUG = re.compile(
    r"^\s*(?:SOCCER|FOOTBALL|BASEBALL|BASKETBALL|TENNIS|GOLF|CRICKET|RUGBY(?: UNION| LEAGUE)?|ATHLETICS|"
    r"CYCLING|BOXING|SWIMMING|MOTOR RACING|MOTORCYCLING|MOTOCROSS|ICE HOCKEY|HOCKEY|SQUASH|BADMINTON|"
    r"HORSE RACING|RACING|SAILING|YACHTING|ROWING|OLYMPICS|SKIING|FORMULA ONE|NBA|NFL|NHL|"
    r"AUSTRALIAN RULES|ALPINE SKIING|TABLE TENNIS|VOLLEYBALL|HANDBALL|JUDO|WRESTLING|GYMNASTICS)"
    r"\b[^\n]{0,40}? - ")


def sports_report(doc: "Doc") -> bool:
    """The article is wire sports copy: its first line starts with a sports slug. Kept per Doc
    (one regex match on the first line)."""
    found = doc.user_data.get("dateline.wire.sports")
    if found is None:
        from dateline.nlp import doc_text

        found = doc.user_data["dateline.wire.sports"] = bool(_SPORTS_SLUG.match(doc_text(doc)[:200]))
    return found


# A dateline paragraph of its own: "HAMBURG, Germany 1996-08-22", "NAIROBI Aug 22".
_DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Za-z.' -]+)? "
    r"(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)\s*")


def headline_end(doc: "Doc") -> int:
    """End offset of the wire headline, else 0: the first paragraph, when the dateline paragraph
    follows it (a byline may sit between). The lead below reports the headline's event again, so
    the headline is not coded (REUTERS_DEV.md: coding both counts one event twice). Kept per Doc."""
    end = doc.user_data.get("dateline.wire.headline")
    if end is None:
        from dateline.nlp import doc_text

        paras = doc_text(doc)[:1200].split("\n\n", 3)
        end = 0
        if len(paras) > 2 and paras[0].strip() and "\n" not in paras[0].strip() and any(
                _DATELINE.fullmatch(p.strip()) for p in paras[1:3]):
            end = len(paras[0])
        doc.user_data["dateline.wire.headline"] = end
    return end


# A dated entry of a wire chronology or "this day in history" list: "1974 - X and Y established
# diplomatic relations." (audit10). Its acts are history, told for the anniversary.
_CHRONOLOGY = re.compile(r"\s*(?:1[0-9]{3}|20\d\d)\s+-\s")


def is_shouting(sent: "Span") -> bool:
    """A line the wire style says not to code: an upper-case line (a wire headline: its letters
    are nearly all capitals; its event is reported again, properly cased, below it), a cased
    headline above a dateline paragraph (`headline_end`), or any line of a sports report
    (`sports_report`).
    (Counted on the text with two C-level regex scans: this runs on every sentence.)"""
    from dateline.nlp import doc_text

    if sports_report(sent.doc) or sent.start_char < headline_end(sent.doc):
        return True
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]
    if _CHRONOLOGY.match(text):
        return True  # "1974 - East Germany and the U.S. established relations": a history list
    upper = len(_UPPER.findall(text))
    return upper >= MIN_SHOUTED_CAPITALS and upper >= SHOUT_RATIO * len(_LOWER.findall(text))


# Offices whose title alone names the country, the way wire copy writes them with no
# nationality ("Commerce Secretary Malcolm Baldrige", "Undersecretary of State ...", "the Fed").
# Only titles no other country's English press uses: Britain's "Secretary of State for Trade"
# (with "for") and its "Foreign/Home Secretary" are British; "Defence Secretary" is left out
# because both countries have one. Matched on the lower-cased title; the first hit wins.
_OFFICES: tuple[tuple["re.Pattern[str]", str, str], ...] = tuple(
    (re.compile(rf"(?:^|\b){pattern}(?:\b|$)"), country, role) for pattern, country, role in (
        (r"secretary of state for [a-z ,]+", "GBR", "GOV"),
        (r"(?:(?:deputy|assistant|under)\s*-?\s*)?secretary of state", "USA", "GOV"),
        (r"(?:commerce|treasury|agriculture|labor|interior|transportation) secretary", "USA", "GOV"),
        (r"secretary of (?:the )?(?:commerce|treasury|agriculture|labor|interior|transportation)", "USA", "GOV"),
        (r"(?:agriculture|commerce|treasury) (?:under\s*-?\s*secretary|undersecretary)", "USA", "GOV"),
        (r"trade representative", "USA", "GOV"),
        (r"(?:federal reserve|fed)(?: board)? (?:chairman|governor|vice chairman)", "USA", "GOV"),
        (r"(?:the )?(?:fed|federal reserve(?: board)?)", "USA", "GOV"),
        (r"(?:white house|state department|treasury department|commerce department) "
         r"(?:spokesman|spokeswoman|official|aide|chief of staff)", "USA", "GOV"),
        (r"pentagon (?:spokesman|spokeswoman|official)", "USA", "MIL"),
        (r"kremlin(?: spokesman| leader| official)?", "RUS", "GOV"),
        (r"chancellor of the exchequer", "GBR", "GOV"),
        (r"(?:foreign|home) secretary", "GBR", "GOV"),
        # actors29: the Pope is the Vatican's whatever the article's country ("the Pope urged
        # Russia ..." in a story from Kyiv), and as head of the Holy See its government (VATGOV,
        # WIKINEWS_EXTRA4.md: the lookups have no religious role). The Coptic and other churches'
        # popes and patriarchs are their own country's, not matched.
        (r"(?<!coptic )(?<!orthodox )(?<!alexandria )(?:pope|pontiff|holy father)", "VAT", "GOV"),
    ))
# How far before a named mention the wire title may start, on the same line.
_TITLE_REACH = 60


def office(title: str | None, whole: bool = False) -> tuple[str, str] | None:
    """(country, role) of a title that names its country by itself, else None.

    `whole`: the title must be the whole phrase (a noun phrase read as an actor: "the Fed"),
    not just end it."""
    if not title:
        return None
    text = " ".join(title.lower().replace("u.s.", "").split())
    for pattern, country, role in _OFFICES:
        m = pattern.search(text)
        if m and (not whole or (m.start() == 0 and m.end() == len(text))) and m.end() == len(text.rstrip(" ,")):
            return country, role
    return None


def office_before(text: str, at: int) -> tuple[str, str] | None:
    """The office a wire title just before a name states ("Undersecretary of State John Smith":
    the text before the mention, on its line, ends with the title)."""
    before = text[max(0, at - _TITLE_REACH):at].split("\n")[-1]
    before = before.rsplit(",", 1)[-1].rsplit(" said ", 1)[-1]
    return office(before.strip())


# Plural group nouns whose "including X, Y and Z" names the members the act is about
# ("asked four countries, including Britain and China, for ...": each listed country).
LISTING_HEADS = frozenset("country nation state government power ally partner creditor member "
                          "neighbour neighbor".split())
LISTING_WORDS = frozenset({"including", "like", "among"})  # and "such as"


def listed_members(tok: "Token") -> list["Token"]:
    """The coordinated names a plural group noun lists after "including"/"such as" (two or more),
    else []. The noun alone names no one; the list does."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in LISTING_HEADS:
        return []
    for prep in tok.children:
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.dep_ == "prep" and (prep.lower_ in LISTING_WORDS or such_as):
            heads = [g for g in prep.children if g.dep_ == "pobj"]
            members = [m for h in heads[:1] for m in (h, *h.conjuncts) if m.pos_ == "PROPN"]
            if len(members) >= 2:
                return members
    return []


def bracketed_name(tok: "Token") -> "Token | None":
    """ "They (the Kuwaitis) have asked ...": wire copy names a quoted pronoun's referent in
    brackets right after it; that name, not a guess from coreference, is who the pronoun is."""
    if tok.pos_ != "PRON":
        return None
    kids = list(tok.rights)
    if not any(k.text == "(" for k in kids):
        return None
    return next((k for k in kids if k.dep_ == "appos" and k.pos_ in ("PROPN", "NOUN")), None)


def angle_bracketed_name(tok: "Token") -> "Token | None":
    """source68: Reuters marks a firm it does not list by ticker in angle brackets ("SpecTran Corp
    said <Sterling Extruder Corp> filed a complaint against it"). The parser, which never saw
    the brackets, often hangs the clause's subject on the closing ">" and the name as an object
    of "said": the ">" then stood as the source, which resolves to no one. A closing ">" right
    after a name the tagger took as an organisation stands for that name's last word."""
    if tok.text != ">" or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.ent_type_ != "ORG" or prev.pos_ not in ("PROPN", "NOUN"):
        return None
    start = next((t.i for t in reversed(tok.doc[max(0, tok.i - 8):tok.i]) if t.text == "<"), None)
    return prev if start is not None else None


def bracketed_subject(verb: "Token") -> "Token | None":
    """source71: the bracketed name that is a verb's subject where the parse hung it on the
    brackets: "<Southern Air Transport> said it sued ..." after a headline makes ">" the subject
    (its name, by `angle_bracketed_name`); "<Casey-Werner Co>, producer of ..., said it filed
    suit" leaves "said" with no subject and the name the object of an opening "<" that hangs on
    the verb. The name's last word (a proper noun the tagger took as an organisation, or a firm's
    name by `angle_bracketed_firm`) or None."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return angle_bracketed_name(subj)
    for c in verb.children:
        if c.text == "<" and c.i < verb.i:
            names = [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.text not in ("<", ">")
                     and (g.ent_type_ == "ORG" or angle_bracketed_firm(g) is not None)]
            if names and any(t.text == ">" for t in verb.doc[names[-1].i + 1:min(verb.i, names[-1].i + 2)]):
                return names[-1]
    return None


def angle_bracketed_firm(tok: "Token") -> str | None:
    """source68: the text of the Reuters angle-bracketed name `tok` stands in ("<Gulf Coast
    Carriers> said ..."), when it is a firm's name and no ticker: Reuters brackets only companies
    (a name it does not list by ticker, or the ticker after a listed name: "Ford Motor Co <F>").
    None when the token is not inside such brackets on its line, or the brackets hold a ticker
    (capitals, digits and dots only)."""
    doc = tok.doc
    if tok.text in ("<", ">"):
        return None
    left = next((t.i for t in reversed(doc[max(0, tok.i - 8):tok.i]) if t.text in ("<", ">") or "\n" in t.text), None)
    if left is None or doc[left].text != "<":
        return None
    right = next((t.i for t in doc[tok.i + 1:min(len(doc), tok.i + 9)] if t.text in ("<", ">") or "\n" in t.text), None)
    if right is None or doc[right].text != ">":
        return None
    inside = doc[left + 1:right]
    name = inside.text.strip()
    if not name or not any(c.islower() for c in name) or len(inside) > 7:
        return None  # a ticker ("<GM>", "<KRPG.D>")
    return name


# Lenders a state negotiates its debt with are foreign by nature ("Brazil and its creditor
# banks", "Argentina's bank advisory committee"): the article's country is not theirs.
CREDITOR_WORDS = frozenset({"creditor", "lender"})


def foreign_lenders(words: list["Token"]) -> bool:
    """The phrase names a state's creditors (creditor/lender, or a bank advisory/steering committee)."""
    lemmas = {t.lemma_.lower() for t in words}
    return bool(lemmas & CREDITOR_WORDS) or ("bank" in lemmas and "committee" in lemmas)


# Armed sides: fire between them is combat, not the repression of crowds (175).
ARMED_ROLES = frozenset({"MIL", "REB", "UAF"})


def combat_code(code: str, src_role: str | None, src_country: str | None,
                tgt_role: str | None, tgt_country: str | None) -> str:
    """ "U.S. Marines fired on a militia post": troops firing on armed men or on another country
    fight (190); 175 stays for police or troops firing on protesters and civilians at home."""
    if code == "175" and src_role == "MIL" and (
            tgt_role in ARMED_ROLES or (tgt_country and src_country and tgt_country != src_country)):
        return "190"
    return code


# What a war report names when it means the other side's forces: "repulsed an Iranian attack",
# "beat back the Iranian thrusts", "surrounded an Iraqi division". Places held ("Ukrainian
# positions", "border posts") stay the country, as tests/test_events_coder.py codes them.
MILITARY_THINGS = frozenset("unit division brigade battalion garrison battery column convoy attack thrust "
                            "offensive assault advance push counterattack counter-attack counter-offensive "
                            "counteroffensive".split())


def military_target(code: str, src_role: str | None, tgt_name: str | None, tgt_role: str | None,
                    tgt_country: str | None) -> bool:
    """A use of force (19x) by armed forces on a country's military thing hits that country's
    armed forces (MIL), not the country at large."""
    if code[:2] != "19" or src_role not in ARMED_ROLES or tgt_role or not tgt_country or not tgt_name:
        return False
    last = tgt_name.lower().split()[-1]
    return last in MILITARY_THINGS or last.rstrip("s") in MILITARY_THINGS


def press_actor() -> "Actor":
    """The press with no country named (the Wikinews conventions' ---MED)."""
    from dateline.model import Actor

    return Actor(None, "the press", "---MED", None, "MED")


# What a company declines to comment on when the matter is its business, not politics:
# "declined to comment on reports it had agreed to buy a stake" (census audit).
BUSINESS_WORDS = frozenset("stake share shares buy sell sale purchase acquisition takeover merger bid "
                           "price prices earnings profit profits result results contract deal loan "
                           "production output market client customer dividend".split())


def declined_comment(trigger: "Token") -> bool:
    """ "X declined to comment (on ...)": a refusal to comment with no asker in its sentence is
    said to the press, who are the ones asking in a news report (a wire commonplace); not when
    the matter is a business one (`BUSINESS_WORDS` in what the comment is on)."""
    if trigger.lemma_.lower() in ("decline", "refuse"):
        comment = next((c for c in trigger.children if c.dep_ == "xcomp" and c.lemma_.lower() == "comment"), None)
    elif trigger.lemma_.lower() == "comment" and trigger.head.lemma_.lower() in ("decline", "refuse"):
        comment = trigger
    else:
        return False
    if comment is None:
        return False
    topic = [t for c in comment.children if c.dep_ == "prep" and c.lower_ in ("on", "about") for t in c.subtree]
    return not any(t.lemma_.lower() in BUSINESS_WORDS for t in topic)


def owed_lenders(words: list["Token"]) -> bool:
    """ "Brazil's bank advisory committee", "its creditor banks", "talks with creditors in
    Washington": a state's lenders whose own nationality the phrase does not state (an adjective
    or name before the noun: "Japanese creditor banks", "U.S. lenders"). A place where they meet
    is not their country (audit10: "creditors" in New York or Washington were coded USABUS)."""
    inside = {t.i for t in words}
    roots = {t.i for t in words if t.head.i not in inside or t.head == t}
    near = [t for t in words if t.head.i in roots or (t.head.dep_ == "compound" and t.head.head.i in roots)]
    return foreign_lenders(words) and not any(
        t.dep_ in ("amod", "compound") and t.ent_type_ in ("GPE", "NORP") for t in near)
