"""Role nouns and titles -> CAMEO role codes ("foreign minister" -> GOV, "troops" -> MIL).

The lexicon is data (dateline/data/actors/roles.tsv); this module only matches it. A title is
split into lower-case words, each word singularised, and every lexicon phrase found in it is a
candidate. Strong phrases ("minister", "army") beat weak generic heads ("spokesman", "chief",
"leader"), so "army spokesman" is MIL and "opposition leader" OPP; among strong ones the longest
wins ("prime minister" over "minister"), then the rightmost, because the English head noun comes
last ("opposition lawmaker" is a lawmaker: LEG).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateline.resolve.org_kinds import firm_descriptor

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+")
_MAX_PHRASE = 5
_POSSESSIVE = re.compile(r"'s$", re.I)
#: Words that turn an office into a former one: CAMEO codes former office holders as elites.
_FORMER = {"former", "ex", "retired", "onetime", "erstwhile"}
_FORMER_ROLE = "ELI"
# Roles that a former-word does not turn into an elite: "former guerrillas", "ex-rebels" of a
# country still act as an armed group (the conventions code them <ISO3>REB; CAMEO's ELI is for
# former office holders, not for demobilised fighters who take up arms again).
_ROLES_KEPT_WHEN_FORMER = frozenset({"REB", "UAF"})
# left47: only offices make a former holder an elite. CAMEO's ELI is for former office holders
# (state, party, legislature, courts, forces, police, intelligence); someone who used to be a
# banker, teacher or company controller is now a private person, CVL (the tune gold codes "a
# former TRW Inc controller" USACVL). A former party leader is an elite (OPP, PTY).
_OFFICE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "OPP", "PTY", "ELI"})
FORMER_PRIVATE_ROLE = "CVL"
# Heads of a body stay elites when former ("former chairman and chief executive" ELI, roles18).
_LEADING_TITLES = frozenset({"chairman", "chairwoman", "chairperson", "chief", "ceo", "president", "head",
                             "founder", "leader"})
#: Prepositions end the head part of a noun phrase: "minister for foreign affairs" is a minister.
_PREPOSITIONS = {"of", "for", "to", "in", "on", "at", "with", "from", "over", "against", "by", "about"}
#: Heads that name a part or a member of something and take their role from it:
#: "a member of the opposition", "the army unit", "government sources".
#: actors29: craft and weapons take the role of the force their words name ("coast guard vessels",
#: "navy ships", "army drones": MIL); with no force named they are no actor ("cargo ships",
#: "civilian aircraft": the craft of private people or firms are things, not their owners).
FORCE_ROLES = frozenset({"MIL", "COP", "SPY", "REB", "UAF"})
CRAFT_HEADS = frozenset({"ship", "vessel", "boat", "destroyer", "frigate", "submarine", "cutter", "patrol",
                         "aircraft", "plane", "helicopter", "drone", "vehicle", "convoy", "battery"})
GENERIC_HEADS = {
    "member", "unit", "wing", "side", "source", "group", "team", "body", "branch", "office",
    "personnel", "staff", "figure", "circle", "camp", "element", "faction", "arm", "division",
    "representative", "delegation", "leader", "head", "chief", "spokesman", "spokeswoman",
    "spokesperson", "official", "officer", "commander", "leadership", "deputy", "aide", "adviser",
    "advisor", "director", "envoy",
    # round 5: followers take the role of whom they follow ("opposition supporters" OPP)
    "supporter", "loyalist", "follower", "sympathiser", "sympathizer",
    # integ35: bodies named by whom they gather ("Japan's largest business lobby" BUS,
    # "the employers' federation" BUS, "the farmers' association" LAB)
    "lobby", "association", "federation", "confederation",
}
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"


@dataclass(frozen=True)
class RoleMatch:
    """A lexicon phrase found in a title: its code and the word positions it covers."""

    code: str
    strong: bool
    start: int
    end: int
    phrase: str


def singular(word: str) -> str:
    """Crude English singular, applied alike to the lexicon and to the text so both meet."""
    w = word.lower()
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics")):
        return w
    if w.endswith("men") and len(w) > 4:
        return w[:-3] + "man"
    if w.endswith("ieves"):
        return w[:-3] + "f"  # force66: "thieves" -> "thief"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def words_of(text: str) -> list[str]:
    """Lower-case singular words of `text` ("Foreign Ministers'" -> ["foreign", "minister"];
    possessives dropped: "the army's" -> ["the", "army"])."""
    out = []
    for w in _WORD.findall(text.replace("\u2019", "'")):
        w = _POSSESSIVE.sub("", w).strip("'")
        if w.lower().startswith("ex-") and len(w) > 3:
            out.append("ex")  # "ex-president": a former president
            w = w[3:]
        if len(w) > 2 and w.endswith("s") and w[:-1].isupper():
            w = w[:-1]  # roles18: an abbreviation's plural ("MPs", "CEOs"), too short for singular()
        if w:
            out.append(singular(w))
    return out


@lru_cache(maxsize=1)
def role_lexicon() -> dict[tuple[str, ...], tuple[str, bool]]:
    """phrase words -> (code, strong); read once from the package data file."""
    text = (DATA_DIR / "roles.tsv").read_text(encoding="utf-8")
    lex: dict[tuple[str, ...], tuple[str, bool]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, code, strength = (line.split("\t") + ["", "strong"])[:3]
        key = tuple(words_of(phrase))
        if key:
            lex[key] = (code.strip(), strength.strip() != "weak")
    return lex


#: Words after "local <number>" that keep it a union local ("Local 810 president", "local 12 members"),
#: unlike "the local 1990 elections".
_LOCAL_NEXT = frozenset({"union", "member", "president", "official", "leader", "chief", "spokesman", "officer"})


def role_matches(words: list[str]) -> list[RoleMatch]:
    """Every lexicon phrase in the (already singularised) word list."""
    lex = role_lexicon()
    out: list[RoleMatch] = []
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + _MAX_PHRASE) + 1):
            hit = lex.get(tuple(words[i:j]))
            if hit:
                out.append(RoleMatch(hit[0], hit[1], i, j, " ".join(words[i:j])))
    for i in range(len(words) - 1):
        if words[i] == "local" and words[i + 1].isdigit() and (
                i + 2 == len(words) or words[i + 2] in _PREPOSITIONS or words[i + 2] in _LOCAL_NEXT):
            # actors69: "Local 810", "president of local 12": a numbered union local (LAB)
            out.append(RoleMatch("LAB", True, i, i + 2, "local " + words[i + 1]))
    for start, end in firm_descriptor(words):
        # actors69: "British shipping group", "the Italian textile concern": a firm (resolve/org_kinds.py)
        out.append(RoleMatch("BUS", True, start, end, " ".join(words[start:end])))
    # coref17: a word that ends a longer listed title is part of it, not a title of its own:
    # "director general" (weak: "director general of the BBC" takes the BBC's role) is no
    # military general, though "general" alone is strong
    out = [m for m in out if not _modifier_only(m, words)]
    return [m for m in out if not any(n.start < m.start and n.end == m.end and not n.strong and m.strong
                                      for n in out)]


#: roles18: words that name people only as a head noun ("the locals" CVL); before another noun
#: they are adjectives and give no role ("local officials" are officials, GOV).
_NOUN_ONLY = frozenset({"local"})


#: target66: "general" before a body's head noun is an adjective of the body's name, no rank:
#: "the General Accounting Office" (an audit office, not the army), "the General Confederation of
#: Labour", "the General Directorate of Security", "general counsel". Before a name ("General
#: Lebed") or alone ("the general", "army general") it stays the military rank.
_BODY_AFTER_ADJECTIVE = {"general": frozenset("office accounting confederation directorate secretariat council "
                                              "department inspectorate administration counsel audit "
                                              "auditing".split())}


def _modifier_only(m: RoleMatch, words: list[str]) -> bool:
    if m.phrase in _BODY_AFTER_ADJECTIVE:
        return m.end < len(words) and words[m.end] in _BODY_AFTER_ADJECTIVE[m.phrase]
    return m.phrase in _NOUN_ONLY and m.end < len(words) and words[m.end] not in _PREPOSITIONS


def best_role(matches: list[RoleMatch]) -> RoleMatch | None:
    """Strong over weak, then a role word over a generic head, then longest, then rightmost (the
    head noun). A generic head ("leader", "spokesman", "official") takes the role of the weak
    role word beside it: "church leaders" are REL, "protest leaders" OPP, "industry officials" BUS,
    as "army spokesman" is MIL; alone, the generic head keeps its own (weak) role."""
    if not matches:
        return None
    return max(matches, key=lambda m: (m.strong, m.phrase not in GENERIC_HEADS, m.end - m.start, m.end))


@lru_cache(maxsize=4096)
def role_code(title: str | None) -> str | None:
    """CAMEO role code of a free-text title or role noun phrase, or None when none is known.

    >>> role_code("Russian foreign minister"), role_code("army spokesman"), role_code("rebels")
    ('GOV', 'MIL', 'REB')
    """
    if not title:
        return None
    words = words_of(title)
    current = _current_conjunct(words)
    if current is not None:
        words = current
    if kin_head(words):
        return "CVL"
    matches = _head_over_modifier(words, role_matches(words))
    best = _head_over_complement(words, matches) or best_role(matches)
    if best is None:
        return None
    best = _chief_of_body(best, matches)
    if best.phrase in _GATHERINGS and not any(m.phrase in GENERIC_HEADS for m in matches):
        return None  # left44a: "the march" is an event, not an actor; its leaders are (roles.tsv)
    if best.phrase == "faction leader" and _party_faction(title, words, best.start):
        return _former_or(role_lexicon()[("leader",)][0], words, best.start)
    return _former_or(best.code, words, best.start)


#: role65: kin of someone ("the widow of a soldier", "the minister's wife", "relatives of the
#: victims") speak as private persons (CVL): the role of the one they are kin to is not theirs.
KIN_HEADS = frozenset("widow widower wife husband son daughter father mother brother sister relative family "
                      "parent child nephew niece cousin uncle aunt grandson granddaughter grandfather "
                      "grandmother fiancee fiance stepson stepdaughter".split())
#: Words before a kin word that make it no one's kin ("the royal family", "the Queen Mother").
_NOT_KIN_BEFORE = frozenset({"royal", "queen", "imperial", "first", "crime", "mafia", "parent", "holy"})


#: Words before a kin word that say nothing of whose kin it is ("the son", "his wife").
_KIN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "whose",
                              "two", "three", "four", "several", "some", "many", "other", "late", "former"})


def kin_head(words: list[str]) -> bool:
    """The phrase's head noun (the last word before its first preposition) is a kin word whose
    phrase names the one it is kin to, by an "of" complement ("widow of a soldier") or a word
    before it ("the minister's wife"): "the son", "his wife" alone are left to the lexicon."""
    end = _head_end(words)
    if end == 0 or words[end - 1] not in KIN_HEADS:
        return False
    before = [w for w in words[:end - 1] if w not in _KIN_DETERMINERS]
    if before and before[-1] in _NOT_KIN_BEFORE:
        return False
    return bool(before) or (end < len(words) and words[end] == "of")


#: left44a: gatherings whose leaders or organisers are the opposition ("the leaders of the march"),
#: while the bare noun names no actor.
_GATHERINGS = frozenset({"march", "rally", "demonstration", "sit-in"})
_PROTEST_GATHERINGS = _GATHERINGS | {"protest"}


#: actors40: words before "faction" that make it a party's faction ("a ruling party faction leader").
_PARTY_WORDS = frozenset({"party", "ruling", "parliamentary", "conservative", "liberal", "socialist"})


def _party_faction(title: str, words: list[str], start: int) -> bool:
    """actors40: "faction leader" is REB (Somalia's, Liberia's, Afghanistan's armed factions),
    but a party's faction ("LDP faction leader Koichi Kato", "ruling party faction leader") is
    led by a politician: a party word, or initials that are not a listed armed group's, before
    "faction" leave the generic "leader"."""
    from dateline.resolve.actors import known_org_code

    if start > 0 and words[start - 1] in _PARTY_WORDS:
        return True
    for raw in re.findall(r"[A-Z][A-Z-]{1,7}\b", title.split("faction")[0] if "faction" in title else ""):
        code = known_org_code(raw)
        if code is None or not code.endswith("REB"):
            return True
    return False


def _current_conjunct(words: list[str]) -> list[str] | None:
    """roles18: "Brazil's justice minister and a former judge" holds a current office and a former
    one; the former-word speaks only of its own conjunct, so the current office decides (GOV, not
    ELI). None when the title has no "and", no former-word after it, or no conjunct free of one has
    a strong role word."""
    if "and" not in words or not any(w in _FORMER or w.startswith("ex-") for w in words):
        return None
    parts: list[list[str]] = [[]]
    for w in words:
        if w == "and":
            parts.append([])
        else:
            parts[-1].append(w)
    if len(parts) < 2 or _is_former(parts[0], len(parts[0])) or not any(_is_former(p, len(p)) for p in parts):
        return None  # (a former-word before the first conjunct covers all: "former chairman and CEO")
    for part in parts:
        if not _is_former(part, len(part)) and any(m.strong for m in role_matches(part)):
            return part
    return None


def _head_end(words: list[str]) -> int:
    """Position after the head noun: the last word before the first preposition."""
    return next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))


def _head_over_modifier(words: list[str], matches: list[RoleMatch]) -> list[RoleMatch]:
    """roles18: a strong role word at the head beats a longer strong phrase that only modifies
    it: "ruling party lawmaker" is a lawmaker (LEG, whatever the party), not the ruling party.
    Longest-first still decides between overlapping phrases ("prime minister" over "minister")
    and a head inside an "of" phrase keeps its modifier ("army chief of staff" MIL)."""
    end = _head_end(words)
    longest = [m for m in matches if m.end == end and not any(n.start < m.start and n.end == end for n in matches)]
    # (politics30: only the longest phrase at the head counts: "general" ends "secretary general")
    head = [m for m in longest if m.strong and m.phrase not in GENERIC_HEADS
            and m.phrase not in CHIEF_HEADS]  # (those take the body before them: _chief_of_body)
    if not head:
        return matches
    start = min(m.start for m in head)
    return [m for m in matches if not (m.strong and m.end <= start)]


#: Heads that name the chief of whatever body stands before them: "bank president" (BUS),
#: "union president" (LAB), "university president" (EDU), not a head of state.
CHIEF_HEADS = frozenset({"president", "vice president", "vice-president", "chairman", "chairwoman", "chair",
                         # politics30: "trade union secretary general" is a unionist (LAB), not an official
                         "secretary general", "secretary-general", "general secretary"})
#: Bodies whose chief takes their role rather than the head word's GOV.
_NON_STATE_BODIES = frozenset({"BUS", "LAB", "EDU", "MED", "REL", "NGO", "OPP", "HLH", "AGR"})


def _chief_of_body(best: RoleMatch, matches: list[RoleMatch]) -> RoleMatch:
    """roles18: "bank president" is a banker (BUS), "union president" a unionist (LAB): a
    chief-word head right after a strong non-state body word takes the body's role."""
    if best.phrase not in CHIEF_HEADS:
        return best
    body = next((m for m in matches if m.strong and m.end == best.start and m.code in _NON_STATE_BODIES), None)
    return body or best


def _head_over_complement(words: list[str], matches: list[RoleMatch]) -> RoleMatch | None:
    """Round 16: when no role word is strong, the word that heads the name decides, not a word in
    its "of" complement: "Department of Trade and Industry" is a ministry (GOV), not a business,
    though "industry" is the rightmost role word. A generic head ("head of the army") still takes
    its role from the complement, and a strong word anywhere still wins (best_role)."""
    if any(m.strong for m in matches):
        return None
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    if cut == len(words):
        return None
    at_head = [m for m in matches if m.end == cut and m.phrase not in GENERIC_HEADS]
    if not at_head or not any(m.start > cut for m in matches):
        return None
    return best_role(at_head)


def _former_or(code: str, words: list[str], role_start: int) -> str:
    """ELI for a former office holder, else the role itself; a party the phrase calls ruling
    or governing is the government ("the ruling Democratic Party" GOV, as "ruling party" is)."""
    if code == "OPP" and any(w in _RULING for w in words[:role_start]):
        return "GOV"
    if code in _ROLES_KEPT_WHEN_FORMER or not _is_former(words, role_start):
        return code
    if code in _OFFICE_ROLES or any(w in _LEADING_TITLES for w in words[role_start:]):
        return _FORMER_ROLE  # (a former chairman or chief executive of a firm is still an elite)
    return FORMER_PRIVATE_ROLE


#: Words that put a party in government (the conventions: ruling party GOV, others OPP).
_RULING = frozenset({"ruling", "governing"})


def _is_former(words: list[str], role_start: int) -> bool:
    """"former foreign minister", "ex-president": a former-word before the role."""
    if role_start < len(words) and words[role_start].startswith("ex-"):
        return True
    return any(w in _FORMER or w.startswith("ex-") for w in words[:role_start])


def head_role(text: str) -> str | None:
    """Role of a noun phrase read from its head noun, for phrases that are not titles.

    The head is the last word before the first preposition ("minister for foreign affairs" ->
    minister). A role word that only modifies another noun does not make the phrase an actor
    ("an official visit" is a visit), unless the head is generic and takes its role from its
    modifiers or complement ("army spokesman" -> MIL, "head of the interior ministry" -> GOV).
    """
    words = words_of(text)
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    core = words[:cut]
    if not core:
        return None
    matches = role_matches(words)
    at_head = [m for m in matches if m.end == len(core)]
    # integ35: a listed phrase that runs from the head across the preposition is the head's own
    # name ("the Istanbul chamber of commerce" BUS, as "chamber" alone names nothing)
    at_head += [m for m in matches if m.strong and m.start <= len(core) - 1 and m.end > len(core)]
    head = best_role(at_head)
    if head is not None and head.strong:
        head = _chief_of_body(head, matches)
        return _former_or(head.code, words, head.start)
    if head is not None and head.phrase in _GATHERINGS:
        return None  # left44a: "the march" is an event, not an actor (role_code)
    if head is None and core[-1] in CRAFT_HEADS:
        force = best_role([m for m in matches if m.strong and m.end < len(core) and m.code in FORCE_ROLES])
        return force.code if force is not None else None
    if head is None and singular_job(core[-1]) and _is_former(words, len(core) - 1):
        return FORMER_PRIVATE_ROLE  # source62: "a former TRW controller / Uber employee": a private person now
    if head is None and core[-1] not in GENERIC_HEADS:
        return None
    strong_core = [m for m in matches if m.strong and m.end <= len(core)]
    strong_any = [m for m in matches if m.strong]
    # a weak role word that modifies a generic head gives it its role ("church leaders" REL)
    weak_core = [m for m in matches if m.end < len(core) and m.phrase not in GENERIC_HEADS]
    best = best_role(strong_core) or best_role(strong_any) or best_role(weak_core) or head
    if best is head and head is not None and head.phrase in GENERIC_HEADS:
        # left44a: "the leaders of the march" lead the protesters (OPP), as "march leaders" do
        best = best_role([m for m in matches if m.start > cut and m.phrase in _PROTEST_GATHERINGS]) or head
    if best is None:
        return None
    return _former_or(best.code, words, best.start)


#: source62: jobs held in a firm or office that name no role of their own; said "former", their
#: holder (a witness, a whistle-blower) is a private person now, CVL (the tune gold codes "a former
#: TRW Inc controller" USACVL), as left47 made "a former engineer" one.
_EMPLOYEE_JOBS = frozenset({"employee", "staffer", "manager", "controller", "accountant", "auditor", "clerk",
                            "analyst", "trader", "salesman", "saleswoman", "technician", "contractor",
                            "bookkeeper", "programmer", "researcher", "scientist", "designer", "supervisor",
                            "consultant", "aide", "assistant", "secretary", "treasurer"})


def singular_job(word: str) -> bool:
    """source62: a workplace job word (singular or plural) of `_EMPLOYEE_JOBS`."""
    w = word.lower()
    return w in _EMPLOYEE_JOBS or (w.endswith("s") and w[:-1] in _EMPLOYEE_JOBS)


def mentions_former(text: str) -> bool:
    """True when a phrase speaks of a former office holder ("former security officials")."""
    return any(w in _FORMER or w.startswith("ex-") or w == "ex" for w in words_of(text))
