"""`reuters_dev`: a small hand-coded CAMEO set on 1987 Reuters newswire that the coder is tuned on.

All the other tuned event gold is Wikinews 2019-20; wire prose (title-only officials, "X said Y
would ...", upper-case headline lines, Iran-Iraq war reports) is a different register. The blind
`reuters` set (reuters_events.py) measures that register; this one is where wire rules are worked
out, so it draws only on files 011-014, which the blind set leaves alone. Both sets index the same
article text, rebuilt by `dateline.eval.reuters_events.read_articles`, and are scored the same way.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from dateline.errors import ConfigError
from dateline.eval.reuters_events import load_reuters, score_reuters

GOLD = Path(__file__).parent / "data" / "reuters_dev_events.jsonl"
# Files 011-014 only: the others are kept for the blind set.
DEV_FILES = ("reut2-011.xml.gz", "reut2-012.xml.gz", "reut2-013.xml.gz", "reut2-014.xml.gz")


def load_reuters_dev(data_dir: Path, path: Path = GOLD) -> list[dict[str, Any]]:
    """The dev records with `text` and `article` filled in; a record outside the dev files is an
    error, so tuning can never reach into the blind set's files."""
    from dateline.eval.events import _read_jsonl

    for rec in _read_jsonl(path):
        if rec["file"] not in DEV_FILES:
            raise ConfigError(f"{path}: {rec['id']} is in {rec['file']}, not one of the dev files {DEV_FILES}")
    return load_reuters(data_dir, path)


def score_reuters_dev(data_dir: Path, limit: int | None = None, path: Path = GOLD) -> dict[str, Any]:
    """Whole articles through the pipeline, sentence by sentence, exactly like the blind set."""
    load_reuters_dev(data_dir, path)  # the dev-file check
    return score_reuters(data_dir, limit, path)
