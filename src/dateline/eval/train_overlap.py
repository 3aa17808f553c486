"""Training sentences that repeat a sentence of a set they must stay apart from.

Wire services re-send a story under a new id (a correction, a longer take, another desk's copy),
so the same sentence can sit in a tuning file and in a holdout file, or in a training file and in a
blind set. A repeated sentence is not unseen text: a holdout copy of a tuned sentence flatters the
holdout figure, and a training copy of a blind sentence lets rules be fitted to the blind set.
Records are matched on their text, normalised for case, punctuation and spacing, never on ids
(the ids differ by construction). The blind sets are read for their texts only, never shown.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

R = TypeVar("R")

_NON_WORD = re.compile(r"[\W_]+")

# the sets whose sentences are read to tune rules (besides the training files' tuning part)
TUNED_SETS = frozenset({"wikinews", "wikinews_extra", "wikinews_extra2", "reuters_dev", "conll_train"})


def normalise(text: str) -> str:
    """The comparison key: a re-sent sentence differs at most in case, quotes and spacing."""
    return _NON_WORD.sub(" ", text.lower()).strip()


@lru_cache(maxsize=4)
def blind_texts(data_dir: Path) -> frozenset[str]:
    """Normalised sentences of every blind set `dateline eval events` scores."""
    from dateline.eval.conll_events import load_conll_events
    from dateline.eval.events import EXTRA3_GOLD, EXTRA4_GOLD, EXTRA5_GOLD, load_wikinews_extra
    from dateline.eval.reuters_events import load_reuters
    from dateline.eval.timebank_events import load_timebank

    recs: list[dict[str, Any]] = [*load_reuters(data_dir), *load_conll_events(data_dir), *load_timebank(data_dir)]
    for gold in (EXTRA3_GOLD, EXTRA4_GOLD, EXTRA5_GOLD):
        recs += load_wikinews_extra(data_dir, gold)
    return frozenset(normalise(r["text"]) for r in recs if r.get("text"))


def drop_repeats(records: Iterable[R], text_of: Callable[[R], str], set_of: Callable[[R], str],
                 is_holdout: Callable[[str], bool], blind: frozenset[str]) -> list[R]:
    """Training records minus (a) any repeating a blind sentence and (b) holdout ones repeating a
    tuned sentence (a tuning training file or a tuned set). Other sets' records pass unchanged.

    `set_of` gives a record's set name ("train_r12", "reuters_dev", ...)."""
    records = list(records)
    keys = [normalise(text_of(r)) for r in records]
    tuned = {k for r, k in zip(records, keys) if _is_tuned(set_of(r), is_holdout)}
    out = []
    for r, k in zip(records, keys):
        name = set_of(r)
        if name.startswith("train_"):
            if k in blind or (is_holdout(name.removeprefix("train_")) and k in tuned):
                continue
        out.append(r)
    return out


def _is_tuned(name: str, is_holdout: Callable[[str], bool]) -> bool:
    if name.startswith("train_"):
        return not is_holdout(name.removeprefix("train_"))
    return name in TUNED_SETS
