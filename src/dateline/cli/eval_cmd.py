"""`dateline eval TASK`: score the pipeline against a gold set."""
from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Annotated

import typer


def eval_command(
    task: Annotated[str, typer.Argument(help="cleaning, timex, quotes, ner, events, events_train, html or agreement.")],
    data: Annotated[Path | None, typer.Option(help="Shared data root (default: ../shared/data).")] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N gold documents.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score one pipeline task against its gold set and print the figures."""
    from dateline.errors import ConfigError
    from dateline.eval import TASKS, default_data_dir

    if task not in TASKS:
        raise ConfigError(f"unknown eval task {task!r}; choose one of {', '.join(TASKS)}")
    mod = importlib.import_module(f"dateline.eval.{task}")
    result = mod.evaluate(data or default_data_dir(), limit=limit)
    print(json.dumps(result, indent=2) if as_json else mod.format_report(result))
