"""Where inputs come from (string, bytes, path, folder, glob, stdin) and which reader reads them."""
from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dateline.errors import ConfigError, InputError
from dateline.ingest.document import RawDocument
from dateline.ingest.sniff import sniff_format
from dateline.ingest.text import decode_text

#: format name -> reader(data, origin, path, url) yielding RawDocuments.
Reader = Callable[[bytes, str, "str | None", "str | None"], Iterable[RawDocument]]
READERS: dict[str, Reader] = {}


def register_reader(fmt: str) -> Callable[[Reader], Reader]:
    def deco(fn: Reader) -> Reader:
        READERS[fmt] = fn
        return fn

    return deco


@register_reader("text")
def read_text(data: bytes, origin: str, path: str | None, url: str | None) -> Iterator[RawDocument]:
    yield RawDocument(text=decode_text(data, origin), format="text", origin=origin, path=path, url=url)


def read_bytes(data: bytes, origin: str, *, fmt: str | None = None, path: str | None = None,
               url: str | None = None) -> Iterator[RawDocument]:
    """Read one input's bytes with the reader its content (or `fmt`) calls for."""
    from dateline.ingest.limits import check_input_size

    check_input_size(len(data), origin)
    fmt = fmt or sniff_format(data, name=path or url or "")
    _load_optional_readers()
    reader = READERS.get(fmt)
    if reader is None:
        raise ConfigError(f"unknown input format {fmt!r}; known: {', '.join(sorted(READERS))}", source=origin)
    yield from reader(data, origin, path, url)


def read_source(source: str | bytes | os.PathLike[str], *, fmt: str | None = None) -> Iterator[RawDocument]:
    """A str is a path when such a file exists (and looks like a path), otherwise article text."""
    if isinstance(source, bytes):
        yield from read_bytes(source, "<bytes>", fmt=fmt)
        return
    if isinstance(source, os.PathLike) or _is_existing_path(source):
        path = os.fspath(source)
        yield from read_bytes(_read_file(path), path, fmt=fmt, path=path)
        return
    if fmt in (None, "text"):
        if not source.strip():
            from dateline.errors import EmptyInputError

            raise EmptyInputError("empty input: no text in it", source="<text>")
        if "\x00" in source:
            from dateline.errors import BinaryInputError

            raise BinaryInputError("binary input: NUL characters in the text", source="<text>")
        yield RawDocument(text=source, format="text", origin="<text>")
        return
    yield from read_bytes(source.encode("utf-8"), "<text>", fmt=fmt)


def iter_sources(args: Iterable[str]) -> Iterator[str]:
    """Expand CLI arguments: folders (recursively), globs, '-' for stdin, URLs kept as they are."""
    for arg in args:
        if arg == "-" or "://" in arg:
            yield arg
        elif os.path.isdir(arg):
            for p in sorted(Path(arg).rglob("*")):
                if p.is_file() and not p.name.startswith("."):
                    yield str(p)
        elif any(ch in arg for ch in "*?[") and not os.path.exists(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                raise InputError("no file matches this pattern", source=arg)
            yield from (m for m in matches if os.path.isfile(m))
        else:
            yield arg


def read_arg(arg: str, *, fmt: str | None = None) -> Iterator[RawDocument]:
    """Read one expanded CLI argument: a path, '-' (stdin) or a URL."""
    if arg == "-":
        from dateline.ingest.limits import current_limits

        # Read one byte past the limit so read_bytes can refuse an oversized stream by name.
        yield from read_bytes(sys.stdin.buffer.read(current_limits().max_input_bytes + 1), "<stdin>", fmt=fmt)
    elif "://" in arg:
        from dateline.ingest.fetch import fetch_url  # lazy: only URL users pay for httpx

        data, final_url, content_type = fetch_url(arg)
        fmt = fmt or sniff_format(data, name=final_url, content_type=content_type)
        if fmt == "html":  # the HTTP header's charset matters for pages that declare none
            from dateline.ingest.html import read_html

            yield from read_html(data, arg, None, final_url, content_type=content_type)
        else:
            yield from read_bytes(data, arg, fmt=fmt, url=final_url)
    else:
        if not os.path.exists(arg):
            raise InputError("no such file", source=arg)
        yield from read_bytes(_read_file(arg), arg, fmt=fmt, path=arg)


def _is_existing_path(s: str) -> bool:
    if "\n" in s or len(s) > 4096:
        return False
    try:
        return os.path.isfile(s)
    except (OSError, ValueError):
        return False


def _read_file(path: str) -> bytes:
    """The file's bytes, refusing an oversized file before reading it."""
    from dateline.ingest.limits import check_input_size

    try:
        check_input_size(os.path.getsize(path), path)
        with open(path, "rb") as fh:
            return fh.read()
    except IsADirectoryError:
        raise InputError("is a folder, not a file", source=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=path) from None


_optional_loaded = False


def _load_optional_readers() -> None:
    """Import the format readers that register themselves (html, pdf, feed, warc, gzip)."""
    global _optional_loaded
    if _optional_loaded:
        return
    _optional_loaded = True
    import importlib

    for mod in ("html", "pdf", "feed", "warc", "compressed"):
        try:
            importlib.import_module(f"dateline.ingest.{mod}")
        except ModuleNotFoundError as exc:
            if exc.name != f"dateline.ingest.{mod}":
                raise
