"""`dateline eval agreement`: how far two annotators of the same gold spans agree, beside the coder.

Why: a coder can only be as "right" as the gold it is scored on, and gold is one annotator's reading.
Where a set's spans were coded a second time, independently and by the same standard, annotator B
scored against annotator A gives the ceiling a coder can be expected to reach. So the figures are
computed with the very functions the coder is scored with (`dateline.eval.events.score`: the same
triples and the exact / country / root levels), and the coder is shown scored against each annotator
on the same spans: coder-vs-A, coder-vs-B and B-vs-A side by side are comparable.

Per pair, on the spans both files annotate (matched by record id):
- triple precision / recall / F1 of B against A (A is the reference; F1 is symmetric anyway);
- sentence-level agreement on "has an event": observed agreement and Cohen's kappa;
- the share of sentences whose two triple sets are identical, at each level;
- the coder scored against A and against B. The coder runs once, on A's records, by the set's own
  scorer (so its predictions for a sentence are exactly those `dateline eval events` scores), and its
  per-sentence predictions are then compared with each annotation.
A pair whose second (or primary) file is missing is reported as skipped, not as an error.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.errors import ConfigError
from dateline.eval.events import LEVELS, Triple, _gold_triples, _level, _read_jsonl, score

DATA = Path(__file__).parent / "data"
#: the training annotations (not read as gold by any scored set) and their second, blind annotation
#: of a sample (events_train_b/ is not globbed by `training_records`: only events_train/*.jsonl is)
TRAIN_DATA = Path(__file__).resolve().parents[1] / "data" / "events_train"
TRAIN_DATA_B = Path(__file__).resolve().parents[1] / "data" / "events_train_b"

Loader = Callable[[Path, Path], list[dict[str, Any]]]
#: (data_dir, primary gold path, limit) -> a scorer result with per-sentence "details" ({id, pred})
Coder = Callable[[Path, Path, "int | None"], dict[str, Any]]


@dataclass(frozen=True)
class AgreementPair:
    """A gold set with a second, independent annotation of (some of) its spans.

    `loader(data_dir, path)` reads a gold file of the set and checks each span against its text (so a
    second file whose spans do not fit the corpus is refused as the primary would be); `coder` scores
    the pipeline on the primary file the way `dateline eval events` does.
    """

    name: str
    primary: Path   # a relative path is taken under data_dir (gold that lives in the shared data)
    second: Path
    loader: Loader
    coder: Coder

    def files(self, data_dir: Path) -> tuple[Path, Path]:
        return tuple(p if p.is_absolute() else Path(data_dir) / p for p in (self.primary, self.second))  # type: ignore[return-value]


def _load_wikinews(data_dir: Path, path: Path) -> list[dict[str, Any]]:
    from dateline.eval.events import load_wikinews_extra

    return load_wikinews_extra(data_dir, path)


def _code_wikinews(data_dir: Path, path: Path, limit: int | None) -> dict[str, Any]:
    from dateline.eval.events import score_wikinews

    folder = Path(data_dir) / "events"
    return score_wikinews(data_dir, folder, limit, records=_load_wikinews(data_dir, path))


def _load_conll(data_dir: Path, path: Path) -> list[dict[str, Any]]:
    from dateline.eval.conll_events import SOURCE_FILE, load_conll_events

    return load_conll_events(data_dir, path, SOURCE_FILE)


def _code_conll(data_dir: Path, path: Path, limit: int | None) -> dict[str, Any]:
    from dateline.eval.conll_events import score_conll

    return score_conll(data_dir, limit, path)


def _load_timebank(data_dir: Path, path: Path) -> list[dict[str, Any]]:
    from dateline.eval.timebank_events import load_timebank

    return load_timebank(data_dir, path)


def _code_timebank(data_dir: Path, path: Path, limit: int | None) -> dict[str, Any]:
    from dateline.eval.timebank_events import score_timebank

    return score_timebank(data_dir, limit, path)


def _load_timebank_train(data_dir: Path, path: Path) -> list[dict[str, Any]]:
    from dateline.eval.timebank_events import load_timebank

    return load_timebank(data_dir, path, prefix="ttrain")


def _code_timebank_train(data_dir: Path, path: Path, limit: int | None) -> dict[str, Any]:
    from dateline.eval.timebank_events import score_timebank

    return score_timebank(data_dir, limit, path, prefix="ttrain")


def _load_conll_train(data_dir: Path, path: Path) -> list[dict[str, Any]]:
    from dateline.eval.conll_events import TRAIN_SOURCE_FILE, load_conll_events

    return load_conll_events(data_dir, path, TRAIN_SOURCE_FILE)


def _code_conll_train(data_dir: Path, path: Path, limit: int | None) -> dict[str, Any]:
    from dateline.eval.conll_events import TRAIN_SOURCE_FILE, score_conll

    return score_conll(data_dir, limit, path, TRAIN_SOURCE_FILE)


def _load_reuters(data_dir: Path, path: Path) -> list[dict[str, Any]]:
    from dateline.eval.reuters_events import load_reuters

    return load_reuters(data_dir, path)


def _code_reuters(data_dir: Path, path: Path, limit: int | None) -> dict[str, Any]:
    from dateline.eval.reuters_events import score_reuters

    return score_reuters(data_dir, limit, path)


REGISTRY: tuple[AgreementPair, ...] = (
    # the issue's own dev set (its author's codes) re-annotated by our process: how far our gold sets
    # can be expected to agree with gold made "like the dev set"
    AgreementPair("wikinews", Path("events") / "wikinews_events_dev.jsonl", DATA / "wikinews_events_dev_b.jsonl",
                  _load_wikinews, _code_wikinews),
    AgreementPair("wikinews_extra3", DATA / "wikinews_events_extra3.jsonl", DATA / "wikinews_events_extra3_b.jsonl",
                  _load_wikinews, _code_wikinews),
    AgreementPair("wikinews_extra4", DATA / "wikinews_events_extra4.jsonl", DATA / "wikinews_events_extra4_b.jsonl",
                  _load_wikinews, _code_wikinews),
    AgreementPair("wikinews_extra5", DATA / "wikinews_events_extra5.jsonl", DATA / "wikinews_events_extra5_b.jsonl",
                  _load_wikinews, _code_wikinews),
    AgreementPair("conll", DATA / "conll_events.jsonl", DATA / "conll_events_b.jsonl", _load_conll, _code_conll),
    AgreementPair("reuters", DATA / "reuters_events.jsonl", DATA / "reuters_events_b.jsonl",
                  _load_reuters, _code_reuters),
    AgreementPair("timebank", DATA / "timebank_events.jsonl", DATA / "timebank_events_b.jsonl",
                  _load_timebank, _code_timebank),
) + tuple(
    # the twenty-eighth session's new training spans (data/events_train/), every sixth article of its
    # tuning files coded a second time, blind (agree67; docs/evaluation/events-agree67.md)
    AgreementPair(f"train_{stem}", TRAIN_DATA / f"{stem}.jsonl", TRAIN_DATA_B / f"{stem}_b.jsonl", loader, coder)
    for stem, loader, coder in (
        ("t1", _load_timebank_train, _code_timebank_train), ("t3", _load_timebank_train, _code_timebank_train),
        ("r10", _load_reuters, _code_reuters), ("r12", _load_reuters, _code_reuters),
        ("r14", _load_reuters, _code_reuters), ("r16", _load_reuters, _code_reuters),
        ("c9", _load_conll_train, _code_conll_train),
        ("w10", _load_wikinews, _code_wikinews), ("w12", _load_wikinews, _code_wikinews))
)


def evaluate(data_dir: Path, limit: int | None = None,
             pairs: Sequence[AgreementPair] = REGISTRY) -> dict[str, Any]:
    """Agreement figures for every registered pair; `limit` keeps the first N spans of the primary file."""
    result: dict[str, Any] = {}
    for pair in pairs:
        missing = next((p for p in pair.files(data_dir) if not p.is_file()), None)
        if missing is not None:
            result[pair.name] = {"skipped": f"{Path(missing).name} not found"}
            continue
        result[pair.name] = compare_pair(data_dir, pair, limit)
    return result


def compare_pair(data_dir: Path, pair: AgreementPair, limit: int | None = None) -> dict[str, Any]:
    """A against B, and the coder against each, on the spans both files annotate."""
    primary, second_path = pair.files(data_dir)
    first = pair.loader(data_dir, primary)[:limit]
    second = {rec["id"]: rec for rec in pair.loader(data_dir, second_path)}
    shared = [rec for rec in first if rec["id"] in second]
    for rec in shared:
        other = second[rec["id"]]
        if (other.get("start"), other.get("end")) != (rec.get("start"), rec.get("end")):
            # the same id must mean the same sentence, or the two readings are not comparable
            raise ConfigError(f"{second_path}: {rec['id']} has another span than in {primary.name}")
    gold_a = {rec["id"]: _gold_triples(rec) for rec in shared}
    gold_b = {rec["id"]: _gold_triples(second[rec["id"]]) for rec in shared}
    ids = [rec["id"] for rec in shared]
    out: dict[str, Any] = {
        "spans_a": len(first), "spans_b": len(second), "spans_shared": len(ids),
        "triples_a": sum(len(gold_a[i]) for i in ids), "triples_b": sum(len(gold_b[i]) for i in ids),
        "scores": {"B_vs_A": score((gold_b[i], gold_a[i]) for i in ids)},
        "has_event": has_event_agreement([bool(gold_a[i]) for i in ids], [bool(gold_b[i]) for i in ids]),
        "identical": identical_share([(gold_a[i], gold_b[i]) for i in ids]),
    }
    coded = pair.coder(data_dir, primary, limit)
    if "skipped" in coded:
        out["coder"] = {"skipped": coded["skipped"]}
        return out
    pred = {d["id"]: {tuple(t) for t in d["pred"]} for d in coded["details"]}
    scored = [i for i in ids if i in pred]
    out["coder_spans"] = len(scored)
    out["scores"]["coder_vs_A"] = score((pred[i], gold_a[i]) for i in scored)
    out["scores"]["coder_vs_B"] = score((pred[i], gold_b[i]) for i in scored)
    return out


def has_event_agreement(a: Sequence[bool], b: Sequence[bool]) -> dict[str, Any]:
    """Observed agreement and Cohen's kappa on the yes/no "this sentence has an event" decision.

    Kappa corrects the observed agreement for the agreement two annotators with these event rates
    would reach by chance, which matters here because most spans of a mechanical selection have no
    event: two annotators who both said "no event" everywhere would agree on most spans. Kappa is None
    when chance agreement is already 1 (both annotators gave one answer throughout).
    """
    n = len(a)
    if n == 0:
        return {"n": 0, "observed": None, "kappa": None, "events_a": 0, "events_b": 0}
    observed = sum(x == y for x, y in zip(a, b)) / n
    rate_a, rate_b = sum(a) / n, sum(b) / n
    chance = rate_a * rate_b + (1 - rate_a) * (1 - rate_b)
    kappa = None if chance == 1 else (observed - chance) / (1 - chance)
    return {"n": n, "observed": round(observed, 3), "kappa": None if kappa is None else round(kappa, 3),
            "events_a": sum(a), "events_b": sum(b)}


def identical_share(pairs: Sequence[tuple[set[Triple], set[Triple]]]) -> dict[str, float | None]:
    """Per level, the share of sentences whose two triple sets are equal (both empty counts as equal)."""
    if not pairs:
        return {level: None for level in LEVELS}
    return {level: round(sum({_level(t, level) for t in x} == {_level(t, level) for t in y} for x, y in pairs)
                         / len(pairs), 3) for level in LEVELS}


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_report(result: dict[str, Any]) -> str:
    lines = ["agreement: annotator B scored against annotator A, and the coder against each,",
             "on the spans both annotated (triple P / R / F1 at the levels of `dateline eval events`)", ""]
    for name, part in result.items():
        if "skipped" in part:
            lines.append(f"{name}: skipped: {part['skipped']}")
            lines.append("")
            continue
        lines.append(f"{name}: {part['spans_shared']} spans both annotated (A {part['spans_a']}, B {part['spans_b']});"
                     f" gold triples A {part['triples_a']}, B {part['triples_b']}")
        lines.append(f"  {'pair':<12} {'level':<8} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
        for label, scores in part["scores"].items():
            for level in LEVELS:
                s = scores[level]
                lines.append(f"  {label:<12} {level:<8} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}"
                             f"   {s['tp']}/{s['fp']}/{s['fn']}")
        if "coder" in part:
            lines.append(f"  coder: skipped: {part['coder']['skipped']}")
        elif part.get("coder_spans") != part["spans_shared"]:
            lines.append(f"  coder scored on {part.get('coder_spans')} of the shared spans")
        h = part["has_event"]
        lines.append(f"  has an event: observed agreement {_fmt(h['observed'])}, Cohen's kappa {_fmt(h['kappa'])}"
                     f" (event sentences A {h['events_a']}, B {h['events_b']} of {h['n']})")
        same = part["identical"]
        lines.append("  identical triple sets: " + ", ".join(f"{level} {_fmt(same[level])}" for level in LEVELS))
        lines.append("")
    return "\n".join(lines).rstrip()
