"""`dateline eval events_train`: the event coder on the project's annotated training sentences.

Why a second events eval: the tuning sets of `dateline eval events` are small and were worked on
sentence by sentence, so they flatter the coder (0.75-0.83 exact) while unseen text scores about
0.17. The training annotations (data/events_train/: 3,737 mechanically chosen sentences from
CoNLL-2003 train, Reuters 1987 and further Wikinews 2019-20 sentences, coded to the
WIKINEWS_EVENTS.md standard in the seventh session, and 5,310 more from unused documents in
the twenty-eighth, TimeBank / AQUAINT 1989-2000 wire among them) are large and varied enough to
behave like unseen text, so they are the development set for coder work, and their figures are
reported per source.

From the ninth session on the files are split: rules are tuned on the other files and HOLDOUT_FILES (about
a fifth, every source; in each new batch every fourth article) are only ever scored, never read
sentence by sentence. Rules fitted to the
sentences they were read from carry little to unseen text, and the holdout figure shows how much.

Besides precision/recall/F1 at the three levels, the report says WHERE the gold triples are lost
(`loss_breakdown`): in sentences where the coder gave no dyadic event at all, with the right actors
but another code, with the right countries and root but another role, and so on. That tells
whether the next gain is in detection, codes or actors.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.eval.event_losses import (CONFIDENCE_ROWS, DROP_REASONS, LOSS_ROWS, ORIGINS, SIDE_VERDICTS, WRONGS,
                                        breakdown_table, confidence_breakdown, drop_breakdown, loss_breakdown,
                                        NOACT_REASONS, noact_breakdown,
                                        role_breakdown, side_breakdown, wrong_breakdown, ROLE_ROWS,
                                        code_breakdown, code_rows, CODE_TITLE, NOACT_TITLE)
from dateline.eval.events import LEVELS, Triple, _confidences, _origins, _stage, score

SOURCES = {"c": "conll train 1996", "r": "reuters 1987", "t": "timebank 1989-2000", "w": "wikinews 2019-20",
           "tune": "(read, tuned)", "holdout": "(never read)"}
# (predicted, gold) triples of one sentence, how far the coder got in it (event_losses.STAGES, or ""),
# the predicted triples' actor origins (event_losses.ORIGINS, one pair per sorted triple) and why
# resolved pairs were dropped (event_losses.DROP_REASONS) and the predicted triples' confidences;
# the last four may be left out
Pair = tuple[set[Triple], ...]
HOLDOUT_FILES = frozenset({"c7", "c8", "c10", "c12", "r8", "r9", "r11", "r13", "r15", "r17", "r19", "r21", "r23", "r25", "r27", "r29", "r31", "r33", "r35", "r37", "r39", "r41", "r43", "r45", "r47", "r49", "r51", "r53", "r55", "r57", "r59", "r61", "r63", "r65", "r67", "r69", "r71", "r73", "r75", "r77", "r79", "t2", "t4", "w8", "w9", "w11", "w13"})


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, Any]:
    """Run the pipeline over every training article once and score its sentences by source.

    `limit` keeps the first N training sentences (for quick checks)."""
    from dateline.api import load_pipeline
    from dateline.events.learn_train import gold_triples, training_records

    recs = training_records(Path(data_dir))[:limit]
    pipe = load_pipeline()
    current: tuple[Any, Any, Any] | None = None
    by_source: dict[str, list[Pair]] = {}
    by_part: dict[str, list[Pair]] = {"tune": [], "holdout": []}
    for name, rec, make, key in recs:  # records come grouped by article: annotate each article once
        if current is None or current[0] != key:
            art = make()
            doc = pipe.nlp(art.text)
            current = (key, pipe.annotate(art, doc), doc)
        art = current[1]
        start, end = rec["start"], rec["end"]
        evs = [ev for ev in art.events if start <= (ev.trigger or ev.evidence).start < end]
        pred = {(ev.source.code, ev.code, ev.target.code) for ev in evs if ev.target.code}
        gold = gold_triples(rec)
        drops: list[str] = []
        stage = _stage(evs, current[2], art, start, end, drops) if gold and not pred else ""
        pair = (pred, gold, stage, _origins(evs, art), drops, _confidences(evs))
        file = name.removeprefix("train_")
        by_source.setdefault(file[0], []).append(pair)
        by_part[part_of(file)].append(pair)
    every = [pair for pairs in by_source.values() for pair in pairs]
    result: dict[str, Any] = {"all": _summary(every)}
    for src in sorted(by_source):
        result[src] = _summary(by_source[src])
    for part, pairs in by_part.items():
        if pairs:
            result[part] = _summary(pairs)
    return result


def part_of(file: str) -> str:
    """"tune" or "holdout" for a training file's stem ("c7", "w1")."""
    return "holdout" if file in HOLDOUT_FILES else "tune"


def _summary(pairs: list[Pair]) -> dict[str, Any]:
    return {"sentences": len(pairs), "triples": sum(len(p[1]) for p in pairs), **score((p[0], p[1]) for p in pairs),
            "losses": loss_breakdown(p[:3] for p in pairs), "wrongs": wrong_breakdown(pairs),
            "roles": role_breakdown(pairs), "codes": code_breakdown(pairs),
            "sides": side_breakdown((p[0], p[1], p[3] if len(p) > 3 else []) for p in pairs),
            "drops": drop_breakdown((p[0], p[1], p[2] if len(p) > 2 else "", p[4] if len(p) > 4 else []) for p in pairs),
            "noacts": noact_breakdown((p[0], p[1], p[2] if len(p) > 2 else "", p[4] if len(p) > 4 else []) for p in pairs),
            "confidence": confidence_breakdown((p[0], p[1], p[5] if len(p) > 5 else []) for p in pairs)}


def _used_rows(rows: tuple[str, ...], columns: list[dict[str, int]]) -> tuple[str, ...]:
    """The rows some column counts (a confusion table has many empty rows)."""
    return tuple(r for r in rows if any(c.get(r) for c in columns))


def format_report(result: dict[str, Any]) -> str:
    lines = ["events on the annotated training sentences (data/events_train): triple precision / recall / F1", "",
             f"{'set':20} {'level':8} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for key, figures in result.items():
        label = f"{key} {SOURCES.get(key, '')}".strip()
        for level in LEVELS:
            f = figures[level]
            lines.append(f"{label:20} {level:8} {f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f}"
                         f"   {f['tp']}/{f['fp']}/{f['fn']}")
    lines += [""] + breakdown_table("where the gold triples go (exact level), share of each set's gold triples:",
                                    LOSS_ROWS, {key: figures["losses"] for key, figures in result.items()})
    lines += [""] + breakdown_table("what the wrong triples are (exact level), share of each set's predicted triples:",
                                    WRONGS, {key: figures["wrongs"] for key, figures in result.items()})
    lines += [""] + breakdown_table("the sides of wrong triples with the right countries and root but another role, "
                                    "predicted role -> gold role (share of each set's predicted triples):",
                                    _used_rows(ROLE_ROWS, [figures["roles"] for figures in result.values()]),
                                    {key: figures["roles"] for key, figures in result.items()},
                                    {key: sum(figures["wrongs"].values()) for key, figures in result.items()})
    rows, folded = code_rows([figures["codes"] for figures in result.values()])
    lines += [""] + breakdown_table(CODE_TITLE, rows,
                                    dict(zip(result, folded)),
                                    {key: sum(figures["wrongs"].values()) for key, figures in result.items()})
    lines += [""] + breakdown_table("where each predicted side's country came from, and whether a gold triple of the same "
                                    "root has it (share of each set's predicted sides):",
                                    tuple(f"{o}: {v}" for o in ORIGINS for v in SIDE_VERDICTS),
                                    {key: figures["sides"] for key, figures in result.items()})
    lines += [""] + breakdown_table("why an act's resolved pair was dropped (gold triples of sentences whose furthest step "
                                    "is a dropped pair; share of each set's gold triples):", DROP_REASONS,
                                    {key: figures["drops"] for key, figures in result.items()},
                                    {key: figures["triples"] for key, figures in result.items()})
    lines += [""] + breakdown_table(NOACT_TITLE, NOACT_REASONS,
                                    {key: figures["noacts"] for key, figures in result.items()},
                                    {key: figures["triples"] for key, figures in result.items()})
    lines += [""] + breakdown_table("the predicted triples by the coder's confidence, right or wrong (exact level; share of "
                                    "each set's predicted triples):", CONFIDENCE_ROWS,
                                    {key: figures["confidence"] for key, figures in result.items()})
    return "\n".join(lines)
