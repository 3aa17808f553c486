"""Evaluation against the gold sets in ../shared/data: one module per task.

Each task module `dateline.eval.<task>` defines
    evaluate(data_dir: Path, limit: int | None = None) -> dict   the figures (JSON-able)
    format_report(result: dict) -> str                           a readable table
`data_dir` is the shared data root (the folder holding timex/, quotes/, ner/, events/, html/).
"""
from __future__ import annotations

import os
from pathlib import Path

from dateline.errors import ConfigError

TASKS = ("cleaning", "timex", "quotes", "ner", "events", "events_train", "html", "agreement")


def default_data_dir() -> Path:
    """$DATELINE_DATA, else the nearest ../shared/data above the working directory."""
    env = os.environ.get("DATELINE_DATA")
    if env:
        return Path(env)
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        cand = folder.parent / "shared" / "data"
        if cand.is_dir():
            return cand
        cand = folder / "shared" / "data"
        if cand.is_dir():
            return cand
    raise ConfigError("gold data not found: set DATELINE_DATA or pass --data (the folder with timex/, quotes/, ...)")
