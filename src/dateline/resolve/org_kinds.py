"""An unlisted organisation's kind read from its name's head word (actors69).

Wire copy names many bodies that no actor table lists: unions ("the National Federation of
Postal Employees"), advocacy groups ("the Government Accountability Project", "the Center for
Auto Safety"), trade federations ("the Japan Iron and Steel Federation"), state boards ("the
Australian Wheat Board"), and firms introduced by what they make ("the British shipping group
Ocean Lines", "the Italian textile concern Benotti"). The role lexicon read such a name word by
word and found either nothing (the body coded as its bare country, or the dateline's) or a word
of the complement ("Government" GOV, "Citizen" CVL) instead of the body's kind. Here the head
word and its company decide:

- a union-like head (Federation, Association, Union, Brotherhood, ...) whose name holds a
  workers' noun ("Employees", "Teachers", "Pilots") is a union (LAB);
- a name ending in "Project", or a "Center/Centre/Institute for ..." that is no state body, is an
  advocacy or research group (NGO, as the annotators coded the Government Accountability Project
  and the Electronic Frontier Foundation);
- a federation, association, council or chamber of an industry ("Iron and Steel", "Home
  Builders", "Bankers") is business (BUS, as the gold codes the Securities Industry Association);
- a name ending in "Board" (no exchange's "Board of Trade") is a state agency (GOV); "Bureau" was
  read so too and dropped (its one tune change was a new wrong triple, the Census Bureau given
  information, and the holdout line got worse);
- "group", "concern", "monopoly", "giant" or "major" right after an industry word ("shipping
  group", "textile concern", "state oil monopoly") is a firm, and a lower-case "association",
  "federation" or "lobby" of a trade ("the Belgian banking association") is business (BUS):
  `firm_descriptor` gives the role lexicon that reading.

The answer is a role phrase of roles.tsv ("labor union", "advocacy group", "company",
"authority"), set as the entity's role by the entities stage when it found none. Listed names
(orgs.tsv) are coded before any role is read, so "Federal Reserve Board" keeps its table code.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: Words an industry or trade is named by, as wire copy writes them before "group", "concern",
#: "Federation", "Association" (singular, lower case).
INDUSTRY_WORDS = frozenset(
    "shipping textile chemical chemicals engineering steel iron mining metal metals oil petroleum food foods "
    "drink drinks brewing brewer insurance banking investment property construction electronics electronic "
    "computer aerospace defence defense drug drugs pharmaceutical pharmaceuticals tobacco retail retailing "
    "packaging paper glass tyre tire motor car truck transport telecommunications cleaning dredging trading "
    "financial industrial cement timber toy cosmetics leisure hotel travel sugar grain cotton coffee cocoa "
    "chip semiconductor appliance machinery tool tools energy power gas utility utilities holding "
    "conglomerate airline aviation automobile automotive auto shipbuilding fertiliser fertilizer "
    "plastics rubber publishing software biotechnology securities bankers banker manufacturers manufacturer "
    "dealers dealer exporters exporter importers importer producers producer industries industry employers "
    "shipowners builders brokers broker refiners refiner distillers millers wholesalers retailers "
    "commodity commodities agribusiness aluminium aluminum copper gold diamond meat dairy "
    "ferry freight haulage tanker cruise railway courier logistics".split())

#: Firm descriptors: "<industry word> group|concern" ("shipping group", "textile concern").
FIRM_HEADS = frozenset({"group", "concern", "monopoly", "giant", "major"})
#: A trade's body named in lower case ("the Belgian banking association", "the steel industry
#: federation"): business, as the gold codes the industry associations it names.
_TRADE_BODY_WORDS = frozenset({"association", "federation", "lobby", "council", "chamber", "confederation"})

#: Heads of a body's name that unions, trade federations and lobbies share.
_BODY_HEADS = frozenset({"federation", "association", "union", "brotherhood", "guild", "confederation",
                         "congress", "council", "alliance", "institute", "chamber", "league", "society"})
#: Workers' nouns that make such a body a union (singular; "worker" is in roles.tsv already).
_WORKER_WORDS = frozenset("employee teacher nurse pilot seaman seamen machinist teamster docker dockworker "
                          "longshoreman longshoremen mineworker miner metalworker steelworker autoworker "
                          "paperworker railwayman railwaymen firefighter postman postmen journalist "
                          "trainman trainmen clerk stevedore".split())
#: Words that make a "Center/Institute for ..." a state body, not an advocacy or research group.
_STATE_WORDS = frozenset("national federal state government disease prevention health statistics "
                         "standards".split())
_NGO_OF_HEADS = frozenset({"center", "centre", "institute"})
#: Words that make a "Brotherhood" a faith's or a movement's, not a craft union.
_FAITH_WORDS = frozenset({"muslim", "islamic", "christian", "catholic", "jewish", "holy", "aryan", "republican"})
#: Words that make a "Chamber" business's, not a legislature's ("Chamber of Deputies").
_BUSINESS_CHAMBER_WORDS = frozenset({"economic", "economy", "commerce", "industry", "mine", "trade", "business",
                                     "merchant", "manufacturer"})
#: Last words of a state agency's name that the role table does not hold.
_AGENCY_HEADS = frozenset({"superintendency", "directorate", "secretariat", "inspectorate"})
#: Heads of a trade federation's name (a union's "Union" or "Congress" is never a trade body's:
#: "the Congress of Industrial Organizations").
_TRADE_HEADS = frozenset({"federation", "association", "council", "chamber", "confederation"})
#: Boards that are no state agency's: a school's, a newsroom's, a firm's.
_NOT_STATE_BOARD = frozenset({"school", "editorial", "advisory", "executive", "company", "business"})


@lru_cache(maxsize=1)
def _industry_singulars() -> frozenset[str]:
    """INDUSTRY_WORDS with their singulars ("builders" -> "builder"), as body_kind reads names."""
    from dateline.resolve.actor_roles import singular
    return INDUSTRY_WORDS | frozenset(singular(w) for w in INDUSTRY_WORDS)


def _words(name: str) -> list[str]:
    return re.sub(r"(?i)^the\s+", "", name.strip()).replace("'s", "").replace("'", "").split()


def _sing(word: str) -> str:
    from dateline.resolve.actor_roles import singular
    return singular(word.strip(".,;:()\"").lower())


def body_kind(name: str) -> str | None:
    """The role phrase (roles.tsv) of an unlisted organisation's capitalised name read from its head
    word; None when the head says nothing ("Ocean Lines") or the name is no body's name.

    >>> body_kind("National Federation of Postal Employees"), body_kind("Government Accountability Project")
    ('labor union', 'advocacy group')
    """
    words = _words(name)
    if len(words) < 2 or not all(w[:1].isupper() or w.isdigit() or w.lower() in ("of", "for", "and", "the", "&", "in", "on")
                                 for w in words):
        return None
    low = [_sing(w) for w in words]
    head_at = low.index("of") - 1 if "of" in low else (low.index("for") - 1 if "for" in low else len(low) - 1)
    if head_at < 0:
        return None
    head = low[head_at]
    if len(low) == 2 and low[0] == "local" and low[1].isdigit():
        return "labor union"  # "Local 600": a numbered local of a US or Canadian union
    if "consumer" in low and (head in _BODY_HEADS or head in ("group", "project")):
        return "advocacy group"  # "the Consumer Federation of America", "Consumers Union": a consumer lobby
    if head == "chamber" and any(w in _BUSINESS_CHAMBER_WORDS for w in low):
        return "company"  # "the Federal Economic Chamber", "the Chamber of Mines": business chambers
    if low[-1] in _AGENCY_HEADS:
        return "authority"  # "the Merchant Marine Superintendency": a state agency, no navy
    if head == "brotherhood" and "of" in low and not any(w in _FAITH_WORDS for w in low):
        return "labor union"  # "the Brotherhood of Locomotive Engineers": a craft union (no Muslim Brotherhood)
    if head in _BODY_HEADS and any(w in _WORKER_WORDS for w in low):
        return "labor union"
    if low[-1] == "project" and "of" not in low and "for" not in low:
        return "advocacy group"
    if head in _NGO_OF_HEADS and "for" in low and not any(w in _STATE_WORDS for w in low):
        return "advocacy group"
    if head in _TRADE_HEADS and any(w in _industry_singulars() - {"industrial"} for w in low) \
            and not any(w in _STATE_WORDS - {"national"} for w in low):
        return "company"
    if low[-1] == "board" and _listed_owner(words):
        return None  # "the Exxon Board": a listed firm's
    if low[-1] == "board" and low[-2] not in _NOT_STATE_BOARD:
        return "authority"

    return None


def _listed_owner(words: list[str]) -> bool:
    from dateline.resolve.actors import known_org_code
    return any(known_org_code(" ".join(words[:n])) for n in (1, 2) if n < len(words))


def firm_descriptor(words: list[str]) -> list[tuple[int, int]]:
    """The spans (start, end) of "<industry word> group|concern|monopoly|giant|major" and of a
    trade's "association|federation|lobby ..." in singular lower-case words: "british shipping
    group" -> [(1, 3)], "state oil monopoly", "belgian banking association"; none in "rebel
    group", "pressure group", "farmers' association"."""
    return [(i - 1, i + 1) for i in range(1, len(words))
            if (words[i] in FIRM_HEADS or words[i] in _TRADE_BODY_WORDS) and words[i - 1] in _industry_singulars()]
