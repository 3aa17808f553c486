"""Input arguments -> input paths, streamed: a folder of millions of files is never listed whole.

`iter_paths` yields what `ingest.sources.iter_sources` yields, in the same order (a sorted
walk, directory by directory, equals sorting the whole tree by path parts), but holds
only one directory listing at a time. `count_inputs` is the progress bar's total: it walks
the same tree without opening a single file.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path


def iter_paths(arg: str) -> Iterator[str]:
    """The input paths (or URLs, '-') of one CLI argument, lazily."""
    if arg != "-" and "://" not in arg and os.path.isdir(arg):
        yield from _walk(Path(arg))
        return
    from dateline.ingest.sources import iter_sources

    yield from iter_sources([arg])


def _walk(folder: Path) -> Iterator[str]:
    # Like sorted(Path.rglob("*")): symlinked folders are not entered, dot-files skipped.
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        path = folder / entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
            elif entry.is_file() and not entry.name.startswith("."):
                yield str(path)
        except OSError:
            continue


def count_inputs(args: Iterable[str]) -> int:
    """How many inputs the arguments name (files, URLs); bad arguments count zero."""
    n = 0
    for arg in args:
        try:
            for _ in iter_paths(arg):
                n += 1
        except Exception:  # counting is advisory: reading will report the bad argument
            continue
    return n
