"""Where an event eval's triples go wrong: the lost gold triples and the wrong predicted ones.

Why: a set's F1 says how far the coder is off, not whether the next gain is in detection, in
event codes or in actors. These counts are aggregate (one line per kind), so they can be printed
for the blind sets too without anyone reading their sentences.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

Triple = tuple[str | None, str, str | None]

LOSSES = ("hit", "no dyadic event in the sentence", "right actors, other root", "right actors, other code",
          "right countries, other role", "one actor right", "other event in the sentence")
# The parts of "no dyadic event in the sentence", by how far the coder got there (a sentence's
# STAGE, from `stage_of`): nothing read at all is a detection gap (dictionary, construction); an act
# read but no event made stops at a side that has no word or does not resolve, or at a pair that
# is dropped (own side, filters); a one-sided event is an act with one actor. They split that row,
# they are not added to the total. ACT_STAGES follow `dateline.events.coder.OUTCOMES`, furthest first.
NO_ACT, ONE_SIDED = "  no act: a dictionary word", "  of which: one-sided event"
# NO_ACT split by whether a dictionary head word is there at all (`coder.dictionary_words_in_span`)
NO_WORD = "  no act: no dictionary word"
ACT_OUTCOMES = ("made, then pruned", "pair dropped", "target unresolved", "no target word", "source unresolved",
                "no source word")
ACT_STAGES = tuple(f"  act read: {o}" for o in ACT_OUTCOMES)
ACT_ONLY = ACT_STAGES[-1]  # the least an act read can reach
STAGES = (NO_WORD, NO_ACT, *reversed(ACT_STAGES), ONE_SIDED)
LOSS_ROWS = LOSSES[:2] + STAGES + LOSSES[2:]
# Where a predicted actor's country came from (`actor_origin`), for the side-by-side precision table:
# on unseen text most wrong triples have one actor in the wrong country, and these say whether the
# country was stated (a named entity's own, a country name) or guessed (the article's home country
# for a description or a person with no stated nationality).
ORIGINS = ("country name", "entity's own country", "entity, home guess", "entity, other country",
           "description, stated country", "description, home guess", "description, other country",
           "group code (IGO, NGO, ---)")
SIDE_VERDICTS = ("right", "wrong", "no gold like it")
# Why an act whose source and target resolved made no event: the guard in `coder._events_for`
# that dropped the pair (coder._dropped), "other" when a side resolved differently there.
DROP_REASONS = ("an actor acting on itself", "a bare country on itself", "a place at home", "the speaker's own side",
                "an envoy recalled", "state forces, no riot", "talks with the press", "own staff",
                "the victims as agent", "no blockade", "a ruling by no court", "a punishment quashed",
                "a search by no authority", "unnamed victims", "multilateral", "unnamed perpetrators",  # unnamed48
                "states quarrelling, no riot", "own forces", "fire returned at no one named",  # left42b
                "a reported broken truce",  # tunecode46: the saying's 112 (the 196 is coded)
                "a coalition at home",  # noact50: a party joining a government coalition
                "an offer to no labour",  # labour58: an employer's offer lines are for labour disputes
                "the condemned act's victim", "an appeal decided", "an accord's place",  # spurious68
                "'it' is no plural speaker",  # spurious68
                "a remedy asked of a court",  # spurious69
                "no target left", "other")
# noact50: why a "no act: a dictionary word" sentence's main dictionary word made no act, from the
# coder's own view of it (`dateline.events.silent_words.no_act_reason`), "other" for no word found.
# (A sentence with a dictionary verb is judged by its verb; whether an event noun is there too says
# whether a nominal act may be what the frame missed.)
NOACT_REASONS = ("verb negated, hypothetical or asked", "verb heads a relative/adverbial clause",
                 "participle as a modifier", "verb, frame not taken, event noun", "verb, frame not taken, no noun",
                 "verb, frame taken, no act", "no verb, an event noun", "other")
# Confidence bands of predicted triples (`confidence_breakdown`): whether the coder's own confidence
# (events/confidence.py) says anything about being right, on each set.
CONFIDENCE_BANDS = ((0.0, 0.6, "below 0.60"), (0.6, 0.7, "0.60-0.69"), (0.7, 0.8, "0.70-0.79"),
                    (0.8, 0.9, "0.80-0.89"), (0.9, 1.01, "0.90 and above"))
CONFIDENCE_ROWS = tuple(f"{name}: {verdict}" for _, _, name in CONFIDENCE_BANDS for verdict in ("right", "wrong"))
WRONGS = ("right", "no gold triple in the sentence", "right actors, other root", "right actors, other code",
          "right countries, other role", "one actor right", "no gold triple like it")


def stage_of(outcomes: Iterable[str], one_sided: int, words: int = 1) -> str:
    """A sentence's STAGE: a one-sided event if one was made, else the furthest outcome of the acts
    the sentence coder read (ACT_OUTCOMES), else no act read: with a dictionary head word in the
    sentence (`words`, counted only when no act was read) or without one."""
    if one_sided:
        return ONE_SIDED
    reached = [ACT_OUTCOMES.index(o) for o in outcomes if o in ACT_OUTCOMES]
    return ACT_STAGES[min(reached)] if reached else NO_ACT if words else NO_WORD


def loss_breakdown(pairs: Iterable[tuple[set[Triple], set[Triple]] | tuple[set[Triple], set[Triple], str]]
                   ) -> dict[str, int]:
    """Each gold triple counted once, under the first of LOSSES that describes it.

    Compared with the sentence's predicted triples: an exact match is a hit; no predicted triple
    at all means the coder did not detect anything; otherwise the closest predicted triple says
    whether the code (same actors), the role suffix (same countries and root) or an actor is off.
    A pair may carry a third item, the sentence's STAGE (`stage_of`); the gold triples of sentences
    with no dyadic event are then also counted under it (a part of that row, not added to the total)."""
    counts = Counter({name: 0 for name in LOSSES + STAGES})
    for pred, gold, *stage in pairs:
        for src, code, tgt in gold:
            kind = _nearest(pred, src or "", code, tgt or "", LOSSES)
            counts[kind] += 1
            if kind == LOSSES[1] and stage:
                counts[stage[0]] += 1
    return dict(counts)


def wrong_breakdown(pairs: Iterable[tuple[set[Triple], set[Triple]]]) -> dict[str, int]:
    """Each predicted triple counted once, under the first of WRONGS that describes it.

    The mirror of `loss_breakdown`: a wrong triple in a sentence with no gold event is a false
    detection (hypothetical, not political, or missed by the annotator's standard), while one that
    shares the gold triple's actors or code is a coding or actor error on a real event."""
    counts = Counter({name: 0 for name in WRONGS})
    for pred, gold, *_ in pairs:
        for src, code, tgt in pred:
            counts[_nearest(gold, src or "", code, tgt or "", WRONGS)] += 1
    return dict(counts)


def _nearest(others: set[Triple], src: str, code: str, tgt: str, names: tuple[str, ...]) -> str:
    """The name (from LOSSES or WRONGS, same order of kinds) of the closest triple in `others`."""
    if (src, code, tgt) in others:
        return names[0]
    if not others:
        return names[1]
    same = [c for s, c, t in others if (s or "") == src and (t or "") == tgt]
    if same:
        return names[3] if any(c[:2] == code[:2] for c in same) else names[2]
    if any((s or "")[:3] == src[:3] and (t or "")[:3] == tgt[:3] and c[:2] == code[:2] for s, c, t in others):
        return names[4]
    if any((s or "")[:3] == src[:3] or (t or "")[:3] == tgt[:3] for s, _, t in others):
        return names[5]
    return names[6]


#: The roles a side's code can carry, "-" for a bare country (CAMEO.type.txt's common ones first).
ROLE_NAMES = ("-", "GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "BUS", "MED", "CVL", "LAB", "REF",
              "ELI", "NGO", "UAF", "SPY", "EDU", "AGR", "CRM")
#: Rows of `role_breakdown`: the commonest confusions get a row each, the rest one row.
ROLE_ROWS = tuple(f"{a} -> {b}" for a in ROLE_NAMES for b in ROLE_NAMES if a != b) + ("other",)


def _role(code: str | None) -> str:
    return (code or "")[3:6] or "-"


def role_breakdown(pairs: Iterable[tuple[set[Triple], set[Triple]]]) -> dict[str, int]:
    """For each predicted triple whose nearest gold triple has the same countries and root but not
    the same actor codes ("right countries, other role"), each differing side counted under
    "PREDICTED ROLE -> GOLD ROLE" ("-" a bare country). Why: on unseen text this kind is a sixth
    of the wrong triples, and counts per direction say which convention the resolver misses
    (a bare country where the standard wants GOV, a person's role) without reading a sentence."""
    counts = Counter({name: 0 for name in ROLE_ROWS})
    for pred, gold, *_ in pairs:
        for src, code, tgt in pred:
            if (src, code, tgt) in gold or _nearest(gold, src or "", code, tgt or "", WRONGS) != WRONGS[4]:
                continue
            match = next(g for g in sorted(gold, key=str) if (g[0] or "")[:3] == (src or "")[:3]
                         and (g[2] or "")[:3] == (tgt or "")[:3] and g[1][:2] == code[:2])
            for mine, theirs in ((src, match[0]), (tgt, match[2])):
                if (mine or "") != (theirs or ""):
                    row = f"{_role(mine)} -> {_role(theirs)}"
                    counts[row if row in counts else "other"] += 1
    return dict(counts)


#: How many code confusions `code_rows` shows before folding the rest into "other".
CODE_TOP = 20
#: The titles of the two tables both event evals print (eval events, eval events_train).
CODE_TITLE = ("wrong triples with the right actors but another code, predicted -> gold (root, or code when the root "
              "is the same; share of each set's predicted triples):")
NOACT_TITLE = ("why a dictionary word made no act (gold triples of sentences whose stage is 'no act: a dictionary "
               "word'; share of each set's gold triples):")


def code_breakdown(pairs: Iterable[tuple[set[Triple], set[Triple]]]) -> dict[str, int]:
    """For each predicted triple whose nearest gold triple has the same actors but another code
    ("right actors, other root" / "other code"), one count under "PREDICTED ROOT -> GOLD ROOT"
    ("04 -> 03"), or under the code pair when the root is the same ("111 -> 112"). The gold
    triple compared is one of that actor pair with the same root if there is one. Why: on unseen
    text these are a seventh of the wrong triples; counts per direction say which of the
    standard's recurring choices the coder misses, without reading a sentence. Rows are open
    (any pair of codes): `code_rows` picks the ones to print."""
    counts: Counter[str] = Counter()
    for pred, gold, *_ in pairs:
        for src, code, tgt in pred:
            if (src, code, tgt) in gold or _nearest(gold, src or "", code, tgt or "", WRONGS) not in WRONGS[2:4]:
                continue
            codes = sorted(c for s, c, t in gold if (s or "") == (src or "") and (t or "") == (tgt or ""))
            theirs = next((c for c in codes if c[:2] == code[:2]), codes[0])
            counts[f"{code} -> {theirs}" if theirs[:2] == code[:2] else f"{code[:2]} -> {theirs[:2]}"] += 1
    return dict(counts)


def code_rows(columns: list[dict[str, int]], top: int = CODE_TOP
              ) -> tuple[tuple[str, ...], list[dict[str, int]]]:
    """The rows of the code-confusion table and each column folded to them: the `top` rows with
    the largest total over the columns (ties by name), then "other" for the rest.
    Returns (rows, folded columns in the same order)."""
    totals: Counter[str] = Counter()
    for column in columns:
        totals.update(column)
    rows = tuple(r for r, _ in sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:top])
    folded = []
    for column in columns:
        kept = {r: column.get(r, 0) for r in rows}
        kept["other"] = sum(n for r, n in column.items() if r not in kept)
        folded.append(kept)
    return rows + ("other",), folded


def actor_origin(code: str | None, country: str | None, entity_label: str | None, entity_country: str | None,
                 home: str | None, stated: str | None = None) -> str:
    """One of ORIGINS for a predicted actor: how its country was found, as far as the record shows.
    `entity_label` / `entity_country` are those of the entity the actor stands for (None for a
    description such as "the police"); `home` is the article's home country; `stated` the country
    the actor's own words name ("Iraqi troops"), if any."""
    if not code or code[:3] in ("IGO", "NGO", "---") or not country:
        return ORIGINS[7]
    if entity_label is None:
        return ORIGINS[4] if stated == country else ORIGINS[5] if country == home else ORIGINS[6]
    if entity_label == "GPE" and entity_country == country:
        return ORIGINS[0]
    if entity_country == country or stated == country:
        return ORIGINS[1]
    return ORIGINS[2] if country == home else ORIGINS[3]


def side_breakdown(items: Iterable[tuple[set[Triple], set[Triple], list[tuple[str, str]]]]) -> dict[str, int]:
    """Each predicted side counted under "ORIGIN: VERDICT": right when a gold triple of the sentence
    with the same root has that side in the same country, wrong when gold triples of that root
    exist and none does, "no gold like it" when the sentence has no gold triple of that root.
    `items` are (pred, gold, origins) with origins[i] = (source origin, target origin) of
    sorted(pred)[i]."""
    counts = Counter({f"{o}: {v}": 0 for o in ORIGINS for v in SIDE_VERDICTS})
    for pred, gold, origins in items:
        for (src, code, tgt), pair in zip(sorted(pred, key=str), origins):
            same_root = [g for g in gold if g[1][:2] == code[:2]]
            for side, (actor, origin) in enumerate(zip((src, tgt), pair)):
                if not same_root:
                    verdict = SIDE_VERDICTS[2]
                elif any((g[2 * side] or "")[:3] == (actor or "")[:3] for g in same_root):
                    verdict = SIDE_VERDICTS[0]
                else:
                    verdict = SIDE_VERDICTS[1]
                counts[f"{origin}: {verdict}"] += 1
    return dict(counts)


def drop_breakdown(items: Iterable[tuple[set[Triple], set[Triple], str, list[str]]]) -> dict[str, int]:
    """The gold triples of sentences with no predicted triple whose furthest step is a dropped pair
    (`ACT_STAGES[1]`), each counted under the first reason the coder noted (DROP_REASONS).
    `items` are (pred, gold, stage, reasons)."""
    counts = Counter({name: 0 for name in DROP_REASONS})
    for pred, gold, stage, reasons in items:
        if stage == ACT_STAGES[1] and not pred and gold:
            reason = reasons[0] if reasons and reasons[0] in DROP_REASONS else DROP_REASONS[-1]
            counts[reason] += len(gold)
    return dict(counts)


def noact_breakdown(items: Iterable[tuple[set[Triple], set[Triple], str, list[str]]]) -> dict[str, int]:
    """The gold triples of sentences with no predicted triple whose stage is "no act: a dictionary
    word" (NO_ACT), each counted under the reason the eval noted for the sentence (NOACT_REASONS).
    `items` are (pred, gold, stage, reasons), as for `drop_breakdown` (a sentence has one or the other)."""
    counts = Counter({name: 0 for name in NOACT_REASONS})
    for pred, gold, stage, reasons in items:
        if stage == NO_ACT and not pred and gold:
            reason = reasons[0] if reasons and reasons[0] in NOACT_REASONS else NOACT_REASONS[-1]
            counts[reason] += len(gold)
    return dict(counts)


def confidence_breakdown(items: Iterable[tuple[set[Triple], set[Triple], list[float]]]) -> dict[str, int]:
    """Each predicted triple counted under its confidence band (CONFIDENCE_BANDS) as right (an
    exact gold triple of its sentence) or wrong. `items` are (pred, gold, confidences) with
    confidences[i] that of sorted(pred)[i] (the highest of the events that make the triple)."""
    counts = Counter({name: 0 for name in CONFIDENCE_ROWS})
    for pred, gold, confidences in items:
        for triple, conf in zip(sorted(pred, key=str), confidences):
            band = next(name for lo, hi, name in CONFIDENCE_BANDS if lo <= conf < hi)
            counts[f"{band}: {'right' if triple in gold else 'wrong'}"] += 1
    return dict(counts)


def breakdown_table(title: str, names: tuple[str, ...], columns: dict[str, dict[str, int]],
                    totals: dict[str, int] | None = None) -> list[str]:
    """Report lines: one row per kind, one column per set, each count with its share of the column
    (or of `totals`, when the rows are only a part of what the shares are of)."""
    width = max([32, *(len(name) + 1 for name in names)])  # (a confusion table may have no row)
    lines = [title, f"{'':{width}}" + "".join(f"{key:>14}" for key in columns)]
    totals = {key: max(1, totals[key] if totals is not None else sum(n for name, n in counts.items() if name not in STAGES))
              for key, counts in columns.items()}
    for name in names:
        lines.append(f"{name:{width}}" + "".join(f"{counts[name]:>8} {counts[name] / totals[key]:4.0%}"
                                            for key, counts in columns.items()))
    return lines
