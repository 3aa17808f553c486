"""Training and measuring the learned event coder (dateline.events.learned) on our annotations.

Data: the tuning event sets (wikinews dev, wikinews_extra, wikinews_extra2, reuters_dev) and the
training annotations in data/events_train/*.jsonl (CoNLL-2003 train `docno` records, Reuters-21578
`newid` records, TimeBank / AQUAINT `doc` records), offsets only, the text read from data_dir at training time. `conll_train` is the
validation set: never trained on (and a training article that is one of its documents is dropped).
Blind sets are never read here.

Each article goes through the pipeline with the learned stage off (the rule coder's events are a
feature), then every gold sentence yields its candidates (`learned.candidates`), labelled with the
gold code of their pair or NONE. A multinomial logistic regression (scikit-learn, fixed seed) is
fitted on them; its weights are saved as a small npz that inference reads with numpy alone.
"""
from __future__ import annotations

import json
import os
import random
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from dateline.events import learned

TRAIN_DIR = Path(__file__).resolve().parent.parent / "data" / "events_train"
MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "models" / "event_pairs.npz"
Triple = tuple[str | None, str, str | None]
SEED = 13
PRUNE = 0.01  # |weight| below this is stored as 0 (no change on validation; 3.5 MB -> 0.3 MB)
# learn69: the last training file of each source that the project scores. Files past these are being
# annotated blind, to score the coder once at the start's and the end's state: they are never extracted,
# trained on or reported. Raise a number when its batch is released (r22-r29: released in the
# twenty-ninth session after both scorings; r46-r57 in the thirty-first).
LAST_RELEASED = {"c": 12, "r": 69, "t": 4, "w": 13}


def released(stem: str) -> bool:
    """Whether a training file ("r29", "r30") may be read: not past LAST_RELEASED (an unknown
    source letter is released; a stem without a number is too)."""
    head, num = stem[:1], stem[1:]
    return not (num.isdigit() and head in LAST_RELEASED and int(num) > LAST_RELEASED[head])


# ---------------------------------------------------------------- data


def _records(data_dir: Path, blind: bool = False) -> list[tuple[str, dict[str, Any], Callable[[], Any], Any]]:
    """(set name, record, article maker, article key) for every training and validation sentence.
    `blind`: also the files past LAST_RELEASED (`dateline eval events_train` scores them; the learned
    coder's extraction, training and figures never read them)."""
    from dateline.eval.conll_events import TRAIN_GOLD, TRAIN_SOURCE_FILE, conll_file, load_conll_events
    from dateline.eval.events import EXTRA2_GOLD, EXTRA_GOLD, _csv_rows, _read_jsonl, load_wikinews_extra
    from dateline.eval.reuters_dev import load_reuters_dev
    from dateline.eval.reuters_events import corpus_file, load_reuters
    from dateline.eval.timebank_events import load_timebank
    from dateline.model import Article, Source

    out: list[tuple[str, dict[str, Any], Callable[[], Any], Any]] = []
    tables: dict[str, list[dict[str, str]]] = {}

    def wiki(name: str, recs: list[dict[str, Any]]) -> None:
        for rec in recs:
            path = Path(data_dir) / "corpus" / "wikinews" / Path(rec["file"]).name
            if rec["file"] not in tables:  # read each CSV once, not once per record
                tables[rec["file"]] = _csv_rows(path)
            rows = tables[rec["file"]]
            row = rows[rec["row"]]
            out.append((name, rec, lambda row=row, rec=rec, path=path: Article(
                text=row["text"], source=Source("text", path=str(path)), published=rec["date"],
                headline=row.get("title")), ("wiki", Path(rec["file"]).name, rec["row"])))

    def reuters(name: str, recs: list[dict[str, Any]]) -> None:
        for rec in recs:
            src = rec["article"]
            out.append((name, rec, lambda src=src, rec=rec: src.as_article(
                str(corpus_file(data_dir, rec["file"])), rec["date"]), ("reuters", rec["file"], rec["newid"])))

    def timebank(name: str, recs: list[dict[str, Any]]) -> None:
        for rec in recs:
            doc, origin = rec["document"], str(Path(data_dir) / "timex" / rec["file"])
            out.append((name, rec, lambda doc=doc, origin=origin: Article(
                text=doc["text"], source=Source("text", path=origin), published=doc["dct"]),
                ("timebank", rec["file"], rec["doc"])))

    def conll(name: str, recs: list[dict[str, Any]]) -> None:
        for rec in recs:
            src = rec["article"]
            out.append((name, rec, lambda src=src, rec=rec: Article(
                text=src.text, source=Source("text", path=str(conll_file(data_dir, rec["file"]))),
                published=rec["date"], headline=src.headline), ("conll", rec["file"], rec["docno"])))

    wiki("wikinews", _read_jsonl(Path(data_dir) / "events" / "wikinews_events_dev.jsonl"))
    wiki("wikinews_extra", load_wikinews_extra(data_dir, EXTRA_GOLD))
    wiki("wikinews_extra2", load_wikinews_extra(data_dir, EXTRA2_GOLD))
    reuters("reuters_dev", load_reuters_dev(data_dir))
    conll("conll_train", load_conll_events(data_dir, TRAIN_GOLD, TRAIN_SOURCE_FILE))
    held = {key for name, _, _, key in out if name == "conll_train"}
    for path in sorted(TRAIN_DIR.glob("*.jsonl")) if TRAIN_DIR.is_dir() else []:
        if not blind and not released(path.stem):  # being annotated blind: not read for the learned coder
            continue
        recs = _read_jsonl(path)
        if not recs:
            continue
        name = "train_" + path.stem
        if "row" in recs[0]:
            wiki(name, recs)
        elif "doc" in recs[0]:  # a TimeBank / AQUAINT document (1989-2000 wire and broadcast news)
            timebank(name, load_timebank(data_dir, path, prefix="ttrain"))
        elif "docno" in recs[0]:
            got = load_conll_events(data_dir, path, TRAIN_SOURCE_FILE)
            conll(name, [r for r in got if ("conll", r["file"], r["docno"]) not in held])
        else:
            reuters(name, load_reuters(data_dir, path))
    return _without_repeats(out, Path(data_dir))


def _without_repeats(out: list[tuple[str, dict[str, Any], Callable[[], Any], Any]],
                     data_dir: Path) -> list[tuple[str, dict[str, Any], Callable[[], Any], Any]]:
    """Re-sent wire sentences: none of a blind set in training, none of a tuned set in the holdout."""
    from dateline.eval.events_train import HOLDOUT_FILES
    from dateline.eval.train_overlap import blind_texts, drop_repeats

    def text_of(item: tuple[str, dict[str, Any], Callable[[], Any], Any]) -> str:
        rec = item[1]
        return rec.get("text") or item[2]().text[rec["start"]:rec["end"]]

    return drop_repeats(out, text_of, lambda item: item[0], HOLDOUT_FILES.__contains__, blind_texts(data_dir))


def training_records(data_dir: Path) -> list[tuple[str, dict[str, Any], Callable[[], Any], Any]]:
    """The annotated training sentences only (data/events_train), grouped by article: the
    development set of `dateline eval events_train`."""
    return [r for r in _records(data_dir, blind=True) if r[0].startswith("train_")]


def gold_triples(rec: dict[str, Any]) -> set[Triple]:
    return {(e["source_actor"], e["event_code"], e["target_actor"]) for e in rec["events"]}


def extract(data_dir: Path, progress: bool = False) -> list[dict[str, Any]]:
    """One item per gold sentence: its set, article group, candidates (pair, features), rule and gold triples."""
    from dateline.api import load_pipeline
    from dateline.events.actors import ActorContext

    old = os.environ.get(learned.ENV_SWITCH)
    os.environ[learned.ENV_SWITCH] = "off"  # the rule coder alone: its events are features
    try:
        pipe = load_pipeline()
        done: dict[Any, tuple[Any, Any, Any]] = {}
        items = []
        recs = _records(data_dir)
        for n, (name, rec, make, key) in enumerate(recs):
            if key not in done:
                art = make()
                doc = pipe.nlp(art.text)
                art = pipe.annotate(art, doc)
                done = {key: (art, doc, ActorContext.build(doc, art))}  # records come grouped by article
            art, doc, ctx = done[key]
            items.append(sentence_item(name, key, rec["start"], rec["end"], gold_triples(rec), art, doc, ctx))
            if progress and n % 50 == 0:
                print(f"  {n}/{len(recs)} sentences", flush=True)
        return items
    finally:
        if old is None:
            os.environ.pop(learned.ENV_SWITCH, None)
        else:
            os.environ[learned.ENV_SWITCH] = old


def sentence_item(name: str, key: Any, start: int, end: int, gold: set[Triple], art: Any, doc: Any,
                  ctx: Any) -> dict[str, Any]:
    """A gold sentence's candidates, its rule triples and gold triples (the unit of training and scoring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    toks = list(span) if span is not None else []
    evs = [e for e in art.events if start <= (e.trigger or e.evidence).start < end]
    cands = learned.candidates(toks, ctx, evs)
    return {"set": name, "group": json.dumps(key), "gold": sorted(gold, key=str),
            "rules": sorted({(e.source.code, e.code, e.target.code) for e in evs if e.target.code}, key=str),
            "cands": [((c.source.code, c.target.code), c.features) for c in cands]}


def labels(item: dict[str, Any], level: str = "exact", keep: bool = True) -> list[list[str]]:
    """Each candidate's gold codes (empty: NONE). `country`: a pair also takes the codes of gold
    triples whose actors match it at the country level (more positives, looser actors)."""
    gold = [tuple(g) for g in item["gold"]]
    out = []
    for (s, t), feats in item["cands"]:
        codes = [c for gs, c, gt in gold if gs == s and gt == t]
        if not codes and level == "country":
            codes = [c for gs, c, gt in gold if gs and gt and gs[:3] == s[:3] and gt[:3] == t[:3]]
        ruled = rule_codes(feats)
        if keep and ruled:  # the rule's code, when right, is learned as one shared class
            codes = [learned.KEEP if c == ruled[0] else c for c in codes]
        out.append(codes)
    return out


# ---------------------------------------------------------------- training


def fit(items: list[dict[str, Any]], level: str = "exact", min_count: int = 2, c: float = 1.0,
        threshold: float = 0.5, mode: str = "replace", keep: bool = True, none_weight: float = 1.0,
        drop: tuple[str, ...] = ()) -> learned.Model:
    """A multinomial logistic regression over the items' candidates (deterministic: fixed seed,
    features in sorted order). `none_weight`: the weight of a NONE row (below 1: events count more,
    for recall); `drop`: feature prefixes left out (ablations)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows: list[list[str]] = []
    ys: list[str] = []
    for it in items:
        for ((_, feats), codes) in zip(it["cands"], labels(it, level, keep)):
            if drop:
                feats = [f for f in feats if not f.startswith(drop)]
            for code in codes or [learned.NONE]:
                rows.append(feats)
                ys.append(code)
    counts = Counter(f for r in rows for f in set(r))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    data, ind, ptr = [], [], [0]
    for r in rows:
        js = sorted({index[f] for f in r if f in index})
        ind += js
        data += [1.0] * len(js)
        ptr.append(len(ind))
    x = csr_matrix((data, ind, ptr), shape=(len(rows), len(names)))
    classes = sorted(set(ys) | {learned.NONE})
    if len(set(ys)) < 2:  # nothing to learn: every candidate is NONE
        return learned.Model(index, classes, np.zeros((len(names), len(classes))), np.zeros(len(classes)),
                             threshold, mode, {"level": level})
    clf = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
    weights = np.array([none_weight if y == learned.NONE else 1.0 for y in ys]) if none_weight != 1.0 else None
    clf.fit(x, ys, sample_weight=weights)
    got = [str(k) for k in clf.classes_]
    coef = np.zeros((len(names), len(classes)))
    intercept = np.full(len(classes), -30.0)  # a class never seen in training is never predicted
    if clf.coef_.shape[0] == 1:  # binary: sklearn keeps the second class's logit; the first's is 0
        intercept[classes.index(got[0])] = 0.0
        coef[:, classes.index(got[1])] = clf.coef_[0]
        intercept[classes.index(got[1])] = clf.intercept_[0]
    else:
        for j, k in enumerate(got):
            coef[:, classes.index(k)] = clf.coef_[j]
            intercept[classes.index(k)] = clf.intercept_[j]
    coef[np.abs(coef) < PRUNE] = 0.0  # tiny weights change no decision; zeros keep the file ~10x smaller
    return learned.Model(index, classes, coef, intercept, threshold, mode,
                         {"level": level, "c": c, "min_count": min_count, "rows": len(rows),
                          "none_weight": none_weight, "drop": list(drop)})


def rule_codes(feats: list[str]) -> list[str]:
    return [f[5:] for f in feats if f.startswith("rule=")]


def ruled_sentence(item: dict[str, Any]) -> bool:
    """The rules coded something in the sentence (the hook looks only at such sentences)."""
    return any(f == "rule_any" or f.startswith("mono=") for _, fs in item["cands"] for f in fs)


MODES_MEASURED = ("model", "union", "rerank:0.1", "rerank:0.2", "rerank:0.3", "fill+rerank:0.1")
ONLY_RULED = True  # as the hook runs (speed); experiments may look at every sentence


def predict(model: learned.Model, item: dict[str, Any], threshold: float | None = None) -> set[Triple]:
    return predict_all(model, item, threshold)[0]


def predict_all(model: learned.Model, item: dict[str, Any], threshold: float | None = None,
                keep_threshold: float | None = None, every: bool = False) -> tuple[set[Triple], set[tuple[str, str]]]:
    """The model's triples for a sentence, and the pairs it doubts (below the keep threshold).
    `every`: also a sentence without a rule event (the filler)."""
    if ONLY_RULED and not every and not ruled_sentence(item):
        return set(), set()
    cands = [learned.Candidate(_actor(s), _actor(t), (0, 0), None, feats, rule_codes(feats)) for (s, t), feats in item["cands"]]
    picked, p_event = model.decide_all(cands, threshold)
    kt = model.keep_threshold if keep_threshold is None else keep_threshold
    doubted = {(c.source.code, c.target.code) for c, p in zip(cands, p_event) if p < kt}
    return {(cands[r].source.code, code, cands[r].target.code) for r, code, _ in picked}, doubted


def _actor(code: str) -> Any:
    from dateline.model import Actor

    return Actor(None, None, code, code[:3], None)


def system(model: learned.Model | None, item: dict[str, Any], mode: str, threshold: float | None = None) -> set[Triple]:
    rules = {tuple(t) for t in item["rules"]}
    if mode == "rules" or model is None:
        return rules
    if mode.startswith("fill+"):  # the filler: the model alone where the rules coded nothing, else the mode
        if not ruled_sentence(item):  # (the rules may still code a pair of one actor: kept)
            return rules | predict_all(model, item, threshold, every=True)[0]
        mode = mode[len("fill+"):]
    if mode.startswith("rerank"):  # rerank:KEEP_THRESHOLD
        pred, doubted = predict_all(model, item, threshold, float(mode.split(":")[1]) if ":" in mode else None)
        return learned.combine(rules, pred, "rerank", doubted)
    pred = predict(model, item, threshold)
    return learned.combine(rules, pred, "replace" if mode == "model" else mode)


def scores(pairs: Iterable[tuple[set[Triple], set[Triple]]]) -> dict[str, dict[str, float]]:
    from dateline.eval.events import score

    return score(pairs)


def cross_validate(items: list[dict[str, Any]], folds: int = 5, thresholds: Iterable[float] = (0.5,),
                   **kw: Any) -> dict[str, Any]:
    """k-fold CV by ARTICLE: each fold's articles are predicted by a model fitted on the others."""
    groups = sorted({it["group"] for it in items})
    random.Random(SEED).shuffle(groups)
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    thresholds = list(thresholds)
    out: dict[str, list[tuple[set[Triple], set[Triple]]]] = {"rules": []}
    for k in range(folds):
        train = [it for it in items if fold_of[it["group"]] != k]
        test = [it for it in items if fold_of[it["group"]] == k]
        _collect(fit(train, **kw), test, thresholds, out)
    return {name: scores(p) for name, p in out.items()}


def evaluate_on(model: learned.Model, items: list[dict[str, Any]], thresholds: Iterable[float]) -> dict[str, Any]:
    out: dict[str, list[tuple[set[Triple], set[Triple]]]] = {"rules": []}
    _collect(model, items, list(thresholds), out)
    return {name: scores(p) for name, p in out.items()}


def _collect(model: learned.Model, items: list[dict[str, Any]], thresholds: list[float],
             out: dict[str, list[tuple[set[Triple], set[Triple]]]]) -> None:
    """Add each item's (predicted, gold) triples under "rules" and under every mode@threshold."""
    for it in items:
        gold = {tuple(g) for g in it["gold"]}
        out["rules"].append((system(None, it, "rules"), gold))
        for th in thresholds:
            for mode in MODES_MEASURED:
                out.setdefault(f"{mode}@{th}", []).append((system(model, it, mode, th), gold))


def subsample(items: list[dict[str, Any]], share: float) -> list[dict[str, Any]]:
    """A share of the training ARTICLES (fixed seed), for the learning curve."""
    groups = sorted({it["group"] for it in items})
    random.Random(SEED).shuffle(groups)
    keep = set(groups[:max(1, round(len(groups) * share))])
    return [it for it in items if it["group"] in keep]


# ---------------------------------------------------------------- the command


THRESHOLDS = (0.3, 0.4, 0.5)


def is_holdout(item: dict[str, Any]) -> bool:
    """A sentence of the training annotations' holdout files (`dateline eval events_train`'s
    "holdout" part): never trained on, so the holdout keeps measuring what carries to unseen text."""
    from dateline.eval.events_train import part_of

    return item["set"].startswith("train_") and part_of(item["set"][len("train_"):]) == "holdout"


def split(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(training items, validation items): conll_train is validation only; the holdout files are
    in neither (`holdout_items` scores them)."""
    items = [i for i in items if not i["set"].startswith("train_") or released(i["set"][len("train_"):])]
    return ([i for i in items if i["set"] != "conll_train" and not is_holdout(i)],
            [i for i in items if i["set"] == "conll_train"])


def holdout_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [i for i in items if is_holdout(i) and released(i["set"][len("train_"):])]


def report(items: list[dict[str, Any]], threshold: float, folds: int = 5, holdout: bool = True,
           **kw: Any) -> dict[str, Any]:
    """Cross-validated, validation and holdout figures, and the learning curve on validation.
    `holdout=False` leaves the holdout block out (while choosing: the holdout is scored once, at the
    end); `kw` goes to `fit` (c, none_weight, drop ...)."""
    train, val = split(items)
    out: dict[str, Any] = {"train_sentences": len(train), "val_sentences": len(val),
                           "train_articles": len({i["group"] for i in train}),
                           "sets": dict(Counter(i["set"] for i in items))}
    out["cv"] = cross_validate(train, folds, THRESHOLDS, **kw)
    full = fit(train, threshold=threshold, **kw)
    out["val"] = evaluate_on(full, val, THRESHOLDS)
    if holdout:
        out["holdout"] = evaluate_on(full, holdout_items(items), THRESHOLDS)
    # learning curve: a fixed fifth of the training articles held out, the model fitted on shares
    # of the rest; scored on that fifth (~800 sentences) and on conll_train
    groups = sorted({i["group"] for i in train})
    random.Random(SEED).shuffle(groups)
    held = set(groups[::folds])
    rest = [i for i in train if i["group"] not in held]
    test = [i for i in train if i["group"] in held]
    out["curve"] = {}
    for share in (0.25, 0.5, 1.0):
        model = fit(subsample(rest, share), threshold=threshold, **kw)
        out["curve"][str(share)] = {"sentences": len(subsample(rest, share)),
                                    "heldout": evaluate_on(model, test, (threshold,)),
                                    "val": evaluate_on(model, val, (threshold,))}
    return out


def main(argv: list[str] | None = None) -> int:
    """scripts/train_event_model: extract, (optionally) measure, fit on all training data, save."""
    import argparse

    ap = argparse.ArgumentParser(prog="train_event_model", description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[4] / "shared" / "data"))
    ap.add_argument("--out", default=str(MODEL_FILE))
    # defaults chosen on conll_train validation and cross-validation (docs/evaluation/events-learn10.md)
    ap.add_argument("--threshold", type=float, default=0.4, help="least P(event) for the model's own events")
    ap.add_argument("--keep-threshold", type=float, default=0.1, help="rerank: least P(event) to keep a rule event")
    ap.add_argument("--mode", choices=learned.MODES, default="rerank")
    ap.add_argument("--items", help="cache of extracted items (JSON): read if present, else written")
    ap.add_argument("--report", help="write cross-validation / validation / learning-curve figures here (JSON)")
    ap.add_argument("--no-holdout", action="store_true", help="leave the holdout block out of the report (while choosing)")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 regularisation strength")
    ap.add_argument("--none-weight", type=float, default=1.0, help="weight of a NONE training row")
    args = ap.parse_args(argv)
    if args.items and Path(args.items).is_file():
        items = json.loads(Path(args.items).read_text())
    else:
        items = extract(Path(args.data), progress=True)
        if args.items:
            Path(args.items).write_text(json.dumps(items))
    train, _ = split(items)
    model = fit(train, threshold=args.threshold, mode=args.mode, c=args.c, none_weight=args.none_weight)
    model.keep_threshold = args.keep_threshold
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"model: {len(model.features)} features x {len(model.classes)} classes from {len(train)} sentences -> "
          f"{args.out} ({Path(args.out).stat().st_size} bytes)")
    if args.report:
        figures = report(items, args.threshold, holdout=not args.no_holdout, c=args.c, none_weight=args.none_weight)
        Path(args.report).write_text(json.dumps(figures, indent=1, sort_keys=True))
        print(f"figures -> {args.report}")
    return 0
