"""`dateline eval events`: triple precision / recall / F1 against the event gold sets.

Gold sets (data_dir/events, see its SOURCE.md and WIKINEWS_EVENTS.md):
- wikinews: 63 real Wikinews sentences with CAMEO triples. Each article row is run through
  the whole pipeline (so pronouns and context resolve as a reader would); the events whose
  trigger lies inside a gold sentence's span are that sentence's predictions.
- wikinews_extra: a held-out set of more Wikinews sentences annotated blind by the same
  conventions (src/dateline/eval/data/WIKINEWS_EXTRA.md). The package stores offsets only;
  the text is read from the corpus CSV, and the set is scored exactly like `wikinews`.
- wikinews_extra2: a second blind held-out set in the same format and conventions, from articles
  used by neither set above (kept untouched while wikinews_extra is used for coder work).
- wikinews_extra3: a third blind held-out set (same format and conventions, WIKINEWS_EXTRA3.md), made
  once the other three sets were all in use for coder work; no span overlaps or touches theirs.
- wikinews_extra4: a fourth blind set (same format and conventions, WIKINEWS_EXTRA4.md): the first four body
  sentences of 35 unused articles, chosen mechanically and coded by two annotators independently
  (`dateline eval agreement` compares them); scored here against the primary annotation.
- wikinews_extra5: a fifth blind set (WIKINEWS_EXTRA5.md): sentences of 40 further unused articles that
  name an institutional actor and an action word, chosen mechanically, also coded twice independently.
- reuters: a blind set of Reuters-21578 (1987) newswire sentences coded by the same conventions
  (src/dateline/eval/data/REUTERS_EVENTS.md), scored by dateline.eval.reuters_events.
- timebank: a blind set of TimeBank / AQUAINT (1989-2000) news sentences coded by the same conventions
  (src/dateline/eval/data/TIMEBANK_EVENTS.md), scored by dateline.eval.timebank_events.
- conll: a blind set of CoNLL-2003 dev sentences (Reuters, August 1996) coded by the same conventions
  (src/dateline/eval/data/CONLL_EVENTS.md), scored by dateline.eval.conll_events.
- conll_train: a tuning set of CoNLL-2003 train sentences (Reuters, August 1996), same conventions
  (src/dateline/eval/data/CONLL_TRAIN.md), scored by the same loader on the train file.
- petr_unittest: PETRARCH's functional test records (fictional actors). Actors need the
  PETR.Validate dictionaries loaded through `dateline.resolve.actors`; when that import
  feature is missing the set is reported as skipped. PETRARCH2's own predictions
  (peer_runs/) are scored by the same code beside ours.
- plover_gsr: PLOVER gold records, scored on the PLOVER type through the CAMEO->PLOVER mapping.

Levels: exact (actor codes + event code), country (actors cut to their 3-letter country +
event code), root (country actors + 2-digit root, or PLOVER type for PLOVER). A triple is
(source, event, target); CAMEO gold is dyadic, so target-less predictions are not scored there.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError

Triple = tuple[str | None, str, str | None]
LEVELS = ("exact", "country", "root")
# The four older blind sets, pooled in the report's loss tables ("blind4") as in docs/evaluation.md.
BLIND_POOL = ("wikinews_extra3", "reuters", "conll", "timebank")
# PLOVER 0.5b1 names used by the PLOVER gold records, by CAMEO root, where they differ from 2021's.
PLOVER_DRAFT_BY_ROOT = {"09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "18": "ASSAULT",
                        "19": "FIGHT", "20": "FIGHT"}


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, Any]:
    """Score the pipeline's events on every gold set found under data_dir/events."""
    folder = Path(data_dir) / "events"
    if not folder.is_dir():
        raise ConfigError(f"{folder}: no events gold folder (expected data/events with wikinews_events_dev.jsonl)")
    gold = _read_jsonl(folder / "events_gold.jsonl")
    from dateline.eval.reuters_events import score_reuters

    result: dict[str, Any] = {"wikinews": score_wikinews(data_dir, folder, limit)}
    result["wikinews_extra"] = score_wikinews(data_dir, folder, limit, records=load_wikinews_extra(data_dir))
    result["wikinews_extra2"] = score_wikinews(data_dir, folder, limit,
                                               records=load_wikinews_extra(data_dir, EXTRA2_GOLD))
    result["wikinews_extra3"] = score_wikinews(data_dir, folder, limit,
                                               records=load_wikinews_extra(data_dir, EXTRA3_GOLD))
    result["wikinews_extra4"] = score_wikinews(data_dir, folder, limit,
                                               records=load_wikinews_extra(data_dir, EXTRA4_GOLD))
    result["wikinews_extra5"] = score_wikinews(data_dir, folder, limit,
                                               records=load_wikinews_extra(data_dir, EXTRA5_GOLD))
    from dateline.eval.reuters_dev import score_reuters_dev  # 1987 Reuters wire style (reuters_dev.py)
    result["reuters_dev"] = score_reuters_dev(data_dir, limit)
    result["reuters"] = score_reuters(data_dir, limit)  # blind Reuters-21578 set, see data/REUTERS_EVENTS.md
    from dateline.eval.timebank_events import score_timebank  # blind TimeBank/AQUAINT set, data/TIMEBANK_EVENTS.md
    result["timebank"] = score_timebank(data_dir, limit)
    from dateline.eval.conll_events import score_conll  # blind CoNLL-2003 dev (1996 Reuters), CONLL_EVENTS.md
    result["conll"] = score_conll(data_dir, limit)
    from dateline.eval.conll_events import TRAIN_GOLD, TRAIN_SOURCE_FILE  # CoNLL-2003 train tuning set, CONLL_TRAIN.md
    result["conll_train"] = score_conll(data_dir, limit, TRAIN_GOLD, TRAIN_SOURCE_FILE)
    petr = [r for r in gold if r["dataset"] == "petr_unittest" and not r.get("expected_error")][:limit]
    result["petr_unittest"] = score_petr(folder, petr)
    result["petrarch2_peer"] = score_peer(folder / "peer_runs" / "petrarch2__petr_unittest.pred.jsonl", petr)
    plover = [r for r in gold if r["dataset"] == "plover_gsr"][:limit]
    result["plover_gsr"] = score_plover(plover)
    return result


# ---------------------------------------------------------------- scoring


def _level(t: Triple, level: str, plover: bool = False) -> Triple:
    src, code, tgt = t
    if level == "exact":
        return t
    cut = (lambda a: a[:3] if a else a)
    if level == "country":
        return (cut(src), code, cut(tgt))
    return (cut(src), code if plover else code[:2], cut(tgt))


def score(pairs: Iterable[tuple[set[Triple], set[Triple]]], plover: bool = False) -> dict[str, dict[str, float]]:
    """Micro precision/recall/F1 over (predicted, gold) triple sets, at each level."""
    pairs = list(pairs)
    out = {}
    for level in LEVELS:
        tp = fp = fn = 0
        for pred, gold in pairs:
            p = {_level(t, level, plover) for t in pred}
            g = {_level(t, level, plover) for t in gold}
            tp += len(p & g)
            fp += len(p - g)
            fn += len(g - p)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[level] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3),
                      "tp": tp, "fp": fp, "fn": fn}
    return out


def _gold_triples(rec: dict[str, Any]) -> set[Triple]:
    return {(e["source_actor"], e["event_code"], e["target_actor"]) for e in rec["events"]}


def _event_triples(events: Iterable[Any], dyadic: bool = True) -> set[Triple]:
    return {(ev.source.code, ev.code, ev.target.code) for ev in events if ev.target.code or not dyadic}


def _confidences(events: Iterable[Any]) -> list[float]:
    """For the confidence table: each scored triple's highest event confidence, in the order of
    the sorted triples."""
    best: dict[Triple, float] = {}
    for ev in events:
        if ev.target.code:
            key = (ev.source.code, ev.code, ev.target.code)
            best[key] = max(best.get(key, 0.0), ev.confidence)
    return [best[t] for t in sorted(best, key=str)]


def _origins(events: Iterable[Any], art: Any) -> list[list[str]]:
    """For the side table (`event_losses.side_breakdown`): each scored triple's pair of actor
    origins, in the order of the sorted triples (the first event of a triple stands for it)."""
    from dateline.eval.event_losses import actor_origin
    from dateline.events.actors import _home_country
    from dateline.resolve.actors import country_in_text

    home = _home_country(art)[0]
    entities = {e.id: e for e in art.entities}
    first: dict[Triple, Any] = {}
    for ev in events:
        if ev.target.code:
            first.setdefault((ev.source.code, ev.code, ev.target.code), ev)

    def origin(actor: Any) -> str:
        ent = entities.get(actor.entity) if actor.entity else None
        return actor_origin(actor.code, actor.country, ent.label if ent else None, ent.country if ent else None, home,
                            country_in_text(actor.name))

    return [[origin(first[t].source), origin(first[t].target)] for t in sorted(first, key=str)]


def _stage(events: list[Any], doc: Any, art: Any, start: int, end: int, drops: list[str] | None = None) -> str:
    """How far the coder got in a gold sentence, for the loss tables (`event_losses.stage_of`):
    one-sided events made (not scored: CAMEO gold is dyadic), else what became of the acts read,
    else whether a dictionary head word was there at all. `drops` gets why resolved pairs were
    dropped (`coder.act_outcomes`), or, when no act was read, why the dictionary word made none
    (`silent_words.no_act_reason`: the two never share a sentence)."""
    from dateline.eval.event_losses import NO_ACT, stage_of
    from dateline.events.coder import act_outcomes, dictionary_words_in_span

    one_sided = sum(1 for ev in events if not ev.target.code)
    if one_sided or any(ev.target.code for ev in events):
        return stage_of([], one_sided)
    outcomes = act_outcomes(doc, art, start, end, drops=drops)
    stage = stage_of(outcomes, 0, 1 if outcomes else dictionary_words_in_span(doc, start, end))
    if stage == NO_ACT and drops is not None:  # noact50: why the dictionary word made no act
        from dateline.events.silent_words import no_act_reason
        drops.append(no_act_reason(doc, start, end) or "other")
    return stage


# ---------------------------------------------------------------- wikinews


def _csv_rows(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


EXTRA_GOLD = Path(__file__).parent / "data" / "wikinews_events_extra.jsonl"
EXTRA2_GOLD = Path(__file__).parent / "data" / "wikinews_events_extra2.jsonl"
EXTRA3_GOLD = Path(__file__).parent / "data" / "wikinews_events_extra3.jsonl"
EXTRA4_GOLD = Path(__file__).parent / "data" / "wikinews_events_extra4.jsonl"
EXTRA5_GOLD = Path(__file__).parent / "data" / "wikinews_events_extra5.jsonl"


def load_wikinews_extra(data_dir: Path, path: Path = EXTRA_GOLD) -> list[dict[str, Any]]:
    """The held-out Wikinews records with their `text` filled in from the corpus CSV.

    The package keeps only offsets (no real article text in the repository), so the sentence is
    cut from the CSV row at load time; a span or date that no longer fits its row is an error,
    not a silent skip, because a mis-cut sentence would be scored against the wrong gold.
    """
    records = _read_jsonl(path)
    tables: dict[str, list[dict[str, str]]] = {}
    for rec in records:
        csv_path = Path(data_dir) / "corpus" / "wikinews" / Path(rec["file"]).name
        if not csv_path.is_file():
            raise ConfigError(f"{csv_path}: Wikinews corpus file not found (needed by {rec['id']})")
        if rec["file"] not in tables:  # read each CSV once, not once per record
            tables[rec["file"]] = _csv_rows(csv_path)
        rows = tables[rec["file"]]
        row = rows[rec["row"]] if 0 <= rec["row"] < len(rows) else None
        if row is None or not 0 <= rec["start"] < rec["end"] <= len(row["text"]) or row["date"] != rec["date"]:
            raise ConfigError(f"{path}: {rec['id']} does not fit row {rec['row']} of {csv_path.name}")
        rec["text"] = row["text"][rec["start"]:rec["end"]]
    return records


def score_wikinews(data_dir: Path, folder: Path, limit: int | None,
                   records: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Score Wikinews-style records (default: the dev set) with whole articles run through the pipeline."""
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    if records is None:
        records = _read_jsonl(folder / "wikinews_events_dev.jsonl")
    records = records[:limit]
    pipe = load_pipeline()
    tables: dict[str, list[dict[str, str]]] = {}
    done: dict[tuple[str, int], Article] = {}
    docs: dict[tuple[str, int], Any] = {}  # the parses, kept for the loss tables' stages
    pairs, details = [], []
    halves: dict[str, list[tuple[set[Triple], set[Triple]]]] = {"A": [], "B": []}
    for rec in records:
        key = (rec["file"], rec["row"])
        if key not in done:
            path = Path(data_dir) / "corpus" / "wikinews" / Path(rec["file"]).name
            if rec["file"] not in tables:  # read each CSV once, not once per record
                tables[rec["file"]] = _csv_rows(path)
            rows = tables[rec["file"]]
            row = rows[rec["row"]]
            art = Article(text=row["text"], source=Source("text", path=str(path)), published=rec["date"],
                          headline=row.get("title"))
            docs[key] = pipe.nlp(art.text)
            done[key] = pipe.annotate(art, docs[key])
        art = done[key]
        evs = [e for e in art.events if rec["start"] <= (e.trigger or e.evidence).start < rec["end"]]
        pred, gold = _event_triples(evs), _gold_triples(rec)
        pairs.append((pred, gold))
        # dev halves by article (alternating in file order), to check a fix made on one half
        # does not drop the other: sentences of one article never straddle the halves
        halves["AB"[list(done).index(key) % 2]].append((pred, gold))
        drops: list[str] = []
        details.append({"id": rec["id"], "pred": sorted(map(list, pred), key=str), "gold": sorted(map(list, gold), key=str),
                        "stage": _stage(evs, docs[key], art, rec["start"], rec["end"], drops), "drops": drops,
                        "origins": _origins(evs, art), "confidences": _confidences(evs)})
    return {"sentences": len(records), "gold_triples": sum(len(g) for _, g in pairs),
            "scores": score(pairs), "halves": {h: score(p) for h, p in halves.items()}, "details": details}


# ---------------------------------------------------------------- PETRARCH unit tests


def _petr_dictionary_hook(folder: Path) -> Any:
    """The colleague's PETRARCH dictionary import, loaded with the PETR.Validate files; None if absent."""
    try:
        from dateline.resolve import actors  # type: ignore[attr-defined]
    except ImportError:
        return None
    loader = getattr(actors, "load_petrarch_dictionaries", None) or getattr(actors, "load_dictionaries", None)
    if loader is None:
        return None
    base = folder / "universalpetrarch"
    return loader([base / "PETR.Validate.actors.txt", base / "PETR.Validate.agents.txt"])


def score_petr(folder: Path, records: list[dict[str, Any]]) -> dict[str, Any]:
    hook = _petr_dictionary_hook(folder)
    if hook is None:
        return {"skipped": "needs the PETRARCH dictionary import of dateline.resolve.actors (branch actors)"}
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    pipe = load_pipeline()
    pairs = []
    use = getattr(hook, "activate", None)
    for rec in records:
        art = Article(text=rec["text"], source=Source("text"), published=rec["date"])
        if callable(use):
            with use():
                art = pipe.annotate(art, pipe.nlp(art.text))
        else:
            art = pipe.annotate(art, pipe.nlp(art.text))
        pairs.append((_event_triples(art.events), _gold_triples(rec)))
    return {"records": len(records), "scores": score(pairs)}


def score_peer(path: Path, records: list[dict[str, Any]]) -> dict[str, Any]:
    """A peer coder's saved predictions ({id, pred: [[src, tgt, code], ...]}) on the same records."""
    if not path.is_file():
        return {"skipped": f"{path.name} not found"}
    preds = {}
    for row in _read_jsonl(path):
        preds[row["id"]] = {(s, c, t) for s, t, c in (row["pred"] or [])}
    pairs = [(preds.get(r["id"].split(":", 1)[1], set()), _gold_triples(r)) for r in records]
    return {"records": len(records), "scores": score(pairs)}


# ---------------------------------------------------------------- PLOVER


def plover_type(code: str) -> str | None:
    """The PLOVER type of a CAMEO code, in the draft naming the PLOVER gold records use."""
    from dateline.events.codebook import info

    return PLOVER_DRAFT_BY_ROOT.get(code[:2]) or info(code).plover


def score_plover(records: list[dict[str, Any]]) -> dict[str, Any]:
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    pipe = load_pipeline()
    pairs = []
    for rec in records:
        art = Article(text=rec["text"], source=Source("text"), published=rec["date"])
        art = pipe.annotate(art, pipe.nlp(art.text))
        pred = {(e.source.code, plover_type(e.code), e.target.code) for e in art.events if plover_type(e.code)}
        pairs.append((pred, _gold_triples(rec)))
    return {"records": len(records), "scores": score(pairs, plover=True)}


# ---------------------------------------------------------------- report


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise ConfigError(f"{path}: gold file not found")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def format_report(result: dict[str, Any]) -> str:
    lines = ["events: triple precision / recall / F1", ""]
    lines.append(f"{'set':<20} {'level':<8} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
    for name, part in result.items():
        if "skipped" in part:
            lines.append(f"{name:<20} skipped: {part['skipped']}")
            continue
        for level in LEVELS:
            s = part["scores"][level]
            lines.append(f"{name:<20} {level:<8} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}"
                         f"   {s['tp']}/{s['fp']}/{s['fn']}")
        for half, scores in part.get("halves", {}).items():
            for level in LEVELS:
                s = scores[level]
                label = f"{name}[{half}]"
                lines.append(f"{label:<20} {level:<8} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}"
                             f"   {s['tp']}/{s['fp']}/{s['fn']}")
    return "\n".join(lines + _loss_tables(result))


def _per_set(result: dict[str, Any], *fields: tuple[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """Per set scored sentence by sentence, each sentence as (pred, gold, *the detail fields asked
    for, with their defaults); "blind4" pools the four older blind sets when all are there."""
    out = {name: [({tuple(t) for t in d["pred"]}, {tuple(t) for t in d["gold"]},
                   *(d.get(key, default) for key, default in fields)) for d in part["details"]]
           for name, part in result.items() if part.get("details")}
    if all(name in out for name in BLIND_POOL):
        out["blind4"] = [item for name in BLIND_POOL for item in out[name]]
    return out


def _loss_tables(result: dict[str, Any]) -> list[str]:
    """Aggregate loss and wrong-triple counts for every set scored sentence by sentence, and the
    four older blind sets pooled: counts only, so the blind sets' sentences stay unread."""
    from dateline.eval.event_losses import (CONFIDENCE_ROWS, DROP_REASONS, LOSS_ROWS, ORIGINS, SIDE_VERDICTS, WRONGS,
                                            breakdown_table, confidence_breakdown, drop_breakdown, loss_breakdown,
                                            role_breakdown, side_breakdown, wrong_breakdown, ROLE_ROWS,
                                            NOACT_REASONS, noact_breakdown, code_breakdown, code_rows,
                                            CODE_TITLE, NOACT_TITLE)

    pairs = _per_set(result, ("stage", ""))
    if not pairs:
        return []
    sides = _per_set(result, ("origins", ()))
    dropped = _per_set(result, ("stage", ""), ("drops", ()))
    confident = _per_set(result, ("confidences", ()))
    short = {name: name.replace("wikinews_", "wn_") for name in pairs}
    roles = {n: role_breakdown(p) for n, p in pairs.items()}
    wrongs = {n: wrong_breakdown(p) for n, p in pairs.items()}
    code_names, code_columns = code_rows([code_breakdown(p) for p in pairs.values()])
    return ([""] + breakdown_table("where the gold triples go (exact level), share of each set's gold triples:",
                                   LOSS_ROWS, {short[n]: loss_breakdown(p) for n, p in pairs.items()})
            + [""] + breakdown_table("what the wrong triples are (exact level), share of each set's predicted triples:",
                                     WRONGS, {short[n]: wrongs[n] for n in pairs})
            + [""] + breakdown_table("the sides of wrong triples with the right countries and root but another "
                                     "role, predicted role -> gold role (share of each set's predicted triples):",
                                     tuple(r for r in ROLE_ROWS if any(roles[n].get(r) for n in pairs)),
                                     {short[n]: roles[n] for n in pairs},
                                     {short[n]: sum(wrongs[n].values()) for n in pairs})
            + [""] + breakdown_table(CODE_TITLE, code_names, {short[n]: c for n, c in zip(pairs, code_columns)},
                                     {short[n]: sum(wrongs[n].values()) for n in pairs})
            + [""] + breakdown_table("where each predicted side's country came from, and whether a gold triple of the "
                                     "same root has it (share of each set's predicted sides):",
                                     tuple(f"{o}: {v}" for o in ORIGINS for v in SIDE_VERDICTS),
                                     {short[n]: side_breakdown(s) for n, s in sides.items()})
            + [""] + breakdown_table("why an act's resolved pair was dropped (gold triples of sentences whose furthest "
                                     "step is a dropped pair; share of each set's gold triples):",
                                     DROP_REASONS, {short[n]: drop_breakdown(d) for n, d in dropped.items()},
                                     {short[n]: sum(len(item[1]) for item in d) for n, d in dropped.items()})
            + [""] + breakdown_table(NOACT_TITLE, NOACT_REASONS, {short[n]: noact_breakdown(d) for n, d in dropped.items()},
                                     {short[n]: sum(len(item[1]) for item in d) for n, d in dropped.items()})
            + [""] + breakdown_table("the predicted triples by the coder's confidence, right or wrong (exact level; share "
                                     "of each set's predicted triples):", CONFIDENCE_ROWS,
                                     {short[n]: confidence_breakdown(c) for n, c in confident.items()}))
