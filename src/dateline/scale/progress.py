"""The ingest progress bar: articles done, articles/s and ETA, on stderr, only for people.

Off when stderr is not a terminal (logs, pipes, tests) or with --quiet. The total is the
number of inputs, counted in a background thread by walking the folders (no file is
opened), so a huge corpus starts at once and the bar gets its total when the walk ends.
An input that holds several articles (a feed, a WARC file) makes the count an estimate;
once exceeded, the bar drops its total rather than show more than 100%.
"""
from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Articles per second, over Rich's recent-samples window."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("?  art/s" if speed is None else f"{speed:.1f} art/s", style="progress.data.speed")


class IngestProgress:
    """Context manager; `advance()` per article result, `say()` for lines above the bar."""

    def __init__(self, args: Sequence[str], *, enabled: bool | None = None, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.enabled = self.console.is_terminal if enabled is None else enabled
        self.args = list(args)
        self._progress: Progress | None = None
        self._task: Any = None
        self._total: int | None = None

    def __enter__(self) -> "IngestProgress":
        if self.enabled:
            self._progress = Progress(
                TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                TextColumn("ETA"), TimeRemainingColumn(), TimeElapsedColumn(),
                console=self.console, transient=False, speed_estimate_period=60.0,
                refresh_per_second=4)  # Rich's default 10 redraws a second cost the feeding process CPU
            self._progress.start()
            self._task = self._progress.add_task("ingest", total=None)
            threading.Thread(target=self._count, daemon=True).start()
        return self

    def _count(self) -> None:
        from dateline.scale.inputs import count_inputs

        total = count_inputs(self.args)
        if self._progress is not None:
            done = self._progress.tasks[0].completed
            self._total = total
            self._progress.update(self._task, total=total if total >= done else None)

    def advance(self) -> None:
        if self._progress is None:
            return
        task = self._progress.tasks[0]
        if task.total is not None and task.completed + 1 > task.total:
            self._progress.update(self._task, total=None)  # more articles than inputs
        self._progress.advance(self._task)

    def say(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
